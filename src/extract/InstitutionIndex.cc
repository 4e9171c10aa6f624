#include "extract/InstitutionIndex.h"

#include <set>
#include <string_view>

#include "resolve/NameKey.h"
#include "schema/PhraseTable.h"

namespace newsgraph {

using namespace std::string_view_literals;

InstitutionIndex::InstitutionIndex(const Schema& schema) : schema_(schema) {
  std::set<std::string> ambiguous;
  for (const GazetteerEntry& e : schema.gazetteer().entries()) {
    if (e.type != EntityType::kInstitution) continue;
    auto countries = e.Attribute("country");
    for (const std::string& name : e.names) {
      const GazetteerEntry* country = nullptr;
      std::string words = ContentWords(PhraseTable::SplitWords(name), &country);
      if (!country && !countries.empty()) country = schema.gazetteer().FindById(countries.front());
      if (!country || words.find(' ') == std::string::npos) continue;  // one word ("Pentagone") is a name
      std::string key = NameKey(words) + "@" + country->id;
      auto [it, inserted] = by_key_.try_emplace(key, &e);
      if (!inserted && it->second != &e) ambiguous.insert(key);
    }
  }
  for (const std::string& key : ambiguous) by_key_.erase(key);
  for (const std::string& word : schema.lexicon().Members("national_force")) {
    std::string suffix = NameKey(word);
    suffix.insert(suffix.begin(), '_');
    force_suffixes_.push_back(std::move(suffix));
  }
}

std::string InstitutionIndex::ContentWords(const std::vector<std::string>& words,
                                           const GazetteerEntry** country) const {
  const Lexicon& lex = schema_.lexicon();
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (lex.Is("determiner", w) || lex.Is("preposition", w) || w == "a"sv) continue;
    if (const GazetteerEntry* c = schema_.gazetteer().FindByAdjective(w)) {
      if (!*country) *country = c;
      continue;
    }
    bool state = false;
    for (const GazetteerEntry* e : schema_.gazetteer().FindByName(w))
      if (e->type == EntityType::kCountry) {
        if (!*country) *country = e;
        state = true;
      }
    if (state) continue;
    out += w;
    out += ' ';
  }
  if (!out.empty()) out.pop_back();
  return out;
}

const GazetteerEntry* InstitutionIndex::Find(std::string_view content_key,
                                             std::string_view country_id) const {
  std::string key(content_key);
  key += '@';
  key += country_id;
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  // "de l'armée américaine" qualifies a military institution as "américain" does: the Commandement européen
  // de l'armée américaine is the Commandement européen des États-Unis.
  for (const std::string& force : force_suffixes_)
    if (content_key.size() > force.size() && content_key.ends_with(force))
      return Find(content_key.substr(0, content_key.size() - force.size()), country_id);
  return nullptr;
}

}  // namespace newsgraph
