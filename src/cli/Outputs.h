// The `-o OUT [-o OUT...] [--format F]` convention shared by the commands that write graphs.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/Result.h"
#include "export/ExportOptions.h"
#include "export/Format.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph::cli {

using OutputList = std::vector<std::pair<std::string, Format>>;

// Each output with its format: `format` when given, else from the output's extension.
Result<OutputList> ResolveOutputs(const std::vector<std::string>& outputs, const std::string& format);

// Writes every output atomically on `threads` threads (0: one per core): up to that many outputs at once,
// each laid out by its share of them (ExportOptions::threads; the bytes do not depend on it). Logs each, in
// the order given; returns how many failed.
std::size_t WriteOutputs(const KnowledgeGraph& graph, const OutputList& outputs, const ExportOptions& options,
                         unsigned threads);

}  // namespace newsgraph::cli
