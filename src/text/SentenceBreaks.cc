#include "text/SentenceBreaks.h"

#include <unicode/uchar.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>

#include "text/BreakClasses.h"
#include "text/Latin1Runs.h"

namespace newsgraph {
namespace {

// Sentence_Break classes; Extend and Format act alike (SB5).
enum Class : std::uint8_t {
  kOther,
  kCr,
  kLf,
  kSep,
  kExtend,  // Extend or Format: attaches to the character before it (SB5)
  kSp,
  kLower,
  kUpper,
  kOLetter,
  kNumeric,
  kATerm,
  kSTerm,
  kClose,
  kSContinue,
};

Class ClassOf(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_CR:
      return kCr;
    case U_SB_LF:
      return kLf;
    case U_SB_SEP:
      return kSep;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return kExtend;
    case U_SB_SP:
      return kSp;
    case U_SB_LOWER:
      return kLower;
    case U_SB_UPPER:
      return kUpper;
    case U_SB_OLETTER:
      return kOLetter;
    case U_SB_NUMERIC:
      return kNumeric;
    case U_SB_ATERM:
      return kATerm;
    case U_SB_STERM:
      return kSTerm;
    case U_SB_CLOSE:
      return kClose;
    case U_SB_SCONTINUE:
      return kSContinue;
    default:
      return kOther;
  }
}

bool IsParagraphSeparator(Class c) {
  return c == kSep || c == kCr || c == kLf;
}
bool IsTerminator(Class c) {
  return c == kATerm || c == kSTerm;
}

// A character that goes on with the sentence where nothing is pending (SB998).
bool GoesOn(Class c) {
  return !IsTerminator(c) && !IsParagraphSeparator(c) && c != kExtend;
}

// The ASCII characters that do not go on with a sentence (SB998): terminators and paragraph separators.
constexpr char kAsciiStops[] = {'.', '!', '?', '\n', '\r'};

// Where the run of characters that go on from `i` ends: of ASCII ones (AsciiRunEnd over `ascii_goes_on`), and
// with SSE2 of those from U+00C0 to U+00FF too (letters, and × ÷), sixteen bytes at a time up to the first of
// kAsciiStops or the first other byte (a run goes on for a sentence, up to its period or a '«').
int32_t GoingOnEnd([[maybe_unused]] const BreakClasses<Class>& table,
                   const std::array<bool, 256>& ascii_goes_on, const std::uint8_t* bytes, int32_t i,
                   int32_t size) {
#if defined(__SSE2__)
  // (kAsciiStops and the letters as ICU's data has them, which a new Unicode version could change.)
  static const bool stops_known = [&] {
    for (int c = 0; c < 0x80; ++c)
      if (ascii_goes_on[c] ==
          (std::find(std::begin(kAsciiStops), std::end(kAsciiStops), c) != std::end(kAsciiStops)))
        return false;
    for (UChar32 c = 0xC0; c <= 0xFF; ++c)
      if (!GoesOn(table[c])) return false;
    return true;
  }();
  if (stops_known) {
    __m128i stops[std::size(kAsciiStops)];
    for (std::size_t k = 0; k < std::size(kAsciiStops); ++k) stops[k] = _mm_set1_epi8(kAsciiStops[k]);
    for (; size - i >= 16; i += 16) {
      const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
      __m128i found = _mm_setzero_si128();
      for (const __m128i stop : stops) found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, stop));
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(found)) | Latin1Stops(chunk);
      if (mask != 0) return i + std::countr_zero(mask);
    }
  }
#endif
  return AsciiRunEnd(ascii_goes_on, bytes, i, size);
}

}  // namespace

bool FindSentenceBreaks(std::string_view text, std::vector<std::uint32_t>& breaks) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) return false;  // offsets are int32_t, as in ICU
  const BreakClasses<Class>& table = BreakClassesOf<Class, &ClassOf>();
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  bool well_formed = true;
  // The class of the character at `i`, moving `i` past it.
  const auto next = [&](int32_t& i) {
    const std::optional<Class> c = table.Next(bytes, i, size);
    well_formed = well_formed && c.has_value();
    return c.value_or(kOther);
  };
  // SB8: whether the first letter, terminator or paragraph separator from `i` on is lower case.
  const auto lower_follows = [&](int32_t i) {
    while (i < size) {
      const Class c = next(i);
      if (c == kOLetter || c == kUpper || IsParagraphSeparator(c) || IsTerminator(c)) return false;
      if (c == kLower) return true;
    }
    return false;
  };

  static const std::array<bool, 256> ascii_goes_on = table.AsciiWhere(&GoesOn);

  breaks.clear();
  breaks.push_back(0);
  if (size == 0) return true;
  // Where the text stands after a terminator: "SATerm Close* Sp*" ends at the current position (SB8-SB11).
  enum class After : std::uint8_t { kNothing, kTerminator, kClose, kSpace };
  After after = After::kNothing;
  bool after_aterm = false;    // the terminator is an ATerm (a period)
  Class before_term = kOther;  // the character before the terminator (SB7)
  int32_t i = 0;
  Class a = next(i);                       // the character just before `i`
  Class left = a == kExtend ? kOther : a;  // the same once Extend and Format are attached (SB5)
  if (IsTerminator(a)) {
    after = After::kTerminator;
    after_aterm = a == kATerm;
  }
  while (i < size) {
    // Most of a text is a sentence going on (SB998): letters, digits, spaces, commas until a terminator. One-
    // and two-byte characters are read here without the general path.
    if (after == After::kNothing && !IsParagraphSeparator(a)) {
      const int32_t run = i;
      for (int32_t length = 0;; i += length) {
        i = GoingOnEnd(table, ascii_goes_on, bytes, i, size);
        const UChar32 c = i < size ? ShortCodePoint(bytes, i, size, length) : -1;
        if (c < 0x80 || !GoesOn(table[c])) break;  // (an ASCII character here does not go on)
      }
      if (i > run) {
        int32_t length = 0;
        left = a = table[ShortCodePointBefore(bytes, i, length)];
        continue;
      }
    }
    const int32_t at = i;
    const Class b = next(i);
    if (a == kCr && b == kLf) {  // SB3
      a = b;
      continue;
    }
    if (IsParagraphSeparator(a)) {  // SB4
      breaks.push_back(static_cast<std::uint32_t>(at));
      after = After::kNothing;
    } else if (b == kExtend) {  // SB5
      a = b;
      continue;
    }
    After next_after = After::kNothing;
    if (after != After::kNothing) {
      bool joined = true;
      if (IsParagraphSeparator(b) || b == kSp) {
        next_after = b == kSp ? After::kSpace : After::kNothing;  // SB9, SB10
      } else if (b == kClose && after != After::kSpace) {
        next_after = After::kClose;  // SB9
      } else if (after_aterm && after == After::kTerminator && b == kNumeric) {
        // SB6
      } else if (after_aterm && after == After::kTerminator && b == kUpper &&
                 (before_term == kUpper || before_term == kLower)) {
        // SB7
      } else if (after_aterm && lower_follows(at)) {
        // SB8
      } else if (b == kSContinue || IsTerminator(b)) {
        // SB8a
      } else {
        joined = false;  // SB11
      }
      if (!joined) breaks.push_back(static_cast<std::uint32_t>(at));
    }
    if (IsTerminator(b)) {
      next_after = After::kTerminator;
      after_aterm = b == kATerm;
      before_term = left;
    }
    after = next_after;
    left = a = b;
  }
  breaks.push_back(static_cast<std::uint32_t>(size));
  return well_formed;
}

}  // namespace newsgraph
