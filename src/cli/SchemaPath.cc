#include "cli/SchemaPath.h"

#include <cstdlib>
#include <string_view>

namespace newsgraph::cli {

std::filesystem::path SchemaDir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("NEWSGRAPH_SCHEMA"); env != nullptr && *env != '\0') return env;
  return NEWSGRAPH_SOURCE_SCHEMA_DIR;
}

std::filesystem::path MorphologyTablePath() {
  if (const char* env = std::getenv("NEWSGRAPH_MORPHOLOGY_TABLE"); env != nullptr && *env != '\0')
    return std::string_view(env) == "none" ? std::filesystem::path() : std::filesystem::path(env);
  return NEWSGRAPH_MORPHOLOGY_TABLE;
}

}  // namespace newsgraph::cli
