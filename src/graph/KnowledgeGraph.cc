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

template <typename Range, typename RecordOf>
void KnowledgeGraph::Index(const Range& edges, RecordOf&& record) {
  index_ = HashSlots(nodes_.size());
  for (std::uint32_t v = 0; v < nodes_.size(); ++v) index_.Insert(IdHash(nodes_[v]->id), v);
  edges_.reserve(edges.size());
  edge_records_.reserve(edges.size());
  // Each end found by its id's buffer, which the edges of one node share (graph/BufferMemo.h): most were
  // met before, as the source of the edges before (edges come sorted by type then source) or as an end of
  // another edge.
  BufferMemo<std::optional<Vertex>> vertex_of(nodes_.size());
  const auto find = [this](std::string_view id) { return Find(id); };
  for (const auto& element : edges) {
    const EdgeRecord& edge = record(element);
    const std::optional<Vertex> s = vertex_of.Get(edge.source, find);
    const std::optional<Vertex> t = vertex_of.Get(edge.target, find);
    if (!s || !t) continue;  // an edge to a node that was never added
    edges_.push_back(Edge{*s, *t, edge_records_.size()});
    edge_records_.push_back(&edge);
  }
}

KnowledgeGraph::KnowledgeGraph(const GraphFragment& fragment) : KnowledgeGraph(GraphFragment(fragment)) {}

// The records stay in their map nodes (the fragment's or the build's SortedRecords), which the graph keeps:
// moving each into a vector of records and then freeing the emptied map nodes cost about 240 instructions an
// edge, for a graph that is never freed before the process ends (BuildCommand), and raised the peak memory
// (the vectors held every record while the maps still held their moved-from shells: 218 MB against 197 MB on
// 10k generated articles).
KnowledgeGraph::KnowledgeGraph(GraphFragment&& fragment) : fragment_(std::move(fragment)) {
  nodes_.reserve(fragment_.nodes().size());
  for (const auto& [id, node] : fragment_.nodes()) nodes_.push_back(&node);
  Index(fragment_.edges(), [](const auto& entry) -> const EdgeRecord& { return entry.second; });
}

KnowledgeGraph::KnowledgeGraph(SortedRecords&& records) : sorted_(std::move(records)) {
  nodes_.reserve(sorted_.NodeCount());
  for (std::size_t k = 0; k < sorted_.NodeCount(); ++k) nodes_.push_back(&sorted_.node(k));
  Index(boost::irange<std::size_t>(0, sorted_.EdgeCount()),
        [this](std::size_t k) -> const EdgeRecord& { return sorted_.edge(k); });
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
