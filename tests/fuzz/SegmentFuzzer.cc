// libFuzzer harness: Normalizer then Segmenter on arbitrary valid UTF-8 (ingest guarantees it), with the real
// abbreviation list. Checks the invariants later stages rely on: the byte map covers the text, tokens and
// sentences are ordered, non-empty and inside the text; and that FindLatinWordBreaks and FindSentenceBreaks,
// where they answer, find the boundaries ICU's iterators find.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/Document.h"
#include "ingest/Encoding.h"
#include "schema/Schema.h"
#include "tests/text/IcuBreaks.h"
#include "text/LatinWordBreaks.h"
#include "text/Normalizer.h"
#include "text/Segmenter.h"
#include "text/SentenceBreaks.h"

namespace {

const newsgraph::Segmenter& TheSegmenter() {
  static const newsgraph::Segmenter segmenter = [] {
    auto schema = newsgraph::Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
    if (!schema) std::abort();
    return newsgraph::Segmenter((*schema)->abbreviations());
  }();
  return segmenter;
}

// Aborts unless `find`, where it answers, gives the boundaries `icu` finds (tests/text/IcuBreaks.h).
template <typename Find>
void CheckBreaks(Find&& find, std::vector<std::uint32_t> (*icu)(const std::string&),
                 const std::string& text) {
  std::vector<std::uint32_t> breaks;
  if (find(text, breaks) && breaks != icu(text)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (newsgraph::Encoding::FindInvalidUtf8(text)) return 0;
  // (The overload that fills a vector: the other makes pieces.)
  CheckBreaks(
      static_cast<bool (*)(const std::string&, std::vector<std::uint32_t>&)>(&newsgraph::FindLatinWordBreaks),
      &newsgraph::testing::IcuWordBreaks, text);
  CheckBreaks(&newsgraph::FindSentenceBreaks, &newsgraph::testing::IcuSentenceBreaks, text);
  newsgraph::Document doc;
  doc.article.text = std::move(text);
  newsgraph::Normalizer().Process(doc);
  TheSegmenter().Process(doc);
  if (!doc.to_original.empty() && doc.to_original.size() != doc.text.size() + 1) std::abort();
  std::uint32_t last = 0;
  for (const auto& token : doc.tokens) {
    if (token.begin < last || token.end <= token.begin || token.end > doc.text.size()) std::abort();
    last = token.end;
  }
  last = 0;
  for (const auto& sentence : doc.sentences) {
    if (sentence.begin < last || sentence.end < sentence.begin || sentence.end > doc.text.size())
      std::abort();
    last = sentence.end;
  }
  return 0;
}
