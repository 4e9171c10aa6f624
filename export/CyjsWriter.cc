#include "export/CyjsWriter.h"

#include "export/JsonAttributes.h"

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

std::string CyjsJson(const KnowledgeGraph& graph, const ExportOptions& options) {
  rapidjson::StringBuffer buffer;
  PrettyJson writer(buffer);
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
    writer.Key("id");
    WriteJsonString(writer, node.id);
    WriteJsonAttributes(writer, node, options);
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
    writer.Key("id");
    WriteJsonString(writer, edge.id);
    writer.Key("source");
    WriteJsonString(writer, edge.source);
    writer.Key("target");
    WriteJsonString(writer, edge.target);
    WriteJsonAttributes(writer, edge, options);
    WriteColor(writer, options.edge_colors, edge.type);
    writer.EndObject();
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace newsgraph
