// The ego network of a node: every node within `depth` steps of it (ignoring direction) and every fact among
// them, as a fragment ready for WriteGraph (the subgraph networkx.ego_graph(G.to_undirected(), centre, depth)
// induces). Also the distance of each node kept, for listing.
#pragma once

#include <map>

#include "graph/KnowledgeGraph.h"

namespace newsgraph {

struct Neighborhood {
  GraphFragment fragment;
  std::map<KnowledgeGraph::Vertex, int> distance;  // every node kept, with its distance from the centre
};

Neighborhood EgoNetwork(const KnowledgeGraph& graph, KnowledgeGraph::Vertex centre, int depth);

}  // namespace newsgraph
