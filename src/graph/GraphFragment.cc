#include "graph/GraphFragment.h"

#include <algorithm>
#include <bitset>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/ParallelFor.h"
#include "graph/BufferMemo.h"

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
  std::unordered_set<std::string_view> from;  // hashed: every edge and evidence of the graph is checked
  // Most ids are not renamed, which a bit per (length, last byte) tells before any hashing.
  const auto slot = [](std::string_view id) {
    return (id.size() * 131 + static_cast<unsigned char>(id.back())) % 1024;
  };
  std::bitset<1024> maybe_renamed;
  for (const auto& [id, to] : representative) {
    from.insert(id);
    if (!id.empty()) maybe_renamed.set(slot(id));
  }
  auto renamed = [&](std::string_view id) {
    return !id.empty() && maybe_renamed[slot(id)] && from.count(id) > 0;
  };
  auto rename = [&](SharedString& id) {
    if (const auto it = representative.find(id.str()); it != representative.end()) id = it->second;
  };
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
    // Each id's buffer is asked once (most edge ends share their node's: graph/BufferMemo.h).
    BufferMemo<bool> memo(nodes_.size() / parts.size());
    const auto renamed_buffer = [&](const SharedString& id) { return memo.Get(id, renamed); };
    for (auto it = parts[p].first; it != parts[p].last; ++it) {
      const EdgeRecord& edge = it->second;
      if (renamed_buffer(edge.source) || renamed_buffer(edge.target) ||
          std::any_of(edge.evidence.begin(), edge.evidence.end(), [&](const Evidence& e) {
            return !e.attributed_to.empty() && renamed_buffer(e.attributed_to);
          }))
        affected[p].push_back(it);
    }
  });
  std::vector<EdgeRecord> moved;
  for (const auto& part : affected)
    for (auto it : part) moved.push_back(std::move(edges_.extract(it).mapped()));
  for (EdgeRecord& edge : moved) {
    rename(edge.source);
    rename(edge.target);
    if (edge.source == edge.target) continue;  // the renaming made it a self-loop
    SortedSet<Evidence> evidence;
    for (Evidence e : edge.evidence) {
      if (!e.attributed_to.empty()) rename(e.attributed_to);
      evidence.insert(std::move(e));
    }
    edge.evidence = std::move(evidence);
    AddEdge(std::move(edge));
  }
}

}  // namespace newsgraph
