#include "extract/TokenLookup.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/FormCache.h"
#include "core/InstanceId.h"
#include "core/ShortWord.h"
#include "extract/CueFinder.h"
#include "extract/MentionFinder.h"

namespace newsgraph {
namespace {

// Distinct word forms kept per thread; past this the cache starts again (a news archive's vocabulary is a
// few hundred thousand forms, each entry about 150 bytes).
constexpr std::size_t kMaxCachedForms = 1 << 18;
// Slots of the table of recent short forms (Process), about 100 bytes each.
constexpr int kRecentBits = 10;
constexpr std::size_t kRecentSlots = std::size_t{1} << kRecentBits;

}  // namespace

TokenLookup::TokenLookup(const Schema& schema) : schema_(schema), instance_(NewInstanceId()) {}

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
  // ("la", "n'": the names they start are written with a capital, "La Haye", "N'Djamena".)
  static const std::vector<GazetteerName> kNoNames;
  if (!t.capitalized &&
      std::all_of(f.names->begin(), f.names->end(), [](const GazetteerName& g) { return g.needs_capital; }))
    f.names = &kNoNames;
  for (const std::string& lemma : f.lower->lemmas) {
    f.lemma_cues |= lemma != t.fold && !lexicon.cues().StartingWith(lemma).empty();
    f.lemma_classes |= lexicon.ClassesOf(lemma);
  }
  Token looked_up = t;  // (MentionFinder asks it of a token that has these facts)
  looked_up.facts = f;
  f.may_start_mention = MentionFinder::MayStartMention(lexicon, looked_up);
  f.may_start_cue = CueFinder::MayStartCue(lexicon, looked_up);
  return f;
}

void TokenLookup::Process(Document& doc) const {
  thread_local FormCache<TokenFacts> cache(kMaxCachedForms);
  // Most tokens are short, frequent words ("de", "la", ","): the facts of the last form of up to eight bytes
  // met at each slot, its bytes read as one 64-bit word, answer them before the cache's hash lookup.
  struct Recent {
    std::uint64_t word = 0;
    std::size_t size = SIZE_MAX;  // no form yet
    TokenFacts facts;
  };
  thread_local std::array<Recent, kRecentSlots> recent;
  thread_local std::uint64_t owner = 0;  // the caches start again for another TokenLookup
  if (owner != instance_) {
    owner = instance_;
    cache.Clear();
    recent.fill(Recent{});
  }
  const char* const text = doc.text.data();  // (the compiler would load it again after each token written)
  const std::size_t text_size = doc.text.size();
  Recent* const slots = recent.data();  // (a thread_local's address is spilled and recomputed per token)
  for (Token& t : doc.tokens) {
    const std::string_view written(text + t.begin, t.end - t.begin);
    if (written.size() > 8) {
      t.facts = cache.Get(written, [&] { return Compute(t, written); });
      continue;
    }
    const std::uint64_t word = ShortWord(written, text_size - t.begin);
    Recent& slot = slots[(word * 0x9E3779B97F4A7C15ULL) >> (64 - kRecentBits)];
    // (A miss marked unlikely: the compiler then laid the hit out without reloading the slot's address.)
    if (slot.word != word || slot.size != written.size()) [[unlikely]] {
      slot.facts = cache.Get(written, [&] { return Compute(t, written); });
      slot.word = word;
      slot.size = written.size();
    }
    t.facts = slot.facts;
  }
}

}  // namespace newsgraph
