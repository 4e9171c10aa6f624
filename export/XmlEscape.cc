#include "export/XmlEscape.h"

#include <array>

#include "export/Utf8.h"

namespace newsgraph {
namespace {

bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// ASCII that is copied as it is: printable, and not one of the five characters XML escapes.
constexpr std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x80; ++b) plain[b] = b != '&' && b != '<' && b != '>' && b != '"' && b != '\'';
  return plain;
}();

std::string_view Reference(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";  // also keeps "]]>" out of the output
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\t':
      return "&#9;";
    case '\n':
      return "&#10;";
    case '\r':
      return "&#13;";
    default:
      return {};
  }
}

}  // namespace

void WriteXmlEscaped(TextSink& sink, std::string_view text) {
  std::size_t run = 0;  // start of the bytes copied as they are
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (kPlainAscii[byte]) {
      ++pos;
      continue;
    }
    if (IsTwoByteSequence(text, pos)) {  // all of U+0080 to U+07FF is allowed in XML
      pos += 2;
      continue;
    }
    std::size_t start = pos;
    char32_t c = DecodeUtf8(text, pos);
    // A valid XML character of two or more bytes stays in the run (U+FFFD too, when it was really there).
    if (byte >= 0x80 && IsXmlChar(c) && (c != kReplacementCharacter || pos - start == 3)) continue;
    sink.Write(text.substr(run, start - run));
    run = pos;
    if (std::string_view reference = Reference(c); !reference.empty()) {
      sink.Write(reference);
    } else if (c == kReplacementCharacter) {
      sink.Write("\xEF\xBF\xBD");
    }
  }
  sink.Write(text.substr(run));
}

}  // namespace newsgraph
