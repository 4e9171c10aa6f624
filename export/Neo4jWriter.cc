#include "export/Neo4jWriter.h"

#include <algorithm>

#include "export/AttributeTable.h"
#include "export/CsvCell.h"

namespace newsgraph {
namespace {

bool HasOwnColumn(std::string_view name) {
  return name == "label" || name == "type" || name == "weight";
}

std::string Column(std::string_view name, AttributeKind kind) {
  if (kind == AttributeKind::kJson) return std::string(name) + "_json:string";
  return std::string(name) + ":" + std::string(AttributeTable::Neo4jType(kind));
}

// Array items cannot contain the array delimiter.
std::string WithoutDelimiter(std::string item) {
  std::replace(item.begin(), item.end(), ';', ',');
  return item;
}

std::string Cell(const std::optional<AttributeValue>& value, AttributeKind kind) {
  if (!value) return kind == AttributeKind::kBool ? "false" : "";
  if (const auto* list = std::get_if<std::vector<std::string>>(&*value)) {
    std::vector<std::string> items;
    for (const std::string& item : *list) items.push_back(WithoutDelimiter(item));
    return CsvCell(AttributeTable::Text(items, ListStyle::kNeo4j));
  }
  return CsvCell(AttributeTable::Text(*value, ListStyle::kNeo4j));
}

std::string UpperCase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string Neo4jNodes(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::string out = "id:ID(Entity),name,:LABEL";
  for (const NodeAttribute& attribute : AttributeTable::Nodes())
    if (!HasOwnColumn(attribute.name)) out += "," + Column(attribute.name, attribute.kind);
  out += "\n";
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    out += CsvCell(node.id) + "," + CsvCell(node.label) + ",Entity;" + std::string(Name(node.type));
    for (const NodeAttribute& attribute : AttributeTable::Nodes())
      if (!HasOwnColumn(attribute.name)) out += "," + Cell(attribute.get(node, options), attribute.kind);
    out += "\n";
  }
  return out;
}

std::string Neo4jRelationships(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::string out = ":START_ID(Entity),:END_ID(Entity),:TYPE,weight:double,evidence:string[]";
  for (const EdgeAttribute& attribute : AttributeTable::Edges())
    if (!HasOwnColumn(attribute.name)) out += "," + Column(attribute.name, attribute.kind);
  out += "\n";
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    std::vector<std::string> references;
    for (const Evidence& evidence : edge.evidence)
      references.push_back(
          WithoutDelimiter(evidence.document.str() + "#" + std::to_string(evidence.sentence)));
    out += CsvCell(edge.source) + "," + CsvCell(edge.target) + "," + UpperCase(Name(edge.type)) + "," +
           std::to_string(edge.weight()) + "," + CsvCell(AttributeTable::Text(references, ListStyle::kNeo4j));
    for (const EdgeAttribute& attribute : AttributeTable::Edges())
      if (!HasOwnColumn(attribute.name)) out += "," + Cell(attribute.get(edge, options), attribute.kind);
    out += "\n";
  }
  return out;
}

}  // namespace newsgraph
