// Writes the attribute table's values into a RapidJSON writer; shared by the node-link and Cytoscape.js
// writers.
#pragma once

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string_view>

#include "export/AttributeTable.h"

namespace newsgraph {

using PrettyJson = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// A string as valid UTF-8 (invalid sequences become U+FFFD).
void WriteJsonString(PrettyJson& writer, std::string_view text);
// "name": value for every attribute the node (edge) has, in table order.
void WriteJsonAttributes(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options);
void WriteJsonAttributes(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options);

}  // namespace newsgraph
