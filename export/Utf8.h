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
// `text` with every invalid sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);
// True when ValidUtf8(text) == text: the writers check first and copy only the rare invalid text.
bool IsValidUtf8(std::string_view text);

}  // namespace newsgraph
