// `newsgraph components GRAPH`: connected components (ignoring direction), largest first.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "cli/Command.h"
#include "cli/GraphInput.h"
#include "query/Components.h"
#include "query/ResultTable.h"

namespace newsgraph::cli {
namespace {

struct ComponentsOptions {
  std::string graph;
  std::size_t members = 10;
  std::string format = "table";
};

int ListComponents(const ComponentsOptions& options) {
  std::optional<TableFormat> format = ParseTableFormat(options.format);
  if (!format) {
    spdlog::error("unknown output format '{}' (table, json, csv)", options.format);
    return kExitFatal;
  }
  std::unique_ptr<KnowledgeGraph> loaded = LoadGraph(options.graph);
  if (!loaded) return kExitFatal;
  const KnowledgeGraph& graph = *loaded;
  auto components = ConnectedComponents(graph);
  ResultTable table({"component", "size", "members"});
  for (std::size_t i = 0; i < components.size(); ++i) {
    const auto& component = components[i];
    std::vector<Value> members;
    for (std::size_t m = 0; m < component.size() && (options.members == 0 || m < options.members); ++m)
      members.push_back(Value::String(graph.node(component[m]).label));
    if (options.members != 0 && component.size() > options.members)
      members.push_back(Value::String(fmt::format("… {} more", component.size() - options.members)));
    table.AddRow({Value::Int(static_cast<std::int64_t>(i + 1)),
                  Value::Int(static_cast<std::int64_t>(component.size())), Value::List(std::move(members))});
  }
  std::cout << table.Render(*format);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFatal;
}

const bool kRegistered =
    RegisterCommand({"components", "Connected components of a saved graph, largest first", [](CLI::App& app) {
                       auto options = std::make_shared<ComponentsOptions>();
                       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
                           ->required()
                           ->check(CLI::ExistingFile);
                       app.add_option("--members", options->members,
                                      "Members listed per component, in id order (0: all; default 10)");
                       app.add_option("--format", options->format,
                                      "Output: table (aligned, default), json (JSON Lines) or csv")
                           ->check(CLI::IsMember({"table", "json", "csv"}));
                       return [options] { return ListComponents(*options); };
                     }});

}  // namespace
}  // namespace newsgraph::cli
