#include "text/LatinWordBreaks.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <memory>

#include "text/BreakClasses.h"
#include "text/PieceSplitter.h"

namespace newsgraph {
namespace {

// Word_Break classes as the rules below need them. Single_Quote joins MidNumLet and Double_Quote joins Other:
// they differ only in the rules for Hebrew letters, which are left to ICU; Extend, Format and ZWJ act alike
// except ZWJ before an emoji, also left to ICU.
enum Class : std::uint8_t {
  kOther,
  kCr,
  kLf,
  kNewline,
  kExtend,  // Extend or Format: attaches to the character before it (WB4)
  kLetter,  // ALetter
  kNumeric,
  kMidLetter,
  kMidNum,
  kMidNumLet,  // MidNumLet or Single_Quote
  kExtendNumLet,
  kSpace,  // WSegSpace
  kUnsupported,
};

// Latin (with Latin Extended Additional), Greek, Cyrillic, Armenian, general punctuation, currency symbols
// and letter-like symbols: the blocks below U+0590 and from U+1E00 to the end of BreakClasses' table.
constexpr UChar32 kGapBegin = 0x0590;
constexpr UChar32 kGapEnd = 0x1E00;

Class ClassOf(UChar32 c) {
  if ((c >= kGapBegin && c < kGapEnd) || c >= BreakClasses<Class>::kEnd) return kUnsupported;
  // ICU's tailoring of UAX #29 (its word.txt): '@' is a letter, ':' (and its variants) joins nothing.
  if (c == '@') return kLetter;
  if (c == ':') return kOther;
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return kUnsupported;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_CR:
      return kCr;
    case U_WB_LF:
      return kLf;
    case U_WB_NEWLINE:
      return kNewline;
    case U_WB_EXTEND:
    case U_WB_FORMAT:
      return kExtend;
    case U_WB_ALETTER:
      return kLetter;
    case U_WB_NUMERIC:
      return kNumeric;
    case U_WB_MIDLETTER:
      return kMidLetter;
    case U_WB_MIDNUM:
      return kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
      return kMidNumLet;
    case U_WB_EXTENDNUMLET:
      return kExtendNumLet;
    case U_WB_WSEGSPACE:
      return kSpace;
    case U_WB_OTHER:
    case U_WB_DOUBLE_QUOTE:
      return kOther;
    default:  // ZWJ, Katakana, Hebrew_Letter, Regional_Indicator
      return kUnsupported;
  }
}

bool LetterOrNumber(Class c) {
  return c == kLetter || c == kNumeric;
}

// Punctuation that joins nothing but letters or digits (WB6, WB7, WB11, WB12), if that.
bool IsMark(Class c) {
  return c == kOther || c == kMidLetter || c == kMidNum || c == kMidNumLet;
}

// Where the run of ASCII letters and digits from `p` ends: at the latest at the null character past the text
// (of class Other), so without a bounds check.
const std::uint8_t* LetterRunEnd(const std::array<bool, 256>& ascii_letter_or_number, const std::uint8_t* p) {
  while (ascii_letter_or_number[*p]) ++p;
  return p;
}

bool AsciiLetter(const BreakClasses<Class>& table, std::uint8_t byte) {
  return byte < 0x80 && table[byte] == kLetter;
}

// Where the two characters or more from `i` (the end of a word) that are spaces, newlines or marks end, when
// a letter or a digit of one or two bytes (`length`) follows them, giving `out` a break before each but a
// space after a space (WB3a, WB3b, WB3d) and before that letter or digit; else -1, giving none. (A mark of
// the Mid classes joins letters or digits on both of its sides only: WB6, WB7, WB11, WB12.) The characters
// are read twice, to find the letter or digit and then to give the breaks: `out` takes no break back.
template <typename Out>
int32_t SeparatorsEnd(const BreakClasses<Class>& table, const std::uint8_t* bytes, int32_t i, int32_t size,
                      Out& out, int32_t& length) {
  const auto class_at = [&](int32_t at, int32_t& read) {
    const UChar32 c = ShortCodePoint(bytes, at, size, read);
    return c < 0 ? kUnsupported : table[c];
  };
  int32_t end = i;
  for (int32_t count = 0;; end += length, ++count) {
    if (end >= size) return -1;
    const Class now = class_at(end, length);
    if (LetterOrNumber(now) && count >= 2) break;
    if (now != kSpace && now != kLf && !IsMark(now)) return -1;
  }
  out.BreakAfterWord(static_cast<std::uint32_t>(i));  // (`i` ends a word)
  int32_t read = 0;
  Class before = class_at(i, read);
  for (int32_t at = i + read; at < end; at += read) {
    const Class now = class_at(at, read);
    if (now != kSpace || before != kSpace) out.Break(static_cast<std::uint32_t>(at));
    before = now;
  }
  out.Break(static_cast<std::uint32_t>(end));
  return end;
}

// Most of a text: words (runs of letters and digits, which join: WB5, WB8-10) separated by a single space,
// by a punctuation mark and a space, by a mark that joins nothing ('-') or by other runs of spaces, newlines
// and marks (SeparatorsEnd), and words with an apostrophe.
// Moves `i`, at a letter or digit, to the end of such words, giving their breaks to `out`; `run` is where
// the last run of letters and digits starts: past the first character of a word after a space, a mark or
// other separators, or past an apostrophe (then the run has a character at least).
// One- and two-byte characters are read here without the general path. (A function of its own, which the
// compiler inlines: with these loops written in FindLatinWordBreaks' own, it kept `out` on the stack.)
template <typename Out>
int32_t WordsEnd(const BreakClasses<Class>& table, const std::uint8_t* bytes, int32_t i, int32_t size,
                 Out& out, int32_t& run) {
  // (Whether a byte is an ASCII letter or digit in one load, none past ASCII: the runs' table, also asked of
  // the byte after a space or a mark, where the classes took a test for ASCII and two loads.)
  static const std::array<bool, 256> ascii_letter_or_number = table.AsciiWhere(&LetterOrNumber);
  // Where the run of letters and digits from `from` ends. (The null character past the text ends a run as
  // ASCII.)
  const auto letters_end = [&](int32_t from) {
    for (int32_t length = 0;; from += length) {
      from = static_cast<int32_t>(LetterRunEnd(ascii_letter_or_number, bytes + from) - bytes);
      const UChar32 c = ShortCodePoint(bytes, from, size, length);
      if (c < 0x80 || !LetterOrNumber(table[c])) return from;  // (an ASCII character here is neither)
    }
  };
  for (;; i += 2) {
    run = i;
    i = letters_end(i);
    // (No bounds checks: the null character past the text is neither a space nor a letter or a digit.)
    if (bytes[i] == ' ' && ascii_letter_or_number[bytes[i + 1]]) {
      out.BreakAfterWord(static_cast<std::uint32_t>(i));
      // The words after it that are followed by a single space and a word too, as below, by a punctuation
      // mark, a space and a word, or that go on past an apostrophe (most of a text), in a loop of their own
      // that gives `out` each of them whole: in the loop above, `out`'s state was kept in memory. The first
      // word that is followed by none of those goes on below, after its space.
      int32_t begin = i + 1;     // where the word after the space starts
      int32_t from = begin + 1;  // and its last run (as `run`)
      for (;;) {
        i = letters_end(from);
        if (bytes[i] == ' ' && ascii_letter_or_number[bytes[i + 1]]) {
          out.SpacedWord(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i));
          begin = i + 1;
          from = begin + 1;
        } else if (i + 2 < size && bytes[i] < 0x80 && IsMark(table[bytes[i]]) && bytes[i + 1] == ' ' &&
                   ascii_letter_or_number[bytes[i + 2]]) {
          out.SpacedWord(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i));
          out.Mark(static_cast<std::uint32_t>(i));
          begin = i + 2;
          from = begin + 1;
        } else if (bytes[i] == '\'' && AsciiLetter(table, bytes[i - 1]) && AsciiLetter(table, bytes[i + 1])) {
          from = i + 1;
        } else {
          break;
        }
      }
      out.Space(static_cast<std::uint32_t>(begin - 1));
      run = from;
    }
    // The same before a word that starts with a letter of two bytes ("a été", "à"), moving past it.
    if (int32_t length = 0; bytes[i] == ' ') {
      if (const UChar32 c = ShortCodePoint(bytes, i + 1, size, length);
          c >= 0x80 && LetterOrNumber(table[c])) {
        out.BreakAfterWord(static_cast<std::uint32_t>(i));
        out.Space(static_cast<std::uint32_t>(i));
        ++i;
        continue;
      }
    }
    // A punctuation mark, a space and a word ("mais, selon", "M. Dupont"): a break on each side of the space,
    // and before the mark (a mark joins letters or digits only to letters or digits: WB6, WB7, WB11, WB12).
    if (i + 2 < size && bytes[i] < 0x80 && IsMark(table[bytes[i]]) && bytes[i + 1] == ' ' &&
        ascii_letter_or_number[bytes[i + 2]]) {
      out.BreakAfterWord(static_cast<std::uint32_t>(i));
      out.Break(static_cast<std::uint32_t>(i + 1));
      out.Space(static_cast<std::uint32_t>(i + 1));
      ++i;
      continue;
    }
    // A mark that joins nothing between two words ("nord-coréen", "a-t-il", "km/h"): a break on each side.
    // (The pieces of a hyphen-minus between two ASCII letters or digits make a compound: HyphenAfterWord.
    // '@', a letter here, is not one for PieceSplitter's compounds.)
    if (i + 1 < size && bytes[i] < 0x80 && table[bytes[i]] == kOther &&
        ascii_letter_or_number[bytes[i + 1]]) {
      if (bytes[i] == '-' && bytes[i - 1] != '@' && bytes[i - 1] < 0x80 && bytes[i + 1] != '@') {
        out.HyphenAfterWord(static_cast<std::uint32_t>(i));
      } else {
        out.BreakAfterWord(static_cast<std::uint32_t>(i));
        out.Break(static_cast<std::uint32_t>(i + 1));
      }
      continue;
    }
    // An apostrophe between two ASCII letters ("d'un", "aujourd'hui") joins them (WB6, WB7): the word goes on
    // from the letter after it, where the step of two lands (a run then starts past the apostrophe).
    if (bytes[i] == '\'' && i + 1 < size && AsciiLetter(table, bytes[i - 1]) &&
        AsciiLetter(table, bytes[i + 1])) {
      --i;
      continue;
    }
    // Between two words, spaces, newlines and marks ("fin.\n\nLe", "», a", ". « La").
    int32_t length = 0;
    if (const int32_t word = SeparatorsEnd(table, bytes, i, size, out, length); word >= 0) {
      i = word + length - 2;  // (past the word's first character, where the step of two lands)
      continue;
    }
    return i;
  }
}

