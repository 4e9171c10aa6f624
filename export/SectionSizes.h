// Roughly how many bytes each node or edge of a graph takes in an export (a node's document list, an edge's
// evidence make most of it): what the writers cut their sections by to lay them out on several threads
// (export/InOrder.h), so that a chunk of popular nodes or heavily cited edges is not megabytes long.
#pragma once

#include <cstddef>

#include "graph/KnowledgeGraph.h"

namespace newsgraph {

inline auto NodeBytes(const KnowledgeGraph& graph) {
  return [&graph](std::size_t v) -> std::size_t {
    const NodeRecord& node = graph.node(static_cast<KnowledgeGraph::Vertex>(v));
    return 300 + 32 * (node.documents.size() + node.aliases.size());
  };
}

inline auto EdgeBytes(const KnowledgeGraph& graph) {
  return [&graph](std::size_t e) -> std::size_t {
    return 300 + 400 * graph.edge(graph.Edges()[e]).evidence.size();
  };
}

}  // namespace newsgraph
