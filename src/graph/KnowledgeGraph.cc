#include "graph/KnowledgeGraph.h"

namespace newsgraph {

KnowledgeGraph::KnowledgeGraph(const GraphFragment& fragment) : KnowledgeGraph(GraphFragment(fragment)) {}

KnowledgeGraph::KnowledgeGraph(GraphFragment&& fragment) {
  // Each record is moved out of the fragment's map and the map node freed at once, so that the peak
  // memory stays one graph, not two.
  auto& nodes = fragment.mutable_nodes();
  while (!nodes.empty()) {
    auto handle = nodes.extract(nodes.begin());
    index_.emplace(handle.key(), boost::add_vertex(std::move(handle.mapped()), graph_));
  }
  auto& edges = fragment.mutable_edges();
  edges_.reserve(edges.size());
  while (!edges.empty()) {
    auto handle = edges.extract(edges.begin());
    EdgeRecord& edge = handle.mapped();
    auto s = index_.find(edge.source);
    auto t = index_.find(edge.target);
    if (s == index_.end() || t == index_.end()) continue;  // an edge to a node that was never added
    edges_.push_back(boost::add_edge(s->second, t->second, std::move(edge), graph_).first);
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
