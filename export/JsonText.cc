#include "export/JsonText.h"

#include <rapidjson/internal/dtoa.h>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "export/Utf8.h"

namespace newsgraph {
namespace {

// What follows the backslash for each character JSON escapes ('u' for the \u00XX form), as RapidJSON does.
constexpr std::array<char, 0x60> kEscapes = [] {
  std::array<char, 0x60> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = 'u';
  table['\b'] = 'b';
  table['\t'] = 't';
  table['\n'] = 'n';
  table['\f'] = 'f';
  table['\r'] = 'r';
  table['"'] = '"';
  table['\\'] = '\\';
  return table;
}();

// The ASCII characters JSON does not escape, for reading a text shorter than a word a byte at a time.
constexpr std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x80; ++c) table[c] = c != '"' && c != '\\';
  return table;
}();

// Where a run may stop among the sixteen bytes at `at`, compared at once (the vector extensions of GCC and
// Clang: SSE2 on x86-64, NEON on ARM): the index of the first byte below 0x20 or from 0x80 (negative as a
// signed char), '"' or '\\'; 16 when there is none.
unsigned FirstStopOf16(const char* at) {
  using Bytes = signed char __attribute__((vector_size(16)));
  using Halves = std::uint64_t __attribute__((vector_size(16)));
  Bytes bytes;
  std::memcpy(&bytes, at, sizeof bytes);
  const auto stops = std::bit_cast<Halves>((bytes < 0x20) | (bytes == '"') | (bytes == '\\'));
  if (stops[0] != 0) return static_cast<unsigned>(std::countr_zero(stops[0])) / 8;
  if (stops[1] != 0) return 8 + static_cast<unsigned>(std::countr_zero(stops[1])) / 8;
  return 16;
}

// The length of the run at the start of [begin, end) that is copied as it is: characters JSON does not
// escape, ASCII (sixteen, then eight bytes at a time) or two-byte (the accented letters). A control
// character, '"', '\\', a longer sequence or an invalid byte ends it.
std::size_t PlainRun(const char* begin, const char* end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  // A flag on each of the eight bytes at `at` that may stop the run (a byte below 0x20 borrows into its high
  // bit, one from 0x80 has it already); only the lowest flag is exact, a borrow flagging bytes above it.
  const auto stops_at = [&](const char* at) {
    std::uint64_t word;
    std::memcpy(&word, at, sizeof word);
    return (((word - kOnes * 0x20) | word) & kHigh) | has_zero(word ^ (kOnes * '"')) |
           has_zero(word ^ (kOnes * '\\'));
  };
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  const char* p = begin;
  while (true) {
    std::uint64_t stops = 0;
    unsigned first = 16;
    for (; end - p >= 16; p += 16) {
      if ((first = FirstStopOf16(p)) < 16) break;
    }
    if (first < 16) {
      p += first;
    } else {
      for (; end - p >= 8; p += 8) {
        if ((stops = stops_at(p)) != 0) break;
      }
      if (stops == 0 && p < end) {
        if (end - begin >= 8) {
          // The last eight bytes of the text, those before `p` known to be plain (they borrow nothing, and
          // their flags are shifted out).
          stops = stops_at(end - 8) >> (8 * (8 - (end - p)));
          if (stops == 0) p = end;
        } else {
          while (p < end && kPlainAscii[static_cast<unsigned char>(*p)]) ++p;  // a text shorter than a word
        }
      }
      if (stops != 0) p += std::countr_zero(stops) / 8;
    }
    // `p` is at the end or at a byte that is not plain ASCII.
    if (p == end || !IsTwoByteSequence(std::string_view(p, static_cast<std::size_t>(end - p)), 0)) break;
    p += 2;
  }
  return static_cast<std::size_t>(p - begin);
}

