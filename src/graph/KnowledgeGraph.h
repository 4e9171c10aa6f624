// The knowledge graph: a directed multigraph of node and edge records.
//
//   GraphFragment merged = ...;                 // fragments of every article, merged and resolved
//   KnowledgeGraph graph(merged);
//   for (auto v : graph.Nodes()) std::cout << graph.node(v).label;
//   for (auto e : graph.Edges()) std::cout << graph.edge(e).weight();
//
// Vertices are in node-id order and edges in edge-id order, so iteration (and every export) is deterministic.
// The graph is the records where the build's SortedRecords or a fragment's maps hold them, reached through
// two arrays in id order, and each edge's ends: no vertex keeps a list of its edges, as nothing asks a vertex
// for them (the graph algorithms run on query/UndirectedView's Boost graph). A Boost adjacency_list held here
// allocated each edge's property on the heap, even an empty one, and grew a vector of out-edges per vertex
// that nothing read.
#pragma once

#include <boost/range/irange.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/HashSlots.h"
#include "graph/GraphFragment.h"
#include "graph/SortedRecords.h"

namespace newsgraph {

class KnowledgeGraph {
 public:
  using Vertex = std::size_t;  // the node's position in id order
  // A fact: its ends and the position of its record in edge-id order.
  struct Edge {
    Vertex source;
    Vertex target;
    std::size_t index;
  };

  KnowledgeGraph() = default;
  explicit KnowledgeGraph(const GraphFragment& fragment);
  // Moves the records out of `fragment` (a graph read from a file): the graph is never held twice.
  explicit KnowledgeGraph(GraphFragment&& fragment);
  // The same for a build's records (GraphBuilder::BuildRecords).
  explicit KnowledgeGraph(SortedRecords&& records);
  // (Not copied by mistake: the graph is the largest object of a build.)
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  std::size_t NodeCount() const { return nodes_.size(); }
  std::size_t EdgeCount() const { return edges_.size(); }

  // Vertices in id order (they are numbered 0..n-1 in that order).
  // (A Boost range: clang does not compile libstdc++ 12's std::views::iota.)
  auto Nodes() const { return boost::irange<Vertex>(0, nodes_.size()); }
  // Edges in id order.
  const std::vector<Edge>& Edges() const { return edges_; }

  const NodeRecord& node(Vertex v) const { return *nodes_[v]; }
  const EdgeRecord& edge(Edge e) const { return *edge_records_[e.index]; }
  Vertex Source(Edge e) const { return e.source; }
  Vertex Target(Edge e) const { return e.target; }
  std::optional<Vertex> FindNode(std::string_view id) const;

  // Back to a fragment (to re-export, filter or merge with more articles).
  GraphFragment ToFragment() const;

 private:
  // FindNode, inline: the constructor finds the ends of every edge.
  std::optional<Vertex> Find(std::string_view id) const;
  // Indexes nodes_ (filled) and adds the records of `edges` (a range, in edge-id order) whose ends are nodes;
  // `record(element)` is the EdgeRecord of an element.
  template <typename Range, typename RecordOf>
  void Index(const Range& edges, RecordOf&& record);

  // Every record, in its map node (which never moves): in the fragment's maps or in the build's records
  // (the other one is empty).
  GraphFragment fragment_;
  SortedRecords sorted_;
  std::vector<const NodeRecord*> nodes_;  // in id order
  std::vector<Edge> edges_;
  std::vector<const EdgeRecord*> edge_records_;  // in edge-id order, by Edge::index
  HashSlots index_;                              // vertices by the hash of their node's id (IdHash)
};

}  // namespace newsgraph
