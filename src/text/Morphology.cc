#include "text/Morphology.h"

#include <algorithm>
#include <hunspell/hunspell.hxx>
#include <string>
#include <utility>
#include <vector>

#include "text/Fold.h"

namespace newsgraph {

Morphology::Morphology(const std::filesystem::path& dictionary) : aff_(dictionary), dic_(dictionary) {
  aff_ += ".aff";
  dic_ += ".dic";
  if (!std::filesystem::exists(aff_) || !std::filesystem::exists(dic_)) return;
  available_ = true;
  idle_.push_back(std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str()));
  instances_ = 1;
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
  if (!available_) return info;
  std::unique_ptr<Hunspell> hunspell = Borrow();
  std::vector<std::string> analyses;
  try {
    analyses = hunspell->analyze(word);
  } catch (...) {
    Return(std::move(hunspell));
    throw;
  }
  Return(std::move(hunspell));
  // Each analysis looks like " st:déclarer po:v1__tnq__a po:ppas po:adj is:mas is:sg".
  for (const std::string& a : analyses) {
    info.known = true;
    std::size_t st = a.find("st:");
    if (st != std::string::npos) {
      std::size_t end = a.find(' ', st);
      std::string lemma = Fold(a.substr(st + 3, end == std::string::npos ? std::string::npos : end - st - 3));
      if (std::find(info.lemmas.begin(), info.lemmas.end(), lemma) == info.lemmas.end())
        info.lemmas.push_back(lemma);
    }
    bool verb = a.find("po:v") != std::string::npos;
    bool prn = a.find("po:prn") != std::string::npos;
    bool patr = a.find("po:patr") != std::string::npos;
    bool npr = a.find("po:npr") != std::string::npos;
    info.verb |= verb;
    info.noun |= a.find("po:nom") != std::string::npos;
    info.adjective |= a.find("po:adj") != std::string::npos;
    info.participle |= a.find("po:ppas") != std::string::npos;
    info.infinitive |= a.find("po:infi") != std::string::npos;
    info.adverb |= a.find("po:adv") != std::string::npos;
    info.conditional |= a.find("po:cond") != std::string::npos;
    for (const char* mood : {"po:ipre", "po:iimp", "po:ipsi", "po:ifut", "po:cond", "po:spre", "po:simp"})
      info.finite |= a.find(mood) != std::string::npos;
    info.first_name |= prn;
    info.feminine |= prn && a.find("is:fem") != std::string::npos;
    info.masculine |= prn && a.find("is:mas") != std::string::npos;
    info.surname |= patr;
    info.proper |= npr;
    info.common_word |= !(prn || patr || npr);
  }
  return info;
}

}  // namespace newsgraph
