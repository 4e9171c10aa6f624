#include "BenchCorpus.h"

#include <cstdio>
#include <cstdlib>

#include "extract/Coreference.h"
#include "extract/CueFinder.h"
#include "extract/InstitutionIndex.h"
#include "extract/MentionFinder.h"
#include "extract/TokenLookup.h"
#include "ingest/ArticleReader.h"
#include "text/Normalizer.h"
#include "text/Segmenter.h"

namespace newsgraph::bench {
namespace {

[[noreturn]] void Fail(const std::string& message) {
  std::fprintf(stderr, "newsgraph_bench: %s\n", message.c_str());
  std::exit(2);
}

BenchCorpus Load() {
  BenchCorpus corpus;
  auto schema = Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
  if (!schema) Fail(schema.error().ToString());
  corpus.schema = *schema;
  ArticleReader reader;
  reader.Read(
      NEWSGRAPH_BENCH_CORPUS, [&](Article&& a) { corpus.articles.push_back(std::move(a)); },
      [](Error&& e) { Fail(e.ToString()); });
  if (corpus.articles.empty()) Fail("empty corpus " NEWSGRAPH_BENCH_CORPUS);
  corpus.pipeline = std::make_unique<ArticlePipeline>(corpus.schema);
  Normalizer normalizer;
  Segmenter segmenter(corpus.schema->abbreviations());
  TokenLookup lookup(*corpus.schema);
  CueFinder cues(*corpus.schema);
  const InstitutionIndex institutions(*corpus.schema);
  MentionFinder mentions(*corpus.schema, institutions);
  Coreference coreference(*corpus.schema, institutions);
  for (const Article& a : corpus.articles) {
    corpus.bytes += a.text.size();
    Document d;
    d.article = a;
    normalizer.Process(d);
    segmenter.Process(d);
    lookup.Process(d);
    for (const Token& t : d.tokens) corpus.words += t.kind == TokenKind::kWord;
    corpus.segmented.push_back(d);
    cues.Process(d);
    mentions.Process(d);
    coreference.Process(d);
    corpus.resolved.push_back(d);
    corpus.extracted.push_back(corpus.pipeline->Run(a));
  }
  return corpus;
}

}  // namespace

const BenchCorpus& Corpus() {
  static const BenchCorpus corpus = Load();
  return corpus;
}

}  // namespace newsgraph::bench
