#include "graph/FragmentAccumulator.h"

#include <thread>
#include <utility>

#include "core/ParallelFor.h"

namespace newsgraph {
namespace {

// The records of every shard, as map nodes in one vector, in the order they arrived in (`arrivals`).
template <typename Record, std::size_t kShards>
std::vector<typename RecordTable<Record>::MapNode> Drain(std::array<RecordTable<Record>, kShards>& tables,
                                                         const std::vector<std::uint8_t>& arrivals) {
  for (RecordTable<Record>& table : tables) table.DropIndex();
  std::vector<typename RecordTable<Record>::MapNode> nodes;
  nodes.reserve(arrivals.size());
  for (std::uint8_t s : arrivals) nodes.push_back(tables[s].PopFront());
  return nodes;
}

}  // namespace

template <typename Record>
void FragmentAccumulator::Shards<Record>::AppendArrivals(const std::vector<std::uint8_t>& theirs,
                                                         const std::array<std::size_t, kShards>& before,
                                                         const std::array<std::size_t, kShards>& after) {
  // Which of their records were new here is not known, only how many per shard: those shards are taken in
  // the order of their arrivals, which keeps the records near the order they were allocated in.
  std::array<std::size_t, kShards> left;
  for (std::size_t s = 0; s < kShards; ++s) left[s] = after[s] - before[s];
  for (std::uint8_t s : theirs)
    if (left[s] > 0) {
      --left[s];
      arrivals.push_back(s);
    }
}

template <typename Record>
void FragmentAccumulator::Shards<Record>::Add(std::string&& id, Record&& record) {
  const std::uint32_t hash = HashSlots::Hash(id);
  const std::size_t shard = ShardOf(hash);
  if (tables[shard].Add(hash, std::move(id), std::move(record)))
    arrivals.push_back(static_cast<std::uint8_t>(shard));
}

void FragmentAccumulator::Add(GraphFragment&& fragment) {
  // A fragment's ids are final (symmetric edges are put in canonical order when they are added).
  for (auto& nodes = fragment.mutable_nodes(); !nodes.empty();) {
    auto handle = nodes.extract(nodes.begin());
    nodes_.Add(std::move(handle.key()), std::move(handle.mapped()));
  }
  for (auto& edges = fragment.mutable_edges(); !edges.empty();) {
    auto handle = edges.extract(edges.begin());
    edges_.Add(std::move(handle.key()), std::move(handle.mapped()));
  }
}

void FragmentAccumulator::Add(FragmentAccumulator&& other) {
  std::vector<FragmentAccumulator> others;
  others.push_back(std::move(other));
  Add(std::move(others), 1);
}

void FragmentAccumulator::Add(std::vector<FragmentAccumulator>&& others, unsigned threads) {
  if (others.empty()) return;
  if (nodes_.arrivals.empty() && edges_.arrivals.empty()) {  // empty: the first one is taken as it is
    *this = std::move(others.front());
    others.erase(others.begin());
  }
  // sizes[k][s]: the size of shard s before `others[k]` is added (and, for k = others.size(), after all).
  std::vector<std::array<std::size_t, kShards>> node_sizes(others.size() + 1), edge_sizes(others.size() + 1);
  // Edges first: there are more of them.
  ParallelFor(2 * kShards, threads, [&](std::size_t task) {
    const std::size_t s = task % kShards;
    for (std::size_t k = 0; k <= others.size(); ++k) {
      if (task < kShards) {
        edge_sizes[k][s] = edges_.tables[s].size();
        if (k < others.size()) edges_.tables[s].Add(std::move(others[k].edges_.tables[s]));
      } else {
        node_sizes[k][s] = nodes_.tables[s].size();
        if (k < others.size()) nodes_.tables[s].Add(std::move(others[k].nodes_.tables[s]));
      }
    }
  });
  for (std::size_t k = 0; k < others.size(); ++k) {
    nodes_.AppendArrivals(others[k].nodes_.arrivals, node_sizes[k], node_sizes[k + 1]);
    edges_.AppendArrivals(others[k].edges_.arrivals, edge_sizes[k], edge_sizes[k + 1]);
    others[k] = FragmentAccumulator();
  }
}

GraphFragment FragmentAccumulator::Finish(unsigned threads) && {
  GraphFragment out;
  auto finish_nodes = [&] {
    auto nodes = Drain(nodes_.tables, nodes_.arrivals);
    RecordTable<NodeRecord>::LinkSorted(nodes, out.mutable_nodes(), 1);
  };
  auto finish_edges = [&] {
    auto edges = Drain(edges_.tables, edges_.arrivals);
    RecordTable<EdgeRecord>::LinkSorted(edges, out.mutable_edges(), threads);
  };
  if (threads <= 1) {
    finish_nodes();
    finish_edges();
  } else {
    std::jthread nodes(finish_nodes);
    finish_edges();
    nodes.join();  // before `out` is returned (moved, when not constructed in place)
  }
  *this = FragmentAccumulator();
  return out;
}

}  // namespace newsgraph