// FindLatinWordBreaks for a text shorter than 2 GiB, giving `out` (a BreakList or a PieceSplitter) each
// boundary past 0, in order.
template <typename Out>
bool FindBreaks(const std::string& text, Out& out) {
  const BreakClasses<Class>& table = BreakClassesOf<Class, &ClassOf>();
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  // The class of the character at `i`, moving `i` past it.
  const auto next = [&](int32_t& i) { return table.Next(bytes, i, size).value_or(kUnsupported); };
  // The class of the first character from `i` on that is not Extend or Format (WB6, WB12).
  const auto next_real = [&](int32_t i) {
    Class c = kOther;
    while (i < size && (c = next(i)) == kExtend) {
    }
    return c == kExtend ? kOther : c;
  };

  if (size == 0) return true;
  int32_t i = 0;
  Class a = next(i);  // the character just before `i`
  if (a == kUnsupported) return false;
  // The class of the character on the left once Extend and Format are attached to what precedes them (WB4),
  // and of the one before it (WB7, WB11).
  Class left = a == kExtend ? kOther : a;
  Class before_left = kOther;
  while (i < size) {
    // (The words of a piece that starts with white space go the general way: the segmenter gives its
    // boundaries one by one.)
    if (LetterOrNumber(left) && !out.ReadingWhiteSpace()) {
      const int32_t start = i;
      int32_t run = i;
      i = WordsEnd(table, bytes, i, size, out, run);
      // The classes of the last two characters, which the rules below look at: a space and the last word's
      // first character, then those of its run (the one before the run, `left`, if it has only one). (After
      // other separators, the space stands for them: the rules only ask whether `before_left` is a letter
      // or a digit. A run past an apostrophe is never empty.)
      if (int32_t length = 0; run > start) {
        before_left = kSpace;
        left = a = table[ShortCodePointBefore(bytes, run, length)];
      }
      if (i > run) {
        int32_t length = 0;
        const Class last = table[ShortCodePointBefore(bytes, i, length)];
        before_left = i - length > run ? table[ShortCodePointBefore(bytes, i - length, length)] : left;
        left = a = last;
      }
      if (i >= size) break;
    }
    const int32_t at = i;
    const Class b = next(i);
    if (b == kUnsupported) return false;
    const bool after_line = a == kCr || a == kLf || a == kNewline;
    bool joined;
    if (a == kCr && b == kLf) {
      joined = true;  // WB3
    } else if (after_line || b == kCr || b == kLf || b == kNewline) {
      joined = false;  // WB3a, WB3b
    } else if (a == kSpace && b == kSpace) {
      joined = true;  // WB3d
    } else if (b == kExtend) {
      joined = true;  // WB4
    } else {
      const bool mid_letter = b == kMidLetter || b == kMidNumLet;
      const bool mid_number = b == kMidNum || b == kMidNumLet;
      joined = (LetterOrNumber(left) && LetterOrNumber(b)) ||                              // WB5, WB8-10
               (left == kLetter && mid_letter && next_real(i) == kLetter) ||               // WB6
               ((left == kMidLetter || left == kMidNumLet) && b == kLetter &&              // WB7
                before_left == kLetter) ||                                                 //
               (left == kNumeric && mid_number && next_real(i) == kNumeric) ||             // WB12
               ((left == kMidNum || left == kMidNumLet) && b == kNumeric &&                // WB11
                before_left == kNumeric) ||                                                //
               ((LetterOrNumber(left) || left == kExtendNumLet) && b == kExtendNumLet) ||  // WB13a
               (left == kExtendNumLet && LetterOrNumber(b));                               // WB13b
    }
    if (!joined) out.Break(static_cast<std::uint32_t>(at));
    a = b;
    if (b == kExtend && !after_line) continue;  // attached: the left side is unchanged
    before_left = left;
    left = b == kExtend ? kOther : b;
  }
  out.Break(static_cast<std::uint32_t>(size));
  return true;
}

