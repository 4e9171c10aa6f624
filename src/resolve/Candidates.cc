#include "resolve/Candidates.h"

#include <algorithm>
#include <tuple>

#include "resolve/CandidatePairs.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {

std::vector<Candidate> FindCandidates(const GraphFragment& graph, double min_score,
                                      const Gazetteer* gazetteer) {
  std::vector<NodeProfile> profiles;
  for (const auto& [id, node] : graph.nodes()) profiles.push_back(NodeProfile::Of(node, gazetteer));
  std::vector<Candidate> out;
  const NamePairs pairs = CandidatePairs(profiles);
  for (const MatchedPair& p : pairs.matches) {
    const NameMatch& m = p.match;
    if (m.score < min_score) continue;
    const NodeProfile& a = profiles[p.a];
    const NodeProfile& b = profiles[p.b];
    out.push_back({std::string(a.id), std::string(b.id), std::string(a.label), std::string(b.label), m.score,
                   std::string(m.reason)});
  }
  std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  return out;
}

}  // namespace newsgraph
