#include "graph/FragmentAccumulator.h"

#include <thread>
#include <utility>

namespace newsgraph {
namespace {

// A fragment's ids are final (symmetric edges are put in canonical order when they are added).
template <typename Map, typename Table>
void TakeAll(Map& from, Table& to) {
  while (!from.empty()) {
    to.Add(from.extract(from.begin()));
  }
}

}  // namespace

void FragmentAccumulator::Add(ArticleRecords&& records) {
  for (ArticleRecords::Node& node : records.nodes) nodes_.AddPart(std::move(node));
  for (ArticleRecords::Edge& edge : records.edges) edges_.AddPart(std::move(edge));
}

void FragmentAccumulator::Add(GraphFragment&& fragment) {
  TakeAll(fragment.mutable_nodes(), nodes_);
  TakeAll(fragment.mutable_edges(), edges_);
}

void FragmentAccumulator::Add(FragmentAccumulator&& other) {
  if (nodes_.empty() && edges_.empty()) {
    *this = std::move(other);
    return;
  }
  nodes_.Add(std::move(other.nodes_));
  edges_.Add(std::move(other.edges_));
}

GraphFragment FragmentAccumulator::Finish(unsigned threads) && {
  GraphFragment out;
  if (threads <= 1) {
    nodes_.DrainInto(out.mutable_nodes());
    edges_.DrainInto(out.mutable_edges());
    return out;
  }
  std::jthread nodes([&] { nodes_.DrainInto(out.mutable_nodes()); });
  edges_.DrainInto(out.mutable_edges(), threads);
  nodes.join();  // before `out` is returned (moved, when not constructed in place)
  return out;
}

}  // namespace newsgraph
