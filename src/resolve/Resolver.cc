#include "resolve/Resolver.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <span>
#include <tuple>
#include <utility>

#include "core/ParallelFor.h"
#include "resolve/CandidatePairs.h"
#include "resolve/Clusters.h"
#include "resolve/CompareNames.h"
#include "resolve/NameKey.h"
#include "resolve/NodeProfile.h"
#include "resolve/UnnamedLines.h"

namespace newsgraph {
namespace {

// The nodes each decision side designates: the node with that id, else every node having that name.
// Profiles are in id order; names are looked up in one pass over the profiles for all the decisions.
std::map<std::string, std::vector<std::size_t>> Designated(const std::vector<ResolutionDecision>& decisions,
                                                           const std::vector<NodeProfile>& profiles) {
  std::map<std::string, std::vector<std::size_t>> out;
  std::map<std::string, std::vector<std::string>> sides_by_key;
  for (const ResolutionDecision& d : decisions) {
    for (const std::string& side : {d.a, d.b}) {
      if (out.count(side)) continue;
      auto it = std::lower_bound(profiles.begin(), profiles.end(), side,
                                 [](const NodeProfile& p, const std::string& id) { return p.id < id; });
      out[side];
      if (it != profiles.end() && it->id == side)
        out[side] = {static_cast<std::size_t>(it - profiles.begin())};
      else
        sides_by_key[NameKey(side)].push_back(side);
    }
  }
  if (sides_by_key.empty()) return out;
  for (std::size_t i = 0; i < profiles.size(); ++i)
    for (const std::string& key : profiles[i].keys) {
      auto it = sides_by_key.find(key);
      if (it == sides_by_key.end()) continue;
      for (const std::string& side : it->second) out[side].push_back(i);
    }
  return out;
}

}  // namespace

Resolver::Resolver(std::vector<ResolutionDecision> decisions, const Gazetteer* gazetteer)
    : decisions_(std::move(decisions)), gazetteer_(gazetteer) {}

void Resolver::Resolve(GraphFragment& graph, unsigned threads) const {
  std::vector<const NodeRecord*> nodes;
  nodes.reserve(graph.nodes().size());
  for (const auto& [id, node] : graph.nodes()) nodes.push_back(&node);
  std::vector<const EdgeRecord*> connects;
  for (const auto& [id, edge] : graph.EdgesOfType(RelationType::kConnects)) connects.push_back(&edge);
  Resolve(graph, nodes, connects, threads);
}

void Resolver::Resolve(SortedRecords& graph, unsigned threads) const {
  std::vector<const NodeRecord*> nodes;
  nodes.reserve(graph.NodeCount());
  for (std::size_t k = 0; k < graph.NodeCount(); ++k) nodes.push_back(&graph.node(k));
  std::vector<const EdgeRecord*> connects;
  const auto [first, last] = graph.EdgesOfType(RelationType::kConnects);
  for (std::size_t k = first; k < last; ++k) connects.push_back(&graph.edge(k));
  Resolve(graph, nodes, connects, threads);
}

template <typename Graph>
void Resolver::Resolve(Graph& graph, const std::vector<const NodeRecord*>& nodes,
                       const std::vector<const EdgeRecord*>& connects, unsigned threads) const {
  const auto start = std::chrono::steady_clock::now();
  const std::map<std::string, std::string> representative = Representatives(nodes, connects, threads);
  const auto clustered = std::chrono::steady_clock::now();
  if (!representative.empty()) graph.Rename(representative, threads);
  using Seconds = std::chrono::duration<double>;
  spdlog::debug("resolution: {} nodes, {} renamed; clusters in {:.3f} s, renaming in {:.3f} s", nodes.size(),
                representative.size(), Seconds(clustered - start).count(),
                Seconds(std::chrono::steady_clock::now() - clustered).count());
}

std::map<std::string, std::string> Resolver::Representatives(const std::vector<const NodeRecord*>& nodes,
                                                             const std::vector<const EdgeRecord*>& connects,
                                                             unsigned threads) const {
  const auto start = std::chrono::steady_clock::now();
  // Nodes are profiled in id order, so everything below is independent of insertion order.
  const std::size_t n = nodes.size();
  std::vector<NodeProfile> profiles(n);
  constexpr std::size_t kChunk = 4096;
  ParallelFor((n + kChunk - 1) / kChunk, threads, [&](std::size_t chunk) {
    for (std::size_t i = chunk * kChunk; i < std::min(n, (chunk + 1) * kChunk); ++i)
      profiles[i].Fill(*nodes[i], gazetteer_);
  });
  Clusters clusters(profiles);

  std::vector<std::pair<std::size_t, std::size_t>> forced;
  const std::map<std::string, std::vector<std::size_t>> designated = Designated(decisions_, profiles);
  for (const ResolutionDecision& d : decisions_) {
    for (std::size_t x : designated.at(d.a))
      for (std::size_t y : designated.at(d.b)) {
        if (x == y) continue;
        if (!d.same) {
          clusters.AddRefusal(x, y);
        } else if (profiles[x].type != profiles[y].type) {
          spdlog::warn("{}: '{}' and '{}' have different types; not merged", d.where.ToString(),
                       profiles[x].id, profiles[y].id);
        } else {
          forced.emplace_back(std::minmax(x, y));
        }
      }
  }

  // The strong and weak matches are kept, and the names that may conflict compared when a join needs it.
  // The conflicts implied by types, qualifiers, anonymity and gazetteer entries Clusters knows.
  std::vector<std::tuple<double, std::size_t, std::size_t>> strong;
  std::map<std::size_t, std::vector<std::size_t>> weak;  // node -> nodes it weakly matches
  NamePairs pairs = CandidatePairs(profiles);
  const auto paired = std::chrono::steady_clock::now();
  for (const MatchedPair& p : pairs.matches) {
    if (p.match.kind == NameMatch::Kind::kStrong) {
      strong.emplace_back(-p.match.score, p.a, p.b);
    } else {
      weak[p.a].push_back(p.b);
      weak[p.b].push_back(p.a);
    }
  }
  clusters.SetConflicts(std::move(pairs.blocks), [&profiles](std::size_t x, std::size_t y) {
    return NamesConflict(profiles[x], profiles[y]);
  });

  std::sort(forced.begin(), forced.end());
  for (auto [x, y] : forced)
    if (!clusters.Join(x, y, Clusters::Check::kRefusals))
      spdlog::warn("'{}' and '{}': a not-same decision overrides a same decision", profiles[x].id,
                   profiles[y].id);
  std::sort(strong.begin(), strong.end());
  for (auto [score, x, y] : strong) clusters.Join(x, y, Clusters::Check::kAll);

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
      const std::span<const std::size_t> members = clusters.Members(clusters.Find(other));
      if (std::any_of(members.begin(), members.end(), [&](std::size_t m) { return !underspecified(m); }))
        targets.insert(clusters.Find(other));
    }
    targets.erase(clusters.Find(node));
    if (targets.size() == 1) weak_merges.emplace_back(node, *targets.begin());
  }
  for (auto [node, target] : weak_merges) clusters.Join(node, target, Clusters::Check::kAll);

  // Last, as the two ids have different qualifiers (the article's, none) and the cluster refuses other
  // merges afterwards. The known line's id and label represent it.
  std::set<std::size_t> article_lines;
  const UnnamedLines lines(nodes, connects, gazetteer_);
  for (auto [line, known] : lines.MatchUnnamed())
    if (clusters.Join(line, known, Clusters::Check::kRefusals)) article_lines.insert(line);
  for (auto [bare, pair] : lines.MatchDescriptors())
    if (clusters.Join(bare, pair, Clusters::Check::kRefusals)) article_lines.insert(bare);

  std::map<std::string, std::string> representative;
  for (std::size_t i = 0; i < n; ++i) {
    if (clusters.Find(i) != i) continue;
    const std::span<const std::size_t> members = clusters.Members(i);
    if (members.size() < 2) continue;
    std::size_t best = members.front();
    for (std::size_t m : members) {
      const NodeProfile& a = profiles[m];
      const NodeProfile& b = profiles[best];
      if (std::make_tuple(a.from_gazetteer, !article_lines.count(m), IsFullerName(a.label, b.label), b.id) >
          std::make_tuple(b.from_gazetteer, !article_lines.count(best), IsFullerName(b.label, a.label), a.id))
        best = m;
    }
    for (std::size_t m : members)
      if (m != best) representative.emplace(profiles[m].id, profiles[best].id);
  }
  using Seconds = std::chrono::duration<double>;
  spdlog::debug("resolution: {} matching pairs among {} nodes found in {:.3f} s", pairs.matches.size(), n,
                Seconds(paired - start).count());
  return representative;
}

}  // namespace newsgraph
