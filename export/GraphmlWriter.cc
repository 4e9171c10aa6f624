#include "export/GraphmlWriter.h"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "export/AttributeTable.h"
#include "export/InOrder.h"
#include "export/PlainTexts.h"
#include "export/SectionSizes.h"
#include "export/XmlEscape.h"
#include "export/XmlId.h"
#include "export/XmlValue.h"

namespace newsgraph {
namespace {

template <typename Attribute>
void WriteKeys(TextSink& sink, const std::vector<Attribute>& attributes, bool for_node) {
  for (const Attribute& attribute : attributes) {
    sink.Write(fmt::format(R"(  <key id="{}" for="{}" attr.name="{}" attr.type="{}")",
                           GraphmlKeyId(attribute.name, for_node), for_node ? "node" : "edge", attribute.name,
                           AttributeTable::GraphmlType(attribute.kind)));
    // Booleans are written only when true; the default gives readers the value of the others.
    if (attribute.kind == AttributeKind::kBool)
      sink.Write("><default>false</default></key>\n");
    else
      sink.Write("/>\n");
  }
}

// `<data key="...">` of every attribute, made once per file rather than once per value.
template <typename Attribute>
std::vector<std::string> DataTags(const std::vector<Attribute>& attributes, bool for_node) {
  std::vector<std::string> tags;
  for (const Attribute& attribute : attributes)
    tags.push_back("      <data key=\"" + GraphmlKeyId(attribute.name, for_node) + "\">");
  return tags;
}

// `plain_texts`: the memo of the evidence sentences found plain (export/PlainTexts.h), if any.
template <typename Attribute, typename Record>
void WriteData(TextSink& sink, const std::vector<Attribute>& attributes, const std::vector<std::string>& tags,
               const Record& record, const ExportOptions& options, PlainTexts* plain_texts = nullptr) {
  for (std::size_t i = 0; i < attributes.size(); ++i)
    WriteXmlValue(sink, attributes[i], record, options, tags[i], "</data>\n", ListStyle::kJson, plain_texts);
}

// Each node's id encoded (WriteXmlId), once for the node and the edges that end at it: an edge writes its
// ends' ids twice, in its own id and as its source and target.
std::vector<std::string> EncodedIds(const KnowledgeGraph& graph) {
  std::vector<std::string> encoded(graph.NodeCount());
  for (const KnowledgeGraph::Vertex v : graph.Nodes()) AppendXmlId(encoded[v], graph.node(v).id);
  return encoded;
}

void WriteNode(TextSink& out, const NodeRecord& node, std::string_view encoded_id,
               const std::vector<std::string>& tags, const ExportOptions& options) {
  out.Write("    <node id=\"");
  out.Write(encoded_id);
  out.Write("\">\n");
  WriteData(out, AttributeTable::Nodes(), tags, node, options);
  out.Write("    </node>\n");
}

// The edge's id is "<type>:<source>:<target>" (EdgeRecord::MakeId), and ':' is kept as it is: it is written
// from its parts, the ends' ids encoded once (`source_id`, `target_id`).
void WriteEdge(TextSink& out, const EdgeRecord& edge, std::string_view source_id, std::string_view target_id,
               const std::vector<std::string>& tags, const ExportOptions& options, PlainTexts* plain_texts) {
  out.Write("    <edge id=\"");
  WriteXmlId(out, Name(edge.type));
  out.Put(':');
  out.Write(source_id);
  out.Put(':');
  out.Write(target_id);
  out.Write("\" source=\"");
  out.Write(source_id);
  out.Write("\" target=\"");
  out.Write(target_id);
  out.Write("\">\n");
  WriteData(out, AttributeTable::Edges(), tags, edge, options, plain_texts);
  out.Write("    </edge>\n");
}

}  // namespace

std::string GraphmlKeyId(std::string_view name, bool for_node) {
  if (!for_node) return std::string(name);
  for (const EdgeAttribute& edge : AttributeTable::Edges())
    if (edge.name == name) return "node_" + std::string(name);
  return std::string(name);
}

void WriteGraphml(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  sink.Write(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  WriteKeys(sink, AttributeTable::Nodes(), true);
  WriteKeys(sink, AttributeTable::Edges(), false);
  sink.Write("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
  const std::vector<std::string> ids = EncodedIds(graph);
  const std::vector<std::string> node_tags = DataTags(AttributeTable::Nodes(), true);
  WriteInOrder(sink, graph.NodeCount(), options.threads, NodeBytes(graph),
               [&](TextSink& out, std::size_t begin, std::size_t end) {
                 for (std::size_t v = begin; v < end; ++v)
                   WriteNode(out, graph.node(static_cast<KnowledgeGraph::Vertex>(v)), ids[v], node_tags,
                             options);
               });
  const std::vector<std::string> edge_tags = DataTags(AttributeTable::Edges(), false);
  WriteInOrder(sink, graph.EdgeCount(), options.threads, EdgeBytes(graph),
               [&](TextSink& out, std::size_t begin, std::size_t end) {
                 // A memo pays over the whole section only, as in the JSON writers (WriteJsonArrayInOrder).
                 PlainTexts plain_texts(graph.EdgeCount());
                 PlainTexts* const memo = begin == 0 && end == graph.EdgeCount() ? &plain_texts : nullptr;
                 for (std::size_t e = begin; e < end; ++e) {
                   const KnowledgeGraph::Edge edge = graph.Edges()[e];
                   WriteEdge(out, graph.edge(edge), ids[edge.source], ids[edge.target], edge_tags, options,
                             memo);
                 }
               });
  sink.Write("  </graph>\n</graphml>\n");
}

}  // namespace newsgraph
