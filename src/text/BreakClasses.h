// What the UTF-8 segmenters (FindLatinWordBreaks, FindSentenceBreaks) share: the break class of every code
// point below U+2150 (Latin, Greek, Cyrillic, general punctuation, currency and letter-like symbols) in a
// table built once from ICU's properties, which are too slow to ask per character, and UTF-8 decoding.
//
//   const BreakClasses<Class>& table = BreakClassesOf<Class, &ClassOf>();
//   int32_t i = 0;
//   std::optional<Class> c = table.Next(bytes, i, size);  // i moves past the character
#pragma once

#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <optional>

namespace newsgraph {

template <typename Class>
class BreakClasses {
 public:
  static constexpr UChar32 kEnd = 0x2150;

  explicit BreakClasses(Class (*class_of)(UChar32)) : class_of_(class_of) {
    for (UChar32 c = 0; c < kEnd; ++c) of_[c] = class_of(c);
  }
  // `c` below kEnd.
  Class operator[](UChar32 c) const { return of_[c]; }

  // For each byte, whether it is an ASCII character of a class `accept` takes (never from 0x80 on): for the
  // segmenters' runs, read a byte at a time.
  template <typename Accept>
  std::array<bool, 256> AsciiWhere(Accept&& accept) const {
    std::array<bool, 256> where{};
    for (UChar32 c = 0; c < 0x80; ++c) where[c] = accept(of_[c]);
    return where;
  }

  // The class of the code point at byte `i` of `bytes` (`size` bytes), moving `i` past it: from the table,
  // or from `class_of` past its end; nullopt for an ill-formed sequence.
  std::optional<Class> Next(const std::uint8_t* bytes, int32_t& i, int32_t size) const {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
      return of_[c];
    }
    U8_NEXT(bytes, i, size, c);
    if (c < 0) return std::nullopt;
    return c < kEnd ? of_[c] : class_of_(c);
  }

 private:
  Class (*class_of_)(UChar32);
  std::array<Class, kEnd> of_{};
};

// The table of `kClassOf`, built on first use.
template <typename Class, Class (*kClassOf)(UChar32)>
const BreakClasses<Class>& BreakClassesOf() {
  static const BreakClasses<Class> table(kClassOf);
  return table;
}

// Where the run of bytes from `i` that `where` (an AsciiWhere answer) accepts ends: the sentence segmenter's
// runs, read through a pointer (an int32_t index costs a sign extension per byte).
inline int32_t AsciiRunEnd(const std::array<bool, 256>& where, const std::uint8_t* bytes, int32_t i,
                           int32_t size) {
  const std::uint8_t* p = bytes + i;
  const std::uint8_t* const end = bytes + size;
  while (p != end && where[*p]) ++p;
  return static_cast<int32_t>(p - bytes);
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

// The code point that ends at byte `end` of a run of one- and two-byte characters (as ShortCodePoint reads
// them), and its `length`.
inline UChar32 ShortCodePointBefore(const std::uint8_t* bytes, int32_t end, int32_t& length) {
  if (bytes[end - 1] < 0x80) {
    length = 1;
    return bytes[end - 1];
  }
  length = 2;
  return ((bytes[end - 2] & 0x1F) << 6) | (bytes[end - 1] & 0x3F);
}

}  // namespace newsgraph
