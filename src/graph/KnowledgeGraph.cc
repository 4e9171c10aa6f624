#include "graph/KnowledgeGraph.h"

namespace newsgraph {

KnowledgeGraph::KnowledgeGraph(const GraphFragment& fragment) {
  for (const auto& [id, node] : fragment.nodes()) index_[id] = boost::add_vertex(node, graph_);
  edges_.reserve(fragment.edges().size());
  for (const auto& [id, edge] : fragment.edges()) {
    auto s = index_.find(edge.source);
    auto t = index_.find(edge.target);
    if (s == index_.end() || t == index_.end()) continue;  // an edge to a node that was never added
    edges_.push_back(boost::add_edge(s->second, t->second, edge, graph_).first);
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
