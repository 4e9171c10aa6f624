#include "query/UndirectedView.h"

#include <map>
#include <utility>

namespace newsgraph {

UndirectedView::UndirectedView(const KnowledgeGraph& graph) : graph_(graph.NodeCount()) {
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> pair_index;
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    std::size_t s = graph.Source(e), t = graph.Target(e);
    if (s == t) continue;
    auto key = std::minmax(s, t);
    auto [it, added] = pair_index.emplace(key, facts_.size());
    if (added) {
      boost::add_edge(key.first, key.second, facts_.size(), graph_);
      facts_.emplace_back();
    }
    facts_[it->second].push_back(e);
  }
}

}  // namespace newsgraph
