#include "query/Neighborhood.h"

#include <deque>

#include "query/UndirectedView.h"

namespace newsgraph {

Neighborhood EgoNetwork(const KnowledgeGraph& graph, KnowledgeGraph::Vertex centre, int depth) {
  UndirectedView view(graph);
  Neighborhood out;
  out.distance[centre] = 0;
  std::deque<KnowledgeGraph::Vertex> queue = {centre};
  while (!queue.empty()) {
    KnowledgeGraph::Vertex v = queue.front();
    queue.pop_front();
    int d = out.distance[v];
    if (d == depth) continue;
    for (auto u : boost::make_iterator_range(boost::adjacent_vertices(v, view.graph()))) {
      if (out.distance.emplace(u, d + 1).second) queue.push_back(u);
    }
  }
  for (const auto& [v, d] : out.distance) out.fragment.AddNode(graph.node(v));
  for (KnowledgeGraph::Edge e : graph.Edges())
    if (out.distance.contains(graph.Source(e)) && out.distance.contains(graph.Target(e)))
      out.fragment.AddEdge(graph.edge(e));
  return out;
}

}  // namespace newsgraph
