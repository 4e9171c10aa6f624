// Graphviz DOT: nodes filled with their type's schema colour and labelled with their name, edges coloured and
// labelled with their relation type (spoke_with drawn without arrowhead), pen width growing with the weight.
// Also what `newsgraph render` lays out.
#pragma once

#include <string>

#include "export/ExportOptions.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

std::string DotText(const KnowledgeGraph& graph, const ExportOptions& options);

// `text` as the inside of a DOT double-quoted string: \ and " escaped, line breaks as \n, other control
// characters dropped, valid UTF-8.
std::string DotEscape(std::string_view text);

}  // namespace newsgraph
