// libFuzzer harness: the whole per-article extraction (ArticlePipeline with the real schema, then
// BuildFragment) on an arbitrary plain-text article, decoded as ingest does (UTF-8, else Windows-1252).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/ArticlePipeline.h"
#include "graph/FragmentBuilder.h"
#include "ingest/Encoding.h"
#include "ingest/PlainTextParser.h"
#include "schema/Schema.h"

namespace {

const newsgraph::ArticlePipeline& ThePipeline() {
  static const newsgraph::ArticlePipeline pipeline = [] {
    auto schema = newsgraph::Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
    if (!schema) std::abort();
    return newsgraph::ArticlePipeline(*schema);
  }();
  return pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bool fell_back = false;
  auto text = newsgraph::Encoding::Decode(std::string(reinterpret_cast<const char*>(data), size), "auto",
                                          newsgraph::Location{"fuzz.txt"}, fell_back);
  if (!text) return 0;
  newsgraph::Article article =
      newsgraph::PlainTextParser::Parse(std::move(*text), "fuzz.txt", newsgraph::Location{"fuzz.txt"});
  newsgraph::Document doc = ThePipeline().Run(std::move(article));
  newsgraph::BuildFragment(doc);
  return 0;
}
