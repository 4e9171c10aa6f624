#include "graph/KnowledgeGraph.h"

#include <cstdint>

#include "graph/SameId.h"

namespace newsgraph {

inline std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::Find(std::string_view id) const {
  if (const auto v =
          index_.Find(HashSlots::Hash(id), [&](std::uint32_t p) { return SameId(nodes_[p].id, id); }))
    return *v;
  return std::nullopt;
}

KnowledgeGraph::KnowledgeGraph(const GraphFragment& fragment) : KnowledgeGraph(GraphFragment(fragment)) {}

// The vectors are reserved at once: growing them by doubling would move every record each time and hold two
// vectors at each growth. The records are then moved out of the fragment's maps (moving allocates nothing),
// and each map is cleared when its records are out, so that the peak memory stays one graph, not two.
// (Extracting each map node in turn, to free it at once, rebalanced the tree at each step for a peak that
// the reserved vectors reach anyway.)
KnowledgeGraph::KnowledgeGraph(GraphFragment&& fragment) {
  auto& nodes = fragment.mutable_nodes();
  nodes_.reserve(nodes.size());
  for (auto& [id, node] : nodes) {
    nodes_.push_back(std::move(node));
    index_.Insert(HashSlots::Hash(nodes_.back().id), static_cast<std::uint32_t>(nodes_.size() - 1));
  }
  nodes.clear();
  auto& edges = fragment.mutable_edges();
  edges_.reserve(edges.size());
  edge_records_.reserve(edges.size());
  // Edges come sorted by type then source: runs of edges share their source, found once.
  std::optional<Vertex> s;
  for (auto& [id, edge] : edges) {
    if (!s || !SameId(nodes_[*s].id, edge.source)) s = Find(edge.source);
    const std::optional<Vertex> t = Find(edge.target);
    if (!s || !t) continue;  // an edge to a node that was never added
    edges_.push_back(Edge{*s, *t, edge_records_.size()});
    edge_records_.push_back(std::move(edge));
  }
  edges.clear();
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::FindNode(std::string_view id) const {
  return Find(id);
}

GraphFragment KnowledgeGraph::ToFragment() const {
  GraphFragment out;
  for (const NodeRecord& node : nodes_) out.AddNode(node);
  for (const EdgeRecord& edge : edge_records_) out.AddEdge(edge);
  return out;
}

}  // namespace newsgraph
