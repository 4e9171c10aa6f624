// Builds the knowledge graph of a corpus: reads the inputs (streaming), extracts every article on a pool of
// threads (each article is a pure function of the article and the schema), merges the fragments (associative
// and commutative, so the thread count and the input order do not change the result), then resolves
// entities across articles.
//
//   GraphBuilder builder(schema, {.threads = 4});
//   BuildReport report;
//   KnowledgeGraph graph(builder.BuildRecords({"examples/"}, report));
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/Error.h"
#include "graph/GraphFragment.h"
#include "graph/SortedRecords.h"
#include "ingest/ArticleReader.h"
#include "resolve/ResolutionDecision.h"
#include "schema/Schema.h"

namespace newsgraph {

struct BuildOptions {
  unsigned threads = 0;  // 0 = every core
  ReadOptions read;
  std::vector<ResolutionDecision> decisions;
  // Called from the reading thread with the number of articles read so far.
  std::function<void(std::size_t articles)> progress;
};

struct BuildReport {
  std::size_t articles = 0;   // articles extracted
  std::vector<Error> errors;  // inputs (or parts of inputs) that could not be read, in input order
  // Wall-clock seconds of each phase (for `newsgraph -v build`, and for finding where a corpus' time goes).
  struct Seconds {
    double extraction = 0;  // reading, extracting and absorbing every article (into each thread's records)
    double merging = 0;     // merging the threads' records, sorting them by id
    double resolution = 0;  // cross-article entity resolution
  } seconds;
};

class GraphBuilder {
 public:
  GraphBuilder(std::shared_ptr<const Schema> schema, BuildOptions options);
  SortedRecords BuildRecords(const std::vector<std::string>& inputs, BuildReport& report) const;
  // The same in a GraphFragment's maps.
  GraphFragment Build(const std::vector<std::string>& inputs, BuildReport& report) const {
    return BuildRecords(inputs, report).ToFragment();
  }

 private:
  std::shared_ptr<const Schema> schema_;
  BuildOptions options_;
};

}  // namespace newsgraph