void AppendUint(std::string& out, std::uint32_t value) {
  char buffer[16];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

// The text between the values of an evidence array in one layout (compact, or pretty at some depth): each
// piece is appended at once, with the quotes of the string values around it. Levels below `depth`: 0 is the
// array's own line, 1 its objects, 2 their members.
struct EvidenceLayout {
  explicit EvidenceLayout(std::optional<std::size_t> depth) : depth(depth) {
    // (Appended piece by piece: gcc 12 warns wrongly on "literal" + std::string.)
    const auto line = [&](std::size_t level) {
      std::string out;
      if (depth) out.append("\n").append(2 * (*depth + level), ' ');
      return out;
    };
    const auto key = [&](std::string_view name) {
      return std::string("\"").append(name).append(depth ? "\": " : "\":");
    };
    const std::string next_member = std::string(",").append(line(2));
    const std::string after_string = std::string("\"").append(next_member);
    open_array = std::string("[").append(line(1));
    open_object = std::string("{").append(line(2)).append(key("document")).append("\"");
    sentence = after_string + key("sentence");
    start = next_member + key("start");
    end = next_member + key("end");
    date = next_member + key("date") + "\"";
    text = after_string + key("text") + "\"";
    attributed_to = after_string + key("attributed_to") + "\"";
    next_object = std::string("\"").append(line(1)).append("},").append(line(1));
    close = std::string("\"").append(line(1)).append("}").append(line(0)).append("]");
  }

  std::optional<std::size_t> depth;
  // Every string value's quotes are in the pieces around it: `open_object` ends with the document's opening
  // quote, `sentence` starts with its closing one; the last member (the date, the text or the speaker) is
  // closed by `next_object` or `close`.
  std::string open_array, open_object, sentence, start, end, date, text, attributed_to, next_object, close;
};

}  // namespace

void AppendJsonStringContent(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const std::size_t start = out.size();
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t run = PlainRun(text.data() + pos, text.data() + text.size());
    out.append(text, pos, run);
    pos += run;
    if (pos == text.size()) break;
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) {
      const std::size_t length = ValidSequenceLength(text, pos);
      if (length == 0) {  // rare: start again from the repaired text
        out.resize(start);
        AppendJsonStringContent(out, ValidUtf8(text));
        return;
      }
      out.append(text, pos, length);
      pos += length;
      continue;
    }
    ++pos;  // a control character, '"' or '\\'
    out.push_back('\\');
    out.push_back(kEscapes[c]);
    if (kEscapes[c] == 'u') {
      out += "00";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
  }
}

void AppendJsonString(std::string& out, std::string_view text) {
  out.push_back('"');
  AppendJsonStringContent(out, text);
  out.push_back('"');
}

void AppendJsonDouble(std::string& out, double value) {
  if (!std::isfinite(value)) return;
  // Below 1e15 a whole double is exact and its shortest digits are the integer's (the spacing of doubles
  // there is at most 1/8): written without the Grisu conversion. -0.0 is left to it, which writes its sign.
  constexpr double kExactWhole = 1e15;
  char digits[32];
  if (value >= 0 && value < kExactWhole && !std::signbit(value) && value == std::floor(value)) {
    const auto result = std::to_chars(digits, digits + sizeof digits, static_cast<std::uint64_t>(value));
    out.append(digits, result.ptr).append(".0");
    return;
  }
  out.append(digits, rapidjson::internal::dtoa(value, digits));
}

void AppendEvidenceJson(std::string& out, const EdgeRecord& edge, const ExportOptions& options,
                        std::optional<std::size_t> depth) {
  if (edge.evidence.empty()) {
    out += "[]";
    return;
  }
  // An export writes every edge at the same depth: the separators are made once.
  thread_local std::optional<EvidenceLayout> cached;
  if (!cached || cached->depth != depth) cached.emplace(depth);
  const EvidenceLayout& layout = *cached;
  out += layout.open_array;
  bool first = true;
  for (const Evidence& e : edge.evidence) {
    if (!first) out += layout.next_object;
    first = false;
    out += layout.open_object;
    AppendJsonStringContent(out, e.document);
    out += layout.sentence;
    AppendUint(out, e.sentence);
    out += layout.start;
    AppendUint(out, e.start);
    out += layout.end;
    AppendUint(out, e.end);
    out += layout.date;
    AppendJsonStringContent(out, e.date);
    if (options.sentence_text) {
      out += layout.text;
      AppendJsonStringContent(out, e.text);
    }
    if (!e.attributed_to.empty()) {
      out += layout.attributed_to;
      AppendJsonStringContent(out, e.attributed_to);
    }
  }
  out += layout.close;
}

}  // namespace newsgraph
