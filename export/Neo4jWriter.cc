#include "export/Neo4jWriter.h"

#include <algorithm>

#include "export/AttributeTable.h"
#include "export/CsvCell.h"
#include "export/CsvColumns.h"

namespace newsgraph {
namespace {

// "name:type"; the evidence JSON is a plain string column, "evidence_json:string".
std::string Heading(const auto& attribute) {
  std::string column(attribute.name);
  if (attribute.kind == AttributeKind::kJson) return column.append("_json:string");
  return column.append(":").append(AttributeTable::Neo4jType(attribute.kind));
}

// Array items cannot contain the array delimiter.
std::string WithoutDelimiter(std::string item) {
  std::replace(item.begin(), item.end(), ';', ',');
  return item;
}

std::string Cell(const std::optional<AttributeValue>& value, AttributeKind kind) {
  if (!value) return kind == AttributeKind::kBool ? "false" : "";
  if (const auto* list = std::get_if<std::vector<std::string_view>>(&*value)) {
    std::vector<std::string> items;
    for (const std::string_view item : *list) items.push_back(WithoutDelimiter(std::string(item)));
    return CsvCell(AttributeTable::ListText({items.begin(), items.end()}, ListStyle::kNeo4j));
  }
  return CsvCell(AttributeTable::Text(*value, ListStyle::kNeo4j));
}

std::string UpperCase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

void WriteNeo4jNodes(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  WriteCsvHeader(sink, "id:ID(Entity),name,:LABEL", AttributeTable::Nodes(), Heading<NodeAttribute>);
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    WriteCells(sink, {CsvCell(node.id), CsvCell(node.label), std::string("Entity;").append(Name(node.type))});
    WriteCsvRest(sink, AttributeTable::Nodes(), node, options, Cell);
  }
}

void WriteNeo4jRelationships(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  WriteCsvHeader(sink, ":START_ID(Entity),:END_ID(Entity),:TYPE,weight:double,evidence:string[]",
                 AttributeTable::Edges(), Heading<EdgeAttribute>);
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    std::vector<std::string> references;
    for (const Evidence& evidence : edge.evidence)
      references.push_back(
          WithoutDelimiter(evidence.document.str() + '#' + std::to_string(evidence.sentence)));
    WriteCells(
        sink, {CsvCell(edge.source), CsvCell(edge.target), UpperCase(Name(edge.type)),
               std::to_string(edge.weight()),
               CsvCell(AttributeTable::ListText({references.begin(), references.end()}, ListStyle::kNeo4j))});
    WriteCsvRest(sink, AttributeTable::Edges(), edge, options, Cell);
  }
}

}  // namespace newsgraph
