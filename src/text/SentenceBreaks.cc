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

// Where the text stands after a terminator: "SATerm Close* Sp*" ends at the current position (SB8-SB11).
enum class After : std::uint8_t { kNothing, kTerminator, kClose, kSpace };

// The rules from SB3 on, applied a character at a time to well-formed or ill-formed UTF-8 (FindSentenceBreaks
// tells which) at `bytes`: each boundary found is appended to `breaks`.
class Rules {
 public:
  Rules(const std::uint8_t* bytes, int32_t size, std::vector<std::uint32_t>& breaks)
      : table_(BreakClassesOf<Class, &ClassOf>()), bytes_(bytes), size_(size), breaks_(breaks) {}

  // The class of the character at `i`, moving `i` past it.
  Class Next(int32_t& i) {
    const std::optional<Class> c = table_.Next(bytes_, i, size_);
    well_formed_ = well_formed_ && c.has_value();
    return c.value_or(kOther);
  }
  const BreakClasses<Class>& table() const { return table_; }
  bool well_formed() const { return well_formed_; }
  // Nothing pending: no boundary before the next terminator or paragraph separator (SB998).
  bool GoingOn() const { return after_ == After::kNothing && !IsParagraphSeparator(a_); }
  // After a terminator, its closing punctuation and spaces (SB8 to SB11).
  bool AfterTerminator() const { return after_ != After::kNothing; }

  // Starts at the text's first character, of class `first`.
  void Start(Class first) {
    a_ = first;
    left_ = first == kExtend ? kOther : first;
    if (IsTerminator(first)) {
      after_ = After::kTerminator;
      after_aterm_ = first == kATerm;
    }
  }
  // Starts where nothing is pending, after a character that is no paragraph separator (SB3, SB4), of class
  // `left` once Extend and Format are attached to what precedes them (SB5).
  void StartAfter(Class left) { left_ = left; }
  // After a run of characters that go on (SB998), the last of class `last`.
  void AfterRun(Class last) { left_ = a_ = last; }

  // The character of class `b` at byte `at`.
  void Step(int32_t at, Class b) {
    if (a_ == kCr && b == kLf) {  // SB3
      a_ = b;
      return;
    }
    if (IsParagraphSeparator(a_)) {  // SB4
      breaks_.push_back(static_cast<std::uint32_t>(at));
      after_ = After::kNothing;
    } else if (b == kExtend) {  // SB5
      a_ = b;
      return;
    }
    After next_after = After::kNothing;
    if (after_ != After::kNothing) {
      bool joined = true;
      if (IsParagraphSeparator(b) || b == kSp) {
        next_after = b == kSp ? After::kSpace : After::kNothing;  // SB9, SB10
      } else if (b == kClose && after_ != After::kSpace) {
        next_after = After::kClose;  // SB9
      } else if (after_aterm_ && after_ == After::kTerminator && b == kNumeric) {
        // SB6
      } else if (after_aterm_ && after_ == After::kTerminator && b == kUpper &&
                 (before_term_ == kUpper || before_term_ == kLower)) {
        // SB7
      } else if (after_aterm_ && LowerFollows(at)) {
        // SB8
      } else if (b == kSContinue || IsTerminator(b)) {
        // SB8a
      } else {
        joined = false;  // SB11
      }
      if (!joined) breaks_.push_back(static_cast<std::uint32_t>(at));
    }
    if (IsTerminator(b)) {
      next_after = After::kTerminator;
      after_aterm_ = b == kATerm;
      before_term_ = left_;
    }
    after_ = next_after;
    left_ = a_ = b;
  }

 private:
  // SB8: whether the first letter, terminator or paragraph separator from `i` on is lower case.
  bool LowerFollows(int32_t i) {
    while (i < size_) {
      const Class c = Next(i);
      if (c == kOLetter || c == kUpper || IsParagraphSeparator(c) || IsTerminator(c)) return false;
      if (c == kLower) return true;
    }
    return false;
  }

