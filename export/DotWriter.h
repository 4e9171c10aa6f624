// Graphviz DOT: nodes filled with their type's schema colour and labelled with their name, edges coloured and
// labelled with their relation type (spoke_with drawn without arrowhead), pen width growing with the weight.
// Also what `newsgraph render` lays out.
#pragma once

#include <string>
#include <string_view>

#include "export/ExportOptions.h"
#include "export/TextSink.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

void WriteDot(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);

// `text` as the inside of a DOT double-quoted string: \ and " escaped, line breaks as \n, other control
// characters dropped, valid UTF-8.
std::string DotEscape(std::string_view text);

}  // namespace newsgraph
