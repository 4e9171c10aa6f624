#include "graph/FragmentAccumulator.h"

#include <string_view>
#include <thread>
#include <utility>

#include "graph/SameId.h"

namespace newsgraph {

void FragmentAccumulator::Add(ArticleRecords&& records) {
  // What the look-ups read fetched ahead, all at once, in two rounds (the index slots, then the records and
  // the kept ids and ends they point to): in a large table each is a cache miss, and fetched one by one
  // they were most of the time spent here.
  for (const ArticleRecords::Node& node : records.nodes) nodes_.PrefetchSlot(node);
  for (const ArticleRecords::Edge& edge : records.edges) edges_.PrefetchSlot(edge);
  for (const ArticleRecords::Node& node : records.nodes)
    if (const auto at = nodes_.PrefetchRecord(node)) __builtin_prefetch(node_ids_[*at].c_str());
  for (const ArticleRecords::Edge& edge : records.edges)
    if (const auto at = edges_.PrefetchRecord(edge)) __builtin_prefetch(&ends_[*at]);
  node_at_.clear();
  for (ArticleRecords::Node& node : records.nodes) {
    const std::string_view id = node.id;
    node_at_.push_back(
        nodes_.AddPart(std::move(node), [&](std::uint32_t p) { return SameId(node_ids_[p], id); }));
    if (node_at_.back() == node_ids_.size()) node_ids_.emplace_back(id);  // a new record
  }
  for (ArticleRecords::Edge& edge : records.edges) {
    const Ends ends{node_at_[edge.source_node], node_at_[edge.target_node], edge.type};
    // The same ids are the same node positions, but for an end that was no node's when its record came (from
    // a GraphFragment), compared by its id.
    const auto same = [&](std::uint32_t p) {
      const Ends& kept = ends_[p];
      if (kept.type != ends.type) return false;
      if (kept.source == EdgeEnds::kNoNode || kept.target == EdgeEnds::kNoNode)
        return record_id::Same(edges_[p], edge);
      return kept.source == ends.source && kept.target == ends.target;
    };
    if (edges_.AddPart(std::move(edge), same, node_ids_[ends.source], node_ids_[ends.target]) == ends_.size())
      ends_.push_back(ends);  // a new record
  }
}

void FragmentAccumulator::Add(GraphFragment&& fragment) {
  // A fragment's ids are final (symmetric edges are put in canonical order when they are added).
  auto& nodes = fragment.mutable_nodes();
  while (!nodes.empty()) {
    auto node = nodes.extract(nodes.begin());
    const SharedString id(node.key());
    if (nodes_.Add(std::move(node)) == node_ids_.size()) node_ids_.push_back(id);  // a new record
  }
  auto& edges = fragment.mutable_edges();
  while (!edges.empty()) {
    auto edge = edges.extract(edges.begin());
    const Ends ends{nodes_.Find(edge.mapped().source).value_or(EdgeEnds::kNoNode),
                    nodes_.Find(edge.mapped().target).value_or(EdgeEnds::kNoNode), edge.mapped().type};
    if (edges_.Add(std::move(edge)) == ends_.size()) ends_.push_back(ends);  // a new record
  }
}

void FragmentAccumulator::Add(FragmentAccumulator&& other) {
  if (nodes_.empty() && edges_.empty()) {
    *this = std::move(other);
    return;
  }
  const std::vector<std::uint32_t> node_at = nodes_.Add(std::move(other.nodes_));
  // The new node records are at the end, in the order of `other`'s, as the edge records below.
  for (std::size_t k = 0; k < node_at.size(); ++k)
    if (node_at[k] == node_ids_.size()) node_ids_.push_back(std::move(other.node_ids_[k]));
  const std::vector<std::uint32_t> edge_at = edges_.Add(std::move(other.edges_));
  // The new edge records are at the end, in the order of `other`'s.
  for (std::size_t k = 0; k < edge_at.size(); ++k) {
    if (edge_at[k] != ends_.size()) continue;
    const auto here = [&](std::uint32_t node) { return node == EdgeEnds::kNoNode ? node : node_at[node]; };
    ends_.push_back({here(other.ends_[k].source), here(other.ends_[k].target), other.ends_[k].type});
  }
  other = FragmentAccumulator();
}

std::vector<std::uint32_t> FragmentAccumulator::EdgeOrder(
    const std::vector<std::uint32_t>& node_order) const {
  std::vector<std::string_view> ids(node_order.size());
  std::vector<std::uint32_t> rank(node_order.size());  // by position
  for (std::uint32_t k = 0; k < node_order.size(); ++k) {
    ids[k] = nodes_.id(node_order[k]);
    rank[node_order[k]] = k;
  }
  std::vector<EdgeEnds> edges(ends_.size());
  for (std::uint32_t e = 0; e < edges.size(); ++e) {
    const auto rank_of = [&](std::uint32_t node) { return node == EdgeEnds::kNoNode ? node : rank[node]; };
    edges[e] = {ends_[e].type, rank_of(ends_[e].source), rank_of(ends_[e].target)};
  }
  return EdgeIdOrder(ids, edges);
}

SortedRecords FragmentAccumulator::FinishSorted(unsigned threads) && {
  std::vector<std::uint32_t> node_order = nodes_.IdOrder(threads);
  std::vector<std::uint32_t> edge_order = EdgeOrder(node_order);
  ends_ = std::vector<Ends>();
  node_ids_ = std::vector<SharedString>();
  std::vector<SortedRecords::NodeHandle> nodes;
  if (threads <= 1) {
    nodes = std::move(nodes_).Take();
    return SortedRecords(std::move(nodes), std::move(node_order), std::move(edges_).Take(),
                         std::move(edge_order));
  }
  std::jthread settle_nodes([&] { nodes = std::move(nodes_).Take(); });
  std::vector<SortedRecords::EdgeHandle> edges = std::move(edges_).Take();
  settle_nodes.join();
  return SortedRecords(std::move(nodes), std::move(node_order), std::move(edges), std::move(edge_order));
}

}  // namespace newsgraph
