// The merged records of a corpus in id order, each in the map node it was made in (FragmentAccumulator::
// FinishSorted): what a build resolves and hands to KnowledgeGraph, which only goes through them in order.
// Linking every record into GraphFragment's maps (a comparison of long ids and a rebalancing per record) was
// about 0.9% of a build's instructions; here the order is an array of positions, and renaming moves numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/GraphFragment.h"

namespace newsgraph {

class SortedRecords {
 public:
  using NodeHandle = GraphFragment::NodeMap::node_type;
  using EdgeHandle = GraphFragment::EdgeMap::node_type;

  SortedRecords() = default;
  // The records in any order, and their positions in id order (each once).
  SortedRecords(std::vector<NodeHandle> nodes, std::vector<std::uint32_t> node_order,
                std::vector<EdgeHandle> edges, std::vector<std::uint32_t> edge_order)
      : node_records_(std::move(nodes)),
        edge_records_(std::move(edges)),
        nodes_(std::move(node_order)),
        edges_(std::move(edge_order)) {}

  std::size_t NodeCount() const { return nodes_.size(); }
  std::size_t EdgeCount() const { return edges_.size(); }
  // The records at a position in id order.
  const NodeRecord& node(std::size_t at) const { return node_records_[nodes_[at]].mapped(); }
  const EdgeRecord& edge(std::size_t at) const { return edge_records_[edges_[at]].mapped(); }
  // The positions [first, second) of the edges of one type.
  std::pair<std::size_t, std::size_t> EdgesOfType(RelationType type) const;

  // As GraphFragment::Rename, with the same result.
  void Rename(const std::map<std::string, std::string>& representative, unsigned threads = 1);

  // The records in a GraphFragment's maps; this is left empty.
  GraphFragment ToFragment() &&;

 private:
  // Every record made, in no order: those renamed away stay, moved from, out of nodes_ and edges_.
  std::vector<NodeHandle> node_records_;
  std::vector<EdgeHandle> edge_records_;
  std::vector<std::uint32_t> nodes_;  // positions in node_records_, in id order
  std::vector<std::uint32_t> edges_;  // positions in edge_records_, in edge id order
};

}  // namespace newsgraph
