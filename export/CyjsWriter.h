// Cytoscape.js / Cytoscape desktop elements JSON (.cyjs): {data, elements: {nodes: [{data}], edges:
// [{data}]}}, with each element's schema colour in data.color for styling.
#pragma once

#include "export/ExportOptions.h"
#include "export/TextSink.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

void WriteCyjsJson(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);

}  // namespace newsgraph
