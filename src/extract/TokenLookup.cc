#include "extract/TokenLookup.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/FormCache.h"

namespace newsgraph {
namespace {

// Distinct word forms kept per thread; past this the cache starts again (a news archive's vocabulary is a
// few hundred thousand forms, each entry about 150 bytes).
constexpr std::size_t kMaxCachedForms = 1 << 18;

std::uint64_t NextInstance() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

TokenLookup::TokenLookup(const Schema& schema) : schema_(schema), instance_(NextInstance()) {}

TokenFacts TokenLookup::Compute(const Token& t, std::string_view written) const {
  const Lexicon& lexicon = schema_.lexicon();
  const Morphology& morphology = schema_.morphology();
  TokenFacts f;
  f.written = &morphology.Analyze(written);
  f.lower = t.lower == written ? f.written : &morphology.Analyze(t.lower);
  f.classes = lexicon.ClassesOf(t.fold);
  f.nationality = schema_.gazetteer().FindByAdjective(t.fold);
  f.titles = &lexicon.titles().StartingWith(t.fold);
  f.heads = &lexicon.heads().StartingWith(t.fold);
  f.cues = &lexicon.cues().StartingWith(t.fold);
  f.names = &schema_.gazetteer().NamesStartingWith(t.fold);
  for (const std::string& lemma : f.lower->lemmas) {
    f.lemma_cues |= lemma != t.fold && !lexicon.cues().StartingWith(lemma).empty();
    f.lemma_classes |= lexicon.ClassesOf(lemma);
  }
  return f;
}

void TokenLookup::Process(Document& doc) const {
  thread_local FormCache<TokenFacts> cache(kMaxCachedForms);
  thread_local std::uint64_t owner = 0;  // the cache starts again for another TokenLookup
  if (owner != instance_) {
    owner = instance_;
    cache.Clear();
  }
  const char* const text = doc.text.data();  // (the compiler would load it again after each token written)
  for (Token& t : doc.tokens) {
    const std::string_view written(text + t.begin, t.end - t.begin);
    t.facts = cache.Get(written, [&] { return Compute(t, written); });
  }
}

}  // namespace newsgraph
