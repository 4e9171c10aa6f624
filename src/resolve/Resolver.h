// Merges the nodes of a graph that are one real-world entity under different ids: spellings
// ("Sergei Shoigu" / "Sergueï Choïgou"), a surname alone when it fits one person only ("Milley"), typos,
// and the user's decisions. Never merges across types, countries ("...@russia" / "...@united_states"),
// two gazetteer entities, people whose given names differ, or anonymous sources.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph/GraphFragment.h"
#include "graph/SortedRecords.h"
#include "resolve/ResolutionDecision.h"

namespace newsgraph {

class Gazetteer;

class Resolver {
 public:
  // `gazetteer` (optional, must outlive the resolver) tells gazetteer ids apart and adds their names.
  explicit Resolver(std::vector<ResolutionDecision> decisions = {}, const Gazetteer* gazetteer = nullptr);

  // Merges duplicates in place via GraphFragment::Rename. The result depends only on the graph's content,
  // not on the order its nodes were added; a cluster keeps its gazetteer id, else the id of its fullest name.
  // `threads`: for profiling the nodes and finding the edges to rename (the result is the same).
  void Resolve(GraphFragment& graph, unsigned threads = 1) const;
  // The same for the merged records of a build (SortedRecords::Rename), with the same result.
  void Resolve(SortedRecords& graph, unsigned threads = 1) const;

 private:
  // Renames the nodes of `graph` (its `nodes` in id order, its edges of type kConnects in id order).
  template <typename Graph>
  void Resolve(Graph& graph, const std::vector<const NodeRecord*>& nodes,
               const std::vector<const EdgeRecord*>& connects, unsigned threads) const;
  // node id -> the id of its cluster's representative, for the nodes that are not their own. The profiles,
  // pairs and clusters behind it are freed before the graph is renamed.
  std::map<std::string, std::string> Representatives(const std::vector<const NodeRecord*>& nodes,
                                                     const std::vector<const EdgeRecord*>& connects,
                                                     unsigned threads) const;

  std::vector<ResolutionDecision> decisions_;
  const Gazetteer* gazetteer_;
};

}  // namespace newsgraph
