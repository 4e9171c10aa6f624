// The language-specific cue lists under schema/lexicons/<lang>/, loaded at run time:
//   cues.tsv     relation cues (report, deny, decline, contact, establish, operate, use, connect, cite,
//   member) titles.tsv   role nouns (title, generic) heads.tsv    head nouns of institutions, lines, places
//   and national groups words.tsv    closed word classes (negation, hypothetical, determiner, stop, clitic,
//   relative) discard.tsv  bylines, credits and navigation text national-prefixes.tsv  first parts of
//   compound nationality adjectives ("américano-russe")
// Every file is `CLASS <TAB> ENTRY` per line; '#' starts a comment.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/Document.h"
#include "core/Result.h"
#include "schema/PhraseTable.h"
#include "schema/WordClass.h"
#include "text/StringHash.h"
#include "text/WordInfo.h"

namespace newsgraph {

class Lexicon {
 public:
  static Result<Lexicon> Load(const std::filesystem::path& dir);

  const PhraseTable& cues() const { return cues_; }
  const PhraseTable& titles() const { return titles_; }
  const PhraseTable& heads() const { return heads_; }
  // True when the folded word is listed under `cls` in words.tsv.
  bool Is(std::string_view cls, std::string_view folded) const;
  // True when one of the word's lemmas is ("a refusé": refuser).
  bool LemmaIn(std::string_view cls, const WordInfo& info) const;
  // The same as bits, for stages that look each token up once (extract/TokenLookup): the classes of
  // WordClass a word is in (and one bit shared by the valued classes), and the bit of one such class (0 for
  // a class no word has, and for the classes only looked up by name).
  std::uint64_t ClassesOf(std::string_view folded) const;
  std::uint64_t ClassBit(std::string_view cls) const;
  // The folded words listed under `cls`, sorted (none for an unknown class).
  std::vector<std::string> Members(std::string_view cls) const;
  // Is(cls, token.fold) for a token looked up by extract/TokenLookup (false before it ran). (Static: the bit
  // of a class is fixed, a constant where the class is, rather than read from the lexicon at each test.)
  static bool Is(WordClass cls, const Token& token) { return (token.facts.classes & Bit(cls)) != 0; }
  // LemmaIn(cls, token.lowered()) for a token looked up by extract/TokenLookup (false before it ran).
  static bool LemmaIn(WordClass cls, const Token& token) {
    return (token.facts.lemma_classes & Bit(cls)) != 0;
  }
  // The value after `prefix` of the first class of words.tsv that lists the word ("channel:" → "phone"), or
  // "".
  std::string ValueOf(std::string_view prefix, std::string_view folded) const;
  // The same for a token looked up by extract/TokenLookup: "" at once for a word in no valued class.
  std::string ValueOf(std::string_view prefix, const Token& token) const {
    return (token.facts.classes & valued_bits_) != 0 ? ValueOf(prefix, token.fold) : std::string();
  }
  const std::vector<std::string>& discard(std::string_view cls) const;
  // Gazetteer country id for the first part of a compound nationality adjective ("américano" →
  // united_states).
  const std::string* NationalPrefix(std::string_view folded) const;

 private:
  // The bit of a class of WordClass: its place in the enum. A class words.tsv does not list has its bit in
  // no word's classes (ClassBit gives it 0).
  static constexpr std::uint64_t Bit(WordClass cls) { return std::uint64_t{1} << static_cast<unsigned>(cls); }

  PhraseTable cues_, titles_, heads_;
  StringMap<StringSet> words_;
  StringMap<std::vector<std::string>> classes_of_;  // word → its classes, in file order
  StringMap<std::uint64_t> class_bits_;             // class of WordClass → its bit
  StringMap<std::uint64_t> word_bits_;              // word → the bits of its classes
  std::uint64_t valued_bits_ = 0;  // the bit of the classes with a value ("channel:phone"), if any
  StringMap<std::vector<std::string>> discard_;
  StringMap<std::string> national_prefixes_;
};

}  // namespace newsgraph
