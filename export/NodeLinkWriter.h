// networkx node-link JSON (`node_link_graph(data, edges="edges")`; older networkx: link="edges"): a directed
// multigraph whose edge `key` is the relation type. Described by schema/graph.schema.json.
#pragma once

#include <string>

#include "export/ExportOptions.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

std::string NodeLinkJson(const KnowledgeGraph& graph, const ExportOptions& options);

}  // namespace newsgraph
