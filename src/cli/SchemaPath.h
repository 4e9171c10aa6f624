// Where the schema folder (ontology.json, lexicons, gazetteers) is: --schema DIR, else $NEWSGRAPH_SCHEMA,
// else the source tree's schema/ (compile-time NEWSGRAPH_SOURCE_SCHEMA_DIR).
#pragma once

#include <filesystem>
#include <string>

namespace newsgraph::cli {

// `option` is the value of --schema ("" when not given).
std::filesystem::path SchemaDir(const std::string& option);

}  // namespace newsgraph::cli
