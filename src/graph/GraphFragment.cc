#include "graph/GraphFragment.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ParallelFor.h"
#include "graph/BufferMemo.h"
#include "graph/NodeRenaming.h"

namespace newsgraph {

NodeRecord& GraphFragment::AddNode(NodeRecord node) {
  // try_emplace leaves `node` untouched when the id is already there.
  auto [it, inserted] = nodes_.try_emplace(node.id, std::move(node));
  if (!inserted) it->second.Absorb(std::move(node));
  return it->second;
}

void GraphFragment::AddEdge(EdgeRecord edge) {
  edge.OrderEndpoints();
  EdgeKey key{edge.type, edge.source, edge.target};
  auto [it, inserted] = edges_.try_emplace(std::move(key), std::move(edge));
  if (!inserted) it->second.Absorb(std::move(edge));
}

GraphFragment::EdgeRange GraphFragment::EdgesOfType(RelationType type) const {
  // Ids are "<type>:<source>:<target>" (EdgeRecord::MakeId), and ';' comes right after ':'.
  const std::string name(Name(type));
  return {edges_.lower_bound(name + ':'), edges_.lower_bound(name + ';')};
}

void GraphFragment::Merge(const GraphFragment& other) {
  for (const auto& [id, node] : other.nodes_) AddNode(node);
  for (const auto& [id, edge] : other.edges_) AddEdge(edge);
}

void GraphFragment::Merge(GraphFragment&& other) {
  if (nodes_.empty() && edges_.empty()) {
    *this = std::move(other);
    return;
  }
  // The records of `other` already have their final ids: their map nodes are moved over as they are, and
  // only a record whose id is already here is absorbed.
  while (!other.nodes_.empty()) {
    auto moved = nodes_.insert(other.nodes_.extract(other.nodes_.begin()));
    if (!moved.inserted) moved.position->second.Absorb(std::move(moved.node.mapped()));
  }
  while (!other.edges_.empty()) {
    auto moved = edges_.insert(other.edges_.extract(other.edges_.begin()));
    if (!moved.inserted) moved.position->second.Absorb(std::move(moved.node.mapped()));
  }
}

std::vector<GraphFragment::EdgeRange> GraphFragment::EdgeParts(std::size_t parts) const {
  // Any strings cut the edge map into ranges. Ids start with their type's name, then the source's id, and a
  // few types hold most edges: each type is cut at `parts` node ids spread over the nodes.
  std::vector<std::string> cuts;
  const std::size_t step = std::max<std::size_t>(1, nodes_.size() / parts);
  std::size_t k = 0;
  for (const auto& [id, node] : nodes_)
    if (k++ % step == 0)
      for (RelationType type : kRelationTypes) cuts.push_back(std::string(Name(type)).append(":").append(id));
  std::sort(cuts.begin(), cuts.end());
  std::vector<EdgeRange> out;
  auto from = edges_.begin();
  for (const std::string& cut : cuts) {
    const auto to = edges_.lower_bound(cut);
    if (to != from) out.push_back({from, to});
    from = to;
  }
  if (from != edges_.end()) out.push_back({from, edges_.end()});
  return out;
}

void GraphFragment::Rename(const std::map<std::string, std::string>& representative, unsigned threads) {
  if (representative.empty()) return;
  const NodeRenaming renaming(representative);
  // In place: only the renamed nodes and the edges that touch them (or are attributed to them) are taken
  // out and added back, merging with what they come together with; everything else stays where it is.
  for (const auto& [from, to] : representative) {
    auto it = nodes_.find(from);
    if (it == nodes_.end()) continue;
    NodeRecord node = std::move(nodes_.extract(it).mapped());
    node.id = to;
    AddNode(std::move(node));
  }
  // Looking at every edge is most of the time: the edges are cut into parts looked at on the threads.
  const std::vector<EdgeRange> parts = threads > 1 ? EdgeParts(8 * std::size_t{threads})
                                                   : std::vector<EdgeRange>{{edges_.begin(), edges_.end()}};
  std::vector<std::vector<EdgeMap::const_iterator>> affected(parts.size());
  ParallelFor(parts.size(), threads, [&](std::size_t p) {
    BufferMemo<bool> memo(nodes_.size() / parts.size());
    for (auto it = parts[p].first; it != parts[p].last; ++it)
      if (renaming.Touches(it->second, memo)) affected[p].push_back(it);
  });
  std::vector<EdgeRecord> moved;
  for (const auto& part : affected)
    for (auto it : part) moved.push_back(std::move(edges_.extract(it).mapped()));
  for (EdgeRecord& edge : moved)
    if (renaming.Apply(edge)) AddEdge(std::move(edge));
}

}  // namespace newsgraph
