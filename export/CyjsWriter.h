// Cytoscape.js / Cytoscape desktop elements JSON (.cyjs): {data, elements: {nodes: [{data}], edges:
// [{data}]}}, with each element's schema colour in data.color for styling.
#pragma once

#include <string>

#include "export/ExportOptions.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

std::string CyjsJson(const KnowledgeGraph& graph, const ExportOptions& options);

}  // namespace newsgraph
