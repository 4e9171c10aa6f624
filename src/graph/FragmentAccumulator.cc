#include "graph/FragmentAccumulator.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace newsgraph {
namespace {

// Moves `from`'s records into `to`, absorbing those whose id is already there. The records' own ids are
// final: a fragment puts symmetric edges in canonical order when they are added.
template <typename From, typename Record>
void AbsorbAll(From& from, std::unordered_map<std::string, Record>& to) {
  while (!from.empty()) {
    auto handle = from.extract(from.begin());
    auto [it, inserted] = to.try_emplace(std::move(handle.key()), std::move(handle.mapped()));
    if (!inserted) it->second.Absorb(std::move(handle.mapped()));
  }
}

// Empties `from` into `to` in id order, each record moved and its hash node freed as it goes.
template <typename Record>
void MoveSorted(std::unordered_map<std::string, Record>& from, std::map<std::string, Record>& to) {
  using Iterator = typename std::unordered_map<std::string, Record>::iterator;
  std::vector<Iterator> order;
  order.reserve(from.size());
  for (auto it = from.begin(); it != from.end(); ++it) order.push_back(it);
  std::sort(order.begin(), order.end(),
            [](const Iterator& a, const Iterator& b) { return a->first < b->first; });
  for (Iterator it : order) {
    auto handle = from.extract(it);
    to.emplace_hint(to.end(), std::move(handle.key()), std::move(handle.mapped()));
  }
}

}  // namespace

void FragmentAccumulator::Add(GraphFragment&& fragment) {
  AbsorbAll(fragment.mutable_nodes(), nodes_);
  AbsorbAll(fragment.mutable_edges(), edges_);
}

void FragmentAccumulator::Add(FragmentAccumulator&& other) {
  if (nodes_.empty() && edges_.empty()) {
    *this = std::move(other);
    return;
  }
  AbsorbAll(other.nodes_, nodes_);
  AbsorbAll(other.edges_, edges_);
}

GraphFragment FragmentAccumulator::Finish() && {
  GraphFragment out;
  MoveSorted(nodes_, out.mutable_nodes());
  MoveSorted(edges_, out.mutable_edges());
  nodes_ = {};
  edges_ = {};
  return out;
}

}  // namespace newsgraph
