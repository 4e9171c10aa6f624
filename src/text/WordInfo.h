// What French morphology (hunspell-fr's `analyze()`) says about one written word, reduced to what extraction
// asks: its folded lemmas and a handful of part-of-speech facts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct WordInfo {
  std::vector<std::string> lemmas;  // folded (Fold) lemmas, in hunspell's order, without duplicates
  bool known = false;               // hunspell knows the word
  bool verb = false;
  bool noun = false;
  bool adjective = false;
  bool participle = false;  // past participle
  bool infinitive = false;
  bool adverb = false;
  bool conditional = false;  // conditional mood ("aurait", "pourrait")
  bool future = false;       // future tense ("s'entretiendra", "rencontrera")
  bool finite = false;       // a conjugated form (indicative, conditional or subjunctive)
  bool first_name = false;   // po:prn
  bool feminine = false;     // a first name of women (po:prn is:fem)
  bool masculine = false;    // a first name of men (po:prn is:mas); neither for "Dominique" (is:epi)
  bool surname = false;      // po:patr
  bool proper = false;       // po:npr (place or organisation name)
  bool common_word = false;  // a lower-case reading exists (noun, verb, adjective, ...)

  bool operator==(const WordInfo&) const = default;
};

// The facts of a word from hunspell's analyses of it (none: an unknown word). Each analysis looks like
// " st:déclarer po:v1__tnq__a po:ppas po:adj is:mas is:sg".
WordInfo WordInfoFromAnalyses(const std::vector<std::string>& analyses);

// One of the word's lemmas is `lemma` (folded: "etre", "repondre").
inline bool HasLemma(const WordInfo& info, std::string_view lemma) {
  for (const std::string& l : info.lemmas)
    if (l == lemma) return true;
  return false;
}

// A form of "avoir" or "être" (folded lemmas).
inline bool IsAuxiliary(const WordInfo& info) {
  return HasLemma(info, "avoir") || HasLemma(info, "etre");
}

}  // namespace newsgraph
