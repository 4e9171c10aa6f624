// The nodes and edges of the JSON exports, written straight into a TextSink by RapidJSON; shared by the
// node-link and Cytoscape.js writers.
#pragma once

#include <rapidjson/prettywriter.h>

#include "export/AttributeTable.h"
#include "export/RapidJsonSink.h"
#include "export/TextSink.h"

namespace newsgraph {

using PrettyJson = rapidjson::PrettyWriter<TextSink>;

// "id" then every attribute the node has, in table order, inside an object the caller opened.
void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options);
// "id", "key" (the relation type, when `with_key`), "source", "target" then every attribute the edge has.
void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key);

}  // namespace newsgraph
