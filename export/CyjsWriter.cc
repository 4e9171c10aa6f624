#include "export/CyjsWriter.h"

#include "export/JsonAttributes.h"
#include "export/JsonText.h"
#include "export/SectionSizes.h"

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
  WriteJsonArrayInOrder(writer, sink, graph.NodeCount(), options.threads, NodeBytes(graph),
                        [&](PrettyJson& part, std::size_t v) {
                          const NodeRecord& node = graph.node(static_cast<KnowledgeGraph::Vertex>(v));
                          part.StartObject();
                          part.Key("data");
                          part.StartObject();
                          WriteJsonNodeFields(part, node, options);
                          WriteColor(part, options.node_colors, node.type);
                          part.EndObject();
                          part.EndObject();
                        });
  writer.EndArray();
  writer.Key("edges");
  writer.StartArray();
  WriteJsonArrayInOrder(writer, sink, graph.EdgeCount(), options.threads, EdgeBytes(graph),
                        [&](PrettyJson& part, std::size_t e) {
                          const EdgeRecord& edge = graph.edge(graph.Edges()[e]);
                          part.StartObject();
                          part.Key("data");
                          part.StartObject();
                          WriteJsonEdgeFields(part, edge, options, false);
                          WriteColor(part, options.edge_colors, edge.type);
                          part.EndObject();
                          part.EndObject();
                        });
  writer.EndArray();
  writer.EndObject();
  writer.EndObject();
  sink.Put('\n');
}

}  // namespace newsgraph
