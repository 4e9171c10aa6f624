// Merges the fragments of a whole corpus. Records are found through hash indexes while articles come in, so
// that absorbing an article costs the same whether the graph holds a thousand edges or a million (a sorted
// map compares every new id with ~20 long ids on the way down); the ids are sorted once, at the end.
//
//   FragmentAccumulator all;
//   for (Article& a : articles) all.Add(BuildArticleRecords(pipeline.Run(std::move(a))));
//   SortedRecords graph = std::move(all).FinishSorted();
//
// Adding is associative and commutative like GraphFragment::Merge: the result does not depend on the order.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/SharedString.h"
#include "graph/ArticleRecords.h"
#include "graph/EdgeIdOrder.h"
#include "graph/GraphFragment.h"
#include "graph/RecordTable.h"
#include "graph/SortedRecords.h"

namespace newsgraph {

class FragmentAccumulator {
 public:
  // (While the Document the records view is alive: the names are copied from it.)
  void Add(ArticleRecords&& records);
  void Add(GraphFragment&& fragment);
  void Add(FragmentAccumulator&& other);
  // The merged records, sorted by id; the accumulator is left empty. With `threads` > 1 the nodes and the
  // edges are sorted at once, and the edges' sort uses them all (the records are the same).
  SortedRecords FinishSorted(unsigned threads = 1) &&;
  // The same in a GraphFragment's maps.
  GraphFragment Finish(unsigned threads = 1) && {
    return std::move(*this).FinishSorted(threads).ToFragment();
  }

 private:
  // The positions in nodes_ of an edge record's ends (EdgeEnds::kNoNode: not a node's) and its type, by which
  // Add finds an article's edge and FinishSorted sorts the edges without reading their records.
  struct Ends {
    std::uint32_t source, target;
    RelationType type;
  };

  // The positions of the edge records in id order, from the nodes' (`node_order`).
  std::vector<std::uint32_t> EdgeOrder(const std::vector<std::uint32_t>& node_order) const;

  RecordTable<GraphFragment::NodeMap> nodes_;
  RecordTable<GraphFragment::EdgeMap> edges_;
  std::vector<Ends> ends_;              // by edge position
  std::vector<SharedString> node_ids_;  // by node position: the buffers of the ids, shared by their edges
  std::vector<std::uint32_t> node_at_;  // Add's positions of an article's nodes (kept for its room)
};

}  // namespace newsgraph
