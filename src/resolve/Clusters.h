// Union-find over the resolver's nodes, refusing a merge when two members of the clusters conflict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "resolve/NodeProfile.h"

namespace newsgraph {

class Clusters {
 public:
  // What to check before joining: the user's not-same decisions only, or every conflict.
  enum class Check { kRefusals, kAll };

  // Every node starts alone. Besides the pairs added below, kAll refuses what the profiles imply: an
  // anonymous source with anything, two qualifiers, two gazetteer entries.
  explicit Clusters(const std::vector<NodeProfile>& profiles);

  void AddRefusal(std::size_t x, std::size_t y);  // judged not the same by the user
  // Names that may never be one entity, every pair at once into one flat list (tens of thousands on a large
  // graph, where growing a list per node cost more than the rest of the clusters). `conflict(x, y)`
  // (symmetric) tells whether a pair does, asked only when a join would put the two together. Replaces those
  // set before.
  void SetConflicts(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
                    std::function<bool(std::size_t, std::size_t)> conflict);

  std::size_t Find(std::size_t i);
  const std::vector<std::size_t>& Members(std::size_t root) const { return clusters_[root].members; }
  // Joins the clusters of `a` and `b` unless a pair of their members conflicts; true when they are one.
  // The cluster keeps the smaller root. Costs the pairs recorded for the smaller cluster's members, not
  // the product of the two sizes.
  bool Join(std::size_t a, std::size_t b, Check check);

 private:
  struct Cluster {
    std::vector<std::size_t> members;
    std::uint32_t qualifier = 0;  // its members', unless they have several
    bool several_qualifiers = false;
    bool anonymous = false;
    bool gazetteer = false;
  };
  bool Conflicting(std::size_t a, std::size_t b, Check check);

  std::vector<std::size_t> parent_;
  std::vector<Cluster> clusters_;  // by root
  std::vector<std::vector<std::size_t>> refusals_;
  // The nodes node x may conflict with: conflicts_[conflict_starts_[x], conflict_starts_[x + 1]).
  std::vector<std::size_t> conflict_starts_, conflicts_;
  std::function<bool(std::size_t, std::size_t)> conflict_;
};

}  // namespace newsgraph
