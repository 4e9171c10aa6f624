// Turns cues and mentions into relations, sentence by sentence, with the sentence patterns of French news:
//   - reporting: preposed ("X a déclaré que S"), incise ("S, a déclaré X", "a-t-il dit"), "selon X",
//     headline colon ("Le Kremlin : S"); a negated statement or a denial verb gives `denied`;
//     "a déclaré X à Reuters", "citant X", "cité par X" give `cites`;
//   - contact: "X s'est entretenu avec Y", "X et Y se sont entretenus", "conversation entre X et Y",
//     "X a téléphoné à Y", with coordination on either side;
//   - lines: established / operates / used / connects from their cues around a line mention, passives with
//     "par", "entre X et Y" and "qui relie X à Y";
//   - member_of from titles ("le porte-parole du Kremlin, Dmitri Peskov") and "X est membre de Y".
// Facts inside reported speech carry `attributed_to`; negated and hypothetical facts are kept with their
// modality (for `annotate`) but never become plain edges.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/Document.h"
#include "core/InstanceId.h"
#include "schema/Schema.h"

namespace newsgraph {

class RelationExtractor {
 public:
  explicit RelationExtractor(const Schema& schema) : schema_(schema) {}
  void Process(Document& doc) const;

  struct Context;  // per-sentence working state

  // What a sentence must have for some rules to find anything in it, as bits of one token's
  // (TokenFacts::sentence_words): the rules ask it of most sentences, and the sentence's tokens then give it
  // by one byte each. Asked once per form, of a token with its facts, by TokenLookup.
  enum SentenceWord : std::uint8_t {
    kGroupCount = 1,      // "deux", "trois": a pair named again ("les deux hommes")
    kNegationWord = 2,    // "ne", "aucun", a verb of cessation: a negation (Negated)
    kHypothesisWord = 4,  // a words.tsv hypothetical word, a verb in the future or the conditional
    kGoBetweenWord = 8,   // a words.tsv go_between word ("intermédiaire", "médiation")
    kAttributeWord = 16,  // a words.tsv channel, times or month word: a fact's attribute (FactAttributes)
    kRelativeWho = 32,    // the relative "qui" (InsertedRelative)
    kCallOrVisit = 64,    // "appel", "visite": a conversation named without a cue (NamesConversation)
    kBut = 128,           // "mais": a statement in two parts ("S1, mais que S2": ReportFrom)
  };
  static std::uint8_t SentenceWords(const Lexicon& lexicon, const Token& t);

 private:
  // relation/ReportRules.cc:
  void Report(Context& c, const Cue& cue) const;
  // What speaker `sp` said in tokens [first, end): reported/denied edges to its main entities, cites. The
  // facts it asserts or denies start at `claim` when later than `first` (an accusation that a participle
  // denies: its targets include who made it, its facts are only what was said).
  void ReportFrom(Context& c, const Cue& cue, std::uint32_t sp, std::uint32_t first, std::uint32_t end,
                  std::uint32_t claim = 0) const;
  // "X a appelé Y à la retenue", "X a exhorté Y à revenir sur sa décision": calling on someone to do
  // something is a statement about them (the appeal's verb at `cue`).
  void Appeal(Context& c, const Cue& cue) const;
  // Mention `x` is the subject of an incise in a statement from token `from` (", a rapporté l'agence KCNA").
  bool IncisesSpeaker(Context& c, std::uint32_t x, std::uint32_t from) const;
  void HeadlineColon(Context& c) const;

  // relation/StatementLookback.cc:
  // The first party (not `speaker`) of the conversation a demonstrative refers back to in [first, end).
  // The statement [first, end) tells of a conversation by a contact verb (or says there was none: "pas eu de
  // rencontre") and names no one: a party of the conversation of the three sentences before that `speaker`
  // does not speak for.
  std::optional<std::uint32_t> PartyOfContactVerb(const Context& c, std::uint32_t first, std::uint32_t end,
                                                  std::string_view speaker) const;
  std::optional<std::uint32_t> ConversationNamedBefore(const Context& c, std::uint32_t first,
                                                       std::uint32_t end, std::string_view speaker) const;
  // The speaker (not `speaker`) of the statement a demonstrative refers back to in [first, end) ("ces
  // accusations": words.tsv statement_noun), named in the `back` sentences before.
  std::optional<std::uint32_t> StatementNamedBefore(Context& c, std::uint32_t first, std::uint32_t end,
                                                    std::string_view speaker, std::uint32_t back = 2) const;
  // A claim noun in [first, end) is called false ("des allégations « manifestement fausses »": words.tsv
  // claim_noun and falsehood).
  bool CalledFalse(Context& c, std::uint32_t first, std::uint32_t end) const;
  // What is said in [first, end) is only that what was said before is false: "« C'est faux »", "« Ce sont
  // des fantasmes »" (a demonstrative, "être" and words.tsv falsehood), "« Ce n'est pas vrai »" (words.tsv
  // truth, negated), "« Nous n'avons rien à voir avec cela »".
  bool CalledItFalse(const Context& c, std::uint32_t first, std::uint32_t end) const;
  // The state whose statements a statement noun or a reporting noun in [first, end) names by its nationality
  // ("les accusations polonaises", "selon le communiqué russe"), when the article names it.
  std::optional<std::uint32_t> NationalStatement(const Context& c, std::uint32_t first,
                                                 std::uint32_t end) const;
  // The state that a noun in [first, end) names by its nationality when nothing else is named ("a démenti
  // avoir accepté une proposition française", "a salué le plan égyptien"), when the article names it.
  std::optional<std::uint32_t> StateOfTheObject(const Context& c, std::uint32_t first,
                                                std::uint32_t end) const;
  // The speaker of the last statement (reported or denied) before this sentence, or in it too
  // (`this_sentence`), in the `back` sentences before; none when it is `speaker`. With `claims_only`, of
  // the last statement that claimed something: no denial, nor the report of one.
  std::optional<std::uint32_t> LastSpeaker(const Context& c, std::string_view speaker, bool this_sentence,
                                           std::uint32_t back = 2, bool claims_only = false) const;
  // A denial with no object of its own ("X a démenti, affirmant ...", "ce que la Serbie a nié") is of the
  // statement made before: its speaker (not `speaker`), in this sentence or the two before.
  std::optional<std::uint32_t> DeniedWithoutObject(Context& c, const Cue& cue, std::uint32_t sp) const;

