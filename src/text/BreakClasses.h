// What the UTF-8 segmenters (FindLatinWordBreaks, FindSentenceBreaks) share: the break class of every code
// point below U+2150 (Latin, Greek, Cyrillic, general punctuation, currency and letter-like symbols) in a
// table built once from ICU's properties, which are too slow to ask per character, and UTF-8 decoding.
//
//   const BreakClasses<Class>& table = BreakClassesOf<Class, &ClassOf>();
//   int32_t i = 0;
//   UChar32 c = NextCodePoint(bytes, i, size);  // i moves past it
#pragma once

#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace newsgraph {

template <typename Class>
class BreakClasses {
 public:
  static constexpr UChar32 kEnd = 0x2150;

  explicit BreakClasses(Class (*class_of)(UChar32)) {
    for (UChar32 c = 0; c < kEnd; ++c) of_[c] = class_of(c);
  }
  // `c` below kEnd.
  Class operator[](UChar32 c) const { return of_[c]; }

 private:
  std::array<Class, kEnd> of_{};
};

// The table of `kClassOf`, built on first use.
template <typename Class, Class (*kClassOf)(UChar32)>
const BreakClasses<Class>& BreakClassesOf() {
  static const BreakClasses<Class> table(kClassOf);
  return table;
}

// The code point at byte `i` of `bytes` (`size` bytes), moving `i` past it; negative when ill-formed.
inline UChar32 NextCodePoint(const std::uint8_t* bytes, int32_t& i, int32_t size) {
  UChar32 c = bytes[i];
  if (c < 0x80) {
    ++i;
  } else {
    U8_NEXT(bytes, i, size, c);
  }
  return c;
}

// The one- or two-byte code point at byte `i` (the Latin, Greek and Cyrillic letters), or -1 for a longer or
// ill-formed one: the segmenters' fast paths.
inline UChar32 ShortCodePoint(const std::uint8_t* bytes, int32_t i, int32_t size, int32_t& length) {
  const std::uint8_t byte = bytes[i];
  if (byte < 0x80) {
    length = 1;
    return byte;
  }
  if (byte >= 0xC2 && byte < 0xE0 && i + 1 < size && (bytes[i + 1] & 0xC0) == 0x80) {
    length = 2;
    return ((byte & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
  }
  return -1;
}

}  // namespace newsgraph
