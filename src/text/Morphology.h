// French morphology from hunspell-fr (libhunspell `analyze()`): lemmas and parts of speech of a word.
// Hunspell is not thread-safe and not fast, so every distinct word is analysed once and cached; the cache is
// shared by all threads (reads under a shared lock).
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "text/StringHash.h"

class Hunspell;

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
  bool finite = false;       // a conjugated form (indicative, conditional or subjunctive)
  bool first_name = false;   // po:prn
  bool surname = false;      // po:patr
  bool proper = false;       // po:npr (place or organisation name)
  bool common_word = false;  // a lower-case reading exists (noun, verb, adjective, ...)
};

// A form of "avoir" or "être" (folded lemmas).
inline bool IsAuxiliary(const WordInfo& info) {
  for (const std::string& lemma : info.lemmas)
    if (lemma == "avoir" || lemma == "etre") return true;
  return false;
}

class Morphology {
 public:
  // `dictionary` is the path without extension: "/usr/share/hunspell/fr_FR" for fr_FR.aff and fr_FR.dic.
  explicit Morphology(const std::filesystem::path& dictionary);
  ~Morphology();
  Morphology(const Morphology&) = delete;
  Morphology& operator=(const Morphology&) = delete;

  bool available() const { return hunspell_ != nullptr; }
  // Analysis of a word as written (case matters: "Mark" is a first name, "mark" a noun).
  const WordInfo& Analyze(std::string_view word) const;

 private:
  WordInfo Compute(const std::string& word) const;

  std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex hunspell_mutex_;
  mutable std::shared_mutex cache_mutex_;
  mutable StringMap<std::unique_ptr<WordInfo>> cache_;
};

}  // namespace newsgraph
