#include "cli/GraphInput.h"

#include <spdlog/spdlog.h>

#include "graph/GraphReader.h"

namespace newsgraph::cli {

std::unique_ptr<KnowledgeGraph> LoadGraph(const std::string& path) {
  Result<GraphFragment> fragment = ReadGraph(path);
  if (!fragment) {
    spdlog::error("{}", fragment.error().ToString());
    return nullptr;
  }
  return std::make_unique<KnowledgeGraph>(*fragment);
}

}  // namespace newsgraph::cli
