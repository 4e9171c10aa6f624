// Draws a knowledge graph to SVG or PNG with Graphviz's library (libgvc): the DOT export (schema colours,
// labels) laid out with sfdp, dot or neato. The picture is written atomically like every export.
//
//   Status s = RenderGraph(graph, options, "graph.svg", "sfdp");
#pragma once

#include <filesystem>
#include <string_view>

#include "core/Result.h"
#include "export/ExportOptions.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

// The picture format comes from the extension of `out` (.svg or .png); `layout` is a Graphviz layout engine.
Status RenderGraph(const KnowledgeGraph& graph, const ExportOptions& options,
                   const std::filesystem::path& out, std::string_view layout);

}  // namespace newsgraph
