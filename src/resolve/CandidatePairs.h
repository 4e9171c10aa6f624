// The pairs of nodes that CompareNames relates, found without comparing every pair of nodes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "resolve/NameMatch.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {

struct MatchedPair {
  std::size_t a = 0, b = 0;  // indices into the profiles, a < b
  NameMatch match;           // never kNone
};

// Among the pairs of named (not anonymous) profiles of one type and qualifier, not both gazetteer entries:
struct NamePairs {
  // those for which CompareNames is kStrong or kWeak, sorted by (a, b);
  std::vector<MatchedPair> matches;
  // (a, b), a < b, among them every one for which CompareNames is kConflict, compared only when a join
  // needs it (tens of thousands of officials share a surname, and their conflicts were compared to be read
  // in a few dozen joins). The others are kNone.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> may_conflict;
};

// The same pairs as comparing all of them, but the work grows with the number of profiles rather than its
// square. The conflicts this leaves out (types, qualifiers, anonymous sources, two gazetteer entries) follow
// from the profiles alone.
NamePairs CandidatePairs(const std::vector<NodeProfile>& profiles);

}  // namespace newsgraph
