#include "export/ExportOptions.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cctype>
#include <fstream>
#include <optional>
#include <sstream>

namespace newsgraph {
namespace {

bool IsColor(const std::string& s) {
  if (s.size() != 7 || s[0] != '#') return false;
  for (std::size_t i = 1; i < s.size(); ++i)
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// Reads section[name]["color"] into `color`, or explains what is wrong.
std::optional<std::string> ReadColor(const rapidjson::Value& section, std::string_view name,
                                     std::string& color) {
  std::string key(name);
  if (!section.HasMember(key.c_str()) || !section[key.c_str()].IsObject())
    return "type " + key + " is missing";
  const rapidjson::Value& type = section[key.c_str()];
  if (!type.HasMember("color") || !type["color"].IsString() || !IsColor(type["color"].GetString()))
    return "type " + key + " has no \"#rrggbb\" color";
  color = type["color"].GetString();
  return std::nullopt;
}

}  // namespace

Result<ExportOptions> LoadExportOptions(const std::filesystem::path& ontology_json) {
  Location where{ontology_json.string()};
  std::ifstream in(ontology_json, std::ios::binary);
  if (!in) return Error{ErrorCode::kNotFound, "cannot open the ontology", where};
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError()) {
    where.byte = doc.GetErrorOffset();
    where.has_byte = true;
    return Error{ErrorCode::kMalformedJson, rapidjson::GetParseError_En(doc.GetParseError()), where};
  }
  if (!doc.IsObject() || !doc.HasMember("node_types") || !doc["node_types"].IsObject() ||
      !doc.HasMember("edge_types") || !doc["edge_types"].IsObject())
    return Error{ErrorCode::kBadSchema, "expected objects \"node_types\" and \"edge_types\"", where};
  ExportOptions options;
  for (EntityType type : kEntityTypes)
    if (auto problem = ReadColor(doc["node_types"], Name(type), options.node_colors[type]))
      return Error{ErrorCode::kBadSchema, *problem, where};
  for (RelationType type : kRelationTypes)
    if (auto problem = ReadColor(doc["edge_types"], Name(type), options.edge_colors[type]))
      return Error{ErrorCode::kBadSchema, *problem, where};
  return options;
}

}  // namespace newsgraph
