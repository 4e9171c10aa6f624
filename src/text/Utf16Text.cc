#include "text/Utf16Text.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace newsgraph {

Utf16Text::Utf16Text(std::string_view utf8) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto size = static_cast<int32_t>(utf8.size());
  // Never more UTF-16 units than UTF-8 bytes.
  UChar* units = text_.getBuffer(size);
  byte_offsets_.resize(static_cast<std::size_t>(size) + 1);
  int32_t length = 0;
  for (int32_t i = 0; i < size;) {
    const auto start = static_cast<std::uint32_t>(i);
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT_OR_FFFD(bytes, i, size, c);
    }
    if (c <= 0xFFFF) {
      units[length] = static_cast<UChar>(c);
      byte_offsets_[static_cast<std::size_t>(length++)] = start;
    } else {
      units[length] = U16_LEAD(c);
      byte_offsets_[static_cast<std::size_t>(length++)] = start;
      units[length] = U16_TRAIL(c);
      byte_offsets_[static_cast<std::size_t>(length++)] = start;
    }
  }
  text_.releaseBuffer(length);
  byte_offsets_[static_cast<std::size_t>(length)] = static_cast<std::uint32_t>(size);
  byte_offsets_.resize(static_cast<std::size_t>(length) + 1);
}

}  // namespace newsgraph
