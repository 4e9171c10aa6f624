// The shortest chain of facts between two nodes, ignoring direction (breadth-first search on UndirectedView).
// Each step names the fact it goes through: of the facts between two neighbours, the best supported one
// (highest weight, then first by id).
#pragma once

#include <optional>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace newsgraph {

struct PathStep {
  KnowledgeGraph::Vertex from;
  KnowledgeGraph::Vertex to;
  KnowledgeGraph::Edge fact;
};

// Nothing when `to` cannot be reached from `from`; an empty path when they are the same node.
std::optional<std::vector<PathStep>> ShortestPath(const KnowledgeGraph& graph, KnowledgeGraph::Vertex from,
                                                  KnowledgeGraph::Vertex to);

}  // namespace newsgraph
