// What one article contributes to the graph (BuildArticleRecords, graph/FragmentBuilder.h): its node and
// edge records, in the order they were found, for FragmentAccumulator to absorb. (A sorted map per article,
// only to be emptied into the accumulator's hash tables, cost more than the records; an id beside each
// record was a copy of the node's, or an edge's made for a record that most often joins one already there.)
#pragma once

#include <vector>

#include "graph/EdgeRecord.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

struct ArticleRecords {
  std::vector<NodeRecord> nodes;  // one per entity
  // Symmetric edges with their endpoints in canonical order; an id may come twice (one fact in two
  // sentences): merging absorbs the second.
  std::vector<EdgeRecord> edges;
};

}  // namespace newsgraph
