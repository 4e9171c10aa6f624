// The knowledge graph seen as a simple undirected graph: one Boost edge per pair of connected nodes, whatever
// the number, types and directions of the facts between them. Paths, centrality, components and
// neighbourhoods are about who is connected to whom, so they run on this view. Vertices are the knowledge
// graph's (same numbers); pairs come in the order of their first fact (edge-id order), so traversals are
// deterministic.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace newsgraph {

class UndirectedView {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                      boost::property<boost::edge_index_t, std::size_t>>;

  explicit UndirectedView(const KnowledgeGraph& graph);

  const Graph& graph() const { return graph_; }
  // The facts between the two ends of a pair (edge_index of a view edge), in edge-id order.
  const std::vector<KnowledgeGraph::Edge>& Facts(std::size_t pair) const { return facts_[pair]; }
  std::size_t PairIndex(Graph::edge_descriptor e) const { return boost::get(boost::edge_index, graph_, e); }

 private:
  Graph graph_;
  std::vector<std::vector<KnowledgeGraph::Edge>> facts_;
};

}  // namespace newsgraph
