// `newsgraph query GRAPH 'QUERY'` / `--file queries.cypher`: runs Cypher-like queries over a saved graph and
// prints an aligned table, JSON Lines or CSV. A bad query is reported with its line and column (exit 2).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/Command.h"
#include "cli/GraphInput.h"
#include "query/Executor.h"
#include "query/Parser.h"

namespace newsgraph::cli {
namespace {

struct QueryOptions {
  std::string graph;
  std::string query;
  std::string file;
  std::string format = "table";
};

int RunQueries(const QueryOptions& options) {
  std::optional<TableFormat> format = ParseTableFormat(options.format);
  if (!format) {
    spdlog::error("unknown output format '{}' (table, json, csv)", options.format);
    return kExitFatal;
  }
  if (options.query.empty() == options.file.empty()) {
    spdlog::error("give either a QUERY or --file FILE");
    return kExitFatal;
  }
  std::string text = options.query;
  std::string source = "query";
  if (!options.file.empty()) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) {
      spdlog::error("{}: cannot read the query file", options.file);
      return kExitFatal;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    source = options.file;
  }
  Result<std::vector<Query>> queries = Parser::ParseScript(text);
  if (!queries) {
    spdlog::error("{}: {}", source, queries.error().message);
    return kExitFatal;
  }
  if (queries->empty()) {
    spdlog::error("{}: no query", source);
    return kExitFatal;
  }
  std::unique_ptr<KnowledgeGraph> loaded = LoadGraph(options.graph);
  if (!loaded) return kExitFatal;
  const KnowledgeGraph& graph = *loaded;
  Executor executor(graph);
  const bool several = queries->size() > 1;
  for (std::size_t i = 0; i < queries->size(); ++i) {
    const Query& query = (*queries)[i];
    Result<ResultTable> table = executor.Run(query);
    if (!table) {
      spdlog::error("{}: {}", source, table.error().message);
      return kExitFatal;
    }
    // With several queries, tables and CSV blocks are introduced by their query; JSON lines stay pure rows.
    if (several && *format != TableFormat::kJson) {
      if (i > 0) std::cout << '\n';
      if (*format == TableFormat::kText) {
        std::string header = query.text;  // on one line, however it was written
        std::replace(header.begin(), header.end(), '\n', ' ');
        std::cout << "// " << header << '\n';
      }
    }
    std::cout << table->Render(*format);
  }
  std::cout.flush();
  return std::cout ? kExitOk : kExitFatal;
}

const bool kRegistered = RegisterCommand(
    {"query", "Ask a saved graph Cypher-like questions (MATCH ... WHERE ... RETURN ...)", [](CLI::App& app) {
       auto options = std::make_shared<QueryOptions>();
       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
           ->required()
           ->check(CLI::ExistingFile);
       app.add_option("query", options->query,
                      "The query, e.g. 'MATCH (a)-[:spoke_with]-(b {name: \"Gerasimov\"}) RETURN a.label'");
       app.add_option("-f,--file", options->file, "Run the ';'-separated queries of this file instead")
           ->check(CLI::ExistingFile);
       app.add_option("--format", options->format,
                      "Output: table (aligned, default), json (JSON Lines) or csv")
           ->check(CLI::IsMember({"table", "json", "csv"}));
       app.footer(
           "Patterns: (v:Type {prop: value}), -[r:type|type2]-, -[:type]->, <-[:type]-, -[*1..3]- (at most "
           "10).\n"
           "Node properties: id label name type aliases mentions documents first_date last_date anonymous.\n"
           "Edge properties: id type source target weight date documents attributed_to evidence role former\n"
           "count channel. `name` matches the label or any alias, ignoring case and accents.\n"
           "WHERE: AND OR XOR NOT, = <> < <= > >=, CONTAINS, STARTS WITH, ENDS WITH, IN [...], IS [NOT] "
           "NULL.\n"
           "RETURN [DISTINCT] expr [AS name], count(*), count([DISTINCT] x), type(r), id(x); ORDER BY ... "
           "[DESC];\n"
           "SKIP n; LIMIT n. Several MATCH clauses may follow each other. A node returns as its id.");
       return [options] { return RunQueries(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
