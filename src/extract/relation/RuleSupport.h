// What the rule files (ReportRules.cc, ContactRules.cc, ...) share: Add, which records a relation once per
// sentence, ModalityOf, the edits of a MentionList, and the small tests more than one family asks.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "core/Document.h"
#include "extract/relation/Context.h"
#include "extract/relation/SentenceReader.h"
#include "extract/relation/WordTests.h"
#include "schema/Schema.h"

namespace newsgraph {

// (These headers are the relation files' own, which all compare with "..."sv.)
using namespace std::string_view_literals;

// How many sentences back a silence with nothing after it ("Le Kremlin n'a pas réagi.") looks for the
// conversation it is about: the end of an article often says who kept silent about its main event.
constexpr std::uint32_t kSilenceReach = 4;
// How many sentences back a conversation named again ("a confirmé les échanges", "a démenti tout contact",
// "au cours de cet échange") is looked for: a paragraph's worth, an article's last ones often coming back to
// its first conversation.
constexpr std::uint32_t kNamedAgainReach = 4;

// A state named by its capital ("Paris", "Doha"): in "le sommet de Paris" it is where a meeting is held.
bool NamedByCapital(const Schema& schema, const Mention& m);

// The preposition that introduces line mention `line` ("par ce canal", "via leur ligne directe"), not before
// token `floor`; empty if none.
inline std::string_view LinePreposition(const RelationExtractor::Context& c, const Lexicon& lexicon,
                                        std::uint32_t line, std::uint32_t floor) {
  std::uint32_t t = c.m(line).first_token;
  while (t > floor &&
         (IsArticle(c.tok(t - 1)) || c.tok(t - 1).fold == "une"sv || IsDemonstrative(c.tok(t - 1).fold) ||
          lexicon.Is(WordClass::kPossessive, c.tok(t - 1))))
    --t;
  return t > floor ? c.tok(t - 1).fold : ""sv;
}

// Token `t` is a noun or verb that names a conversation: a contact cue starts there, or it is "appel" or
// "visite" (no cue alone: "l'appel", "la visite"; by lemma, found once per form: SentenceWords). (Inline:
// asked of each token of a statement.)
inline bool NamesConversation(const RelationExtractor::Context& c, std::uint32_t t) {
  const Cue* named = CueAt(c, t);
  return (named && named->cls == "contact"sv) ||
         (c.tok(t).facts.sentence_words & RelationExtractor::kCallOrVisit) != 0;
}

// The line mention `k` is named with a definite article ("la ligne"): a line that exists.
inline bool DefiniteLine(const RelationExtractor::Context& c, std::uint32_t k) {
  const std::uint32_t named = c.m(k).first_token;
  if (named == 0 || c.doc.tokens[named - 1].sentence != c.m(k).sentence) return false;
  const std::string_view article = c.tok(named - 1).fold;
  return article == "la"sv || article == "l'"sv || article == "le"sv;
}

// The state a mention stands for: its own, that of its title's nationality, or the gazetteer's for an
// institution or a known person ("" when none).
std::string_view StateOfMention(const Gazetteer& gazetteer, const Mention& m);

// Mention `party` stands for `speaker` (an entity id): it is it, or it holds a title of that state ("Téhéran
// a démenti tout contact" after "le ministre iranien X a parlé avec Y" is about Y, not X).
// An institution of a state stands for it too ("L'armée indienne n'a pas souhaité commenter" the talks of
// India with China is about China).
bool SpeaksFor(const RelationExtractor::Context& c, const Schema& schema, std::uint32_t party,
               std::string_view speaker);

// (std::erase_if and std::erase for it: Boost 1.74 has none.)
template <typename Pred>
void EraseIf(MentionList& list, Pred pred) {
  list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
}

inline void Erase(MentionList& list, std::uint32_t k) {
  list.erase(std::remove(list.begin(), list.end(), k), list.end());
}

// The relation added, or null when it adds none (no entity at one end, both the same, or a fact of the
// sentence already): the rules that give a fact the sentence's attributes (FactAttributes) work them out
// only for a relation made.
inline Relation* Add(RelationExtractor::Context& c, RelationType type, std::uint32_t source,
                     std::uint32_t target, std::string_view rule, Modality modality = Modality::kAsserted,
                     std::map<std::string, std::string> attributes = {}) {
  const Mention& a = c.m(source);
  const Mention& b = c.m(target);
  if (a.entity.empty() || b.entity.empty() || a.entity == b.entity) return nullptr;
  std::string_view sa = a.entity, sb = b.entity;
  if (IsSymmetric(type) && sb < sa) std::swap(sa, sb);
  const std::tuple<RelationType, std::string_view, std::string_view> fact{type, sa, sb};
  if (std::find(c.seen.begin(), c.seen.end(), fact) != c.seen.end()) return nullptr;
  c.seen.push_back(fact);
  Relation& r = c.doc.relations.emplace_back();  // (filled in place: no Relation moved)
  r.type = type;
  r.source = source;
  r.target = target;
  r.sentence = c.sentence;
  r.modality = modality;
  r.rule = rule;
  r.attributes = std::move(attributes);
  return &r;
}

// Negation or hypothesis in tokens [first, end). The journalistic conditional ("aurait parlé") still reports
// the fact; a modal in the conditional ("pourrait", "aurait pu") or "si" makes it a hypothesis.
inline Modality ModalityOf(const SentenceReader& h, std::uint32_t first, std::uint32_t end) {
  // (A subject named in a sentence before, "X ne l'a pas reçu. Ils ont discuté avec Y", brings no negation.)
  first = std::max(first, h.c.s.first_token);
  // The second word of a negation follows a simple verb, after an adverb at most: "ne se parlent presque
  // plus", "ne se sont jamais parlé" has it inside.
  std::uint32_t after = end;
  while (after < h.c.s.end_token && after < end + 3 &&
         (h.Is(WordClass::kNegation, after) ||
          (h.c.tok(after).kind == TokenKind::kWord && h.c.tok(after).lowered().adverb &&
           !h.c.tok(after).lowered().verb)))
    ++after;
  if (h.Negated(first, after)) return Modality::kNegated;
  if (h.Hypothetical(first, end)) return Modality::kHypothetical;
  // "si" opening the fact's clause, before its subject: a condition or an indirect question ("a refusé de
  // dire si X avait parlé avec Y"); "même si" concedes the fact, "comme si" compares.
  // (Opening the sentence too, before the subject's article: "Si la ligne était utilisée, ...".)
  if (first > h.c.s.first_token && IsArticle(h.c.tok(first - 1))) --first;
  if (first > h.c.s.first_token && (h.c.tok(first - 1).fold == "si"sv || h.c.tok(first - 1).fold == "s'"sv) &&
      (first - 1 == h.c.s.first_token ||
       (h.c.tok(first - 2).fold != "meme"sv && h.c.tok(first - 2).fold != "comme"sv)))
    return Modality::kHypothetical;
  return Modality::kAsserted;
}

}  // namespace newsgraph
