// Reading the saved graph a command works on.
#pragma once

#include <optional>
#include <string>

#include "graph/KnowledgeGraph.h"

namespace newsgraph::cli {

// The graph saved at `path` (.json node-link or .graphml written by newsgraph), or nullopt after logging why
// it cannot be read.
std::optional<KnowledgeGraph> LoadGraph(const std::string& path);

}  // namespace newsgraph::cli
