#include "graph/EdgeIdOrder.h"

#include <array>
#include <string>

namespace newsgraph {
namespace {

// The rank of each id of `ids` (sorted) among them each followed by ':'. It is their order, but for an id
// that the next ones extend by a byte below ':' ("official:jean" then "official:jean-paul"): followed by ':',
// it comes after those.
std::vector<std::uint32_t> RanksFollowedByColon(const std::vector<std::string_view>& ids) {
  const auto extended_below_colon = [&](std::string_view id, std::string_view by) {
    return by.size() > id.size() && static_cast<unsigned char>(by[id.size()]) < ':' && by.starts_with(id);
  };
  std::vector<std::uint32_t> rank(ids.size());
  std::uint32_t next = 0;
  std::vector<std::uint32_t> waiting;  // ids each extended below ':' by the one above it
  for (std::uint32_t k = 0; k <= ids.size(); ++k) {
    while (!waiting.empty() && (k == ids.size() || !extended_below_colon(ids[waiting.back()], ids[k]))) {
      rank[waiting.back()] = next++;
      waiting.pop_back();
    }
    if (k < ids.size()) waiting.push_back(k);
  }
  return rank;
}

// `items` sorted by `key(item)`, a number below `keys`, keeping the order of items with the same key.
template <typename Key>
std::vector<std::uint32_t> CountingSorted(const std::vector<std::uint32_t>& items, std::size_t keys,
                                          Key&& key) {
  std::vector<std::uint32_t> start(keys + 1, 0);  // where the items of each key go
  for (const std::uint32_t item : items) ++start[key(item) + 1];
  for (std::size_t k = 1; k <= keys; ++k) start[k] += start[k - 1];
  std::vector<std::uint32_t> sorted(items.size());
  for (const std::uint32_t item : items) sorted[start[key(item)]++] = item;
  return sorted;
}

}  // namespace

std::vector<std::uint32_t> EdgeIdOrder(const std::vector<std::string_view>& node_ids,
                                       const std::vector<EdgeEnds>& edges) {
  std::array<std::uint32_t, kRelationTypes.size()> type_rank{};
  for (const RelationType a : kRelationTypes)
    for (const RelationType b : kRelationTypes)
      if (std::string(Name(b)) + ':' < std::string(Name(a)) + ':') ++type_rank[static_cast<std::size_t>(a)];
  const std::vector<std::uint32_t> source_rank = RanksFollowedByColon(node_ids);
  const auto no_node = static_cast<std::uint32_t>(node_ids.size());  // the rank of kNoNode
  const auto source = [&](const EdgeEnds& e) {
    return e.source == EdgeEnds::kNoNode ? no_node : source_rank[e.source];
  };
  const auto target = [&](const EdgeEnds& e) { return e.target == EdgeEnds::kNoNode ? no_node : e.target; };
  // By target, then stably by type and source: a counting sort each, a pass over the edges.
  std::vector<std::uint32_t> order(edges.size());
  for (std::uint32_t e = 0; e < order.size(); ++e) order[e] = e;
  order = CountingSorted(order, no_node + 1, [&](std::uint32_t e) { return target(edges[e]); });
  return CountingSorted(order, kRelationTypes.size() * (no_node + 1), [&](std::uint32_t e) {
    return type_rank[static_cast<std::size_t>(edges[e].type)] * (no_node + 1) + source(edges[e]);
  });
}

}  // namespace newsgraph
