// French morphology from hunspell-fr (libhunspell `analyze()`): lemmas and parts of speech of a word.
// Hunspell is not fast (about 20 us a word with hunspell-fr), so every distinct word is analysed once and
// cached; the cache is shared by all threads (reads under a shared lock). A Hunspell object is not
// thread-safe: each analysis borrows one from a pool, which builds another (12 MB, 0.05 s) only when every
// one it has is busy, up to kMaxInstances. One thread uses one; on real text, whose new words keep coming,
// several threads no longer wait for each other's analyses.
#pragma once

#include <condition_variable>
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
  bool feminine = false;     // a first name of women (po:prn is:fem)
  bool masculine = false;    // a first name of men (po:prn is:mas); neither for "Dominique" (is:epi)
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

  static constexpr std::size_t kMaxInstances = 8;

  bool available() const { return available_; }
  // Hunspell objects built so far (1 until two analyses run at once; 0 without a dictionary).
  std::size_t instances() const {
    std::lock_guard lock(pool_mutex_);
    return instances_;
  }
  // Analysis of a word as written (case matters: "Mark" is a first name, "mark" a noun).
  const WordInfo& Analyze(std::string_view word) const;

 private:
  WordInfo Compute(const std::string& word) const;
  std::unique_ptr<Hunspell> Borrow() const;
  void Return(std::unique_ptr<Hunspell> hunspell) const;

  std::filesystem::path aff_, dic_;
  bool available_ = false;
  // Instances are built and destroyed under pool_mutex_ too: libhunspell counts the users of a global table
  // without a lock.
  mutable std::mutex pool_mutex_;
  mutable std::condition_variable returned_;
  mutable std::vector<std::unique_ptr<Hunspell>> idle_;
  mutable std::size_t instances_ = 0;
  mutable std::shared_mutex cache_mutex_;
  mutable StringMap<std::unique_ptr<WordInfo>> cache_;
};

}  // namespace newsgraph
