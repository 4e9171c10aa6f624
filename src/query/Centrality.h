// Node centrality, one score per vertex (indexed like KnowledgeGraph vertices):
//   degree       number of distinct neighbours, whatever the facts between them;
//   betweenness  Brandes (boost::brandes_betweenness_centrality) on the undirected view, unnormalised, each
//                unordered pair counted once (the value networkx.betweenness_centrality(normalized=False)
//                gives);
//   pagerank     power iteration with damping 0.85 over the facts as arcs (spoke_with both ways), parallel
//                facts counted once, dangling nodes spreading their rank evenly; scores sum to 1.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace newsgraph {

enum class CentralityMeasure { kDegree, kBetweenness, kPageRank };

std::optional<CentralityMeasure> ParseCentralityMeasure(std::string_view name);

std::vector<double> Centrality(const KnowledgeGraph& graph, CentralityMeasure measure);

}  // namespace newsgraph
