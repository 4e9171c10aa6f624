// GraphML for Gephi, networkx and igraph: descriptive key ids with for="node"/"edge", only
// boolean/long/double/ string types, lists and evidence as JSON strings, NMTOKEN ids (export/XmlId.h), all
// nodes before any edge, parallel edges of different relation types kept with their own ids. Valid against
// graphml 1.0 XSD.
#pragma once

#include <string>
#include <string_view>

#include "export/ExportOptions.h"
#include "export/TextSink.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

void WriteGraphml(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);

// The key id of an attribute: its name, prefixed by "node_" for a node attribute whose name an edge attribute
// also has (key ids are unique in a file; the edge keeps the plain `type` that Gephi users look for).
std::string GraphmlKeyId(std::string_view name, bool for_node);

}  // namespace newsgraph
