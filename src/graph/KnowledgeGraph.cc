#include "graph/KnowledgeGraph.h"

#include <cstdint>

namespace newsgraph {

KnowledgeGraph::KnowledgeGraph(const GraphFragment& fragment) : KnowledgeGraph(GraphFragment(fragment)) {}

// The vertex vector is reserved at once: growing it by doubling would move every record each time and hold
// two vectors at each growth. Each record is then moved out of the fragment's map and the map node freed at
// once, so that the peak memory stays one graph, not two.
KnowledgeGraph::KnowledgeGraph(GraphFragment&& fragment) {
  auto& nodes = fragment.mutable_nodes();
  nodes_.reserve(nodes.size());
  while (!nodes.empty()) {
    nodes_.push_back(std::move(nodes.extract(nodes.begin()).mapped()));
    index_.Insert(HashSlots::Hash(nodes_.back().id), static_cast<std::uint32_t>(nodes_.size() - 1));
  }
  auto& edges = fragment.mutable_edges();
  edges_.reserve(edges.size());
  edge_records_.reserve(edges.size());
  // Edges come sorted by type then source: runs of edges share their source, found once.
  std::optional<Vertex> s;
  while (!edges.empty()) {
    auto handle = edges.extract(edges.begin());
    EdgeRecord& edge = handle.mapped();
    if (!s || nodes_[*s].id != edge.source) s = FindNode(edge.source);
    const std::optional<Vertex> t = FindNode(edge.target);
    if (!s || !t) continue;  // an edge to a node that was never added
    edges_.push_back(Edge{*s, *t, edge_records_.size()});
    edge_records_.push_back(std::move(edge));
  }
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::FindNode(std::string_view id) const {
  if (const auto v = index_.Find(HashSlots::Hash(id), [&](std::uint32_t p) { return nodes_[p].id == id; }))
    return *v;
  return std::nullopt;
}

GraphFragment KnowledgeGraph::ToFragment() const {
  GraphFragment out;
  for (const NodeRecord& node : nodes_) out.AddNode(node);
  for (const EdgeRecord& edge : edge_records_) out.AddEdge(edge);
  return out;
}

}  // namespace newsgraph