  const BreakClasses<Class>& table_;
  const std::uint8_t* bytes_;
  int32_t size_;
  std::vector<std::uint32_t>& breaks_;
  bool well_formed_ = true;
  After after_ = After::kNothing;
  bool after_aterm_ = false;    // the terminator is an ATerm (a period)
  Class before_term_ = kOther;  // the character before the terminator (SB7)
  Class a_ = kOther;            // the character just before the current one
  Class left_ = kOther;         // the same once Extend and Format are attached (SB5)
};

}  // namespace

bool FindSentenceBreaks(std::string_view text, std::vector<std::uint32_t>& breaks) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) return false;  // offsets are int32_t, as in ICU
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  breaks.clear();
  breaks.push_back(0);
  if (size == 0) return true;
  Rules rules(bytes, size, breaks);
  const BreakClasses<Class>& table = rules.table();
  static const std::array<bool, 256> ascii_goes_on = table.AsciiWhere(&GoesOn);
  int32_t i = 0;
  rules.Start(rules.Next(i));
  while (i < size) {
    // Most of a text is a sentence going on (SB998): letters, digits, spaces, commas until a terminator. One-
    // and two-byte characters are read here without the general path.
    if (rules.GoingOn()) {
      const int32_t run = i;
      for (int32_t length = 0;; i += length) {
        i = GoingOnEnd(table, ascii_goes_on, bytes, i, size);
        const UChar32 c = i < size ? ShortCodePoint(bytes, i, size, length) : -1;
        if (c < 0x80 || !GoesOn(table[c])) break;  // (an ASCII character here does not go on)
      }
      if (i > run) {
        int32_t length = 0;
        rules.AfterRun(table[ShortCodePointBefore(bytes, i, length)]);
        continue;
      }
    }
    const int32_t at = i;
    rules.Step(at, rules.Next(i));
  }
  breaks.push_back(static_cast<std::uint32_t>(size));
  return rules.well_formed();
}

bool IsSentenceTerminatorAt(std::string_view text, std::uint32_t at) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  auto i = static_cast<int32_t>(at);
  const std::optional<Class> c =
      BreakClassesOf<Class, &ClassOf>().Next(bytes, i, static_cast<int32_t>(text.size()));
  return c && IsTerminator(*c);
}

std::uint32_t SentenceBreaksAfterTerminator(std::string_view text, std::uint32_t at,
                                            std::vector<std::uint32_t>& breaks) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  if (const auto i = static_cast<int32_t>(at); bytes[i] < 0x80) {
    // Most terminators end a sentence before a capital ("Fin. Le", "? Il": SB11).
    if (i + 2 < size && bytes[i + 1] == ' ' && bytes[i + 2] >= 'A' && bytes[i + 2] <= 'Z') {
      breaks.push_back(at + 2);
      return at + 3;
    }
    // Or before a guillemet that opens another ("fin. « La": '«' is Close, and SB8 finds no small letter
    // after it).
    if (i + 5 < size && bytes[i + 1] == ' ' && bytes[i + 2] == 0xC2 && bytes[i + 3] == 0xAB &&
        bytes[i + 4] == ' ' && bytes[i + 5] >= 'A' && bytes[i + 5] <= 'Z') {
      breaks.push_back(at + 2);
      return at + 4;
    }
    // Most others end a paragraph or the text: no boundary before the newline (SB9) or at the end (the one
    // after the newline, SB4, is the caller's).
    if (i + 1 == size) return at + 1;
    if (bytes[i + 1] == '\n') return at + 2;
  }
  Rules rules(bytes, size, breaks);
  // The last character before the terminator that is not Extend or Format (SB5), which SB7 reads. (Whether
  // the one right before it is a paragraph separator only matters to SB4, the caller's.)
  Class left = kOther;
  for (auto k = static_cast<int32_t>(at); k > 0;) {
    U8_BACK_1(bytes, 0, k);
    int32_t next = k;
    if (const Class c = rules.Next(next); c != kExtend) {
      left = c;
      break;
    }
  }
  rules.StartAfter(left);
  auto i = static_cast<int32_t>(at);
  do {
    const int32_t from = i;
    rules.Step(from, rules.Next(i));
  } while (i < size && rules.AfterTerminator());
  return static_cast<std::uint32_t>(i);
}

}  // namespace newsgraph
