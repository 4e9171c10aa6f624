// `newsgraph build INPUT... -o OUT [-o OUT...]`: the main job. Reads articles, extracts, merges, resolves,
// writes every requested export and prints a summary.
#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <iostream>
#include <map>
#include <memory>
#include <vector>

#include "cli/Command.h"
#include "cli/Outputs.h"
#include "cli/SchemaPath.h"
#include "graph/GraphBuilder.h"
#include "graph/KnowledgeGraph.h"
#include "resolve/Decisions.h"
#include "schema/Schema.h"

namespace newsgraph::cli {
namespace {

struct BuildCommandOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string format;
  std::string schema;
  std::string encoding = "auto";
  std::string resolutions;
  unsigned threads = 0;
  bool no_text = false;
  bool summary = true;
};

// The input problems, in the order they were met. A corpus passed twice, or a folder of thousands of binary
// files, would otherwise bury the run under one line per article: past the first kShown problems of a kind,
// the rest are logged at debug level (shown with -v) and counted in one line.
void PrintInputErrors(const std::vector<Error>& errors) {
  constexpr std::size_t kShown = 20;
  std::map<ErrorCode, std::size_t> seen;
  for (const Error& e : errors)
    spdlog::log(++seen[e.code] <= kShown ? spdlog::level::err : spdlog::level::debug, "{}", e.ToString());
  for (const auto& [code, n] : seen)
    if (n > kShown && !spdlog::should_log(spdlog::level::debug))
      spdlog::error("... and {} more [{}] problems like these (-v lists them all)", n - kShown,
                    ToString(code));
}

void PrintSummary(const KnowledgeGraph& graph, const BuildReport& report, double seconds) {
  // Counted by type, then listed by name: a string made and looked up in a map for each node and edge cost
  // about 1% of a build.
  std::array<std::size_t, kEntityTypes.size()> node_counts{};
  std::array<std::size_t, kRelationTypes.size()> edge_counts{};
  for (auto v : graph.Nodes()) ++node_counts[static_cast<std::size_t>(graph.node(v).type)];
  for (auto e : graph.Edges()) ++edge_counts[static_cast<std::size_t>(graph.edge(e).type)];
  std::map<std::string_view, std::size_t> nodes, edges;
  for (const EntityType type : kEntityTypes)
    if (const std::size_t n = node_counts[static_cast<std::size_t>(type)]) nodes[Name(type)] = n;
  for (const RelationType type : kRelationTypes)
    if (const std::size_t n = edge_counts[static_cast<std::size_t>(type)]) edges[Name(type)] = n;
  std::cout << report.articles << " articles, " << graph.NodeCount() << " nodes, " << graph.EdgeCount()
            << " edges in " << std::fixed;
  std::cout.precision(2);
  std::cout << seconds << " s\n  nodes:";
  for (const auto& [type, n] : nodes) std::cout << ' ' << type << '=' << n;
  std::cout << "\n  edges:";
  for (const auto& [type, n] : edges) std::cout << ' ' << type << '=' << n;
  std::cout << '\n';
  if (!report.errors.empty()) std::cout << "  " << report.errors.size() << " input problem(s), see above\n";
}

int Build(const BuildCommandOptions& options) {
  auto start = std::chrono::steady_clock::now();
  Result<OutputList> outputs = ResolveOutputs(options.outputs, options.format);
  if (!outputs) {
    spdlog::error("{}", outputs.error().ToString());
    return kExitFatal;
  }
  std::filesystem::path schema_dir = SchemaDir(options.schema);
  auto schema = Schema::Load(schema_dir, MorphologyTablePath());
  if (!schema) {
    spdlog::error("{}", schema.error().ToString());
    return kExitFatal;
  }
  Result<ExportOptions> export_options = LoadExportOptions(schema_dir / "ontology.json");
  if (!export_options) {
    spdlog::error("{}", export_options.error().ToString());
    return kExitFatal;
  }
  export_options->sentence_text = !options.no_text;

  BuildOptions build;
  build.threads = options.threads;
  build.read.encoding = options.encoding;
  if (!options.resolutions.empty()) {
    auto decisions = LoadDecisions(options.resolutions);
    if (!decisions) {
      spdlog::error("{}", decisions.error().ToString());
      return kExitFatal;
    }
    build.decisions = std::move(*decisions);
  }
  auto last = std::chrono::steady_clock::now();
  build.progress = [&last, start](std::size_t n) {
    auto now = std::chrono::steady_clock::now();
    if (now - last < std::chrono::seconds(5)) return;
    last = now;
    const double seconds = std::chrono::duration<double>(now - start).count();
    spdlog::info("{} articles read in {:.0f} s ({:.0f} per second)", n, seconds, n / seconds);
  };

  BuildReport report;
  GraphBuilder builder(*schema, build);
  SortedRecords merged = builder.BuildRecords(options.inputs, report);
  const auto graph_start = std::chrono::steady_clock::now();
  auto owned = std::make_unique<KnowledgeGraph>(std::move(merged));
  const KnowledgeGraph& graph = *owned;
  // Shown by default on a run long enough to have shown its progress, before the outputs are written.
  const auto now = std::chrono::steady_clock::now();
  spdlog::log(now - start > std::chrono::seconds(5) ? spdlog::level::info : spdlog::level::debug,
              "{} articles read and extracted in {:.3f} s, merged in {:.3f} s, resolved in {:.3f} s; graph "
              "made in {:.3f} s",
              report.articles, report.seconds.extraction, report.seconds.merging, report.seconds.resolution,
              std::chrono::duration<double>(now - graph_start).count());
  spdlog::debug("{} distinct words looked up, {} of them analysed by hunspell",
                (*schema)->morphology().words(), (*schema)->morphology().hunspell_analyses());
  // The graph is left to the operating system when the process ends, as compilers do with their trees:
  // freeing a large corpus' millions of records one by one takes seconds and gives memory back to nobody.
  // So is the schema, whose gazetteer and lexicon took some 20k allocations (1M instructions to free).
  // (Static pointers keep them reachable, so LeakSanitizer does not call them leaks; volatile, so that the
  // compiler does not drop a store nothing reads.)
  [[maybe_unused]] static const KnowledgeGraph* volatile kept_until_exit = nullptr;
  kept_until_exit = owned.release();
  [[maybe_unused]] static const std::shared_ptr<const Schema>* volatile schema_kept_until_exit = nullptr;
  schema_kept_until_exit = new std::shared_ptr<const Schema>(*schema);
  PrintInputErrors(report.errors);
  if (report.articles == 0) {
    spdlog::error("no article could be read; nothing written");
    return kExitFatal;
  }
  std::size_t failed = WriteOutputs(graph, *outputs, *export_options, options.threads);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (options.summary) PrintSummary(graph, report, seconds);
  if (failed == outputs->size()) return kExitFatal;
  return failed > 0 || !report.errors.empty() ? kExitPartial : kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"build", "Build the knowledge graph of articles (files, folders, JSON Lines or - for stdin)",
     [](CLI::App& app) {
       auto options = std::make_shared<BuildCommandOptions>();
       app.add_option("inputs", options->inputs,
                      "Articles: .txt files (optional first line `date YYYY-MM[-DD] Title`), .jsonl files "
                      "(id, title, date, url, source, text), folders (recursive), or - for stdin")
           ->required();
       app.add_option("-o,--output", options->outputs,
                      "Output file (.json .graphml .gexf .cyjs .dot), or folder with --format csv|neo4j; "
                      "repeatable")
           ->required();
       app.add_option(
           "--format", options->format,
           "Format of every output: json, graphml, gexf, cyjs, csv, neo4j, dot (default: by extension)");
       app.add_option("-j,--threads", options->threads,
                      "Threads extracting articles, then writing the outputs (default: every core)");
       app.add_option("--encoding", options->encoding,
                      "Encoding of plain-text inputs: auto (UTF-8, else Windows-1252 with a warning), utf-8, "
                      "windows-1252, latin1")
           ->check(CLI::IsMember({"auto", "utf-8", "windows-1252", "latin1"}));
       app.add_option(
              "--resolutions", options->resolutions,
              "Decisions file: lines `same<TAB>A<TAB>B` or `not-same<TAB>A<TAB>B` (names or node ids)")
           ->check(CLI::ExistingFile);
       app.add_option("--schema", options->schema,
                      "Schema folder: lexicons, gazetteer, ontology (default: $NEWSGRAPH_SCHEMA, else the "
                      "built-in one)");
       app.add_flag("--no-text", options->no_text, "Leave evidence sentence text out of the exports");
       app.add_flag("!--no-summary", options->summary, "Don't print the summary on stdout");
       app.footer(
           "Example: newsgraph build examples/ -o graph.json -o graph.gexf\n"
           "Exit codes: 0 ok; 1 some inputs failed (the others are in the output); 2 usage or fatal error.");
       return [options] { return Build(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
