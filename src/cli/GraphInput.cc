#include "cli/GraphInput.h"

#include <spdlog/spdlog.h>

#include "graph/GraphReader.h"

namespace newsgraph::cli {

std::optional<KnowledgeGraph> LoadGraph(const std::string& path) {
  Result<GraphFragment> fragment = ReadGraph(path);
  if (!fragment) {
    spdlog::error("{}", fragment.error().ToString());
    return std::nullopt;
  }
  return KnowledgeGraph(*fragment);
}

}  // namespace newsgraph::cli
