#include "export/XmlEscape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
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

// The ASCII bytes that XML escapes or drops, and every byte from 0x80 (they are negative).
Bytes XmlAsciiStops(Bytes bytes) {
  return (bytes < 0x20) | (bytes == '&') | (bytes == '<') | (bytes == '>') | (bytes == '"') | (bytes == '\'');
}

// The bytes among the sixteen at `at` that are not copied as they are: ASCII that XML escapes or drops, or a
// byte from 0x80 that is not part of a two-byte sequence wholly among them. (Forced inline: gcc kept the
// call, once per sixteen bytes of every text escaped.)
[[gnu::always_inline]] inline Bytes Stops16(const char* at) {
  const Bytes bytes = Load16(at);
  const Bytes stops = XmlAsciiStops(bytes);
  // (Most often only ASCII: the quotes of an evidence's JSON text.)
  if (NoFlag(stops) || NoFlag(bytes < 0)) return stops;
  return OutsideTwoByteSequences(bytes, stops);
}

// The length of the run at `at`, fewer than 32 bytes before the end of `text`, that is copied as it is: up
// to the first stop among sixteen bytes read at once. A text of sixteen bytes or more is read up to its end
// as its last sixteen, the flags of those before `at` (a character's start) dropped; a shorter one, on its
// first byte, as LoadShort's two words (a date or an id: all of it, unless it holds a stop).
std::size_t RunNearEnd(std::string_view text, const char* at) {
  const char* const end = text.data() + text.size();
  const auto left = static_cast<std::size_t>(end - at);
  if (left >= 16) return FirstFlag(Stops16(at));
  if (text.size() >= 16) {
    const auto before = static_cast<signed char>(16 - left);
    const Bytes index{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    return FirstFlag(Stops16(end - 16) & (index >= before)) - static_cast<unsigned>(before);
  }
  if (at == text.data() && left >= 4 && NoFlag(XmlAsciiStops(LoadShort(at, left)))) return left;
  return 0;
}

// Copies the `size` bytes at `from`, at most sixteen, to `to`: up to sixteen bytes more may be written past
// them.
void CopyNearEnd(const char* from, std::size_t size, char* to) {
  if (size >= 16) {
    std::memcpy(to, from, 16);
  } else if (size >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + size - 8, from + size - 8, 8);
  } else if (size >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + size - 4, from + size - 4, 4);
  } else {
    for (std::size_t i = 0; i < size; ++i) to[i] = from[i];
  }
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

// Bit i set when byte i of `flags` is.
unsigned FlagBits(Bytes flags) {
  // The top bit of each byte gathered into the top byte of the product, as SSE2's movemask does.
  constexpr std::uint64_t kTopBits = 0x8080808080808080ULL, kGather = 0x0002040810204081ULL;
  const auto halves = std::bit_cast<Halves>(flags);
  const auto low = static_cast<unsigned>(((halves[0] & kTopBits) * kGather) >> 56);
  const auto high = static_cast<unsigned>(((halves[1] & kTopBits) * kGather) >> 56);
  return low | high << 8;
}

}  // namespace

// The text is read sixteen bytes at a time, each ASCII byte to escape
// among them written from a table (itself, its entity or reference, or nothing) and the bytes between copied,
// and it is written through a buffer on the stack: in an evidence's JSON text (most of a GraphML or GEXF
// file) a quote comes every few bytes, and each was a look-up of its character and two appends to the string.
void AppendXmlEscaped(std::string& out, std::string_view text) {
  // A short plain ASCII text (an id, a date, a name: most values) is appended as it is, without the buffer.
  const std::size_t size = text.size();
  if (size >= 4 && size <= 32) {
    const Bytes stops =
        size < 16 ? XmlAsciiStops(LoadShort(text.data(), size))
                  : XmlAsciiStops(Load16(text.data())) | XmlAsciiStops(Load16(text.data() + size - 16));
    if (NoFlag(stops)) {
      out.append(text);
      return;
    }
  }
  constexpr std::size_t kBufferSize = 2048;
  constexpr std::size_t kMostAStep = 128;  // written by a step of the loop: sixteen bytes, each as six
  char buffer[kBufferSize];
  char* to = buffer;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const auto put_ascii = [&](unsigned char byte) {
    const AsciiOutput& output = kAsciiOutputs[byte];
    std::memcpy(to, output.text, sizeof output.text);
    to += output.size;
  };
  for (const char* at = begin; at < end;) {
    if (to > buffer + kBufferSize - kMostAStep) {
      out.append(buffer, to);
      to = buffer;
    }
    // Sixteen bytes and the sixteen after them in the text: the bytes between two stops are copied sixteen
    // at once, from wherever they start in the block.
    if (end - at >= 32) {
      const char* const block_end = at + 16;
      unsigned stops = FlagBits(Stops16(at));
      for (; stops != 0; stops &= stops - 1) {
        const char* const stop = block_end - 16 + std::countr_zero(stops);
        std::memcpy(to, at, 16);
        to += stop - at;
        at = stop;
        if (static_cast<unsigned char>(*at) >= 0x80) break;  // read below
        put_ascii(static_cast<unsigned char>(*at++));
      }
      if (stops == 0) {
        std::memcpy(to, at, 16);
        to += block_end - at;
        at = block_end;
        continue;
      }
    } else {
      // Near the end, the run up to the first stop (a short text's id or date: all of it).
      const std::size_t plain = RunNearEnd(text, at);
      if (plain > 0) {
        CopyNearEnd(at, static_cast<std::size_t>(end - at), to);
        to += plain;
        at += plain;
        continue;
      }
      if (static_cast<unsigned char>(*at) < 0x80) {
        put_ascii(static_cast<unsigned char>(*at++));
        continue;
      }
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

void WriteXmlEscaped(TextSink& sink, std::string_view text) {
  sink.Append([&](std::string& out) { AppendXmlEscaped(out, text); });
}

}  // namespace newsgraph
