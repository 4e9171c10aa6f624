// Multi-word entries of a lexicon, each with a class, indexed by their first word for longest-match lookup.
// Words are stored folded (text/Fold.h) and split the way the segmenter splits text ("s'entretenir" → "s'",
// "entretenir"; "chef d'état-major" → "chef", "d'", "état-major").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/StringHash.h"

namespace newsgraph {

struct Phrase {
  std::vector<std::string> words;  // folded
  std::string cls;
};

class PhraseTable {
 public:
  void Add(std::string cls, std::string_view pattern);
  // Entries whose first word is `folded_word`, longest first.
  const std::vector<Phrase>& StartingWith(std::string_view folded_word) const;
  std::size_t size() const { return size_; }

  // Splits a pattern into folded words as the segmenter would.
  static std::vector<std::string> SplitWords(std::string_view pattern);
  // The same for a pattern already folded (Fold(pattern)).
  static std::vector<std::string> SplitFoldedWords(std::string_view folded);

 private:
  StringMap<std::vector<Phrase>> by_first_;
  std::size_t size_ = 0;
};

}  // namespace newsgraph