// The boundaries written through a pointer into a buffer with room for one per offset, and copied into a
// vector at the end: a push_back per boundary, with its capacity check and the vector's end stored again each
// time, cost more than the copy.
struct BreakList {
  std::uint32_t* end;
  void Break(std::uint32_t at) { *end++ = at; }
  void BreakAfterWord(std::uint32_t at) { Break(at); }
  void Space(std::uint32_t at) { Break(at + 1); }
  void SpacedWord(std::uint32_t begin, std::uint32_t end) {
    Break(begin);
    Break(end);
  }
  void Mark(std::uint32_t at) { Break(at + 1); }
  void HyphenAfterWord(std::uint32_t at) {
    Break(at);
    Break(at + 1);
  }
  static bool ReadingWhiteSpace() { return false; }
};

}  // namespace

bool FindLatinWordBreaks(const std::string& text, std::vector<std::uint32_t>& breaks) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) return false;  // offsets are int32_t, as in ICU
  const auto found = std::make_unique_for_overwrite<std::uint32_t[]>(text.size() + 1);
  BreakList list{found.get()};
  list.Break(0);
  if (!FindBreaks(text, list)) return false;
  breaks.assign(found.get(), list.end);
  return true;
}

bool FindLatinWordBreaks(const std::string& text, PieceSplitter& pieces) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) return false;
  // (Through a copy of its own, whose members the compiler may keep in registers: it kept those of `pieces`
  // in memory, as the stores of the pieces might change them.)
  PieceSplitter splitter = pieces;
  const bool found = FindBreaks(text, splitter);
  pieces = splitter;
  return found;
}

}  // namespace newsgraph
