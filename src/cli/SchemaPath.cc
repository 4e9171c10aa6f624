#include "cli/SchemaPath.h"

#include <cstdlib>

namespace newsgraph::cli {

std::filesystem::path SchemaDir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("NEWSGRAPH_SCHEMA"); env != nullptr && *env != '\0') return env;
  return NEWSGRAPH_SOURCE_SCHEMA_DIR;
}

}  // namespace newsgraph::cli
