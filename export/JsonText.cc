#include "export/JsonText.h"

#include <rapidjson/internal/dtoa.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "export/JsonBytes.h"
#include "export/PlainTexts.h"
#include "export/RoomWriter.h"
#include "export/Utf8.h"
#include "export/XmlEscape.h"

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

// The ASCII characters JSON does not escape, for reading a short text a byte at a time.
constexpr std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x80; ++c) table[c] = c != '"' && c != '\\';
  return table;
}();

// The bytes among the sixteen at `at` that are not copied as they are: an ASCII stop, or a byte from 0x80
// that is not part of a two-byte sequence wholly among them.
Bytes Stops16(const char* at) {
  const Bytes bytes = Load16(at);
  const Bytes stops = AsciiStops(bytes);
  if (NoFlag(stops)) return stops;  // plain ASCII
  return OutsideTwoByteSequences(bytes, stops);
}

// The length of the run at `pos` in `text` that is copied as it is: characters JSON does not escape, ASCII
// or two-byte (the accented letters), sixteen bytes at a time. It ends at a control character, '"', '\\', a
// longer sequence or an invalid byte (and may end early in a short text). Always inlined: IsPlainJsonText,
// which every string of the JSON exports goes through, is little else.
[[gnu::always_inline]] inline std::size_t PlainRun(std::string_view text, std::size_t pos) {
  const char* const end = text.data() + text.size();
  const char* p = text.data() + pos;
  if (text.size() < 16) {
    const std::size_t size = text.size() - pos;
    if (size >= 4 && ShortTextIsPlainAscii(p, size)) return size;
    const char* const start = p;
    while (p < end && kPlainAscii[static_cast<unsigned char>(*p)]) ++p;
    return static_cast<std::size_t>(p - start);
  }
  const char* const start = p;
  while (end - p >= 16) {
    const unsigned first = FirstFlag(Stops16(p));
    // A last byte that may start a sequence (from 0xC2) is flagged for want of what follows: the next sixteen
    // start with it.
    const bool may_go_on = first == 15 && static_cast<unsigned char>(p[15]) >= 0xC2;
    if (first < 16 && !may_go_on) return static_cast<std::size_t>(p + first - start);
    p += first;
  }
  if (p < end) {
    // The last sixteen bytes of the text, those before `p` already in the run: `p` starts a character, so a
    // continuation byte there is flagged, and flags before it are dropped.
    const auto before = static_cast<signed char>(16 - (end - p));
    const Bytes index{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    p += FirstFlag(Stops16(end - 16) & (index >= before)) - before;
  }
  return static_cast<std::size_t>(p - start);
}

// The text between the values of an evidence array in one layout (compact, or pretty at some depth): each
// piece is written at once, with the quotes of the string values around it. Levels below `depth`: 0 is the
// array's own line, 1 its objects, 2 their members.
struct EvidenceLayout {
  // `xml`: the pieces escaped as XML text (AppendXmlEscaped), for a writer that escapes the values it writes
  // between them (XmlEscapingWriter).
  EvidenceLayout(std::optional<std::size_t> depth, bool xml) : depth(depth) {
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
    for (std::string* piece : {&open_array, &open_object, &sentence, &start, &end, &date, &text,
                               &attributed_to, &next_object, &close}) {
      if (xml) *piece = XmlEscaped(*piece);
      pieces += piece->size();
    }
    pieces += 3 * RoomWriter::kMaxDigits;
  }

  std::optional<std::size_t> depth;
  // Every string value's quotes are in the pieces around it: `open_object` ends with the document's opening
  // quote, `sentence` starts with its closing one; the last member (the date, the text or the speaker) is
  // closed by `next_object` or `close`.
  std::string open_array, open_object, sentence, start, end, date, text, attributed_to, next_object, close;
  // The most room the pieces of one object and its numbers take (the array's opening or closing with it).
  std::size_t pieces = 0;

 private:
  static std::string XmlEscaped(std::string_view piece) {
    std::string out;
    AppendXmlEscaped(out, piece);
    return out;
  }
};

// Appends JSON text escaped as XML text (AppendXmlEscaped) as a RoomWriter writes it: the pieces of an
// EvidenceLayout made for XML as they are, the values escaped as JSON then as XML. (Escaping the whole JSON
// text afterwards cost more than laying it out: a quote every few bytes.)
class XmlEscapingWriter {
 public:
  explicit XmlEscapingWriter(std::string& out) : out_(out) {}
  void Reserve(std::size_t) {}
  void Put(std::string_view piece) { out_.append(piece); }
  template <typename Integer>
  void PutNumber(Integer value) {
    char digits[RoomWriter::kMaxDigits];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
  }
  void PutString(std::string_view text) {
    if (IsPlainJsonText(text))
      AppendXmlEscaped(out_, text);
    else
      PutEscaped(text);
  }
  // `text`, known not to be plain (IsPlainJsonText).
  void PutEscaped(std::string_view text) {
    json_.clear();
    AppendJsonStringContent(json_, text);
    AppendXmlEscaped(out_, json_);
  }
  // `text`, known to be plain.
  void PutPlain(std::string_view text) { AppendXmlEscaped(out_, text); }

 private:
  std::string& out_;
  std::string json_;  // a value escaped as JSON, before it is escaped as XML
};

// A sentence known to be plain, as it is.
void PutPlain(RoomWriter& writer, std::string_view text) {
  writer.Put(text);
}
void PutPlain(XmlEscapingWriter& writer, std::string_view text) {
  writer.PutPlain(text);
}

// The evidence array of `edge` through `writer` (a RoomWriter, or an XmlEscapingWriter), laid out by
// `layout`. (Forced inline into its two callers: with RoomWriter's pieces forced inline, gcc made it a call.)
template <typename Writer>
[[gnu::always_inline]] inline void WriteEvidence(Writer& writer, const EdgeRecord& edge,
                                                 const ExportOptions& options, const EvidenceLayout& layout,
                                                 PlainTexts* plain_texts) {
  if (edge.evidence.empty()) {
    writer.Reserve(2);
    writer.Put("[]");
    return;
  }
  // Room is made for each object (the array's opening or closing with it).
  bool first = true;
  for (const Evidence& e : edge.evidence) {
    const std::string_view text = options.sentence_text ? e.text.view() : std::string_view();
    writer.Reserve(layout.pieces + e.document.size() + e.date.size() + text.size() + e.attributed_to.size());
    writer.Put(first ? layout.open_array : layout.next_object);
    first = false;
    writer.Put(layout.open_object);
    writer.PutString(e.document);
    writer.Put(layout.sentence);
    writer.PutNumber(e.sentence);
    writer.Put(layout.start);
    writer.PutNumber(e.start);
    writer.Put(layout.end);
    writer.PutNumber(e.end);
    writer.Put(layout.date);
    writer.PutString(e.date);
    if (options.sentence_text) {
      writer.Put(layout.text);
      if (!plain_texts)
        writer.PutString(text);
      else if (plain_texts->IsPlain(text, e.valid_utf8_text))
        PutPlain(writer, text);
      else
        writer.PutEscaped(text);  // not checked again
    }
    if (!e.attributed_to.empty()) {
      writer.Put(layout.attributed_to);
      writer.PutString(e.attributed_to);
    }
  }
  writer.Put(layout.close);
}

// Whether `text` is plain from `pos`, where a PlainRun stopped: past each valid longer sequence (the
// typographic apostrophe and dashes of real text, three bytes each) it reads on, and stops at the first
// character to escape or invalid byte. (Kept out of line: IsPlainJsonText, which every string of the JSON
// exports goes through, stays the loop it was for the others.)
[[gnu::noinline]] bool PlainPastLongerSequences(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) return false;  // a control character, '"' or '\\'
    const std::size_t length = ValidSequenceLength(text, pos);
    if (length == 0) return false;
    pos += length;
    pos += PlainRun(text, pos);
  }
  return true;
}

}  // namespace

