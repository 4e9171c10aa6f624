// `newsgraph neighbors GRAPH NAME --depth K [-o ego.gexf]`: the ego network of a node, written to any export
// format, or listed (node, distance) when no output is given.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "cli/Command.h"
#include "cli/GraphInput.h"
#include "cli/SchemaPath.h"
#include "export/GraphWriter.h"
#include "query/NameMatch.h"
#include "query/Neighborhood.h"
#include "query/ResultTable.h"

namespace newsgraph::cli {
namespace {

struct NeighborsOptions {
  std::string graph;
  std::string name;
  int depth = 1;
  std::vector<std::string> outputs;
  std::string export_format;
  std::string format = "table";
  std::string schema;
};

int ListNeighbors(const NeighborsOptions& options) {
  std::optional<TableFormat> table_format = ParseTableFormat(options.format);
  if (!table_format) {
    spdlog::error("unknown output format '{}' (table, json, csv)", options.format);
    return kExitFatal;
  }
  std::optional<Format> forced;
  if (!options.export_format.empty() && !(forced = ParseFormat(options.export_format))) {
    spdlog::error("unknown export format '{}' (json, graphml, gexf, cyjs, csv, neo4j, dot)",
                  options.export_format);
    return kExitFatal;
  }
  std::vector<std::pair<std::string, Format>> outputs;
  for (const std::string& out : options.outputs) {
    std::optional<Format> format = forced ? forced : FormatFromPath(out);
    if (!format) {
      spdlog::error("{}: cannot tell the format from the extension; use --export-format", out);
      return kExitFatal;
    }
    outputs.emplace_back(out, *format);
  }
  std::unique_ptr<KnowledgeGraph> loaded = LoadGraph(options.graph);
  if (!loaded) return kExitFatal;
  const KnowledgeGraph& graph = *loaded;
  Result<KnowledgeGraph::Vertex> centre = ResolveNode(graph, options.name);
  if (!centre) {
    spdlog::error("{}", centre.error().message);
    return kExitFatal;
  }
  Neighborhood ego = EgoNetwork(graph, *centre, options.depth);
  if (outputs.empty()) {
    ResultTable table({"distance", "id", "label", "type"});
    for (int d = 0; d <= options.depth; ++d)
      for (const auto& [v, distance] : ego.distance)
        if (distance == d)
          table.AddRow({Value::Int(d), Value::String(graph.node(v).id), Value::String(graph.node(v).label),
                        Value::String(std::string(Name(graph.node(v).type)))});
    std::cout << table.Render(*table_format);
    std::cout.flush();
    return std::cout ? kExitOk : kExitFatal;
  }
  Result<ExportOptions> export_options = LoadExportOptions(SchemaDir(options.schema) / "ontology.json");
  if (!export_options) {
    spdlog::error("{}", export_options.error().ToString());
    return kExitFatal;
  }
  KnowledgeGraph subgraph(ego.fragment);
  std::size_t failed = 0;
  for (const auto& [out, format] : outputs) {
    Status status = WriteGraph(subgraph, format, out, *export_options);
    if (!status) {
      spdlog::error("{}", status.error().ToString());
      ++failed;
    } else {
      spdlog::info("wrote {} ({}: {} nodes, {} edges within {} of {})", out, Name(format),
                   subgraph.NodeCount(), subgraph.EdgeCount(), options.depth, graph.node(*centre).label);
    }
  }
  if (failed == 0) return kExitOk;
  return failed < outputs.size() ? kExitPartial : kExitFatal;
}

const bool kRegistered = RegisterCommand(
    {"neighbors", "Ego network of a node: everything within K steps, to any export format",
     [](CLI::App& app) {
       auto options = std::make_shared<NeighborsOptions>();
       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
           ->required()
           ->check(CLI::ExistingFile);
       app.add_option("name", options->name, "Node id, name or alias (case and accents ignored)")->required();
       app.add_option("-d,--depth", options->depth, "Steps from the node, ignoring direction (default 1)")
           ->check(CLI::Range(0, 10));
       app.add_option("-o,--output", options->outputs,
                      "Write the subgraph (.json .graphml .gexf .cyjs .dot, or a folder with --export-format "
                      "csv|neo4j); repeatable. Without it, list the nodes");
       app.add_option("--export-format", options->export_format,
                      "Format of every -o (default: by extension)");
       app.add_option("--format", options->format,
                      "Listing: table (aligned, default), json (JSON Lines) or csv")
           ->check(CLI::IsMember({"table", "json", "csv"}));
       app.add_option("--schema", options->schema,
                      "Schema folder (default: $NEWSGRAPH_SCHEMA, else the built-in one)");
       return [options] { return ListNeighbors(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
