// `newsgraph render GRAPH -o graph.svg|.png [--layout sfdp|dot|neato]`: a picture through libgvc.
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/Command.h"
#include "cli/GraphInput.h"
#include "cli/SchemaPath.h"
#include "export/GraphRenderer.h"

namespace newsgraph::cli {
namespace {

struct RenderOptions {
  std::string graph;
  std::string output;
  std::string layout = "sfdp";
  std::string schema;
};

int Render(const RenderOptions& options) {
  Result<ExportOptions> export_options = LoadExportOptions(SchemaDir(options.schema) / "ontology.json");
  if (!export_options) {
    spdlog::error("{}", export_options.error().ToString());
    return kExitFatal;
  }
  std::unique_ptr<KnowledgeGraph> loaded = LoadGraph(options.graph);
  if (!loaded) return kExitFatal;
  const KnowledgeGraph& graph = *loaded;
  Status status = RenderGraph(graph, *export_options, options.output, options.layout);
  if (!status) {
    spdlog::error("{}", status.error().ToString());
    return kExitFatal;
  }
  spdlog::info("wrote {} ({} nodes, {} edges, layout {})", options.output, graph.NodeCount(),
               graph.EdgeCount(), options.layout);
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"render", "Draw a saved graph to SVG or PNG with Graphviz", [](CLI::App& app) {
       auto options = std::make_shared<RenderOptions>();
       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
           ->required()
           ->check(CLI::ExistingFile);
       app.add_option("-o,--output", options->output, "Picture to write: .svg or .png")->required();
       app.add_option("--layout", options->layout, "Graphviz layout engine")
           ->check(CLI::IsMember({"sfdp", "dot", "neato"}));
       app.add_option("--schema", options->schema,
                      "Schema folder (default: $NEWSGRAPH_SCHEMA, else the built-in one)");
       return [options] { return Render(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
