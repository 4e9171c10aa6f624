#include "extract/TokenLookup.h"

#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/HashSlots.h"

namespace newsgraph {
namespace {

// Distinct word forms kept per thread; past this the cache starts again (a news archive's vocabulary is a
// few hundred thousand forms, each entry about 150 bytes).
constexpr std::size_t kMaxCachedForms = 1 << 18;

// The facts of every word form the thread has seen, by the form as written.
class FormCache {
 public:
  // The facts of `form`, computed by `compute()` the first time. The cache starts again for another
  // TokenLookup (`owner`) or past kMaxCachedForms.
  template <typename Compute>
  const TokenFacts& Get(std::uint64_t owner, std::string_view form, Compute&& compute) {
    if (owner != owner_ || entries_.size() >= kMaxCachedForms) {
      owner_ = owner;
      entries_.clear();
      index_.Clear();
    }
    const auto hash = HashSlots::Hash(form);
    if (const auto at = index_.Find(hash, [&](std::uint32_t p) { return entries_[p].first == form; }))
      return entries_[*at].second;
    entries_.emplace_back(std::string(form), compute());
    index_.Insert(hash, static_cast<std::uint32_t>(entries_.size() - 1));
    return entries_.back().second;
  }

 private:
  std::uint64_t owner_ = 0;
  std::vector<std::pair<std::string, TokenFacts>> entries_;
  HashSlots index_;
};

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
  for (const std::string& lemma : f.lower->lemmas)
    f.lemma_cues |= lemma != t.fold && !lexicon.cues().StartingWith(lemma).empty();
  return f;
}

void TokenLookup::Process(Document& doc) const {
  thread_local FormCache cache;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    Token& t = doc.tokens[i];
    const std::string_view written = doc.TokenText(i);
    t.facts = cache.Get(instance_, written, [&] { return Compute(t, written); });
  }
}

}  // namespace newsgraph
