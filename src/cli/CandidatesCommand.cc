// `newsgraph candidates GRAPH [--min-score X] [--format table|json]`: likely duplicate nodes left in a saved
// graph, best first, for review; accepted or rejected pairs go into the --resolutions decisions file.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <optional>

#include "cli/Command.h"
#include "cli/SchemaPath.h"
#include "graph/GraphReader.h"
#include "resolve/Candidates.h"
#include "schema/Gazetteer.h"

namespace newsgraph::cli {
namespace {

struct CandidatesOptions {
  std::string graph;
  double min_score = 0.5;
  std::string format = "table";
  std::string schema;
};

void PrintJson(const std::vector<Candidate>& candidates) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
  out.StartArray();
  for (const Candidate& c : candidates) {
    out.StartObject();
    out.Key("a");
    out.String(c.a.c_str(), static_cast<rapidjson::SizeType>(c.a.size()));
    out.Key("b");
    out.String(c.b.c_str(), static_cast<rapidjson::SizeType>(c.b.size()));
    out.Key("a_label");
    out.String(c.a_label.c_str(), static_cast<rapidjson::SizeType>(c.a_label.size()));
    out.Key("b_label");
    out.String(c.b_label.c_str(), static_cast<rapidjson::SizeType>(c.b_label.size()));
    out.Key("score");
    out.Double(c.score);
    out.Key("reason");
    out.String(c.reason.c_str(), static_cast<rapidjson::SizeType>(c.reason.size()));
    out.EndObject();
  }
  out.EndArray();
  std::cout << buffer.GetString() << '\n';
}

void PrintTable(const std::vector<Candidate>& candidates) {
  std::cout << "score\tnode a\tnode b\tlabel a\tlabel b\treason\n";
  for (const Candidate& c : candidates)
    std::cout << fmt::format("{:.2f}\t{}\t{}\t{}\t{}\t{}\n", c.score, c.a, c.b, c.a_label, c.b_label,
                             c.reason);
}

int FindAndPrint(const CandidatesOptions& options) {
  Result<GraphFragment> graph = ReadGraph(options.graph);
  if (!graph) {
    spdlog::error("{}", graph.error().ToString());
    return kExitFatal;
  }
  // The gazetteer only sharpens the comparison (two gazetteer entities are never duplicates): go on without.
  std::optional<Gazetteer> gazetteer;
  if (Result<Gazetteer> loaded = Gazetteer::Load(SchemaDir(options.schema) / "gazetteer"); loaded)
    gazetteer.emplace(std::move(loaded).value());
  else
    spdlog::warn("{}", loaded.error().ToString());
  std::vector<Candidate> candidates =
      FindCandidates(*graph, options.min_score, gazetteer ? &*gazetteer : nullptr);
  if (options.format == "json")
    PrintJson(candidates);
  else
    PrintTable(candidates);
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"candidates", "List likely duplicate nodes of a saved graph, with scores, for review",
     [](CLI::App& app) {
       auto options = std::make_shared<CandidatesOptions>();
       app.add_option("graph", options->graph, "Graph saved as node-link .json or .graphml")
           ->required()
           ->check(CLI::ExistingFile);
       app.add_option("--min-score", options->min_score, "Lowest score listed (0 to 1)")
           ->check(CLI::Range(0.0, 1.0));
       app.add_option("--format", options->format, "Output format")->check(CLI::IsMember({"table", "json"}));
       app.add_option("--schema", options->schema,
                      "Schema folder (default: $NEWSGRAPH_SCHEMA, else the built-in one)");
       return [options] { return FindAndPrint(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
