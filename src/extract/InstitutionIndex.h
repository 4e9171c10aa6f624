// Gazetteer institutions by their content words and state: "ministère américain de la Défense",
// "département de la Défense des États-Unis" and the pattern "ministère de la Défense" + United States all
// become "ministere_defense@united_states". Lets a patterned institution ("le ministère de la Défense",
// qualified by an adjective, a complement or the article's context) resolve to the gazetteer entity.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/Schema.h"

namespace newsgraph {

class InstitutionIndex {
 public:
  explicit InstitutionIndex(const Schema& schema);

  // `content_key` is NameKey of the name's content words (no articles, prepositions, nationality).
  const GazetteerEntry* Find(std::string_view content_key, std::string_view country_id) const;
  // The content words of a name, folded, joined by spaces; `country` receives a state named in it, if any.
  std::string ContentWords(const std::vector<std::string>& folded_words,
                           const GazetteerEntry** country) const;

 private:
  const Schema& schema_;
  std::unordered_map<std::string, const GazetteerEntry*> by_key_;
  std::vector<std::string> force_suffixes_;  // "_armee": NameKey of words.tsv's national_force words
};

}  // namespace newsgraph
