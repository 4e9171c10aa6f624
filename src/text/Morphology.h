// French morphology from hunspell-fr (libhunspell `analyze()`): lemmas and parts of speech of a word.
// Hunspell is not fast (about 20 us a word with hunspell-fr), so the forms of the dictionary are analysed
// once, at build time, into a MorphologyTable (`newsgraph compile-morphology`) that gives hunspell's answer
// for them and for the other words of its characters (numbers, acronyms, hyphenated words); hunspell itself
// analyses only what the table cannot tell (elisions, letters the dictionary lacks: "Erdoğan"), and is built
// only then. Every distinct word is looked up once and cached; the cache is shared by all threads (reads
// under a shared lock). A Hunspell object is not thread-safe: each analysis borrows one from a pool, which
// builds one (12 MB, 0.05 s) only when every one it has is busy, up to kMaxInstances. One thread uses one;
// several threads do not wait for each other's analyses.
#pragma once

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "text/MorphologyTable.h"
#include "text/StringHash.h"
#include "text/WordInfo.h"

class Hunspell;

namespace newsgraph {

class Morphology {
 public:
  // `dictionary` is the path without extension: "/usr/share/hunspell/fr_FR" for fr_FR.aff and fr_FR.dic.
  // `table`: one compiled from that dictionary (OpenTable), or none.
  explicit Morphology(const std::filesystem::path& dictionary,
                      std::unique_ptr<const MorphologyTable> table = {});
  // The table at `path`, if it was compiled from this dictionary's .aff and .dic as they are now.
  // The dictionary's files: "/usr/share/hunspell/fr_FR" has fr_FR.aff and fr_FR.dic.
  static std::filesystem::path AffixFile(const std::filesystem::path& dictionary);
  static std::filesystem::path WordFile(const std::filesystem::path& dictionary);
  // What a table of this dictionary records (MorphologyTable::DictionaryFingerprint of its two files).
  static Result<std::uint64_t> Fingerprint(const std::filesystem::path& dictionary);
  static Result<std::unique_ptr<const MorphologyTable>> OpenTable(const std::filesystem::path& dictionary,
                                                                  const std::filesystem::path& path);
  ~Morphology();
  Morphology(const Morphology&) = delete;
  Morphology& operator=(const Morphology&) = delete;

  static constexpr std::size_t kMaxInstances = 8;

  bool available() const { return available_; }
  const MorphologyTable* table() const { return table_.get(); }
  // Distinct words looked up so far, and how many of them hunspell itself analysed.
  std::size_t words() const {
    std::shared_lock lock(cache_mutex_);
    return cache_.size();
  }
  std::size_t hunspell_analyses() const { return hunspell_analyses_.load(std::memory_order_relaxed); }
  // Hunspell objects built so far: 0 until a word the table does not hold, 1 until two such analyses run at
  // once.
  std::size_t instances() const {
    std::lock_guard lock(pool_mutex_);
    return instances_;
  }
  // Analysis of a word as written (case matters: "Mark" is a first name, "mark" a noun).
  const WordInfo& Analyze(std::string_view word) const;
  // hunspell's own analysis, neither from the table nor cached (what a table is compiled from).
  WordInfo AnalyzeWithHunspell(const std::string& word) const;

 private:
  WordInfo Compute(const std::string& word) const;
  std::unique_ptr<Hunspell> Borrow() const;
  void Return(std::unique_ptr<Hunspell> hunspell) const;

  std::filesystem::path aff_, dic_;
  bool available_ = false;
  std::unique_ptr<const MorphologyTable> table_;
  // Instances are built and destroyed under pool_mutex_ too: libhunspell counts the users of a global table
  // without a lock.
  mutable std::mutex pool_mutex_;
  mutable std::condition_variable returned_;
  mutable std::vector<std::unique_ptr<Hunspell>> idle_;
  mutable std::size_t instances_ = 0;
  mutable std::atomic<std::size_t> hunspell_analyses_ = 0;
  mutable std::shared_mutex cache_mutex_;
  mutable StringMap<std::unique_ptr<WordInfo>> cache_;
};

}  // namespace newsgraph
