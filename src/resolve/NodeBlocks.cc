#include "resolve/NodeBlocks.h"

#include <utility>

namespace newsgraph {

NodeBlocks::NodeBlocks(std::vector<std::uint32_t> members, std::vector<std::size_t> starts, std::size_t nodes)
    : members_(std::move(members)),
      starts_(std::move(starts)),
      blocks_of_(members_.size()),
      blocks_of_starts_(nodes + 1, 0) {
  // Counted per node, then each node's blocks written at its place.
  for (const std::uint32_t node : members_) ++blocks_of_starts_[node + 1];
  for (std::size_t i = 1; i < blocks_of_starts_.size(); ++i) blocks_of_starts_[i] += blocks_of_starts_[i - 1];
  std::vector<std::size_t> next(blocks_of_starts_.begin(), blocks_of_starts_.end() - 1);
  for (std::size_t b = 0; b + 1 < starts_.size(); ++b)
    for (std::size_t k = starts_[b]; k < starts_[b + 1]; ++k)
      blocks_of_[next[members_[k]]++] = static_cast<std::uint32_t>(b);
}

}  // namespace newsgraph
