// Per-article extraction stages over the generated corpus. Each benchmark starts from documents that went
// through the earlier stages (copied outside the timed region) and reports bytes/s of article text, so the
// figures of the stages add up to the pipeline's.
#include <benchmark/benchmark.h>

#include "BenchCorpus.h"
#include "extract/Coreference.h"
#include "extract/CueFinder.h"
#include "extract/InstitutionIndex.h"
#include "extract/MentionFinder.h"
#include "extract/RelationExtractor.h"
#include "extract/TokenLookup.h"
#include "graph/FragmentBuilder.h"
#include "text/Normalizer.h"
#include "text/Segmenter.h"

namespace newsgraph::bench {
namespace {

// Fresh documents holding only their articles.
std::vector<Document> Unprocessed() {
  std::vector<Document> docs;
  for (const Article& a : Corpus().articles) {
    Document d;
    d.article = a;
    docs.push_back(std::move(d));
  }
  return docs;
}

void Report(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.articles.size()));
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * c.words), benchmark::Counter::kIsRate);
}

void BM_Segmentation(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  Normalizer normalizer;
  Segmenter segmenter(c.schema->abbreviations());
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = Unprocessed();
    state.ResumeTiming();
    for (Document& d : docs) {
      normalizer.Process(d);
      segmenter.Process(d);
    }
    benchmark::DoNotOptimize(docs.data());
  }
  Report(state);
}
BENCHMARK(BM_Segmentation)->Unit(benchmark::kMillisecond);

// Lookups of every token in the morphology, the word classes and the phrase tables (once per token).
void BM_TokenLookup(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  TokenLookup lookup(*c.schema);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = c.segmented;
    state.ResumeTiming();
    for (Document& d : docs) lookup.Process(d);
    benchmark::DoNotOptimize(docs.data());
  }
  Report(state);
}
BENCHMARK(BM_TokenLookup)->Unit(benchmark::kMillisecond);

void BM_CuesAndMentions(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  CueFinder cues(*c.schema);
  const InstitutionIndex institutions(*c.schema);
  MentionFinder mentions(*c.schema, institutions);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = c.segmented;
    state.ResumeTiming();
    for (Document& d : docs) {
      cues.Process(d);
      mentions.Process(d);
    }
    benchmark::DoNotOptimize(docs.data());
  }
  Report(state);
}
BENCHMARK(BM_CuesAndMentions)->Unit(benchmark::kMillisecond);

void BM_Coreference(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  CueFinder cues(*c.schema);
  const InstitutionIndex institutions(*c.schema);
  MentionFinder mentions(*c.schema, institutions);
  Coreference coreference(*c.schema, institutions);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = c.segmented;
    for (Document& d : docs) {
      cues.Process(d);
      mentions.Process(d);
    }
    state.ResumeTiming();
    for (Document& d : docs) coreference.Process(d);
    benchmark::DoNotOptimize(docs.data());
  }
  Report(state);
}
BENCHMARK(BM_Coreference)->Unit(benchmark::kMillisecond);

void BM_RelationRules(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  RelationExtractor relations(*c.schema);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = c.resolved;
    state.ResumeTiming();
    for (Document& d : docs) relations.Process(d);
    benchmark::DoNotOptimize(docs.data());
  }
  Report(state);
}
BENCHMARK(BM_RelationRules)->Unit(benchmark::kMillisecond);

void BM_FullPipeline(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    for (const Article& a : c.articles) benchmark::DoNotOptimize(BuildArticleRecords(c.pipeline->Run(a)));
  }
  Report(state);
}
BENCHMARK(BM_FullPipeline)->Unit(benchmark::kMillisecond);

// The same text as one article (a report, a transcript): the per-article passes must stay linear in its
// length, so this runs at about the speed of the 200 articles.
void BM_FullPipelineOneLongArticle(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  Article joined;
  joined.id = "joined";
  for (const Article& a : c.articles) {
    if (!joined.text.empty()) joined.text += "\n\n";
    joined.text.append(a.title).append("\n\n").append(a.text);
  }
  for (auto _ : state) benchmark::DoNotOptimize(BuildArticleRecords(c.pipeline->Run(joined)));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * joined.text.size()));
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * c.words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FullPipelineOneLongArticle)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph::bench
