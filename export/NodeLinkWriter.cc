#include "export/NodeLinkWriter.h"

#include "export/JsonAttributes.h"
#include "export/SectionSizes.h"

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
  const JsonObjectWriter<NodeRecord> nodes(writer, options);
  WriteJsonArrayInOrder(writer, sink, graph.NodeCount(), options.threads, NodeBytes(graph),
                        [&](PrettyJson& part, std::size_t i) {
                          nodes.Write(part, graph.node(static_cast<KnowledgeGraph::Vertex>(i)));
                        });
  writer.EndArray();
  writer.Key("edges");
  writer.StartArray();
  const JsonObjectWriter<EdgeRecord> edges(writer, options);
  WriteJsonArrayInOrder(
      writer, sink, graph.EdgeCount(), options.threads, EdgeBytes(graph),
      [&](PrettyJson& part, std::size_t i) { edges.Write(part, graph.edge(graph.Edges()[i])); });
  writer.EndArray();
  writer.EndObject();
  sink.Put('\n');
}

}  // namespace newsgraph