bool IsPlainJsonText(std::string_view text) {
  const std::size_t run = PlainRun(text, 0);
  return run == text.size() || PlainPastLongerSequences(text, run);
}

bool IsPlainValidUtf8JsonText(std::string_view text) {
  // The ASCII bytes JSON escapes: below 0x20 (the bytes from 0x80, negative, are parts of characters), '"'
  // and '\\'. Every block is read, without a branch for each: most texts have none.
  const auto escaped = [](Bytes bytes) {
    using UnsignedBytes = unsigned char __attribute__((vector_size(16)));
    return (std::bit_cast<UnsignedBytes>(bytes) < 0x20) | (bytes == '"') | (bytes == '\\');
  };
  const std::size_t size = text.size();
  if (size < 16) {
    if (size >= 4) return NoFlag(escaped(LoadShort(text.data(), size)));
    return std::all_of(text.begin(), text.end(), [](char c) {
      return static_cast<unsigned char>(c) >= 0x80 || kPlainAscii[static_cast<unsigned char>(c)];
    });
  }
  // (The flags gathered as two words: or-ed as bytes, gcc kept them as masks and or-ed them in four steps.)
  Halves flags{};
  const char* p = text.data();
  for (const char* const last = text.data() + size - 16; p < last; p += 16)
    flags |= std::bit_cast<Halves>(escaped(Load16(p)));
  flags |= std::bit_cast<Halves>(escaped(Load16(text.data() + size - 16)));
  return (flags[0] | flags[1]) == 0;
}

