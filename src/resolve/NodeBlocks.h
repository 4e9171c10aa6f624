// Blocks of nodes, each node in any number of them (entity resolution's blocking): two nodes are compared
// only when they share a block.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace newsgraph {

class NodeBlocks {
 public:
  NodeBlocks() = default;
  // Block b holds members[starts[b], starts[b + 1]), in increasing order, once each, all below `nodes`.
  NodeBlocks(std::vector<std::uint32_t> members, std::vector<std::size_t> starts, std::size_t nodes);

  std::span<const std::uint32_t> Members(std::size_t block) const {
    return {members_.data() + starts_[block], members_.data() + starts_[block + 1]};
  }
  // The blocks node `node` is in, in increasing order.
  std::span<const std::uint32_t> BlocksOf(std::size_t node) const {
    return {blocks_of_.data() + blocks_of_starts_[node], blocks_of_.data() + blocks_of_starts_[node + 1]};
  }

 private:
  std::vector<std::uint32_t> members_;
  std::vector<std::size_t> starts_ = {0};
  std::vector<std::uint32_t> blocks_of_;  // node i's: [blocks_of_starts_[i], blocks_of_starts_[i + 1])
  std::vector<std::size_t> blocks_of_starts_ = {0};
};

}  // namespace newsgraph
