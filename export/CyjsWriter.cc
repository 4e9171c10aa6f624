#include "export/CyjsWriter.h"

#include "export/JsonAttributes.h"
#include "export/JsonText.h"

namespace newsgraph {
namespace {

template <typename Map, typename Key>
void WriteColor(PrettyJson& writer, const Map& colors, Key type) {
  auto it = colors.find(type);
  if (it == colors.end()) return;
  writer.Key("color");
  WriteJsonString(writer, it->second);
}

}  // namespace

void WriteCyjsJson(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  PrettyJson writer(sink);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("format_version");
  writer.String("1.0");
  writer.Key("generated_by");
  writer.String("newsgraph " NEWSGRAPH_VERSION);
  writer.Key("target_cytoscapejs_version");
  writer.String("~3");
  writer.Key("data");
  writer.StartObject();
  writer.Key("name");
  writer.String("newsgraph");
  writer.EndObject();
  writer.Key("elements");
  writer.StartObject();
  writer.Key("nodes");
  writer.StartArray();
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    writer.StartObject();
    writer.Key("data");
    writer.StartObject();
    WriteJsonNodeFields(writer, node, options);
    WriteColor(writer, options.node_colors, node.type);
    writer.EndObject();
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("edges");
  writer.StartArray();
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    writer.StartObject();
    writer.Key("data");
    writer.StartObject();
    WriteJsonEdgeFields(writer, edge, options, false);
    WriteColor(writer, options.edge_colors, edge.type);
    writer.EndObject();
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  writer.EndObject();
  sink.Put('\n');
}

}  // namespace newsgraph
