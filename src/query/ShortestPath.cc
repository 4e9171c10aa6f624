#include "query/ShortestPath.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>

#include "query/UndirectedView.h"

namespace newsgraph {
namespace {

// Records, for each newly discovered vertex, the view edge it was reached through.
class ParentRecorder : public boost::default_bfs_visitor {
 public:
  explicit ParentRecorder(std::vector<UndirectedView::Graph::edge_descriptor>& parent,
                          std::vector<bool>& reached)
      : parent_(parent), reached_(reached) {}
  void tree_edge(UndirectedView::Graph::edge_descriptor e, const UndirectedView::Graph& g) const {
    std::size_t t = boost::target(e, g);
    parent_[t] = e;
    reached_[t] = true;
  }

 private:
  std::vector<UndirectedView::Graph::edge_descriptor>& parent_;
  std::vector<bool>& reached_;
};

}  // namespace

std::optional<std::vector<PathStep>> ShortestPath(const KnowledgeGraph& graph, KnowledgeGraph::Vertex from,
                                                  KnowledgeGraph::Vertex to) {
  UndirectedView view(graph);
  const std::size_t n = graph.NodeCount();
  std::vector<UndirectedView::Graph::edge_descriptor> parent(n);
  std::vector<bool> reached(n, false);
  reached[from] = true;
  boost::breadth_first_search(view.graph(), from, boost::visitor(ParentRecorder(parent, reached)));
  if (!reached[to]) return std::nullopt;
  std::vector<PathStep> steps;
  for (std::size_t v = to; v != from;) {
    auto e = parent[v];
    std::size_t u =
        boost::source(e, view.graph()) == v ? boost::target(e, view.graph()) : boost::source(e, view.graph());
    const auto& facts = view.Facts(view.PairIndex(e));
    auto best =
        std::max_element(facts.begin(), facts.end(), [&](KnowledgeGraph::Edge a, KnowledgeGraph::Edge b) {
          return graph.edge(a).weight() < graph.edge(b).weight();  // max_element keeps the first of equals
        });
    steps.push_back(PathStep{u, v, *best});
    v = u;
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

}  // namespace newsgraph
