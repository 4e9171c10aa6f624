#include "extract/TokenLookup.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/FormCache.h"
#include "core/InstanceId.h"
#include "extract/CueFinder.h"
#include "extract/MentionFinder.h"
#include "extract/RelationExtractor.h"

namespace newsgraph {
namespace {

// Distinct word forms kept per thread; past this the cache starts again (a news archive's vocabulary is a
// few hundred thousand forms, each entry about 150 bytes).
constexpr std::size_t kMaxCachedForms = 1 << 18;

}  // namespace

TokenLookup::TokenLookup(const Schema& schema) : schema_(schema), instance_(NewInstanceId()) {}

TokenFacts TokenLookup::Compute(const Token& t, std::string_view written) const {
  const Lexicon& lexicon = schema_.lexicon();
  const Morphology& morphology = schema_.morphology();
  TokenFacts f;
  f.written = &morphology.Analyze(written);
  f.lower = t.lower == written ? f.written : &morphology.Analyze(t.lower);
  // ("Echange de prisonniers", "Etat d'urgence": a capital É is often written without its accent; a word
  // unknown so is read as the one with it, when that is a common word.)
  if (!f.lower->known && written.size() > 2 && written[0] == 'E' && t.lower.starts_with('e'))
    if (const WordInfo& accented = morphology.Analyze("\xc3\xa9" + std::string(t.lower.substr(1)));
        accented.known && accented.common_word)
      f.lower = &accented;
  f.classes = lexicon.ClassesOf(t.fold);
  f.nationality = schema_.gazetteer().FindByAdjective(t.fold);
  f.titles = &lexicon.titles().StartingWith(t.fold);
  f.starts_title = !f.titles->empty();
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
  f.states = lexicon.Is(WordClass::kStates, looked_up);
  f.may_start_mention = MentionFinder::MayStartMention(lexicon, looked_up);
  f.may_start_cue = CueFinder::MayStartCue(lexicon, looked_up);
  f.may_start_time_or_medium = CueFinder::MayStartTimeOrMedium(lexicon, looked_up);
  f.object_pronoun = CueFinder::ObjectPronoun(looked_up);
  looked_up.facts.may_start_time_or_medium = f.may_start_time_or_medium;  // (MayComeInsideCue reads it)
  f.may_come_inside_cue = CueFinder::MayComeInsideCue(lexicon, looked_up, written);
  f.name_word = MentionFinder::MayBeNameWord(lexicon, looked_up);
  f.capitalized_word = MentionFinder::CapitalizedWord(lexicon, looked_up);
  f.common_name_word = MentionFinder::CommonNameWord(lexicon, looked_up);
  f.may_start_stand_in = MentionFinder::MayStartStandIn(lexicon, looked_up);
  f.hyphenated_particle = MentionFinder::HyphenatedParticle(lexicon, looked_up, written);
  f.compound = MentionFinder::Compound(schema_, looked_up);
  f.sentence_words = RelationExtractor::SentenceWords(lexicon, looked_up);
  return f;
}

TokenFacts TokenLookup::Of(const Token& token, std::string_view written) const {
  thread_local FormCache<TokenFacts> cache(kMaxCachedForms);
  thread_local std::uint64_t owner = 0;  // the cache starts again for another TokenLookup
  if (owner != instance_) {
    owner = instance_;
    cache.Clear();
  }
  return cache.Get(written, [&] { return Compute(token, written); });
}

void TokenLookup::Process(Document& doc) const {
  const char* const text = doc.text.data();
  for (Token& t : doc.tokens)
    if (t.facts.written == nullptr) t.facts = Of(t, std::string_view(text + t.begin, t.end - t.begin));
}

}  // namespace newsgraph
