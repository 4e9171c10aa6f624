// What the writers take besides the graph: the schema's colours and how much text to carry.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/Ontology.h"
#include "core/Result.h"

namespace newsgraph {

struct ExportOptions {
  std::map<EntityType, std::string> node_colors;  // "#rrggbb", from schema/ontology.json
  std::map<RelationType, std::string> edge_colors;
  bool sentence_text = true;  // include evidence sentence text
  unsigned threads = 1;       // threads laying out one file (export/InOrder.h): the bytes do not depend on it
};

// Reads the colours of schema/ontology.json; every type of the ontology must have a "#rrggbb" colour.
Result<ExportOptions> LoadExportOptions(const std::filesystem::path& ontology_json);

}  // namespace newsgraph
