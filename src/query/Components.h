// Connected components of the knowledge graph, ignoring direction (boost::connected_components on the
// undirected view): largest first, equal sizes by their first node id; members in id order.
#pragma once

#include <vector>

#include "graph/KnowledgeGraph.h"

namespace newsgraph {

std::vector<std::vector<KnowledgeGraph::Vertex>> ConnectedComponents(const KnowledgeGraph& graph);

}  // namespace newsgraph
