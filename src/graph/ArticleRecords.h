// What one article contributes to the graph (BuildArticleRecords, graph/FragmentBuilder.h): its node and
// edge records with their ids, in the order they were found, for FragmentAccumulator to absorb. (A sorted
// map per article, only to be emptied into the accumulator's hash tables, cost more than the records.)
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "graph/EdgeRecord.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

struct ArticleRecords {
  std::vector<std::pair<std::string, NodeRecord>> nodes;  // one per entity
  // Symmetric edges with their endpoints in canonical order; an id may come twice (one fact in two
  // sentences): merging absorbs the second.
  std::vector<std::pair<std::string, EdgeRecord>> edges;
};

}  // namespace newsgraph
