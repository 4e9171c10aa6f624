#include "text/Morphology.h"

#include <hunspell/hunspell.hxx>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph {

std::filesystem::path Morphology::AffixFile(const std::filesystem::path& dictionary) {
  std::filesystem::path path = dictionary;
  return path += ".aff";
}

std::filesystem::path Morphology::WordFile(const std::filesystem::path& dictionary) {
  std::filesystem::path path = dictionary;
  return path += ".dic";
}

Result<std::uint64_t> Morphology::Fingerprint(const std::filesystem::path& dictionary) {
  std::optional<std::uint64_t> fingerprint =
      MorphologyTable::DictionaryFingerprint(AffixFile(dictionary), WordFile(dictionary));
  if (!fingerprint)
    return Error{ErrorCode::kNotFound, "hunspell dictionary not found", {dictionary.string()}};
  return *fingerprint;
}

Morphology::Morphology(const std::filesystem::path& dictionary, std::unique_ptr<const MorphologyTable> table)
    : aff_(AffixFile(dictionary)), dic_(WordFile(dictionary)), table_(std::move(table)) {
  available_ = std::filesystem::exists(aff_) && std::filesystem::exists(dic_);
}

Result<std::unique_ptr<const MorphologyTable>> Morphology::OpenTable(const std::filesystem::path& dictionary,
                                                                     const std::filesystem::path& path) {
  auto table =
      MorphologyTable::Open(path, MorphologyTable::FilesStamp(AffixFile(dictionary), WordFile(dictionary)),
                            [&] { return Fingerprint(dictionary); });
  if (!table) return table.error();
  return std::unique_ptr<const MorphologyTable>(std::move(table.value()));
}

Morphology::~Morphology() {
  std::lock_guard lock(pool_mutex_);
  idle_.clear();
}

std::unique_ptr<Hunspell> Morphology::Borrow() const {
  std::unique_lock lock(pool_mutex_);
  if (idle_.empty() && instances_ < kMaxInstances) {
    ++instances_;
    return std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str());
  }
  returned_.wait(lock, [this] { return !idle_.empty(); });
  std::unique_ptr<Hunspell> hunspell = std::move(idle_.back());
  idle_.pop_back();
  return hunspell;
}

void Morphology::Return(std::unique_ptr<Hunspell> hunspell) const {
  {
    std::lock_guard lock(pool_mutex_);
    idle_.push_back(std::move(hunspell));
  }
  returned_.notify_one();
}

const WordInfo& Morphology::Analyze(std::string_view word) const {
  {
    std::shared_lock lock(cache_mutex_);
    auto it = cache_.find(word);
    if (it != cache_.end()) return *it->second;
  }
  std::string key(word);
  auto info = std::make_unique<WordInfo>(Compute(key));
  std::unique_lock lock(cache_mutex_);
  auto [it, inserted] = cache_.try_emplace(std::move(key), std::move(info));
  return *it->second;
}

WordInfo Morphology::Compute(const std::string& word) const {
  WordInfo info;
  if (std::optional<WordInfo> found = table_ != nullptr ? table_->Find(word) : std::nullopt)
    info = std::move(*found);
  else
    info = AnalyzeWithHunspell(word);
  // "soeur", "manoeuvre": French typed without its ligatures, which the dictionary has ("sœur").
  if (!info.known && word.find("oe") != std::string::npos) {
    std::string ligature = word;
    for (std::size_t at; (at = ligature.find("oe")) != std::string::npos;)
      ligature.replace(at, 2, "\xc5\x93");
    if (WordInfo with = Compute(ligature); with.known) return with;
  }
  // "co-parrainent", "coprésider": a verb or noun made with the prefix co- that the dictionary lacks does
  // what the word it prefixes does (its part of speech and lemma).
  if (!info.known && word.starts_with("co")) {
    const std::size_t rest = word.size() > 3 && word[2] == '-' ? 3 : 2;
    if (word.size() >= rest + 4)
      if (WordInfo base = Compute(word.substr(rest)); base.known) return base;
  }
  return info;
}

WordInfo Morphology::AnalyzeWithHunspell(const std::string& word) const {
  if (!available_) return {};
  hunspell_analyses_.fetch_add(1, std::memory_order_relaxed);
  std::unique_ptr<Hunspell> hunspell = Borrow();
  std::vector<std::string> analyses;
  try {
    analyses = hunspell->analyze(word);
  } catch (...) {
    Return(std::move(hunspell));
    throw;
  }
  Return(std::move(hunspell));
  return WordInfoFromAnalyses(analyses);
}

}  // namespace newsgraph
