// The pieces between the word boundaries of a text, less its white space, made as the boundaries come: from
// FindLatinWordBreaks as it finds them (their offsets are never stored), or from ICU's. Each piece knows
// whether white space, and a newline, come before it; a hyphenated compound is one piece (word '-' word
// without a space: "États-Unis", "a-t-il", "2022-11").
//
//   auto room = std::make_unique_for_overwrite<Piece[]>(text.size() + 1);
//   PieceSplitter splitter(text, room.get());
//   for (const std::uint32_t at : boundaries_past_0) splitter.Break(at);
//   std::span<const Piece> pieces = splitter.pieces();
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "text/Piece.h"

namespace newsgraph {

class PieceSplitter {
 public:
  // `room`: for a piece per boundary of `text` (text.size() + 1 at most).
  PieceSplitter(std::string_view text, Piece* room) : text_(text), first_(room), out_(room) {}

  // A boundary at byte `at` (past the last one): the end of the piece that starts at the last one.
  void Break(std::uint32_t at) {
    const std::uint32_t begin = begin_;
    if (!WhiteSpaceAt(text_, begin)) {
      BreakAfterWord(at);
      return;
    }
    begin_ = at;
    space_ = true;
    // (A paragraph separator is a piece of its own, or "\r\n": its first byte tells. Mostly a single space,
    // looked at without a call.)
    spaces_and_newlines_ = spaces_and_newlines_ && (text_[begin] == ' ' || text_[begin] == '\n');
    newline_ =
        newline_ || (at - begin == 1 ? text_[begin] == '\n'
                                     : text_.substr(begin, at - begin).find('\n') != std::string_view::npos);
  }
  // Break(at) where the piece that ends there holds a letter or a digit and does not start with white space
  // (FindLatinWordBreaks, after a word; see ReadingWhiteSpace).
  void BreakAfterWord(std::uint32_t at) {
    const std::uint32_t begin = begin_;
    begin_ = at;
    if (!space_) {
      if (hyphenated_) {  // (HyphenAfterWord's compound)
        out_[-1].end = at;
        hyphenated_ = false;
        return;
      }
      if (out_ - first_ >= 2 && JoinsHyphenated(text_, out_, begin, at)) {
        --out_;
        out_[-1].end = at;
        return;
      }
    }
    *out_++ = Piece{begin, at, space_, newline_, false};
    space_ = false;
    newline_ = false;
  }
  // BreakAfterWord(at) then Break(at + 1) where a hyphen-minus at `at` is between two ASCII letters or digits
  // (not '@'), the last of a word and the first of the next: that hyphen and the word after it join the word
  // into a compound ("nord-coréen", "a-t-il"), as JoinsHyphenated would find, which the next BreakAfterWord
  // ends.
  void HyphenAfterWord(std::uint32_t at) {
    BreakAfterWord(at);
    begin_ = at + 1;
    hyphenated_ = true;
  }
  // Break(at + 1) where a single space ' ' is at `at`, the last boundary (most words are followed by one).
  void Space(std::uint32_t at) {
    begin_ = at + 1;
    space_ = true;
  }
  // Space(begin - 1) then BreakAfterWord(end), after a BreakAfterWord, a SpacedWord or a Mark: the word
  // [begin, end) after a single space. (Written whole: nothing of the state is read. Space or Mark must
  // follow.)
  void SpacedWord(std::uint32_t begin, std::uint32_t end) { *out_++ = Piece{begin, end, true, false, false}; }
  // Break(at + 1) right after a SpacedWord that ends at `at`: a punctuation mark of one byte, before a single
  // space. (Space must follow.)
  void Mark(std::uint32_t at) { *out_++ = Piece{at, at + 1, false, false, false}; }

  // Whether the piece being read starts with white space that may be joined to a letter after it: U+202F
  // NARROW NO-BREAK SPACE, an ExtendNumLet (WB13b), first byte 0xE2. (No other white space is: a piece
  // that holds a letter or a digit starts with white space only there.)
  bool ReadingWhiteSpace() const { return text_[begin_] == '\xE2' && WhiteSpaceAt(text_, begin_); }

  std::span<const Piece> pieces() const { return {first_, out_}; }
  // Whether all the white space between the pieces is spaces and newlines.
  bool spaces_and_newlines() const { return spaces_and_newlines_; }

 private:
  // (Static, and given the members they read: a call given `this` would keep the members in memory.)
  static bool WhiteSpaceAt(std::string_view text, std::uint32_t at) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');  // (tab, newline, vertical tab, form feed, CR)
    // Past ASCII, white space is U+0085, U+00A0 (lead byte 0xC2), U+1680 (0xE1), U+2000 to U+205F (0xE2) and
    // U+3000 (0xE3): most pieces that start with another byte are accented words, decoded for nothing.
    return (c == 0xC2 || (c >= 0xE1 && c <= 0xE3)) && WhiteSpaceCharacterAt(text, at);
  }
  static bool WhiteSpaceCharacterAt(std::string_view text, std::uint32_t at);
  // Whether the piece [begin, end) of `text` joins the two pieces before `out`, a word and a hyphen without a
  // space before it, into one hyphenated compound.
  static bool JoinsHyphenated(std::string_view text, const Piece* out, std::uint32_t begin,
                              std::uint32_t end);

  std::string_view text_;
  Piece* first_;
  Piece* out_;               // where the next piece goes
  std::uint32_t begin_ = 0;  // where the piece being read starts
  bool space_ = true;        // white space before it (or the text's start)
  bool newline_ = false;     // a newline in that white space
  bool spaces_and_newlines_ = true;
  bool hyphenated_ = false;  // the piece being read ends the last one (HyphenAfterWord)
};

}  // namespace newsgraph
