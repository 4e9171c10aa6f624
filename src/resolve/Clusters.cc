#include "resolve/Clusters.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <utility>

namespace newsgraph {

Clusters::Clusters(const std::vector<NodeProfile>& profiles)
    : parent_(profiles.size()),
      clusters_(profiles.size()),
      refusals_(profiles.size()),
      conflicts_(profiles.size()) {
  std::iota(parent_.begin(), parent_.end(), 0);
  std::map<std::string_view, std::uint32_t> qualifier_ids;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    auto it = qualifier_ids.try_emplace(profiles[i].qualifier, qualifier_ids.size()).first;
    clusters_[i] = {{i}, {it->second}, profiles[i].anonymous, profiles[i].from_gazetteer};
  }
}

void Clusters::AddRefusal(std::size_t x, std::size_t y) {
  refusals_[x].push_back(y);
  refusals_[y].push_back(x);
}

void Clusters::AddConflict(std::size_t x, std::size_t y) {
  conflicts_[x].push_back(y);
  conflicts_[y].push_back(x);
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
    if (x.qualifiers.size() > 1 || y.qualifiers.size() > 1 || x.qualifiers != y.qualifiers) return true;
  }
  const std::size_t small = x.members.size() <= y.members.size() ? a : b;
  const std::size_t other = small == a ? b : a;
  for (std::size_t m : clusters_[small].members) {
    for (std::size_t n : refusals_[m])
      if (Find(n) == other) return true;
    if (check == Check::kAll)
      for (std::size_t n : conflicts_[m])
        if (Find(n) == other) return true;
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
  std::vector<std::uint32_t> qualifiers;
  std::set_union(into.qualifiers.begin(), into.qualifiers.end(), from.qualifiers.begin(),
                 from.qualifiers.end(), std::back_inserter(qualifiers));
  into.qualifiers = std::move(qualifiers);
  into.anonymous = into.anonymous || from.anonymous;
  into.gazetteer = into.gazetteer || from.gazetteer;
  from = Cluster{};
  return true;
}

}  // namespace newsgraph
