#include "graph/KnowledgeGraph.h"

#include <cstdint>

#include "graph/BufferMemo.h"
#include "graph/IdHash.h"
#include "graph/SameId.h"

namespace newsgraph {

inline std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::Find(std::string_view id) const {
  if (const auto v = index_.Find(IdHash(id), [&](std::uint32_t p) { return SameId(nodes_[p]->id, id); }))
    return *v;
  return std::nullopt;
}

KnowledgeGraph::KnowledgeGraph(const GraphFragment& fragment) : KnowledgeGraph(GraphFragment(fragment)) {}

// The records stay in the fragment's map nodes, which the graph keeps: moving each into a vector of records
// and then freeing the emptied map nodes cost about 240 instructions an edge, for a graph that is never freed
// before the process ends (BuildCommand), and raised the peak memory (the vectors held every record while the
// maps still held their moved-from shells: 218 MB against 197 MB on 10k generated articles).
KnowledgeGraph::KnowledgeGraph(GraphFragment&& fragment)
    : records_(std::move(fragment)), index_(records_.nodes().size()) {
  const auto& nodes = records_.nodes();
  nodes_.reserve(nodes.size());
  for (const auto& [id, node] : nodes) {
    nodes_.push_back(&node);
    index_.Insert(IdHash(node.id), static_cast<std::uint32_t>(nodes_.size() - 1));
  }
  const auto& edges = records_.edges();
  edges_.reserve(edges.size());
  edge_records_.reserve(edges.size());
  // Each end found by its id's buffer, which the edges of one node share (graph/BufferMemo.h): most were
  // met before, as the source of the edges before (edges come sorted by type then source) or as an end of
  // another edge.
  BufferMemo<std::optional<Vertex>> vertex_of(nodes.size());
  const auto find = [this](std::string_view id) { return Find(id); };
  for (const auto& [id, edge] : edges) {
    const std::optional<Vertex> s = vertex_of.Get(edge.source, find);
    const std::optional<Vertex> t = vertex_of.Get(edge.target, find);
    if (!s || !t) continue;  // an edge to a node that was never added
    edges_.push_back(Edge{*s, *t, edge_records_.size()});
    edge_records_.push_back(&edge);
  }
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::FindNode(std::string_view id) const {
  return Find(id);
}

GraphFragment KnowledgeGraph::ToFragment() const {
  GraphFragment out;
  for (const NodeRecord* node : nodes_) out.AddNode(*node);
  for (const EdgeRecord* edge : edge_records_) out.AddEdge(*edge);
  return out;
}

}  // namespace newsgraph
