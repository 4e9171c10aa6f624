#include "graph/EdgeRecord.h"

#include <algorithm>
#include <string_view>
#include <tuple>

namespace newsgraph {

std::size_t EdgeRecord::weight() const {
  if (evidence.size() <= 1) return evidence.size();  // most edges: one sentence
  // Evidence is ordered by (document, start, end) first: the sentences of one fact are adjacent.
  std::size_t sentences = 0;
  const Evidence* previous = nullptr;
  for (const Evidence& e : evidence) {
    if (!previous ||
        std::tie(e.document, e.start, e.end) != std::tie(previous->document, previous->start, previous->end))
      ++sentences;
    previous = &e;
  }
  return sentences;
}

std::vector<std::string_view> EdgeRecord::attributed_to() const {
  std::vector<std::string_view> out;
  // Most edges have one sentence, mostly attributed to no one: nothing to sort.
  if (evidence.size() == 1) {
    if (!evidence.begin()->attributed_to.empty()) out.push_back(evidence.begin()->attributed_to.view());
    return out;
  }
  for (const Evidence& e : evidence)
    if (!e.attributed_to.empty()) out.push_back(e.attributed_to.view());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string EdgeRecord::Attribute(std::string_view key) const {
  auto it = attributes.find(key);
  if (it == attributes.end()) return "";
  std::string out;
  for (const std::string& v : it->second) {
    if (!out.empty()) out += "; ";
    out += v;
  }
  return out;
}

void EdgeRecord::Absorb(const EdgeRecord& other) {
  Absorb(EdgeRecord(other));
}

void EdgeRecord::Absorb(EdgeRecord&& other) {
  AbsorbUnsettled(std::move(other));
  Settle();
}

void EdgeRecord::AbsorbUnsettled(EdgeRecord&& other) {
  evidence.Append(std::move(other.evidence));
  for (auto& [key, values] : other.attributes) attributes[key].merge(values);
}

std::string EdgeRecord::MakeId(RelationType type, std::string_view source, std::string_view target) {
  const std::string_view name = Name(type);
  // Made at its size, the separators in place, and the parts copied in: appending them one by one checked
  // the room each time (every edge an article finds makes its id).
  std::string id(name.size() + source.size() + target.size() + 2, ':');
  char* at = std::copy(name.begin(), name.end(), id.data()) + 1;
  at = std::copy(source.begin(), source.end(), at) + 1;
  std::copy(target.begin(), target.end(), at);
  return id;
}

}  // namespace newsgraph