// An invalid sequence's first byte becomes U+FFFD, as ValidUtf8 makes it, and the rest is read from the next
// byte.
char* WriteJsonStringContent(char* out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t run = PlainRun(text, pos);
    out = std::copy_n(text.data() + pos, run, out);
    pos += run;
    if (pos == text.size()) break;
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) {
      const std::size_t length = ValidSequenceLength(text, pos);
      out = length == 0 ? std::copy(kReplacement.begin(), kReplacement.end(), out)
                        : std::copy_n(text.data() + pos, length, out);
      pos += std::max<std::size_t>(length, 1);
      continue;
    }
    ++pos;  // a control character, '"' or '\\'
    *out++ = '\\';
    *out++ = kEscapes[c];
    if (kEscapes[c] == 'u') {
      *out++ = '0';
      *out++ = '0';
      *out++ = kHex[c >> 4];
      *out++ = kHex[c & 0xF];
    }
  }
  return out;
}

void AppendJsonStringContent(std::string& out, std::string_view text) {
  if (IsPlainJsonText(text)) {  // most texts: copied as they are
    out.append(text);
    return;
  }
  RoomWriter writer(out);
  writer.Reserve(text.size());
  writer.PutString(text);
}

void AppendJsonString(std::string& out, std::string_view text) {
  out.push_back('"');
  AppendJsonStringContent(out, text);
  out.push_back('"');
}

char* WriteJsonDouble(char* out, double value) {
  if (!std::isfinite(value)) return out;
  // Below 1e15 a whole double is exact and its shortest digits are the integer's (the spacing of doubles
  // there is at most 1/8): written without the Grisu conversion. -0.0 is left to it, which writes its sign.
  constexpr double kExactWhole = 1e15;
  if (value >= 0 && value < kExactWhole && !std::signbit(value) && value == std::floor(value)) {
    out = std::to_chars(out, out + kMaxDoubleSize, static_cast<std::uint64_t>(value)).ptr;
    *out++ = '.';
    *out++ = '0';
    return out;
  }
  return rapidjson::internal::dtoa(value, out);
}

void AppendJsonDouble(std::string& out, double value) {
  char digits[kMaxDoubleSize];
  out.append(digits, WriteJsonDouble(digits, value));
}

void WriteEvidenceJson(RoomWriter& writer, const EdgeRecord& edge, const ExportOptions& options,
                       std::optional<std::size_t> depth, PlainTexts* plain_texts) {
  // An export writes every edge at the same depth: the separators are made once.
  thread_local std::optional<EvidenceLayout> cached;
  if (!cached || cached->depth != depth) cached.emplace(depth, false);
  WriteEvidence(writer, edge, options, *cached, plain_texts);
}

void AppendEvidenceJson(std::string& out, const EdgeRecord& edge, const ExportOptions& options,
                        std::optional<std::size_t> depth) {
  RoomWriter writer(out);
  WriteEvidenceJson(writer, edge, options, depth);
}

void AppendEvidenceXml(std::string& out, const EdgeRecord& edge, const ExportOptions& options,
                       PlainTexts* plain_texts) {
  static const EvidenceLayout layout(std::nullopt, true);
  XmlEscapingWriter writer(out);
  WriteEvidence(writer, edge, options, layout, plain_texts);
}

}  // namespace newsgraph
