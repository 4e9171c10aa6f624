// The export writers on a generated graph (10k nodes, 50k edges), and the 1M-edge GraphML export the
// performance target is set on (one iteration: building that graph takes longer than writing it).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "SyntheticGraph.h"
#include "export/GexfWriter.h"
#include "export/GraphWriter.h"
#include "export/GraphmlWriter.h"
#include "export/NodeLinkWriter.h"

namespace newsgraph::bench {
namespace {

const KnowledgeGraph& Graph() {
  static const KnowledgeGraph graph(SyntheticGraph(10000, 50000));
  return graph;
}

ExportOptions Options() {
  auto options = LoadExportOptions(std::filesystem::path(NEWSGRAPH_SOURCE_SCHEMA_DIR) / "ontology.json");
  if (!options) std::abort();
  return *options;
}

// Each writer into a TextSink that keeps the whole text (as the writers returned it before they streamed).
// Argument: the threads laying it out (ExportOptions::threads; real time is what more threads change).
template <void (*Write)(const KnowledgeGraph&, const ExportOptions&, TextSink&)>
void BM_Writer(benchmark::State& state) {
  const KnowledgeGraph& graph = Graph();
  ExportOptions options = Options();
  options.threads = static_cast<unsigned>(state.range(0));
  std::size_t bytes = 0;
  for (auto _ : state) {
    TextSink sink;
    Write(graph, options, sink);
    bytes = sink.Text().size();
    benchmark::DoNotOptimize(sink.Text().data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * graph.EdgeCount()));
}
BENCHMARK(BM_Writer<WriteNodeLinkJson>)
    ->Name("BM_WriteJson")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_Writer<WriteGraphml>)
    ->Name("BM_WriteGraphml")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_Writer<WriteGexf>)
    ->Name("BM_WriteGexf")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The whole export as `build -o graph.graphml` does it: streamed into an atomic file.
void BM_Graphml1MEdges(benchmark::State& state) {
  const KnowledgeGraph graph(SyntheticGraph(200000, 1000000));
  ExportOptions options = Options();
  std::filesystem::path out = std::filesystem::temp_directory_path() / "newsgraph_bench_1m.graphml";
  for (auto _ : state) {
    if (!WriteGraph(graph, Format::kGraphml, out, options)) state.SkipWithError("GraphML write failed");
  }
  state.counters["MB"] = static_cast<double>(std::filesystem::file_size(out)) / 1e6;
  state.counters["edges"] = static_cast<double>(graph.EdgeCount());
  std::filesystem::remove(out);
}
BENCHMARK(BM_Graphml1MEdges)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
}  // namespace newsgraph::bench
