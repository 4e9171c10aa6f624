#include "export/JsonText.h"

#include <array>
#include <bit>
#include <charconv>
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

// The length of the run at the start of [begin, end) that is copied as it is: characters JSON does not
// escape, ASCII (eight bytes at a time) or two-byte (the accented letters). A control character, '"', '\\', a
// longer sequence or an invalid byte ends it.
std::size_t PlainRun(const char* begin, const char* end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const char* p = begin;
  while (true) {
    for (; end - p >= 8; p += 8) {
      std::uint64_t word;
      std::memcpy(&word, p, sizeof word);
      // (A byte below 0x20 borrows into its high bit; one from 0x80 has it already.)
      const std::uint64_t stops = (((word - kOnes * 0x20) | word) & kHigh) | has_zero(word ^ (kOnes * '"')) |
                                  has_zero(word ^ (kOnes * '\\'));
      if (stops) {
        // The lowest flag is the first byte that stops the run (a borrow only flags bytes above it).
        if constexpr (std::endian::native == std::endian::little) p += std::countr_zero(stops) / 8;
        break;
      }
    }
    if (p == end) break;
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++p;
    } else if (c >= 0xC2 && c <= 0xDF && end - p >= 2 && (static_cast<unsigned char>(p[1]) & 0xC0) == 0x80) {
      p += 2;
    } else {
      break;
    }
  }
  return static_cast<std::size_t>(p - begin);
}

void AppendUint(std::string& out, std::uint32_t value) {
  char buffer[16];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

// Separators of the two layouts: after '{' or '[', between items, before '}' or ']', after a key.
struct Layout {
  std::optional<std::size_t> depth;

  void Open(std::string& out, char bracket, std::size_t level) const {
    out.push_back(bracket);
    NewLine(out, level + 1);
  }
  void Next(std::string& out, std::size_t level) const {
    out.push_back(',');
    NewLine(out, level);
  }
  void Close(std::string& out, char bracket, std::size_t level) const {
    NewLine(out, level);
    out.push_back(bracket);
  }
  void Key(std::string& out, std::string_view quoted_key) const {
    out.append(quoted_key);
    out.append(depth ? ": " : ":");
  }
  void NewLine(std::string& out, std::size_t level) const {
    if (!depth) return;
    out.push_back('\n');
    out.append(2 * (*depth + level), ' ');
  }
};

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const std::size_t start = out.size();
  out.push_back('"');
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
        AppendJsonString(out, ValidUtf8(text));
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
  out.push_back('"');
}

void AppendEvidenceJson(std::string& out, const EdgeRecord& edge, const ExportOptions& options,
                        std::optional<std::size_t> depth) {
  if (edge.evidence.empty()) {
    out += "[]";
    return;
  }
  const Layout layout{depth};
  // Levels below `depth`: 0 is the array's own line, 1 its objects, 2 their members.
  layout.Open(out, '[', 0);
  bool first = true;
  for (const Evidence& e : edge.evidence) {
    if (!first) layout.Next(out, 1);
    first = false;
    layout.Open(out, '{', 1);
    // Members after the first: a separator, the key, the value.
    auto text = [&](std::string_view quoted_key, std::string_view value) {
      layout.Next(out, 2);
      layout.Key(out, quoted_key);
      AppendJsonString(out, value);
    };
    auto number = [&](std::string_view quoted_key, std::uint32_t value) {
      layout.Next(out, 2);
      layout.Key(out, quoted_key);
      AppendUint(out, value);
    };
    layout.Key(out, "\"document\"");
    AppendJsonString(out, e.document);
    number("\"sentence\"", e.sentence);
    number("\"start\"", e.start);
    number("\"end\"", e.end);
    text("\"date\"", e.date);
    if (options.sentence_text) text("\"text\"", e.text);
    if (!e.attributed_to.empty()) text("\"attributed_to\"", e.attributed_to);
    layout.Close(out, '}', 1);
  }
  layout.Close(out, ']', 0);
}

}  // namespace newsgraph
