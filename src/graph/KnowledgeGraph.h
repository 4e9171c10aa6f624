// The knowledge graph: a Boost.Graph directed multigraph with bundled node and edge records.
//
//   GraphFragment merged = ...;                 // fragments of every article, merged and resolved
//   KnowledgeGraph graph(merged);
//   for (auto v : graph.Nodes()) std::cout << graph.node(v).label;
//   for (auto e : graph.Edges()) std::cout << graph.edge(e).weight();
//
// Vertices are in node-id order and edges in edge-id order, so iteration (and every export) is deterministic.
// The Boost graph's edges carry the index of their record, kept in a vector in edge-id order: adding an edge
// copies its property twice, and a record would be made empty three times to be moved in after. Only each
// vertex's out-edges are kept (directedS): nothing asks a vertex for its in-edges, and keeping them cost an
// edge list node and an in-edge entry more per edge.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/HashSlots.h"
#include "graph/GraphFragment.h"

namespace newsgraph {

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeRecord, std::size_t>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  KnowledgeGraph() = default;
  explicit KnowledgeGraph(const GraphFragment& fragment);
  // Moves the records out of `fragment` (the builder's result): the graph is never held twice.
  explicit KnowledgeGraph(GraphFragment&& fragment);
  // Edge descriptors point into the graph's storage: a copy or a move would leave them dangling.
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  std::size_t NodeCount() const { return boost::num_vertices(graph_); }
  std::size_t EdgeCount() const { return edges_.size(); }

  // Vertices in id order (they are numbered 0..n-1 in that order).
  auto Nodes() const { return boost::make_iterator_range(boost::vertices(graph_)); }
  // Edges in id order.
  const std::vector<Edge>& Edges() const { return edges_; }

  const NodeRecord& node(Vertex v) const { return graph_[v]; }
  const EdgeRecord& edge(Edge e) const { return edge_records_[graph_[e]]; }
  Vertex Source(Edge e) const { return boost::source(e, graph_); }
  Vertex Target(Edge e) const { return boost::target(e, graph_); }
  std::optional<Vertex> FindNode(std::string_view id) const;

  const Graph& graph() const { return graph_; }
  // Back to a fragment (to re-export, filter or merge with more articles).
  GraphFragment ToFragment() const;

 private:
  Graph graph_;
  std::vector<Edge> edges_;
  std::vector<EdgeRecord> edge_records_;  // in edge-id order, by the index each Boost edge carries
  HashSlots index_;                       // vertices by the hash of their node's id
};

}  // namespace newsgraph
