// `newsgraph centrality GRAPH --measure degree|betweenness|pagerank --top N`: the most central nodes.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <memory>

#include "cli/Command.h"
#include "cli/GraphInput.h"
#include "query/Centrality.h"
#include "query/ResultTable.h"

namespace newsgraph::cli {
namespace {

struct CentralityOptions {
  std::string graph;
  std::string measure = "degree";
  std::string type;
  std::size_t top = 10;
  std::string format = "table";
};

int RankNodes(const CentralityOptions& options) {
  std::optional<TableFormat> format = ParseTableFormat(options.format);
  std::optional<CentralityMeasure> measure = ParseCentralityMeasure(options.measure);
  std::optional<EntityType> type;
  if (!options.type.empty()) type = ParseEntityType(options.type);
  if (!format || !measure || (!options.type.empty() && !type)) {
    spdlog::error(
        "bad option: --measure degree|betweenness|pagerank, --type a node type, --format table|json|csv");
    return kExitFatal;
  }
  std::unique_ptr<KnowledgeGraph> loaded = LoadGraph(options.graph);
  if (!loaded) return kExitFatal;
  const KnowledgeGraph& graph = *loaded;
  std::vector<double> scores = Centrality(graph, *measure);
  std::vector<std::size_t> order;
  for (std::size_t v = 0; v < scores.size(); ++v)
    if (!type || graph.node(v).type == *type) order.push_back(v);
  // Highest first; ties in id order (vertices are numbered in id order).
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  if (order.size() > options.top) order.resize(options.top);
  ResultTable table({"rank", "id", "label", "type", options.measure});
  for (std::size_t i = 0; i < order.size(); ++i) {
    const NodeRecord& node = graph.node(order[i]);
    double score = scores[order[i]];
    Value value = *measure == CentralityMeasure::kDegree ? Value::Int(static_cast<std::int64_t>(score))
                                                         : Value::Float(std::round(score * 1e6) / 1e6);
    table.AddRow({Value::Int(static_cast<std::int64_t>(i + 1)), Value::String(node.id),
                  Value::String(node.label), Value::String(std::string(Name(node.type))), value});
  }
  std::cout << table.Render(*format);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFatal;
}

const bool kRegistered = RegisterCommand(
    {"centrality", "Most central nodes by degree, betweenness or PageRank", [](CLI::App& app) {
       auto options = std::make_shared<CentralityOptions>();
       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
           ->required()
           ->check(CLI::ExistingFile);
       app.add_option("-m,--measure", options->measure,
                      "degree (distinct neighbours), betweenness (Brandes, unnormalised) or pagerank")
           ->check(CLI::IsMember({"degree", "betweenness", "pagerank"}));
       app.add_option("-n,--top", options->top, "How many nodes to list (default 10)");
       app.add_option("--type", options->type, "Only rank nodes of this type (e.g. Official)");
       app.add_option("--format", options->format,
                      "Output: table (aligned, default), json (JSON Lines) or csv")
           ->check(CLI::IsMember({"table", "json", "csv"}));
       return [options] { return RankNodes(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
