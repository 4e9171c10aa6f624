#include "graph/KnowledgeGraph.h"

namespace newsgraph {

KnowledgeGraph::KnowledgeGraph(const GraphFragment& fragment) : KnowledgeGraph(GraphFragment(fragment)) {}

// All vertices are made at once: adding them one by one would grow the vertex vector by doubling, moving
// every record each time and holding two vectors at each growth. Each record is then moved out of the
// fragment's map and the map node freed at once, so that the peak memory stays one graph, not two.
KnowledgeGraph::KnowledgeGraph(GraphFragment&& fragment) : graph_(fragment.nodes().size()) {
  auto& nodes = fragment.mutable_nodes();
  index_.reserve(nodes.size());
  for (Vertex v = 0; !nodes.empty(); ++v) {
    auto handle = nodes.extract(nodes.begin());
    graph_[v] = std::move(handle.mapped());
    index_.emplace(std::move(handle.key()), v);
  }
  auto& edges = fragment.mutable_edges();
  edges_.reserve(edges.size());
  while (!edges.empty()) {
    auto handle = edges.extract(edges.begin());
    EdgeRecord& edge = handle.mapped();
    auto s = index_.find(edge.source);
    auto t = index_.find(edge.target);
    if (s == index_.end() || t == index_.end()) continue;  // an edge to a node that was never added
    // Boost's add_edge copies a property it is given (the evidence set with it): the edge is added bare
    // and its record moved in.
    const Edge e = boost::add_edge(s->second, t->second, graph_).first;
    graph_[e] = std::move(edge);
    edges_.push_back(e);
  }
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::FindNode(const std::string& id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

GraphFragment KnowledgeGraph::ToFragment() const {
  GraphFragment out;
  for (Vertex v : Nodes()) out.AddNode(graph_[v]);
  for (Edge e : edges_) out.AddEdge(graph_[e]);
  return out;
}

}  // namespace newsgraph
