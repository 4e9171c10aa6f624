// Finds relation cues (schema/lexicons/*/cues.tsv) in a segmented document: a cue word matches a token by its
// folded form or by one of its lemmas from the morphology, so the lexicon lists lemmas, never inflections.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/Document.h"
#include "schema/Schema.h"

namespace newsgraph {

class CueFinder {
 public:
  explicit CueFinder(const Schema& schema);
  void Process(Document& doc) const;

  // True when token `i` is `word` by form or lemma ("de" also matches "du", "des" and "d'"; "à" "au" and
  // "aux").
  bool Matches(const Document& doc, std::uint32_t i, const std::string& word) const;

  // A quotation mark: " « » “ ”. (Inline, their first bytes tested first: the rules ask it of most tokens
  // they walk past.)
  static bool IsQuote(std::string_view token) {
    return !token.empty() && (token[0] == '"' || token[0] == '\xc2' || token[0] == '\xe2') &&
           (token == "\"" || token == "\u00AB" || token == "\u00BB" || token == "\u201C" ||
            token == "\u201D");
  }
  // False when no cue phrase starts at a token and it is no verb of an incise (most tokens): Process asks
  // nothing of it. Asked once per form, of a token with its facts, by TokenLookup
  // (TokenFacts::may_start_cue). (The lemmas' phrases of a capitalised word count only at the start of a
  // sentence, and a verb of an incise only in one: Process asks both.)
  static bool MayStartCue(const Lexicon& lexicon, const Token& t) {
    return t.kind == TokenKind::kWord && (!t.facts.cues->empty() || t.facts.lemma_cues ||
                                          (!t.capitalized && lexicon.LemmaIn(WordClass::kInciseReport, t)));
  }
  // False when no time or medium starts at a token (TimeOrMedium is 0 there whatever follows it: most
  // tokens). Asked once per form, of a token with its facts, by TokenLookup
  // (TokenFacts::may_start_time_or_medium).
  static bool MayStartTimeOrMedium(const Lexicon& lexicon, const Token& t);
  // False when token `t` cannot come between two words of a cue phrase (most tokens): it is no negation,
  // auxiliary, quotation mark, adverb, start of a time or medium, "à" / "au" / "aux" before an addressee,
  // reflexive pronoun of a verb saying an event took place nor determiner before a verb's object, so that a
  // phrase whose next word it is not fails there. Asked once per form, of a token with its facts
  // (may_start_time_or_medium included), by TokenLookup (TokenFacts::may_come_inside_cue), `written` being
  // the token's text.
  static bool MayComeInsideCue(const Lexicon& lexicon, const Token& t, std::string_view written);
  // An object pronoun, as an infinitive may have before it ("en dire plus", "le confirmer", "s'exprimer").
  // Asked once per form by TokenLookup (TokenFacts::object_pronoun).
  static bool ObjectPronoun(const Token& t);
  // Token `ne` ("ne", "n'") negates its verb alone after a subject of "ni ... ni": "Ni Moscou ni Kiev n'ont
  // confirmé", "Ni X ni Y n'ont souhaité commenter".
  static bool NegatedByNi(const Document& doc, const Sentence& s, std::uint32_t ne);

 private:
  // How many tokens at `i` say when or through what ("samedi", "soir", "longuement", "par téléphone"), 0
  // when none: they may come between the words of a phrase.
  std::uint32_t TimeOrMedium(const Document& doc, std::uint32_t i) const;
  // How many tokens at `i` are a complement of occasion ("au cours des dernières quarante-huit heures",
  // "lors d'un entretien", "pendant la nuit": words.tsv occasion) up to a preposition or a name, 0 when none.
  std::uint32_t OccasionLength(const Document& doc, std::uint32_t i) const;
  // How many tokens at `i` are the verb saying that an event took place ("a eu lieu", "s'est tenu",
  // "a finalement eu lieu": words.tsv occurrence), 0 when none.
  std::uint32_t OccurrenceLength(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // How many tokens at `i` ("depuis") are a time it has lasted since ("depuis un mois"), 0 when none.
  std::uint32_t SinceLength(const Document& doc, std::uint32_t i) const;
  // Where a refusal to make the statement at `i` starts, if it is one: "a refusé de répondre", "s'est refusé
  // à le confirmer" (words.tsv refusal), "n'a pas souhaité en dire plus" (a negated words.tsv wish).
  std::optional<std::uint32_t> RefusalBefore(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // Token `i` is a participle or adjective qualifying the noun before it, with no agent after it: "des
  // incidents répétés" (a statement verb said nothing there; "les propos rapportés par X" is a statement).
  bool Attributive(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // Where a verb's object noun phrase opening at `first` ("les accusations polonaises") ends at a "de",
  // within a few words; `first` when there is none.
  std::uint32_t ObjectEnd(const Document& doc, const Sentence& s, std::uint32_t first) const;
  // Token `i` is a verb that states only in an incise (words.tsv incise_report), and is in one: after a
  // comma or a quote and its auxiliary (", a rappelé le ministère", "», poursuit-il"). (Inline: asked of
  // every word that starts no cue, and few are such verbs.)
  bool InciseReport(const Document& doc, const Sentence& s, std::uint32_t i) const {
    // (Not its present participle: ", poursuivant le rapprochement" says nothing.)
    const Token& t = doc.tokens[i];
    return !t.capitalized && schema_.lexicon().LemmaIn(WordClass::kInciseReport, t) && t.lowered().verb &&
           !(t.fold.ends_with("ant") && !t.lowered().finite) && InIncise(doc, s, i);
  }
  // The verb at `i` is in an incise.
  bool InIncise(const Document& doc, const Sentence& s, std::uint32_t i) const;

  const Schema& schema_;
  const std::uint64_t instance_;  // tells this finder's per-thread candidates from another schema's
};

}  // namespace newsgraph
