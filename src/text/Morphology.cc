#include "text/Morphology.h"

#include <algorithm>
#include <hunspell/hunspell.hxx>

#include "text/Fold.h"

namespace newsgraph {

Morphology::Morphology(const std::filesystem::path& dictionary) {
  std::filesystem::path aff = dictionary, dic = dictionary;
  aff += ".aff";
  dic += ".dic";
  if (std::filesystem::exists(aff) && std::filesystem::exists(dic))
    hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

Morphology::~Morphology() = default;

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
  if (!hunspell_) return info;
  std::vector<std::string> analyses;
  {
    std::lock_guard lock(hunspell_mutex_);
    analyses = hunspell_->analyze(word);
  }
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
    info.surname |= patr;
    info.proper |= npr;
    info.common_word |= !(prn || patr || npr);
  }
  return info;
}

}  // namespace newsgraph
