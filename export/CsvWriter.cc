#include "export/CsvWriter.h"

#include "export/AttributeTable.h"
#include "export/CsvCell.h"
#include "export/CsvColumns.h"

namespace newsgraph {
namespace {

// A Gephi cell: lists as "[a, b]", booleans that are not set as false.
std::string Cell(const std::optional<AttributeValue>& value, AttributeKind kind) {
  if (value) return CsvCell(AttributeTable::Text(*value, ListStyle::kGexf));
  return kind == AttributeKind::kBool ? "false" : "";
}

std::string_view Heading(const auto& attribute) {
  return attribute.name;
}

}  // namespace

void WriteCsvNodes(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  WriteCsvHeader(sink, "Id,Label,Type", AttributeTable::Nodes(), Heading<NodeAttribute>);
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    WriteCells(sink, {CsvCell(node.id), CsvCell(node.label), Name(node.type)});
    WriteCsvRest(sink, AttributeTable::Nodes(), node, options, Cell);
  }
}

void WriteCsvEdges(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  WriteCsvHeader(sink, "Source,Target,Type,Kind,Label,Weight,Id", AttributeTable::Edges(),
                 Heading<EdgeAttribute>);
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    std::string_view type = Name(edge.type);
    WriteCells(sink, {CsvCell(edge.source), CsvCell(edge.target), "Directed", type, type,
                      std::to_string(edge.weight()), CsvCell(edge.id())});
    WriteCsvRest(sink, AttributeTable::Edges(), edge, options, Cell);
  }
}

}  // namespace newsgraph
