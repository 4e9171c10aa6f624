// Reading the saved graph a command works on.
#pragma once

#include <memory>
#include <string>

#include "graph/KnowledgeGraph.h"

namespace newsgraph::cli {

// The graph saved at `path` (.json node-link or .graphml written by newsgraph), or null after logging why
// it cannot be read.
std::unique_ptr<KnowledgeGraph> LoadGraph(const std::string& path);

}  // namespace newsgraph::cli
