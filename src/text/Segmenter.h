// Second per-article stage: splits Document::text into tokens and sentences (French rules on top of UAX #29).
//
//   Segmenter segmenter(abbreviations);  // lines of schema/lexicons/fr/abbreviations.txt
//   segmenter.Process(doc);              // fills doc.tokens and doc.sentences
//
// Tokens: UAX #29 word boundaries as ICU finds them (FindLatinWordBreaks for Latin-script text, ICU's own
// iterator for other scripts), then French rules. Words, numbers ("3,800", "1er", "2022-11"), and each
// punctuation mark alone. Elided articles and pronouns are split off with their apostrophe ("l'armée" → "l'"
// "armée"); hyphenated compounds stay whole ("États-Unis", "porte-parole") except inversion clitics
// ("a-t-il" → "a" "-t-il", "dit-il" → "dit" "-il"). Listed abbreviations stay one token with their period
// ("M.", "J.-C.", "av."), as do capital initials before a capitalised word ("John F. Kennedy" → "F.").
//
// Sentences: UAX #29 sentence breaks (FindSentenceBreaks, as ICU finds them), then: no break after an
// abbreviation or an initial; a break is always made at a newline (headlines have no final period); no break
// inside «guillemets» or "quotes" unless the quote ends with final punctuation; a break found just before a
// closing quote moves after it. A sentence longer than kMaxSentenceTokens (a list, a table, a transcript
// without punctuation) is cut at its last semicolon or comma in the second half of that length, else at it.
//
// The abbreviation list is data: one entry per line, '#' comments. An entry containing an apostrophe
// ("aujourd'hui", "presqu'île") is instead a word never split at its apostrophe. Entries match as written;
// an all-lower-case entry also matches a capitalised form ("Av." for "av."); an entry without a final period
// also matches with one ("Dr." for "Dr").
#pragma once

#include <unicode/uversion.h>

#include <array>
#include <bitset>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/Document.h"
#include "core/FormFacts.h"
#include "text/Piece.h"
#include "text/StringHash.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace newsgraph {

class Segmenter {
 public:
  // The relation rules compare a sentence's mentions and cues pairwise; real sentences stay far below this
  // (the longest of the development articles has 62 words), and a text with no sentence end at all would
  // otherwise be one sentence whose rules take minutes.
  static constexpr std::size_t kMaxSentenceTokens = 300;

  explicit Segmenter(std::vector<std::string> abbreviations);
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Thread-safe: each call works on clones of the break iterators built by the constructor. With `facts`,
  // every token gets its facts (TokenFacts) as it is made, those of the forms kept per thread from them
  // (core/FormFacts.h).
  void Process(Document& doc, const FormFacts* facts = nullptr) const;

 private:
  // One pass over PieceSplitter's pieces (formerly two, MergeAbbreviations then SplitElisionsAndClitics):
  // listed abbreviations and capital initials joined with their periods (AbbreviationEnd), then elisions
  // split off and inversion clitics from what remains (AppendSplittingClitic). `all` is followed by a
  // sentinel that starts at the text's end (and not after white space).
  // Written into `room`, with room for one per byte of the text and one more, where a sentinel follows them
  // (a piece after a newline and an abbreviation, which FindSentences stops at).
  std::span<const Piece> MergeAndSplit(const std::string& text, std::span<const Piece> all,
                                       Piece* room) const;
  // The index of the last piece of the abbreviation starting at pieces[i], or i (pieces[i + 1] follows
  // pieces[i] without a space, and starts with a byte of abbreviation_later_byte_).
  std::size_t AbbreviationEnd(std::string_view text, std::span<const Piece> pieces, std::size_t i) const;
  // Whether AbbreviationEnd may find one starting at `piece`: most candidates are a word and the period after
  // it, at a sentence's end, longer than any entry starting with its first byte, told so without a call.
  bool MayStartAbbreviation(std::string_view text, const Piece& piece) const;
  bool IsAbbreviation(std::string_view span) const;
  // Whether `word` is a word never split at its apostrophe ("presqu'île").
  bool IsWholeWord(std::string_view word) const;
  // Writes `piece` at `out` (past the pieces from `first`), split, and returns the end of what it wrote.
  static Piece* AppendSplittingClitic(std::string_view text, const Piece& piece, const Piece* first,
                                      Piece* out);
  static void MakeTokens(Document& doc, std::span<const Piece> pieces, const FormFacts* facts);
  // The sentences, from the sentence `boundaries` of FindSentenceBreaks or ICU; null: from the tokens'
  // terminators (SentenceBreaksAfterTerminator), for a text FindLatinWordBreaks read whose white space is
  // spaces and newlines.
  void FindSentences(Document& doc, std::span<const Piece> pieces,
                     const std::vector<std::uint32_t>* boundaries) const;

  StringSet abbreviations_;                        // as written
  StringSet lower_abbreviations_;                  // all-lower-case entries, also matched capitalised
  std::vector<std::size_t> abbreviation_lengths_;  // distinct byte lengths, longest first
  // A quick filter on a candidate's first byte and length: bit n (the last bit for 63 and more) of the entry
  // at a byte is set when an entry that may match a candidate starting with that byte is n bytes long, or
  // n - 1 (matched with a final period).
  std::array<std::uint64_t, 256> abbreviation_lengths_at_{};
  std::array<bool, 128> abbreviation_last_ascii_{};  // and on its last byte, when that is ASCII
  // and on the byte after its first piece ('.' in "M.", "-" in "c.-à-d."): a byte of an entry past its first
  std::array<bool, 256> abbreviation_later_byte_{};
  // and on its first two bytes, lower-cased, when they are ASCII (AsciiPairKey; one bit per pair)
  std::bitset<1 << 14> abbreviation_ascii_starts_;
  StringSet whole_words_;                           // lower case
  std::uint64_t whole_word_lengths_ = 0;            // bit n set when one is n bytes long (a quick filter)
  std::array<bool, 128> whole_word_first_ascii_{};  // the ASCII first bytes of the entries, either case
  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
};

}  // namespace newsgraph
