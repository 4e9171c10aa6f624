#include "cli/Outputs.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "export/GraphWriter.h"

namespace newsgraph::cli {

Result<OutputList> ResolveOutputs(const std::vector<std::string>& outputs, const std::string& format) {
  std::optional<Format> forced;
  if (!format.empty()) {
    forced = ParseFormat(format);
    if (!forced)
      return Error{ErrorCode::kUsage,
                   "unknown format '" + format + "' (json, graphml, gexf, cyjs, csv, neo4j, dot)",
                   {}};
  }
  OutputList list;
  for (const std::string& out : outputs) {
    std::optional<Format> f = forced ? forced : FormatFromPath(out);
    if (!f)
      return Error{
          ErrorCode::kUsage,
          "cannot tell the format from the extension (.json .graphml .gexf .cyjs .dot); use --format",
          {out}};
    list.emplace_back(out, *f);
  }
  return list;
}

std::size_t WriteOutputs(const KnowledgeGraph& graph, const OutputList& outputs,
                         const ExportOptions& options) {
  std::size_t failed = 0;
  for (const auto& [out, format] : outputs) {
    const auto start = std::chrono::steady_clock::now();
    Status status = WriteGraph(graph, format, out, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!status) {
      spdlog::error("{}", status.error().ToString());
      ++failed;
    } else {
      spdlog::info("wrote {} ({}: {} nodes, {} edges) in {:.2f} s", out, Name(format), graph.NodeCount(),
                   graph.EdgeCount(), seconds);
    }
  }
  return failed;
}

}  // namespace newsgraph::cli
