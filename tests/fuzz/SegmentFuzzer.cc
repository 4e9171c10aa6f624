// libFuzzer harness: Normalizer then Segmenter on arbitrary valid UTF-8 (ingest guarantees it), with the real
// abbreviation list. Checks the invariants later stages rely on: the byte map covers the text, tokens and
// sentences are ordered, non-empty and inside the text; and that FindLatinWordBreaks and FindSentenceBreaks,
// where they answer, find the boundaries ICU's iterators find.
#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/Document.h"
#include "ingest/Encoding.h"
#include "schema/Schema.h"
#include "text/LatinWordBreaks.h"
#include "text/Normalizer.h"
#include "text/Segmenter.h"
#include "text/SentenceBreaks.h"
#include "text/Utf16Text.h"

namespace {

const newsgraph::Segmenter& TheSegmenter() {
  static const newsgraph::Segmenter segmenter = [] {
    auto schema = newsgraph::Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
    if (!schema) std::abort();
    return newsgraph::Segmenter((*schema)->abbreviations());
  }();
  return segmenter;
}

// Aborts unless `find`, where it answers, gives the boundaries of ICU's French iterator made by `create`.
void CheckBreaks(bool (*find)(std::string_view, std::vector<std::uint32_t>&),
                 icu::BreakIterator* (*create)(const icu::Locale&, UErrorCode&), const std::string& text) {
  std::vector<std::uint32_t> breaks;
  if (!find(text, breaks)) return;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(create(icu::Locale::getFrench(), status));
  const newsgraph::Utf16Text text16(text);
  iterator->setText(text16.text());
  std::vector<std::uint32_t> expected;
  for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next())
    expected.push_back(text16.ByteOffset(b));
  if (breaks != expected) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (newsgraph::Encoding::FindInvalidUtf8(text)) return 0;
  CheckBreaks(&newsgraph::FindLatinWordBreaks, &icu::BreakIterator::createWordInstance, text);
  CheckBreaks(&newsgraph::FindSentenceBreaks, &icu::BreakIterator::createSentenceInstance, text);
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
