// What per-article extraction produces and what the builder merges. Merging is associative and commutative,
// so fragments can be produced in any order, on any number of threads or machines, and give the same graph.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "graph/EdgeKey.h"
#include "graph/EdgeRecord.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

class GraphFragment {
 public:
  using NodeMap = std::map<std::string, NodeRecord>;
  // Edges by their key, in the order of their ids (EdgeKey.h); searchable by id.
  using EdgeMap = std::map<EdgeKey, EdgeRecord, EdgeKeyLess>;

  NodeRecord& AddNode(NodeRecord node);  // the record now holding it
  // Adds an edge; for a symmetric type the endpoints are put in canonical order. Both endpoints must exist.
  void AddEdge(EdgeRecord edge);
  void Merge(const GraphFragment& other);
  // The same, moving the records out of `other`. (A whole corpus is merged through FragmentAccumulator,
  // whose cost per article does not grow with the graph.)
  void Merge(GraphFragment&& other);

  // Replaces node ids by their representatives (ids absent from `representative` stay), merging the nodes
  // and edges that come together; self-loops that the renaming creates are dropped. `threads`: for finding
  // the edges to rename (the result is the same).
  void Rename(const std::map<std::string, std::string>& representative, unsigned threads = 1);

  const NodeMap& nodes() const { return nodes_; }
  const EdgeMap& edges() const { return edges_; }
  // The edges of one type: a range of edges(), whose ids start with the type's name. (A struct of its own:
  // clang before 16 cannot compile std::ranges::subrange over libstdc++ 12.)
  struct EdgeRange {
    EdgeMap::const_iterator first, last;
    auto begin() const { return first; }
    auto end() const { return last; }
  };
  EdgeRange EdgesOfType(RelationType type) const;
  NodeMap& mutable_nodes() { return nodes_; }
  EdgeMap& mutable_edges() { return edges_; }

 private:
  // The edges cut into consecutive ranges, those of each type into about `parts` (for going through them on
  // several threads).
  std::vector<EdgeRange> EdgeParts(std::size_t parts) const;

  NodeMap nodes_;  // by id: iteration order is the output order
  EdgeMap edges_;  // in edge id order
};

}  // namespace newsgraph
