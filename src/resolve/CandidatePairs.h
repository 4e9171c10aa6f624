// The pairs of nodes that CompareNames relates, found without comparing every pair of nodes.
#pragma once

#include <cstddef>
#include <vector>

#include "resolve/NameMatch.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {

struct MatchedPair {
  std::size_t a = 0, b = 0;  // indices into the profiles, a < b
  NameMatch match;           // never kNone
};

// Every pair of named (not anonymous) profiles of one type and qualifier, not both gazetteer entries, for
// which CompareNames is not kNone, sorted by (a, b): the same pairs as comparing all of them, but the work
// grows with the number of profiles rather than its square. The conflicts this leaves out (types,
// qualifiers, anonymous sources, two gazetteer entries) follow from the profiles alone.
std::vector<MatchedPair> CandidatePairs(const std::vector<NodeProfile>& profiles);

}  // namespace newsgraph
