#include "RelationTestHelpers.h"

#include <string>
#include <utility>
#include <vector>

namespace newsgraph {

std::vector<std::string> ContactsInLastSentence(const Document& doc) {
  std::vector<std::string> out;
  for (const Relation& r : doc.relations) {
    if (r.type != RelationType::kSpokeWith || r.modality != Modality::kAsserted ||
        r.sentence + 1 != doc.sentences.size())
      continue;
    std::string a = doc.mentions[r.source].entity, b = doc.mentions[r.target].entity;
    if (b < a) std::swap(a, b);
    out.push_back(a + " + " + b);
  }
  return out;
}

}  // namespace newsgraph
