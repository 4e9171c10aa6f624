#include "export/NodeLinkWriter.h"

#include "export/JsonAttributes.h"

namespace newsgraph {

void WriteNodeLinkJson(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  PrettyJson writer(sink);
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
    writer.StartObject();
    WriteJsonNodeFields(writer, graph.node(v), options);
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("edges");
  writer.StartArray();
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    writer.StartObject();
    WriteJsonEdgeFields(writer, graph.edge(e), options, true);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  sink.Put('\n');
}

}  // namespace newsgraph
