// The pairs of nodes that CompareNames relates, found without comparing every pair of nodes.
#pragma once

#include <cstddef>
#include <vector>

#include "resolve/NameMatch.h"
#include "resolve/NodeBlocks.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {

struct MatchedPair {
  std::size_t a = 0, b = 0;  // indices into the profiles, a < b
  NameMatch match;           // never kNone
};

struct NamePairs {
  // The pairs of named (not anonymous) profiles of one type and qualifier, not both gazetteer entries, for
  // which CompareNames is kStrong or kWeak, sorted by (a, b).
  std::vector<MatchedPair> matches;
  // The two nodes of every pair whose names conflict (NamesConflict) share a block: a join compares only
  // the nodes sharing a block (thousands of officials share a surname, and the conflicts of every pair of
  // them were compared to be read in a few dozen joins).
  NodeBlocks blocks;
};

// The same matches as comparing all pairs, but the work grows with the number of profiles rather than its
// square. The other conflicts (types, qualifiers, anonymous sources, two gazetteer entries) follow from the
// profiles alone.
NamePairs CandidatePairs(const std::vector<NodeProfile>& profiles);

}  // namespace newsgraph
