#include "graph/SortedRecords.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/ParallelFor.h"
#include "graph/BufferMemo.h"
#include "graph/NodeRenaming.h"

namespace newsgraph {
namespace {

// The first position in `order` (positions in `records`, sorted by their keys) whose key is not below `key`.
template <typename Handle, typename Key, typename Less>
std::size_t LowerBound(const std::vector<Handle>& records, const std::vector<std::uint32_t>& order,
                       const Key& key, Less less) {
  return static_cast<std::size_t>(
      std::partition_point(order.begin(), order.end(),
                           [&](std::uint32_t record) { return less(records[record].key(), key); }) -
      order.begin());
}

// A record the renaming made or gave a new key, to go before order[at].
struct Placed {
  std::size_t at;
  std::uint32_t record;
};

// `order` without the positions `gone` (ascending), with the records of `placed` (their places
// nondecreasing) put in: the runs between them copied whole.
std::vector<std::uint32_t> Rebuilt(const std::vector<std::uint32_t>& order,
                                   const std::vector<std::size_t>& gone, const std::vector<Placed>& placed) {
  std::vector<std::uint32_t> out;
  out.reserve(order.size() + placed.size());
  std::size_t from = 0;
  auto next_gone = gone.begin();
  const auto keep_until = [&](std::size_t to) {
    for (; next_gone != gone.end() && *next_gone < to; ++next_gone) {
      out.insert(out.end(), order.begin() + from, order.begin() + *next_gone);
      from = *next_gone + 1;
    }
    out.insert(out.end(), order.begin() + from, order.begin() + to);
    from = to;
  };
  for (const Placed& p : placed) {
    keep_until(p.at);
    out.push_back(p.record);
  }
  keep_until(order.size());
  return out;
}

// Moves the records of `records` into `map` in `order`: each map node linked in at the map's start, last
// first, which needs no descent of the map.
template <typename Handle, typename Map>
void DrainInto(std::vector<Handle>& records, const std::vector<std::uint32_t>& order, Map& map) {
  for (auto at = order.rbegin(); at != order.rend(); ++at) map.insert(map.begin(), std::move(records[*at]));
}

}  // namespace

std::pair<std::size_t, std::size_t> SortedRecords::EdgesOfType(RelationType type) const {
  // Ids are "<type>:<source>:<target>" (EdgeRecord::MakeId), and ';' comes right after ':'.
  const std::string name(Name(type));
  return {LowerBound(edge_records_, edges_, std::string_view(name + ':'), EdgeKeyLess()),
          LowerBound(edge_records_, edges_, std::string_view(name + ';'), EdgeKeyLess())};
}

// As GraphFragment::Rename: the renamed nodes and the edges that touch them are taken out (`gone`: their map
// nodes keep their keys, so that binary searches still find the records that stay) and absorbed into the
// record of their new id: one still here, else one the renaming makes, put in its place at the end.
void SortedRecords::Rename(const std::map<std::string, std::string>& representative, unsigned threads) {
  if (representative.empty()) return;
  const NodeRenaming renaming(representative);
  std::vector<bool> node_gone(nodes_.size());
  GraphFragment::NodeMap made_nodes;
  // The position in nodes_ of the record with this id that is still here, if there is one.
  const auto node_at = [&](const std::string& id) -> std::optional<std::size_t> {
    const std::size_t at = LowerBound(node_records_, nodes_, id, std::less<>());
    if (at == nodes_.size() || node_records_[nodes_[at]].key() != id || node_gone[at]) return std::nullopt;
    return at;
  };
  for (const auto& [from, to] : representative) {
    NodeRecord node;
    if (const auto at = node_at(from)) {
      node = std::move(node_records_[nodes_[*at]].mapped());
      node_gone[*at] = true;
    } else if (const auto made = made_nodes.find(from); made != made_nodes.end()) {
      node = std::move(made_nodes.extract(made).mapped());
    } else {
      continue;
    }
    node.id = to;
    if (const auto at = node_at(to)) {
      node_records_[nodes_[*at]].mapped().Absorb(std::move(node));
    } else if (auto [it, added] = made_nodes.try_emplace(to, std::move(node)); !added) {
      it->second.Absorb(std::move(node));
    }
  }
  std::vector<Placed> placed_nodes;
  while (!made_nodes.empty()) {
    node_records_.push_back(made_nodes.extract(made_nodes.begin()));
    placed_nodes.push_back({LowerBound(node_records_, nodes_, node_records_.back().key(), std::less<>()),
                            static_cast<std::uint32_t>(node_records_.size() - 1)});
  }
  std::vector<std::size_t> nodes_gone;
  for (std::size_t k = 0; k < nodes_.size(); ++k)
    if (node_gone[k]) nodes_gone.push_back(k);
  nodes_ = Rebuilt(nodes_, nodes_gone, placed_nodes);

  // Looking at every edge is most of the time: the edges are cut into parts looked at on the threads.
  const std::size_t parts = threads > 1 ? 8 * std::size_t{threads} : 1;
  std::vector<std::vector<std::size_t>> affected(parts);
  ParallelFor(parts, threads, [&](std::size_t p) {
    BufferMemo<bool> memo(nodes_.size() / parts);
    for (std::size_t k = edges_.size() * p / parts; k < edges_.size() * (p + 1) / parts; ++k)
      if (renaming.Touches(edge(k), memo)) affected[p].push_back(k);
  });
  std::vector<std::size_t> edges_gone;  // (ascending, as the parts are)
  std::vector<bool> edge_gone(edges_.size());
  for (const auto& part : affected)
    for (const std::size_t k : part) {
      edges_gone.push_back(k);
      edge_gone[k] = true;
    }
  // Each renamed edge is absorbed into the edge still here with its new key, else into the first renamed one
  // with that key (`made`: its record, and its place among the keys as they are), which is put in with that
  // key.
  std::map<EdgeKey, Placed, EdgeKeyLess> made;
  for (const auto& part : affected)
    for (const std::size_t k : part) {
      EdgeRecord& edge = edge_records_[edges_[k]].mapped();
      if (!renaming.Apply(edge)) continue;
      edge.OrderEndpoints();
      EdgeKey key{edge.type, edge.source, edge.target};
      const std::size_t at = LowerBound(edge_records_, edges_, key, EdgeKeyLess());
      if (at != edges_.size() && !edge_gone[at] && edge_records_[edges_[at]].key() == key) {
        edge_records_[edges_[at]].mapped().Absorb(std::move(edge));
      } else if (auto [first, added] = made.try_emplace(std::move(key), Placed{at, edges_[k]}); !added) {
        edge_records_[first->second.record].mapped().Absorb(std::move(edge));
      }
    }
  std::vector<Placed> placed_edges;
  for (const auto& [key, placed] : made) {
    edge_records_[placed.record].key() = key;
    placed_edges.push_back(placed);
  }
  edges_ = Rebuilt(edges_, edges_gone, placed_edges);
}

GraphFragment SortedRecords::ToFragment() && {
  GraphFragment out;
  DrainInto(node_records_, nodes_, out.mutable_nodes());
  DrainInto(edge_records_, edges_, out.mutable_edges());
  *this = SortedRecords();
  return out;
}

}  // namespace newsgraph
