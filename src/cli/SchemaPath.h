// Where the schema folder (ontology.json, lexicons, gazetteers) is: --schema DIR, else $NEWSGRAPH_SCHEMA,
// else the source tree's schema/ (compile-time NEWSGRAPH_SOURCE_SCHEMA_DIR); where its compiled morphology
// table is.
#pragma once

#include <filesystem>
#include <string>

namespace newsgraph::cli {

// `option` is the value of --schema ("" when not given).
std::filesystem::path SchemaDir(const std::string& option);

// The compiled morphology table: $NEWSGRAPH_MORPHOLOGY_TABLE ("none": no table), else the one the build
// writes (compile-time NEWSGRAPH_MORPHOLOGY_TABLE, `newsgraph compile-morphology`'s default output).
std::filesystem::path MorphologyTablePath();

}  // namespace newsgraph::cli
