#include "cli/Outputs.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

#include "core/ParallelFor.h"
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

std::size_t WriteOutputs(const KnowledgeGraph& graph, const OutputList& outputs, const ExportOptions& options,
                         unsigned threads) {
  struct Written {
    Status status;
    double seconds = 0;
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  // The outputs share the threads: as many written at once as there are threads, each laid out by its share.
  const auto at_once = static_cast<unsigned>(std::clamp<std::size_t>(outputs.size(), 1, threads));
  ExportOptions each = options;
  each.threads = threads / at_once;
  std::vector<std::optional<Written>> written(outputs.size());
  ParallelFor(outputs.size(), at_once, [&](std::size_t i) {
    const auto start = std::chrono::steady_clock::now();
    Status status = WriteGraph(graph, outputs[i].second, outputs[i].first, each);
    written[i] = {std::move(status),
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
  });
  std::size_t failed = 0;
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const auto& [out, format] = outputs[i];
    if (!written[i]->status) {
      spdlog::error("{}", written[i]->status.error().ToString());
      ++failed;
    } else {
      spdlog::info("wrote {} ({}: {} nodes, {} edges) in {:.2f} s", out, Name(format), graph.NodeCount(),
                   graph.EdgeCount(), written[i]->seconds);
    }
  }
  return failed;
}

}  // namespace newsgraph::cli
