#include "resolve/Resolver.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <utility>

#include "resolve/CompareNames.h"
#include "resolve/NameKey.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {
namespace {

// Union-find over node indices whose merges are refused when any two members of the clusters conflict.
class Clusters {
 public:
  explicit Clusters(std::size_t n) : parent_(n), members_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (std::size_t i = 0; i < n; ++i) members_[i] = {i};
  }
  std::size_t Find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  const std::vector<std::size_t>& Members(std::size_t root) const { return members_[root]; }
  template <typename Conflicts>
  bool Join(std::size_t a, std::size_t b, Conflicts conflicts) {
    a = Find(a);
    b = Find(b);
    if (a == b) return true;
    for (std::size_t x : members_[a])
      for (std::size_t y : members_[b])
        if (conflicts(x, y)) return false;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
    members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
    members_[b].clear();
    return true;
  }

 private:
  std::vector<std::size_t> parent_;
  std::vector<std::vector<std::size_t>> members_;
};

// The nodes a decision side designates: the node with that id, else every node having that name.
std::vector<std::size_t> Designated(const std::string& side, const std::vector<NodeProfile>& profiles) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < profiles.size(); ++i)
    if (profiles[i].id == side) return {i};
  std::string key = NameKey(side);
  for (std::size_t i = 0; i < profiles.size(); ++i)
    if (std::binary_search(profiles[i].keys.begin(), profiles[i].keys.end(), key)) out.push_back(i);
  return out;
}

}  // namespace

Resolver::Resolver(std::vector<ResolutionDecision> decisions, const Gazetteer* gazetteer)
    : decisions_(std::move(decisions)), gazetteer_(gazetteer) {}

void Resolver::Resolve(GraphFragment& graph) const {
  // Nodes are visited in id order (the map's), so everything below is independent of insertion order.
  std::vector<NodeProfile> profiles;
  for (const auto& [id, node] : graph.nodes()) profiles.push_back(NodeProfile::Of(node, gazetteer_));
  const std::size_t n = profiles.size();

  std::set<std::pair<std::size_t, std::size_t>> not_same;
  std::vector<std::pair<std::size_t, std::size_t>> forced;
  for (const ResolutionDecision& d : decisions_) {
    std::vector<std::size_t> a = Designated(d.a, profiles), b = Designated(d.b, profiles);
    for (std::size_t x : a)
      for (std::size_t y : b) {
        if (x == y) continue;
        if (!d.same) {
          not_same.insert(std::minmax(x, y));
        } else if (profiles[x].type != profiles[y].type) {
          spdlog::warn("{}: '{}' and '{}' have different types; not merged", d.where.ToString(),
                       profiles[x].id, profiles[y].id);
        } else {
          forced.emplace_back(std::minmax(x, y));
        }
      }
  }

  // Pairwise comparison within each type; the strong and weak matches are kept, conflicts remembered.
  // CompareNames makes every anonymous source and every pair with different qualifiers a conflict, so only
  // named nodes of one type and qualifier are paired and those implied conflicts are not stored (anonymous
  // sources are new in every article: pairing them made time and memory quadratic in the corpus).
  auto implied_conflict = [&](std::size_t x, std::size_t y) {
    return profiles[x].anonymous || profiles[y].anonymous || profiles[x].qualifier != profiles[y].qualifier;
  };
  std::map<std::pair<EntityType, std::string>, std::vector<std::size_t>> groups;  // named nodes, ascending
  for (std::size_t i = 0; i < n; ++i)
    if (!profiles[i].anonymous) groups[{profiles[i].type, profiles[i].qualifier}].push_back(i);
  std::vector<std::tuple<double, std::size_t, std::size_t>> strong;
  std::map<std::size_t, std::vector<std::size_t>> weak;  // node -> nodes it weakly matches
  std::set<std::pair<std::size_t, std::size_t>> conflict(not_same);
  for (const auto& [group, members] : groups) {
    for (std::size_t a = 0; a < members.size(); ++a) {
      for (std::size_t b = a + 1; b < members.size(); ++b) {
        const std::size_t i = members[a], j = members[b];
        NameMatch m = CompareNames(profiles[i], profiles[j]);
        if (m.kind == NameMatch::Kind::kConflict) {
          conflict.emplace(i, j);
        } else if (m.kind == NameMatch::Kind::kStrong) {
          strong.emplace_back(-m.score, i, j);
        } else if (m.kind == NameMatch::Kind::kWeak) {
          weak[i].push_back(j);
          weak[j].push_back(i);
        }
      }
    }
  }
  auto conflicts = [&](std::size_t x, std::size_t y) {
    return implied_conflict(x, y) || conflict.count(std::minmax(x, y)) > 0;
  };
  auto refused = [&](std::size_t x, std::size_t y) { return not_same.count(std::minmax(x, y)) > 0; };

  Clusters clusters(n);
  std::sort(forced.begin(), forced.end());
  for (auto [x, y] : forced)
    if (!clusters.Join(x, y, refused))
      spdlog::warn("'{}' and '{}': a not-same decision overrides a same decision", profiles[x].id,
                   profiles[y].id);
  std::sort(strong.begin(), strong.end());
  for (auto [score, x, y] : strong) clusters.Join(x, y, conflicts);

  // A weak name ("Milley", "S. Lavrov") joins the one cluster it fits, and none when it fits several.
  // Decided against the clusters of the strong phase so that the order of weak merges does not matter.
  auto underspecified = [&](std::size_t i) {
    return std::all_of(profiles[i].full_names.begin(), profiles[i].full_names.end(), [](const auto& words) {
      return std::all_of(words.begin(), words.end() - 1, [](const std::string& w) { return w.size() == 1; });
    });
  };
  std::vector<std::pair<std::size_t, std::size_t>> weak_merges;
  for (const auto& [node, others] : weak) {
    if (!underspecified(node)) continue;
    std::set<std::size_t> targets;
    for (std::size_t other : others) {
      const std::vector<std::size_t>& members = clusters.Members(clusters.Find(other));
      if (std::any_of(members.begin(), members.end(), [&](std::size_t m) { return !underspecified(m); }))
        targets.insert(clusters.Find(other));
    }
    targets.erase(clusters.Find(node));
    if (targets.size() == 1) weak_merges.emplace_back(node, *targets.begin());
  }
  for (auto [node, target] : weak_merges) clusters.Join(node, target, conflicts);

  std::map<std::string, std::string> representative;
  for (std::size_t i = 0; i < n; ++i) {
    if (clusters.Find(i) != i) continue;
    const std::vector<std::size_t>& members = clusters.Members(i);
    if (members.size() < 2) continue;
    std::size_t best = members.front();
    for (std::size_t m : members) {
      const NodeProfile& a = profiles[m];
      const NodeProfile& b = profiles[best];
      if (std::make_tuple(a.from_gazetteer, IsFullerName(a.label, b.label), b.id) >
          std::make_tuple(b.from_gazetteer, IsFullerName(b.label, a.label), a.id))
        best = m;
    }
    for (std::size_t m : members)
      if (m != best) representative[profiles[m].id] = profiles[best].id;
  }
  if (!representative.empty()) graph.Rename(representative);
}

}  // namespace newsgraph