  // relation/ContactRules.cc:
  void Contact(Context& c, const Cue& cue) const;
  // The noun at token `noun` opens a complement, after a preposition (and its article): "depuis le sommet",
  // "lors du sommet"; not an object ("une rencontre", "des pourparlers").
  bool InComplement(const Context& c, std::uint32_t noun) const;
  bool AnswersACall(const Context& c, const Cue& cue) const;
  bool AppealNotCall(const Context& c, const Cue& cue) const;
  // The verb of urging at `cue` (words.tsv urge) governs an infinitive after its object: "a exhorté X à
  // retirer ses troupes".
  bool UrgesToDo(const Context& c, const Cue& cue) const;
  bool ExchangesThings(const Context& c, const Cue& cue) const;
  std::uint32_t VerbBefore(const Context& c, const Cue& cue) const;

  // relation/LineRules.cc:
  void LineFact(Context& c, const Cue& cue) const;
  bool ComplementOfAnotherNoun(const Context& c, std::uint32_t from, std::uint32_t to) const;
  void LineParties(Context& c) const;
  // A line known by its descriptor across articles ("ligne de déconfliction") that connects two states in
  // the article is that pair's: "line:ligne_deconfliction@israel+russia" is not the US-Russia one.
  void QualifyLinesByStates(Document& doc) const;

  // relation/MembershipRules.cc:
  void Member(Context& c, const Cue& cue) const;
  // `by_sentence`: the indices of each sentence's mentions.
  void RolesToMembership(Document& doc, const std::vector<std::span<const std::uint32_t>>& by_sentence) const;
  // "Tarun Chhabra, du Conseil de sécurité nationale, ...": a person followed by an institution in apposition
  // is its member.
  void ApposedAffiliations(Context& c) const;

  // relation/DeclineRules.cc:
  void Decline(Context& c, const Cue& cue) const;

  // relation/CiteRules.cc:
  void Cite(Context& c, const Cue& cue) const;
  // "Selon l'agence Reuters, un responsable américain a indiqué que S": an outlet's story that names who
  // said what cites them.
  void SourcesOfOutletStories(Context& c) const;

  // relation/ModalityRules.cc:
  // `governor` governs the infinitive of the fact cue `fact` ("a démenti avoir parlé", "propose de créer").
  bool Governs(const Context& c, const Cue& governor, const Cue& fact) const;
  // The speaker of the denial that governs a fact's cue ("X a démenti avoir parlé avec Y"), if any.
  std::optional<std::uint32_t> DeniedBy(const Context& c, const std::vector<const Cue*>& cues,
                                        const Cue& fact) const;
  // The fact is the purpose of the infinitive `governor` governs: "doit se rendre à Moscou pour s'entretenir
  // avec X" (a planned trip's talks are planned too).
  bool PurposeOfGoverned(const Context& c, const Cue& governor, const Cue& fact) const;
  // An intention or decline cue governs the fact: "propose de mettre en place", "envisagent de rouvrir" (no
  // fact yet), "a refusé de commenter les échanges avec" (no fact said); or an appeal urges it ("a appelé
  // Pékin à renouer le dialogue").
  bool Intended(const Context& c, const std::vector<const Cue*>& cues, const Cue& fact) const;
  // The verb of trying that governs the fact (words.tsv attempt: "a tenté sans succès de joindre Y par la
  // ligne"), if one does: its subjects' call used the line, though it reached no one.
  const Cue* Attempt(const Context& c, const std::vector<const Cue*>& cues, const Cue& fact) const;
  // A call its other side refuses ("a refusé de prendre la ligne", "a refusé l'appel de X") connected no
  // one: the asserted contacts with that side in the three sentences before are negated.
  void RefusedCalls(Context& c, const std::vector<const Cue*>& cues) const;
  std::map<std::string, std::string> FactAttributes(Context& c) const;

  const Schema& schema_;
  const std::uint64_t instance_ = NewInstanceId();  // (owner of the per-thread outlet cache)
  // Lexicon::ClassBit of words.tsv statement_noun (WordClass::kStatementNoun), for a sentence's classes.
  const std::uint64_t statement_noun_bit_ = schema_.lexicon().ClassBit("statement_noun");
};

}  // namespace newsgraph
