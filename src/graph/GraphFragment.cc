#include "graph/GraphFragment.h"

#include <set>
#include <utility>

namespace newsgraph {

void GraphFragment::AddNode(NodeRecord node) {
  // try_emplace leaves `node` untouched when the id is already there.
  auto [it, inserted] = nodes_.try_emplace(node.id, std::move(node));
  if (!inserted) it->second.Absorb(node);
}

void GraphFragment::AddEdge(EdgeRecord edge) {
  if (IsSymmetric(edge.type) && edge.target < edge.source) std::swap(edge.source, edge.target);
  edge.id = EdgeRecord::MakeId(edge.type, edge.source, edge.target);
  auto [it, inserted] = edges_.try_emplace(edge.id, std::move(edge));
  if (!inserted) it->second.Absorb(edge);
}

void GraphFragment::Merge(const GraphFragment& other) {
  for (const auto& [id, node] : other.nodes_) AddNode(node);
  for (const auto& [id, edge] : other.edges_) AddEdge(edge);
}

void GraphFragment::Merge(GraphFragment&& other) {
  if (nodes_.empty() && edges_.empty()) {
    *this = std::move(other);
    return;
  }
  for (auto& [id, node] : other.nodes_) AddNode(std::move(node));
  for (auto& [id, edge] : other.edges_) AddEdge(std::move(edge));
}

void GraphFragment::Rename(const std::map<std::string, std::string>& representative) {
  auto target_of = [&](const std::string& id) -> const std::string& {
    auto it = representative.find(id);
    return it == representative.end() ? id : it->second;
  };
  GraphFragment renamed;
  for (auto& [id, node] : nodes_) {
    NodeRecord copy = std::move(node);
    copy.id = target_of(id);
    renamed.AddNode(std::move(copy));
  }
  for (auto& [id, edge] : edges_) {
    EdgeRecord copy = std::move(edge);
    copy.source = target_of(copy.source);
    copy.target = target_of(copy.target);
    std::set<Evidence> evidence;
    for (Evidence e : copy.evidence) {
      if (!e.attributed_to.empty()) e.attributed_to = target_of(e.attributed_to);
      evidence.insert(std::move(e));
    }
    copy.evidence = std::move(evidence);
    if (copy.source == copy.target) continue;
    renamed.AddEdge(std::move(copy));
  }
  *this = std::move(renamed);
}

}  // namespace newsgraph
