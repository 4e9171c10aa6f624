// Likely duplicates left in a graph, for review: the xref step of the xref -> review -> decide loop. Each
// reviewed pair goes into the decisions file as `same` or `not-same`.
#pragma once

#include <string>
#include <vector>

#include "graph/GraphFragment.h"

namespace newsgraph {

class Gazetteer;

struct Candidate {
  std::string a, b;  // node ids, a < b
  std::string a_label, b_label;
  double score = 0;  // 1 = same name; lower for spellings, then for a surname alone
  std::string reason;
};

// Pairs of nodes scoring at least `min_score`, best first (then by ids). `gazetteer` may be null.
std::vector<Candidate> FindCandidates(const GraphFragment& graph, double min_score,
                                      const Gazetteer* gazetteer = nullptr);

}  // namespace newsgraph
