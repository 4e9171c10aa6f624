// UTF-8 decoding for the writers: every output is valid UTF-8 whatever bytes the articles carried.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the code point at `pos` and advances `pos`; an invalid or truncated sequence (overlong forms and
// surrogates included) yields U+FFFD and advances by one byte.
char32_t DecodeUtf8(std::string_view text, std::size_t& pos);
void AppendUtf8(std::string& out, char32_t code_point);
// True when a valid two-byte sequence (U+0080 to U+07FF: accented Latin letters) starts at `pos`; the
// writers' fast path for the most common non-ASCII characters, without a call to DecodeUtf8.
inline bool IsTwoByteSequence(std::string_view text, std::size_t pos) {
  auto lead = static_cast<unsigned char>(text[pos]);
  return lead >= 0xC2 && lead <= 0xDF && pos + 1 < text.size() &&
         (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80;
}
// The length of the valid sequence that starts at `pos`, 0 when it is invalid or truncated.
std::size_t ValidSequenceLength(std::string_view text, std::size_t pos);
// `text` with every invalid sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);
// True when ValidUtf8(text) == text: the writers check first and copy only the rare invalid text.
bool IsValidUtf8(std::string_view text);

}  // namespace newsgraph
