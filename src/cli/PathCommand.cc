// `newsgraph path GRAPH A B`: the shortest chain of facts between two named nodes, ignoring direction, with
// the sentence that supports each step.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "cli/Command.h"
#include "cli/GraphInput.h"
#include "query/NameMatch.h"
#include "query/ResultTable.h"
#include "query/ShortestPath.h"

namespace newsgraph::cli {
namespace {

struct PathOptions {
  std::string graph;
  std::string from;
  std::string to;
  std::string format = "table";
};

// "-[spoke_with]-", "-[denied]->" or "<-[denied]-" as read from `from` to `to`.
std::string Arrow(const KnowledgeGraph& graph, const PathStep& step) {
  const EdgeRecord& fact = graph.edge(step.fact);
  std::string type(Name(fact.type));
  if (IsSymmetric(fact.type)) return "-[" + type + "]-";
  return graph.Source(step.fact) == step.from ? "-[" + type + "]->" : "<-[" + type + "]-";
}

int FindPath(const PathOptions& options) {
  std::optional<TableFormat> format = ParseTableFormat(options.format);
  if (!format) {
    spdlog::error("unknown output format '{}' (table, json, csv)", options.format);
    return kExitFatal;
  }
  std::unique_ptr<KnowledgeGraph> loaded = LoadGraph(options.graph);
  if (!loaded) return kExitFatal;
  const KnowledgeGraph& graph = *loaded;
  Result<KnowledgeGraph::Vertex> from = ResolveNode(graph, options.from);
  Result<KnowledgeGraph::Vertex> to = ResolveNode(graph, options.to);
  for (const auto* end : {&from, &to}) {
    if (!*end) {
      spdlog::error("{}", end->error().message);
      return kExitFatal;
    }
  }
  std::optional<std::vector<PathStep>> path = ShortestPath(graph, *from, *to);
  if (!path) {
    spdlog::warn("no path between {} and {}", graph.node(*from).label, graph.node(*to).label);
    return kExitPartial;
  }
  ResultTable table({"step", "from", "fact", "to", "weight", "document", "date", "evidence"});
  std::string text;  // the default layout: one line per step, its sentence indented below
  for (std::size_t i = 0; i < path->size(); ++i) {
    const PathStep& step = (*path)[i];
    const EdgeRecord& fact = graph.edge(step.fact);
    Value document, date, sentence;
    if (!fact.evidence.empty()) {
      const Evidence& first = *fact.evidence.begin();
      document = Value::String(first.document.str());
      if (!first.date.empty()) date = Value::String(first.date.str());
      if (!first.text.empty()) sentence = Value::String(first.text.str());
    }
    text += fmt::format("{} {} {}  (weight {})\n", graph.node(step.from).label, Arrow(graph, step),
                        graph.node(step.to).label, fact.weight());
    if (!document.is_null())
      text += fmt::format("    {}{}: {}\n", document.as_string(),
                          date.is_null() ? "" : " (" + date.as_string() + ")", sentence.ToText());
    table.AddRow({Value::Int(static_cast<std::int64_t>(i + 1)), Value::String(graph.node(step.from).label),
                  Value::String(Arrow(graph, step)), Value::String(graph.node(step.to).label),
                  Value::Int(static_cast<std::int64_t>(fact.weight())), document, date, sentence});
  }
  if (*format == TableFormat::kText)
    std::cout << (path->empty() ? fmt::format("{} is {}\n", options.from, graph.node(*from).label) : text);
  else
    std::cout << table.Render(*format);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFatal;
}

const bool kRegistered = RegisterCommand(
    {"path", "Shortest chain of facts between two nodes, with evidence sentences", [](CLI::App& app) {
       auto options = std::make_shared<PathOptions>();
       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
           ->required()
           ->check(CLI::ExistingFile);
       app.add_option("from", options->from, "Node id, name or alias (case and accents ignored)")->required();
       app.add_option("to", options->to, "Node id, name or alias")->required();
       app.add_option("--format", options->format,
                      "Output: table (aligned, default), json (JSON Lines) or csv")
           ->check(CLI::IsMember({"table", "json", "csv"}));
       app.footer("Exit code 1 when the two nodes are not connected.");
       return [options] { return FindPath(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
