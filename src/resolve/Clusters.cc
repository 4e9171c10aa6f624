#include "resolve/Clusters.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace newsgraph {

Clusters::Clusters(const std::vector<NodeProfile>& profiles)
    : parent_(profiles.size()),
      clusters_(profiles.size()),
      refusals_(profiles.size()),
      blocks_({}, {0}, profiles.size()) {
  std::iota(parent_.begin(), parent_.end(), 0);
  std::unordered_map<std::string_view, std::uint32_t> qualifier_ids;  // (the ids' order does not matter)
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    Cluster& cluster = clusters_[i];
    cluster.anonymous = profiles[i].anonymous;
    cluster.gazetteer = profiles[i].from_gazetteer;
    // (kAll refuses a cluster with an anonymous source before it reads the qualifiers: most anonymous
    // sources have the qualifier of their article, not worth an id.)
    if (!cluster.anonymous)
      cluster.qualifier =
          qualifier_ids.try_emplace(profiles[i].qualifier, qualifier_ids.size()).first->second;
  }
}

void Clusters::AddRefusal(std::size_t x, std::size_t y) {
  refusals_[x].push_back(y);
  refusals_[y].push_back(x);
}

void Clusters::SetConflicts(NodeBlocks blocks, std::function<bool(std::size_t, std::size_t)> conflict) {
  blocks_ = std::move(blocks);
  conflict_ = std::move(conflict);
}

std::size_t Clusters::Find(std::size_t i) {
  while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
  return i;
}

bool Clusters::Conflicting(std::size_t a, std::size_t b, Check check) {
  const Cluster& x = clusters_[a];
  const Cluster& y = clusters_[b];
  if (check == Check::kAll) {
    if (x.anonymous || y.anonymous || (x.gazetteer && y.gazetteer)) return true;
    if (x.several_qualifiers || y.several_qualifiers || x.qualifier != y.qualifier) return true;
  }
  const std::size_t small = Members(a).size() <= Members(b).size() ? a : b;
  const std::size_t other = small == a ? b : a;
  for (const std::size_t m : Members(small)) {
    for (std::size_t n : refusals_[m])
      if (Find(n) == other) return true;
    if (check == Check::kAll)
      for (const std::uint32_t block : blocks_.BlocksOf(m))
        for (const std::uint32_t n : blocks_.Members(block))
          if (Find(n) == other && conflict_(m, n)) return true;
  }
  return false;
}

bool Clusters::Join(std::size_t a, std::size_t b, Check check) {
  a = Find(a);
  b = Find(b);
  if (a == b) return true;
  if (Conflicting(a, b, check)) return false;
  if (b < a) std::swap(a, b);
  Cluster& into = clusters_[a];
  Cluster& from = clusters_[b];
  if (into.members.empty()) into.members.push_back(a);
  if (from.members.empty()) from.members.push_back(b);
  parent_[b] = a;
  if (into.members.size() < from.members.size()) std::swap(into.members, from.members);
  into.members.insert(into.members.end(), from.members.begin(), from.members.end());
  into.several_qualifiers =
      into.several_qualifiers || from.several_qualifiers || into.qualifier != from.qualifier;
  into.anonymous = into.anonymous || from.anonymous;
  into.gazetteer = into.gazetteer || from.gazetteer;
  from = Cluster{};
  return true;
}

}  // namespace newsgraph
