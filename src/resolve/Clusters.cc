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
      conflict_starts_(profiles.size() + 1, 0) {
  std::iota(parent_.begin(), parent_.end(), 0);
  std::unordered_map<std::string_view, std::uint32_t> qualifier_ids;  // (the ids' order does not matter)
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    auto it = qualifier_ids.try_emplace(profiles[i].qualifier, qualifier_ids.size()).first;
    clusters_[i] = {{i}, it->second, false, profiles[i].anonymous, profiles[i].from_gazetteer};
  }
}

void Clusters::AddRefusal(std::size_t x, std::size_t y) {
  refusals_[x].push_back(y);
  refusals_[y].push_back(x);
}

void Clusters::SetConflicts(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
                            std::function<bool(std::size_t, std::size_t)> conflict) {
  conflict_ = std::move(conflict);
  // Counted per node, then each node's others written at its place.
  std::fill(conflict_starts_.begin(), conflict_starts_.end(), 0);
  for (auto [x, y] : pairs) {
    ++conflict_starts_[x + 1];
    ++conflict_starts_[y + 1];
  }
  for (std::size_t i = 1; i < conflict_starts_.size(); ++i) conflict_starts_[i] += conflict_starts_[i - 1];
  conflicts_.assign(conflict_starts_.back(), 0);
  std::vector<std::size_t> next(conflict_starts_.begin(), conflict_starts_.end() - 1);
  for (auto [x, y] : pairs) {
    conflicts_[next[x]++] = y;
    conflicts_[next[y]++] = x;
  }
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
  const std::size_t small = x.members.size() <= y.members.size() ? a : b;
  const std::size_t other = small == a ? b : a;
  for (std::size_t m : clusters_[small].members) {
    for (std::size_t n : refusals_[m])
      if (Find(n) == other) return true;
    if (check == Check::kAll)
      for (std::size_t k = conflict_starts_[m]; k < conflict_starts_[m + 1]; ++k)
        if (Find(conflicts_[k]) == other && conflict_(m, conflicts_[k])) return true;
  }
  return false;
}

bool Clusters::Join(std::size_t a, std::size_t b, Check check) {
  a = Find(a);
  b = Find(b);
  if (a == b) return true;
  if (Conflicting(a, b, check)) return false;
  if (b < a) std::swap(a, b);
  parent_[b] = a;
  Cluster& into = clusters_[a];
  Cluster& from = clusters_[b];
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
