// `newsgraph convert GRAPH -o OUT.EXT [-o ...] [--format F]`: re-exports a saved graph without re-reading
// articles.
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/Command.h"
#include "cli/GraphInput.h"
#include "cli/Outputs.h"
#include "cli/SchemaPath.h"

namespace newsgraph::cli {
namespace {

struct ConvertOptions {
  std::string graph;
  std::vector<std::string> outputs;
  std::string format;
  std::string schema;
  bool no_text = false;
  unsigned threads = 0;
};

int Convert(const ConvertOptions& options) {
  Result<OutputList> outputs = ResolveOutputs(options.outputs, options.format);
  if (!outputs) {
    spdlog::error("{}", outputs.error().ToString());
    return kExitFatal;
  }
  Result<ExportOptions> export_options = LoadExportOptions(SchemaDir(options.schema) / "ontology.json");
  if (!export_options) {
    spdlog::error("{}", export_options.error().ToString());
    return kExitFatal;
  }
  export_options->sentence_text = !options.no_text;
  std::unique_ptr<KnowledgeGraph> loaded = LoadGraph(options.graph);
  if (!loaded) return kExitFatal;
  const KnowledgeGraph& graph = *loaded;
  const std::size_t failed = WriteOutputs(graph, *outputs, *export_options, options.threads);
  if (failed == 0) return kExitOk;
  return failed < outputs->size() ? kExitPartial : kExitFatal;
}

const bool kRegistered = RegisterCommand(
    {"convert", "Re-export a saved graph (.json or .graphml) to other formats", [](CLI::App& app) {
       auto options = std::make_shared<ConvertOptions>();
       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
           ->required()
           ->check(CLI::ExistingFile);
       app.add_option(
              "-o,--output", options->outputs,
              "Output file (.json .graphml .gexf .cyjs .dot), or folder for --format csv|neo4j; repeatable")
           ->required();
       app.add_option(
           "--format", options->format,
           "Format of every output: json, graphml, gexf, cyjs, csv, neo4j, dot (default: by extension)");
       app.add_option("--schema", options->schema,
                      "Schema folder (default: $NEWSGRAPH_SCHEMA, else the built-in one)");
       app.add_flag("--no-text", options->no_text, "Leave evidence sentence text out of the exports");
       app.add_option("-j,--threads", options->threads, "Threads writing the outputs (default: every core)");
       return [options] { return Convert(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
