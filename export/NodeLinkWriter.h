// networkx node-link JSON (`node_link_graph(data, edges="edges")`; older networkx: link="edges"): a directed
// multigraph whose edge `key` is the relation type. Described by schema/graph.schema.json.
#pragma once

#include "export/ExportOptions.h"
#include "export/TextSink.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

void WriteNodeLinkJson(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);

}  // namespace newsgraph
