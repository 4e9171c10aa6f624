#include "export/CsvWriter.h"

#include "export/AttributeTable.h"
#include "export/CsvCell.h"

namespace newsgraph {
namespace {

// Attributes that have their own Gephi column at the start of the row.
bool HasOwnColumn(std::string_view name) {
  return name == "label" || name == "type" || name == "weight";
}

template <typename Attribute>
void AppendHeader(std::string& out, const std::vector<Attribute>& attributes) {
  for (const Attribute& attribute : attributes)
    if (!HasOwnColumn(attribute.name)) out += "," + std::string(attribute.name);
  out += "\n";
}

template <typename Attribute, typename Record>
void AppendRest(std::string& out, const std::vector<Attribute>& attributes, const Record& record,
                const ExportOptions& options) {
  for (const Attribute& attribute : attributes) {
    if (HasOwnColumn(attribute.name)) continue;
    out += ',';
    std::optional<AttributeValue> value = attribute.get(record, options);
    if (value)
      out += CsvCell(AttributeTable::Text(*value, ListStyle::kGexf));
    else if (attribute.kind == AttributeKind::kBool)
      out += "false";
  }
  out += "\n";
}

}  // namespace

std::string CsvNodes(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::string out = "Id,Label,Type";
  AppendHeader(out, AttributeTable::Nodes());
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    out += CsvCell(node.id) + "," + CsvCell(node.label) + "," + std::string(Name(node.type));
    AppendRest(out, AttributeTable::Nodes(), node, options);
  }
  return out;
}

std::string CsvEdges(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::string out = "Source,Target,Type,Kind,Label,Weight,Id";
  AppendHeader(out, AttributeTable::Edges());
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    std::string type(Name(edge.type));
    out += CsvCell(edge.source) + "," + CsvCell(edge.target) + ",Directed," + type + "," + type + "," +
           std::to_string(edge.weight()) + "," + CsvCell(edge.id);
    AppendRest(out, AttributeTable::Edges(), edge, options);
  }
  return out;
}

}  // namespace newsgraph
