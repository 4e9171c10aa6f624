// Reads back a graph saved by the JSON writer (node-link, .json) or the GraphML writer (.graphml), so a saved
// graph can be re-exported, queried or merged without re-reading the articles.
//
//   Result<GraphFragment> fragment = ReadGraph("graph.json");
//   if (!fragment) return fragment.error();
//   KnowledgeGraph graph(*fragment);
#pragma once

#include <filesystem>

#include "core/Result.h"
#include "graph/GraphFragment.h"

namespace newsgraph {

// By extension (.json or .graphml). Unknown types, edges to missing nodes and malformed files are errors.
Result<GraphFragment> ReadGraph(const std::filesystem::path& path);

}  // namespace newsgraph
