// The micro benchmarks' input: the schema of the source tree and the generated articles
// (bench_corpus.jsonl, 200 articles of gen_corpus.py with seed 1, made by the build).
#pragma once

#include <memory>
#include <vector>

#include "core/Article.h"
#include "core/Document.h"
#include "extract/ArticlePipeline.h"
#include "schema/Schema.h"

namespace newsgraph::bench {

struct BenchCorpus {
  std::shared_ptr<const Schema> schema;
  std::vector<Article> articles;
  std::size_t bytes = 0;  // total article text
  std::size_t words = 0;  // total word tokens after segmentation
  std::unique_ptr<ArticlePipeline> pipeline;
  // Every article after normalisation, segmentation and token lookup, and after cues, mentions and
  // coreference: the inputs of the later stages.
  std::vector<Document> segmented;
  std::vector<Document> resolved;
  std::vector<Document> extracted;  // through the whole pipeline
};

// Loaded once; exits with a message when the schema or the corpus cannot be read.
const BenchCorpus& Corpus();

}  // namespace newsgraph::bench
