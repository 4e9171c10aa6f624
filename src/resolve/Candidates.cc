#include "resolve/Candidates.h"

#include <algorithm>
#include <tuple>

#include "resolve/CompareNames.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {

std::vector<Candidate> FindCandidates(const GraphFragment& graph, double min_score,
                                      const Gazetteer* gazetteer) {
  std::vector<NodeProfile> profiles;
  for (const auto& [id, node] : graph.nodes()) profiles.push_back(NodeProfile::Of(node, gazetteer));
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    for (std::size_t j = i + 1; j < profiles.size(); ++j) {
      if (profiles[i].type != profiles[j].type) continue;
      NameMatch m = CompareNames(profiles[i], profiles[j]);
      bool match = m.kind == NameMatch::Kind::kStrong || m.kind == NameMatch::Kind::kWeak;
      if (!match || m.score < min_score) continue;
      out.push_back(
          {profiles[i].id, profiles[j].id, profiles[i].label, profiles[j].label, m.score, m.reason});
    }
  }
  std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  return out;
}

}  // namespace newsgraph
