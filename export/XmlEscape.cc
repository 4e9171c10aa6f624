#include "export/XmlEscape.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "export/JsonBytes.h"
#include "export/Utf8.h"

namespace newsgraph {
namespace {

bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// The bytes among the sixteen at `at` that are not copied as they are: ASCII that XML escapes or drops, or a
// byte from 0x80 that is not part of a two-byte sequence wholly among them.
Bytes Stops16(const char* at) {
  const Bytes bytes = Load16(at);
  const Bytes stops = (bytes < 0x20) | (bytes == '&') | (bytes == '<') | (bytes == '>') | (bytes == '"') |
                      (bytes == '\'');  // (from 0x80 too: they are negative)
  // (Most often only ASCII: the quotes of an evidence's JSON text.)
  if (NoFlag(stops) || NoFlag(bytes < 0)) return stops;
  return OutsideTwoByteSequences(bytes, stops);
}

// What an ASCII byte is written as: itself; one of the five characters XML escapes as its entity; tab,
// newline and carriage return as character references (so that attribute values survive attribute-value
// normalisation); nothing for the other controls, which XML 1.0 forbids.
struct AsciiOutput {
  char text[6];
  unsigned char size;
};
constexpr std::array<AsciiOutput, 0x80> kAsciiOutputs = [] {
  std::array<AsciiOutput, 0x80> outputs{};
  const auto set = [&](char c, std::string_view text) {
    AsciiOutput& output = outputs[static_cast<unsigned char>(c)];
    for (std::size_t i = 0; i < text.size(); ++i) output.text[i] = text[i];
    output.size = static_cast<unsigned char>(text.size());
  };
  for (int c = 0x20; c < 0x80; ++c) {
    const char itself[] = {static_cast<char>(c)};
    set(itself[0], std::string_view(itself, 1));
  }
  set('&', "&amp;");
  set('<', "&lt;");
  set('>', "&gt;");  // also keeps "]]>" out of the output
  set('"', "&quot;");
  set('\'', "&apos;");
  set('\t', "&#9;");
  set('\n', "&#10;");
  set('\r', "&#13;");
  return outputs;
}();

// Appends what WriteXmlEscaped writes. Runs copied as they are are read sixteen bytes at a time, and the text
// is written through a buffer on the stack: in an evidence's JSON text (most of a GraphML or GEXF file) a
// quote comes every few bytes, and each was a look-up of its character and two appends to the string.
void AppendXmlEscaped(std::string& out, std::string_view text) {
  constexpr std::size_t kBufferSize = 1024;
  constexpr std::size_t kMostAStep = 16;  // written by a step of the loop: sixteen bytes copied, or less
  char buffer[kBufferSize];
  char* to = buffer;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* at = begin; at < end;) {
    if (to > buffer + kBufferSize - kMostAStep) {
      out.append(buffer, to);
      to = buffer;
    }
    if (end - at >= 16) {
      // All sixteen copied, those before the first to stop at kept.
      const unsigned plain = FirstFlag(Stops16(at));
      std::memcpy(to, at, 16);
      to += plain;
      at += plain;
      if (plain > 0) continue;
    }
    const auto byte = static_cast<unsigned char>(*at);
    if (byte < 0x80) {
      const AsciiOutput& output = kAsciiOutputs[byte];
      std::memcpy(to, output.text, sizeof output.text);
      to += output.size;
      ++at;
      continue;
    }
    auto pos = static_cast<std::size_t>(at - begin);
    if (IsTwoByteSequence(text, pos)) {  // all of U+0080 to U+07FF is allowed in XML
      to = std::copy_n(at, 2, to);
      at += 2;
      continue;
    }
    // A longer valid XML character is copied (U+FFFD too, when it was really there); an invalid sequence's
    // first byte becomes U+FFFD; U+FFFE and U+FFFF are dropped.
    const std::size_t start = pos;
    const char32_t c = DecodeUtf8(text, pos);
    if (IsXmlChar(c) && (c != kReplacementCharacter || pos - start == 3))
      to = std::copy(begin + start, begin + pos, to);
    else if (c == kReplacementCharacter)
      to = std::copy_n("\xEF\xBF\xBD", 3, to);
    at = begin + pos;
  }
  out.append(buffer, to);
}

}  // namespace

void WriteXmlEscaped(TextSink& sink, std::string_view text) {
  sink.Append([&](std::string& out) { AppendXmlEscaped(out, text); });
}

}  // namespace newsgraph
