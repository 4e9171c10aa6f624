// Graph assembly: building each article's fragment, merging the fragments of the corpus (as the builder's
// workers and its final reduction do), and resolving entities across articles.
#include <benchmark/benchmark.h>

#include "BenchCorpus.h"
#include "graph/FragmentAccumulator.h"
#include "graph/FragmentBuilder.h"
#include "graph/KnowledgeGraph.h"
#include "resolve/Resolver.h"

namespace newsgraph::bench {
namespace {

std::vector<GraphFragment> Fragments() {
  std::vector<GraphFragment> fragments;
  for (const Document& d : Corpus().extracted) fragments.push_back(BuildFragment(d));
  return fragments;
}

void BM_BuildFragments(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    for (const Document& d : c.extracted) benchmark::DoNotOptimize(BuildArticleRecords(d));
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.extracted.size()));
}
BENCHMARK(BM_BuildFragments)->Unit(benchmark::kMillisecond);

// As the builder does it: each article's fresh records moved into the worker's accumulator, then sorted.
void BM_MergeFragments(benchmark::State& state) {
  std::vector<ArticleRecords> fragments;
  for (const Document& d : Corpus().extracted) fragments.push_back(BuildArticleRecords(d));
  std::size_t edges = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<ArticleRecords> fresh = fragments;
    state.ResumeTiming();
    FragmentAccumulator all;
    for (ArticleRecords& f : fresh) all.Add(std::move(f));
    GraphFragment merged = std::move(all).Finish();
    edges = merged.edges().size();
    benchmark::DoNotOptimize(merged);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * fragments.size()));
  state.counters["edges"] = static_cast<double>(edges);
}
BENCHMARK(BM_MergeFragments)->Unit(benchmark::kMillisecond);

void BM_Resolve(benchmark::State& state) {
  GraphFragment merged;
  for (const GraphFragment& f : Fragments()) merged.Merge(f);
  for (auto _ : state) {
    state.PauseTiming();
    GraphFragment copy = merged;
    state.ResumeTiming();
    Resolver({}, &Corpus().schema->gazetteer()).Resolve(copy);
    benchmark::DoNotOptimize(copy);
  }
  state.counters["nodes"] = static_cast<double>(merged.nodes().size());
}
BENCHMARK(BM_Resolve)->Unit(benchmark::kMillisecond);

void BM_KnowledgeGraph(benchmark::State& state) {
  GraphFragment merged;
  for (const GraphFragment& f : Fragments()) merged.Merge(f);
  for (auto _ : state) benchmark::DoNotOptimize(KnowledgeGraph(merged));
}
BENCHMARK(BM_KnowledgeGraph)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph::bench
