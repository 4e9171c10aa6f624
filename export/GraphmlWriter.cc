#include "export/GraphmlWriter.h"

#include <fmt/format.h>

#include "export/AttributeTable.h"
#include "export/XmlEscape.h"
#include "export/XmlId.h"

namespace newsgraph {
namespace {

template <typename Attribute>
void WriteKeys(std::string& out, const std::vector<Attribute>& attributes, bool for_node) {
  for (const Attribute& attribute : attributes) {
    out += fmt::format(R"(  <key id="{}" for="{}" attr.name="{}" attr.type="{}")",
                       GraphmlKeyId(attribute.name, for_node), for_node ? "node" : "edge", attribute.name,
                       AttributeTable::GraphmlType(attribute.kind));
    // Booleans are written only when true; the default gives readers the value of the others.
    if (attribute.kind == AttributeKind::kBool)
      out += "><default>false</default></key>\n";
    else
      out += "/>\n";
  }
}

template <typename Attribute, typename Record>
void WriteData(std::string& out, const std::vector<Attribute>& attributes, const Record& record,
               const ExportOptions& options, bool for_node) {
  for (const Attribute& attribute : attributes) {
    std::optional<AttributeValue> value = attribute.get(record, options);
    if (!value) continue;
    out += fmt::format("      <data key=\"{}\">{}</data>\n", GraphmlKeyId(attribute.name, for_node),
                       XmlEscape(AttributeTable::Text(*value, ListStyle::kJson)));
  }
}

}  // namespace

std::string GraphmlKeyId(std::string_view name, bool for_node) {
  if (!for_node) return std::string(name);
  for (const EdgeAttribute& edge : AttributeTable::Edges())
    if (edge.name == name) return "node_" + std::string(name);
  return std::string(name);
}

std::string GraphmlText(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(out, AttributeTable::Nodes(), true);
  WriteKeys(out, AttributeTable::Edges(), false);
  out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    out += fmt::format("    <node id=\"{}\">\n", EncodeXmlId(node.id));
    WriteData(out, AttributeTable::Nodes(), node, options, true);
    out += "    </node>\n";
  }
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    out += fmt::format("    <edge id=\"{}\" source=\"{}\" target=\"{}\">\n", EncodeXmlId(edge.id),
                       EncodeXmlId(edge.source), EncodeXmlId(edge.target));
    WriteData(out, AttributeTable::Edges(), edge, options, false);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace newsgraph
