#include "text/WordInfo.h"

#include <algorithm>

#include "text/Fold.h"

namespace newsgraph {

WordInfo WordInfoFromAnalyses(const std::vector<std::string>& analyses) {
  WordInfo info;
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
    info.future |= a.find("po:ifut") != std::string::npos;
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
