#include "query/Components.h"

#include <algorithm>
#include <boost/graph/connected_components.hpp>

#include "query/UndirectedView.h"

namespace newsgraph {

std::vector<std::vector<KnowledgeGraph::Vertex>> ConnectedComponents(const KnowledgeGraph& graph) {
  UndirectedView view(graph);
  std::vector<int> component(graph.NodeCount());
  int count = boost::connected_components(view.graph(), component.data());
  std::vector<std::vector<KnowledgeGraph::Vertex>> out(static_cast<std::size_t>(count));
  for (std::size_t v = 0; v < component.size(); ++v) out[static_cast<std::size_t>(component[v])].push_back(v);
  // Vertices are numbered in id order, so the first member is the smallest id.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  return out;
}

}  // namespace newsgraph
