#include "graph/NodeRenaming.h"

#include <utility>

namespace newsgraph {

NodeRenaming::NodeRenaming(const std::map<std::string, std::string>& representative) {
  for (const auto& [id, to] : representative) {
    to_.emplace(id, &to);
    if (!id.empty()) maybe_renamed_.set(Slot(id));
  }
}

void NodeRenaming::Rename(SharedString& id) const {
  const std::string_view from = id.view();
  if (from.empty() || !maybe_renamed_[Slot(from)]) return;
  if (const auto it = to_.find(from); it != to_.end()) id = *it->second;
}

bool NodeRenaming::Apply(EdgeRecord& edge) const {
  Rename(edge.source);
  Rename(edge.target);
  if (edge.source == edge.target) return false;
  SortedSet<Evidence> evidence;
  for (Evidence e : edge.evidence) {
    if (!e.attributed_to.empty()) Rename(e.attributed_to);
    evidence.insert(std::move(e));
  }
  edge.evidence = std::move(evidence);
  return true;
}

}  // namespace newsgraph
