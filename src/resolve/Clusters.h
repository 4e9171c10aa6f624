// Union-find over the resolver's nodes, refusing a merge when two members of the clusters conflict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "resolve/NodeBlocks.h"
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
  // Names that can never be one entity, found among the nodes sharing a block: `conflict(x, y)` (symmetric)
  // tells whether two nodes of one block conflict, asked only when a join would put them together (tens of
  // thousands of pairs of officials sharing a surname are never asked). Replaces those set before.
  void SetConflicts(NodeBlocks blocks, std::function<bool(std::size_t, std::size_t)> conflict);

  std::size_t Find(std::size_t i);
  // (A root alone is the one element of its own parent_ entry: no list is allocated for it.)
  std::span<const std::size_t> Members(std::size_t root) const {
    const std::vector<std::size_t>& members = clusters_[root].members;
    return members.empty() ? std::span<const std::size_t>(&parent_[root], 1) : std::span(members);
  }
  // Joins the clusters of `a` and `b` unless a pair of their members conflicts; true when they are one.
  // The cluster keeps the smaller root. Costs the refusals and the nodes sharing a block of the smaller
  // cluster's members, not the product of the two sizes.
  bool Join(std::size_t a, std::size_t b, Check check);

 private:
  struct Cluster {
    std::vector<std::size_t> members;  // none while the root is alone
    std::uint32_t qualifier = 0;       // its members', unless they have several
    bool several_qualifiers = false;
    bool anonymous = false;
    bool gazetteer = false;
  };
  bool Conflicting(std::size_t a, std::size_t b, Check check);

  std::vector<std::size_t> parent_;
  std::vector<Cluster> clusters_;  // by root
  std::vector<std::vector<std::size_t>> refusals_;
  NodeBlocks blocks_;
  std::function<bool(std::size_t, std::size_t)> conflict_;
};

}  // namespace newsgraph
