#include "export/NodeLinkWriter.h"

#include "export/JsonAttributes.h"

namespace newsgraph {

std::string NodeLinkJson(const KnowledgeGraph& graph, const ExportOptions& options) {
  rapidjson::StringBuffer buffer;
  PrettyJson writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("directed");
  writer.Bool(true);
  writer.Key("multigraph");
  writer.Bool(true);
  writer.Key("graph");
  writer.StartObject();
  writer.Key("name");
  writer.String("newsgraph");
  writer.Key("generator");
  writer.String("newsgraph " NEWSGRAPH_VERSION);
  writer.EndObject();
  writer.Key("nodes");
  writer.StartArray();
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    writer.StartObject();
    writer.Key("id");
    WriteJsonString(writer, node.id);
    WriteJsonAttributes(writer, node, options);
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("edges");
  writer.StartArray();
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    writer.StartObject();
    writer.Key("id");
    WriteJsonString(writer, edge.id);
    writer.Key("key");
    WriteJsonString(writer, Name(edge.type));
    writer.Key("source");
    WriteJsonString(writer, edge.source);
    writer.Key("target");
    WriteJsonString(writer, edge.target);
    WriteJsonAttributes(writer, edge, options);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace newsgraph
