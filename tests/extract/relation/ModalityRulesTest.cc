// The modality of facts: negated, hypothetical, intended or refused facts (what governs them), the
// attributes of facts (channel, date) and whom a fact is attributed to.
#include <gmock/gmock.h>

#include <string>
#include <utility>
#include <vector>

#include "ExtractTest.h"
#include "RelationTestHelpers.h"

namespace newsgraph {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

using ModalityRulesTest = ExtractTest;

// Regression (found on a written article, fixed): "Les militaires américains avaient tenté à une dizaine de
// reprises de joindre l'armée turque par le canal de déconfliction" was a conversation: how often may be
// said in words before "reprises" between the attempt and what it tried; and what a line named with its
// article links holds whatever call was tried over it.
TEST_F(ModalityRulesTest, HowOftenBetweenAnAttemptAndWhatItTried) {
  Document doc = Extract(
      "Les militaires américains avaient tenté à une dizaine de reprises de joindre l'armée turque par le "
      "canal "
      "de déconfliction.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(StartsWith("spoke_with("))));
  EXPECT_THAT(edges, Contains(StartsWith("used(country:united_states, line:")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("used(institution:"))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), HasSubstr("institution:arme@turkey"))));
}

// Regression (found on a written article, fixed): "Bruxelles : feu vert aux négociations d'adhésion avec
// l'Ukraine" made the EU talk with Ukraine: talks given the go-ahead (cues.tsv intention "feu vert") are
// still to come.
TEST_F(ModalityRulesTest, TalksGivenTheGoAheadAreStillToCome) {
  Document doc = Extract(
      "Le Conseil européen a donné son feu vert à l'ouverture de négociations d'adhésion avec l'Ukraine.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
}

// Regression (found on a written article, fixed): "La Turquie a plaidé pour le dialogue avec Moscou" made
// Turkey speak with Russia: pleading for a conversation, or saying it is needed, is no conversation (cues.tsv
// intention: plaider pour, plaider en faveur, nécessité).
TEST_F(ModalityRulesTest, PleadingForTalksIsNoTalk) {
  for (const char* text : {"La Turquie a plaidé pour le dialogue avec Moscou.",
                           "La Turquie a plaidé en faveur d'un dialogue avec Moscou.",
                           "La Turquie a insisté sur la nécessité d'un dialogue avec Moscou."})
    EXPECT_THAT(Edges(Extract(text)), Not(Contains(StartsWith("spoke_with(")))) << text;
}

// Regression (found on a written article, fixed): "X a parlé avec Wang Yi au téléphone. Le Pentagone a tenté
// d'établir une communication via la ligne, mais le ministre chinois Wei Fenghe a refusé de prendre l'appel"
// negated X's call: the refused call is the one its own sentence told of before.
TEST_F(ModalityRulesTest, ARefusedCallIsTheOneItsSentenceToldOf) {
  const Document doc = Extract(
      "Antony Blinken s'est entretenu au téléphone avec Wang Yi. Le Pentagone a tenté d'établir une "
      "communication avec l'armée chinoise via la ligne de défense directe, mais le ministre chinois de la "
      "Défense Wei Fenghe a refusé de prendre l'appel.");
  const Relation* call =
      FindRelation(doc, RelationType::kSpokeWith, "official:antony_blinken", "official:wang_yi");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->modality, Modality::kAsserted);
}

// Regression (found on a written article, fixed): "Le ministre a proposé à Pyongyang de rétablir la ligne"
// made the minister establish it: an intention governs the infinitive after its verb's addressee too.
TEST_F(ModalityRulesTest, AnIntentionGovernsPastItsAddressee) {
  for (const char* text : {"Le ministre Kim Yung-ho a proposé à Pyongyang de rétablir la ligne de liaison.",
                           "Le ministre Kim Yung-ho a proposé à la Corée du Nord de rétablir la ligne de "
                           "liaison."})
    EXPECT_THAT(Edges(Extract(text)), Not(Contains(StartsWith("established("))));
  EXPECT_THAT(Edges(Extract("Le ministre Kim Yung-ho a rétabli la ligne de liaison avec Pyongyang.")),
              Contains(StartsWith("established(official:kim_iung_ho")));
}

// Regression (found on a written article, fixed): "Le Hamas, qui ne négocie pas directement avec Israël, a
// transmis sa réponse à l'Égypte" negated the message too: a relative clause between commas has a negation
// of its own, not that of the fact after it.
TEST_F(ModalityRulesTest, ANegationInARelativeClauseStaysThere) {
  Document doc =
      Extract("Le Hamas, qui ne négocie pas directement avec Israël, a transmis sa réponse à l'Égypte.");
  EXPECT_THAT(Edges(doc), Contains("spoke_with(institution:hamas, country:egypt)"));
  EXPECT_THAT(Edges(doc), Not(Contains(HasSubstr("country:israel"))));
  // Negated in its own clause, the fact after the relative clause is.
  doc = Extract("Le Hamas, qui négocie avec Israël, n'a pas transmis sa réponse à l'Égypte.");
  EXPECT_THAT(Edges(doc), Not(Contains("spoke_with(institution:hamas, country:egypt)")));
}

// Regression (found on a written article, fixed): "L'armée sud-coréenne a tenté sans succès de joindre son
// homologue par la ligne militaire" used no line: the call tried (words.tsv attempt) was placed over it, as
// "via" says; it reached no one, and a call planned ("envisage de joindre") used nothing.
TEST_F(ModalityRulesTest, ACallTriedOverALineUsedIt) {
  Document doc = Extract(
      "L'armée sud-coréenne a tenté sans succès de joindre l'armée nord-coréenne par la ligne militaire.");
  // (The line still links the two sides: HowOftenBetweenAnAttemptAndWhatItTried.)
  EXPECT_THAT(Edges(doc), UnorderedElementsAre(StartsWith("used(institution:arme@south_korea, line:"),
                                               StartsWith("connects(line:ligne_militaire@test, "
                                                          "institution:arme@south_korea)"),
                                               StartsWith("connects(line:ligne_militaire@test, "
                                                          "institution:arme@north_korea)")));
  doc = Extract("Séoul envisage de joindre Pyongyang par la ligne de liaison.");
  EXPECT_THAT(Edges(doc), IsEmpty());
}

// Regression (found on a written article, fixed): "Blinken a rencontré Wang Yi à Munich [...] Pékin avait
// refusé de prendre un appel de Lloyd Austin" negated the meeting: a refused call negates no meeting in
// person, and when the call names its caller, only a conversation with that caller.
TEST_F(ModalityRulesTest, ARefusedCallIsNeitherAMeetingNorAnotherCallersCall) {
  for (const char* talk : {"Antony Blinken a rencontré samedi à Munich le diplomate chinois Wang Yi. ",
                           "Antony Blinken a appelé le diplomate chinois Wang Yi. "}) {
    const Document doc = Extract(std::string(talk) +
                                 "Pékin avait refusé de prendre un appel du secrétaire à la Défense Lloyd "
                                 "Austin, a indiqué le Pentagone.");
    EXPECT_THAT(Edges(doc), Contains("spoke_with(official:antony_blinken, official:wang_yi)")) << talk;
  }
  const Document doc = Extract(
      "Lloyd Austin a appelé le diplomate chinois Wang Yi. Pékin avait refusé de prendre un appel du "
      "secrétaire à la Défense Lloyd Austin, a indiqué le Pentagone.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
}

// Regression (found on a written article, fixed): "son intention d'appeler Y" was a call that took place:
// a noun of intention (cues.tsv intention) governs the infinitive as a verb does.
TEST_F(ModalityRulesTest, ANounOfIntentionMakesTheInfinitiveAHypothesis) {
  for (const char* text : {"Emmanuel Macron a l'intention d'appeler Vladimir Poutine.",
                           "Emmanuel Macron a exprimé le souhait de rencontrer Vladimir Poutine.",
                           "Emmanuel Macron a fait part de sa volonté de rencontrer Vladimir Poutine."}) {
    const Document doc = Extract(text);
    EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
    const Relation* call =
        FindRelation(doc, RelationType::kSpokeWith, "official:emmanuel_macron", "official:vladimir_putin");
    ASSERT_NE(call, nullptr) << text;
    EXPECT_EQ(call->modality, Modality::kHypothetical) << text;
  }
}

// Regression (found on a written article, fixed): "a essayé sans succès de joindre son homologue" was a
// call: how the attempt went, between the verb of trying and its infinitive, leaves it an attempt.
TEST_F(ModalityRulesTest, AnAttemptThatFailedIsNoContact) {
  for (const char* how : {"a essayé sans succès de", "a tenté en vain de", "a essayé, sans succès, de"}) {
    Document doc = Extract(std::string("Mark Milley ") + how + " joindre Valéri Guérassimov.");
    EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
  }
}

// Regression (found on the eval articles, fixed): "Austin a contacté son homologue chinois via une ligne de
// crise" stayed a conversation after "le ministre chinois de la Défense Wei Fenghe a refusé de prendre la
// ligne": a call its other side refuses connected no one (the line was still used to call).
TEST_F(ModalityRulesTest, ACallTheOtherSideRefusedIsNoConversation) {
  const std::string call =
      "Le secrétaire à la Défense Lloyd Austin a contacté son homologue chinois via une ligne de crise. ";
  for (const char* refusal : {"Le ministre chinois de la Défense Wei Fenghe a refusé de prendre la ligne.",
                              "Le ministère chinois de la Défense a refusé l'appel d'Austin."}) {
    Document doc = Extract(call + refusal);
    EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
    EXPECT_THAT(Edges(doc), Contains(StartsWith("used(official:lloyd_austin, line:")));
  }
  // (An appeal refused is no call refused; nor is a call the other side refused.)
  for (const char* other : {"Pékin a refusé un appel à la retenue.",
                            "Le ministre russe Sergueï Choïgou a refusé de prendre la ligne."}) {
    Document doc = Extract(call + other);
    EXPECT_THAT(Edges(doc), Contains("spoke_with(official:lloyd_austin, country:china)")) << other;
  }
}

// Regression (found on written articles, fixed): "Le Kremlin a démenti les informations du Washington Post
// selon lesquelles Trump aurait appelé Poutine" left the newspaper out and the call negated: the claim is the
// outlet's, attributed to it and kept as a plain edge next to the denial.
TEST_F(ModalityRulesTest, AClaimDeniedIsTheOneOfTheOutletItIsAttributedTo) {
  Document doc = Extract(
      "Le Kremlin a démenti les informations du Washington Post selon lesquelles Donald Trump aurait appelé "
      "Vladimir Poutine.");
  EXPECT_THAT(Edges(doc), Contains("denied(institution:kremlin, official:donald_trump)"));
  EXPECT_THAT(Edges(doc), Contains("reported(institution:washington_post, official:donald_trump)"));
  const Relation* call =
      FindRelation(doc, RelationType::kSpokeWith, "official:donald_trump", "official:vladimir_putin");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->modality, Modality::kAsserted);
  EXPECT_EQ(doc.mentions[*call->attributed_to].entity, "institution:washington_post");
  // ("aucun contact de ce type": any, the one named before.)
  doc = Extract(
      "Des responsables russes et américains se seraient rencontrés à Genève. « Il n'y a eu aucun contact de "
      "ce type », a assuré Dmitri Peskov.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("denied(official:dmitry_peskov, country:")));
}

TEST_F(ModalityRulesTest, IncisedSpeakerReportsAndAttributesTheFactsInsideTheQuote) {
  Document doc = Extract("Washington souhaite maintenir le contact avec Moscou, a déclaré Antony Blinken.");
  EXPECT_THAT(Edges(doc), Contains("reported(official:antony_blinken, country:united_states)"));
  const Relation* contact =
      FindRelation(doc, RelationType::kSpokeWith, "country:united_states", "country:russia");
  ASSERT_NE(contact, nullptr);
  ASSERT_TRUE(contact->attributed_to.has_value());
  EXPECT_EQ(doc.mentions[*contact->attributed_to].entity, "official:antony_blinken");
}

TEST_F(ModalityRulesTest, NegatedActiveUseIsKeptAsNegatedAndMakesNoEdge) {
  Document doc = Extract("Les forces russes n'ont pas utilisé la ligne de déconfliction.");
  const Relation* used = FindRelation(doc, RelationType::kUsed, "country:russia", "line:ligne_deconfliction");
  ASSERT_NE(used, nullptr);
  EXPECT_EQ(used->modality, Modality::kNegated);
  EXPECT_THAT(Edges(doc), IsEmpty());
}

// Regression (found by this test, fixed): in the negated passive "n'a pas été utilisée par X" the negation is
// lost and `used(X, line)` is an asserted edge (with or without an incise speaker).
TEST_F(ModalityRulesTest, NegatedPassiveUseMakesNoEdge) {
  Document doc =
      Extract("La ligne de déconfliction n'a pas été utilisée par le Pentagone, a affirmé Dmitri Peskov.");
  EXPECT_THAT(Edges(doc), Contains("denied(official:dmitry_peskov, line:ligne_deconfliction)"));
  const Relation* used =
      FindRelation(doc, RelationType::kUsed, "institution:pentagon", "line:ligne_deconfliction");
  ASSERT_NE(used, nullptr);
  EXPECT_EQ(used->modality, Modality::kNegated);
}

TEST_F(ModalityRulesTest, HypotheticalUseIsKeptAsHypotheticalAndMakesNoEdge) {
  Document doc =
      Extract("La Russie pourrait utiliser la ligne de déconfliction si la situation se dégradait.");
  const Relation* used = FindRelation(doc, RelationType::kUsed, "country:russia", "line:ligne_deconfliction");
  ASSERT_NE(used, nullptr);
  EXPECT_EQ(used->modality, Modality::kHypothetical);
  EXPECT_THAT(Edges(doc), IsEmpty());
}

TEST_F(ModalityRulesTest, PassiveHypotheticalUseMakesNoEdge) {
  Document doc = Extract(
      "La ligne de déconfliction pourrait être utilisée si la situation se dégradait autour de la centrale.");
  EXPECT_THAT(Edges(doc), IsEmpty());
}

TEST_F(ModalityRulesTest, PhoneCallIsSpokeWithOverThePhone) {
  Document doc = Extract("Joe Biden a téléphoné à Vladimir Poutine mardi.");
  const Relation* spoke =
      FindRelation(doc, RelationType::kSpokeWith, "official:joe_biden", "official:vladimir_putin");
  ASSERT_NE(spoke, nullptr);
  EXPECT_EQ(spoke->attributes.at("channel"), "phone");
}

// Regression (found by this test, fixed): what a speaker denies becomes an asserted fact: "X a démenti que la
// Russie ait utilisé la ligne" gives the edge used(Russia, line) (attributed to X) instead of a negated
// relation.
TEST_F(ModalityRulesTest, DeniedClaimIsNotAnEdge) {
  Document doc = Extract("Dmitri Peskov a démenti que la Russie ait utilisé la ligne de déconfliction.");
  EXPECT_THAT(Edges(doc), Not(Contains("used(country:russia, line:ligne_deconfliction)")));
}

// Regression (found by this test, fixed): a denial verb governing an infinitive ("a démenti avoir parlé
// avec") left the denied contact as a plain edge, the speaker being outside of what they denied.
TEST_F(ModalityRulesTest, DeniedInfinitiveIsNotAnEdge) {
  Document doc = Extract(
      "Sergueï Lavrov a démenti avoir parlé avec Antony Blinken. Le Kremlin nie s'être entretenu avec "
      "Joe Biden. Dmitri Peskov dément avoir eu un entretien avec Olaf Scholz.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("denied(official:sergei_lavrov, official:antony_blinken)"));
  for (const auto& [a, b] : {std::pair{"official:sergei_lavrov", "official:antony_blinken"},
                             std::pair{"institution:kremlin", "official:joe_biden"},
                             std::pair{"official:dmitry_peskov", "official:olaf_scholz"}}) {
    const Relation* contact = FindRelation(doc, RelationType::kSpokeWith, a, b);
    if (!contact) contact = FindRelation(doc, RelationType::kSpokeWith, b, a);
    ASSERT_NE(contact, nullptr) << a << " " << b;
    EXPECT_EQ(contact->modality, Modality::kNegated) << a << " " << b;
  }
  // What the speaker did after the denial, in a clause of its own, is a fact.
  Document done = Extract("Sergueï Lavrov a démenti les informations et a parlé avec Antony Blinken.");
  EXPECT_THAT(Edges(done), Contains("spoke_with(official:sergei_lavrov, official:antony_blinken)"));
}

// Regression (found on the eval articles, fixed): a conversation "sans" (without) was a fact ("les
// États-Unis et l'Union soviétique ont traversé la guerre froide sans échange nucléaire": spoke_with).
TEST_F(ModalityRulesTest, ContactWithoutIsNegated) {
  Document doc = Extract(
      "Les États-Unis et l'Union soviétique ont traversé la guerre froide sans échange nucléaire. La Russie "
      "et la Chine ont eu un échange.");
  const Relation* without =
      FindRelation(doc, RelationType::kSpokeWith, "country:soviet_union", "country:united_states");
  if (!without)
    without = FindRelation(doc, RelationType::kSpokeWith, "country:united_states", "country:soviet_union");
  EXPECT_TRUE(without == nullptr || without->modality == Modality::kNegated);
  EXPECT_THAT(Edges(doc), Contains(StartsWith("spoke_with(country:")));
}

// Regression (found on a written article, fixed): a fact governed by a proposal or a plan ("propose de
// mettre en place", "envisagent de rouvrir") was asserted.
TEST_F(ModalityRulesTest, AProposedFactIsAHypothesis) {
  Document doc = Extract(
      "La Grèce a proposé mardi de mettre en place une ligne de déconfliction. Les deux pays envisagent de "
      "rouvrir la hotline militaire.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("established("))));
  const Relation* proposed =
      FindRelation(doc, RelationType::kEstablished, "country:greece", "line:ligne_deconfliction");
  ASSERT_NE(proposed, nullptr);
  EXPECT_EQ(proposed->modality, Modality::kHypothetical);
}

// Regression (found on a written article, fixed): "a tenté de joindre X" was a conversation with X.
TEST_F(ModalityRulesTest, AnAttemptedCallIsAHypothesis) {
  Document doc = Extract("Hakan Fidan a tenté mardi de joindre Sergueï Lavrov, en vain.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
}

// Regression (found on the eval articles, fixed): being ready to talk is no conversation ("la Grèce est
// disposée à approfondir les échanges avec la Turquie").
TEST_F(ModalityRulesTest, BeingReadyToTalkIsAHypothesis) {
  Document doc = Extract(
      "La Grèce est disposée à approfondir les échanges avec la Turquie. Le Japon était prêt à reprendre le "
      "dialogue avec la Chine.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
}

// Regression (found on a written article, fixed): "a refusé à plusieurs reprises de répondre aux appels": the
// repetition between the refusal and the fact hid the governance, so the calls were answered.
TEST_F(ModalityRulesTest, ARefusalGovernsOverARepetition) {
  Document doc = Extract(
      "La hotline militaire relie les deux pays. La Grèce a refusé à plusieurs reprises de répondre aux "
      "appels.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("used("))));
}

// Regression (found on a written article, fixed): "a rejeté une demande d'entretien de X" made a
// conversation; a request is an intention ("lors de l'appel" is when, not what was asked).
TEST_F(ModalityRulesTest, ARequestedConversationIsAHypothesis) {
  Document doc = Extract(
      "Le ministre turc Hakan Fidan a rejeté une demande d'entretien de Sergueï Lavrov. Olaf Scholz a "
      "demandé lors d'un entretien avec Emmanuel Macron la fin des combats.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains("spoke_with(official:hakan_fidan, official:sergei_lavrov)")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("denied("))));
  const Relation* asked =
      FindRelation(doc, RelationType::kSpokeWith, "official:hakan_fidan", "official:sergei_lavrov");
  ASSERT_NE(asked, nullptr);
  EXPECT_EQ(asked->modality, Modality::kHypothetical);
  EXPECT_THAT(edges, Contains("spoke_with(official:olaf_scholz, official:emmanuel_macron)"));
}

// Regression (found on a written article, fixed): "X a refusé de commenter les échanges avec Téhéran" made X
// talk with Iran: what someone declines to comment on is not said to have happened.
TEST_F(ModalityRulesTest, WhatIsNotCommentedIsNoFact) {
  Document doc = Extract(
      "Le porte-parole du Conseil de sécurité nationale, John Kirby, a refusé de commenter les échanges avec "
      "Téhéran. Antony Blinken a commenté ses échanges avec Wang Yi.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(StartsWith("spoke_with(official:john_kirby"))));
  EXPECT_THAT(edges, Contains("spoke_with(official:antony_blinken, official:wang_yi)"));
}

// Regression (found on a written article, fixed): "a appelé vendredi Y, une première depuis le 18 février"
// dated the call 18 February: a date after "depuis", "avant", "après" or "jusqu'à" bounds the fact.
TEST_F(ModalityRulesTest, ADateAfterDepuisIsNotWhenItHappened) {
  const Document since =
      Extract("Lloyd Austin a appelé vendredi Sergueï Choïgou, une première depuis le 18 février.");
  const Relation* call =
      FindRelation(since, RelationType::kSpokeWith, "official:lloyd_austin", "official:sergei_shoigu");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->attributes.count("date"), 0u);
  const Document dated = Extract(
      "Lloyd Austin a appelé le 13 mai Sergueï Choïgou, une première depuis le 18 février. Mark Milley a "
      "parlé "
      "avec Valéri Guérassimov jusqu'au 3 mars.");
  call = FindRelation(dated, RelationType::kSpokeWith, "official:lloyd_austin", "official:sergei_shoigu");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->attributes.at("date"), "13 mai");
  const Relation* talk =
      FindRelation(dated, RelationType::kSpokeWith, "official:mark_milley", "official:valery_gerasimov");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(talk->attributes.count("date"), 0u);
}

// Regression (found on a written article, fixed): "L'OTAN et la Russie ne se parlent presque plus" was a
// conversation: the second word of the negation comes after the verb, past an adverb.
TEST_F(ModalityRulesTest, TheNegationAfterASimpleVerbCounts) {
  Document doc = Extract(
      "L'OTAN et la Russie ne se parlent presque plus. La Pologne ne discute plus avec la Biélorussie. La "
      "Turquie parle plus souvent avec la Grèce.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(HasSubstr("institution:nato"))));
  EXPECT_THAT(edges, Not(Contains(HasSubstr("country:belarus"))));
  EXPECT_THAT(edges, Contains("spoke_with(country:turkey, country:greece)"));
}

// Regression (found on a written article, fixed): "X a appelé Pékin à renouer le dialogue avec Taipei" made
// Beijing and Taipei talk (what an appeal urges has not happened), and "Pékin et Washington relancent leurs
// consultations" was no contact.
TEST_F(ModalityRulesTest, WhatAnAppealUrgesHasNotHappened) {
  Document doc = Extract(
      "Le président taïwanais Lai Ching-te a appelé Pékin à renouer le dialogue avec Taipei. Pékin et "
      "Washington relancent leurs consultations maritimes.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(AllOf(StartsWith("spoke_with("), HasSubstr("country:taiwan")))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("spoke_with("), HasSubstr("country:united_states"),
                                    HasSubstr("country:china"))));
}

// Regression (found on a written article, fixed): "avant de se rendre à Kiev où il doit s'entretenir avec
// Volodymyr Zelensky" gave a meeting that had not happened: "doit", "devait", "va" announce the fact.
TEST_F(ModalityRulesTest, WhatIsStillToComeIsNoFact) {
  Document doc = Extract(
      "Rafael Grossi doit s'entretenir avec Volodymyr Zelensky. Antony Blinken va rencontrer Wang Yi. Lloyd "
      "Austin devait parler avec Sergueï Choïgou. Mark Milley a dû parler avec Valéri Guérassimov.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(HasSubstr("volodymyr_zelensky"))));
  EXPECT_THAT(edges, Not(Contains(HasSubstr("wang_yi"))));
  EXPECT_THAT(edges, Not(Contains(HasSubstr("sergei_shoigu"))));
  EXPECT_THAT(edges, Contains("spoke_with(official:mark_milley, official:valery_gerasimov)"));
}

// Regression (found on a written article, fixed): "Le Pentagone a démenti que les deux hommes aient évoqué la
// Syrie" asserted the conversation: a statement opening at its "que" did not take in a subject standing in
// for people named before.
TEST_F(ModalityRulesTest, ADenialTakesInAStandInSubject) {
  Document doc = Extract(
      "Yoav Gallant s'est entretenu avec Lloyd Austin lundi. Le Pentagone a démenti mardi que les deux "
      "hommes aient évoqué la Syrie.");
  bool denied = false;
  for (const Relation& r : doc.relations)
    if (r.type == RelationType::kSpokeWith && r.sentence == 1) {
      EXPECT_EQ(r.modality, Modality::kNegated);
      EXPECT_EQ(doc.mentions[r.attributed_to.value()].entity, "institution:pentagon");
      denied = true;
    }
  EXPECT_TRUE(denied);
}

// Regression (found on a written article, fixed): "X s'entretiendra prochainement avec Y" asserted a
// conversation still to come; the future of a lexical verb makes a hypothesis (not of "être": "sera en charge
// de" states an arrangement).
TEST_F(ModalityRulesTest, AConversationInTheFutureIsAHypothesis) {
  Document doc = Extract(
      "Charles Brown s'entretiendra prochainement avec Liu Zhenli. Le Pentagone sera en charge de la ligne "
      "de déconfliction.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(StartsWith("spoke_with("))));
  EXPECT_THAT(edges, Contains("operates(institution:pentagon, line:ligne_deconfliction)"));
  bool hypothetical = false;
  for (const Relation& r : doc.relations)
    hypothetical |= r.type == RelationType::kSpokeWith && r.modality == Modality::kHypothetical;
  EXPECT_TRUE(hypothetical);
}

// Regression (found on a written article, fixed): in "doivent se réunir mardi et rétablir les lignes", the
// second infinitive was a fact; what an intention governs, coordinated infinitives too, is a hypothesis.
TEST_F(ModalityRulesTest, AnIntentionGovernsCoordinatedInfinitives) {
  Document doc = Extract(
      "La Thaïlande et le Cambodge doivent se réunir mardi et rétablir les lignes de communication "
      "directes.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("established("))));
}

// Regression (found on a written article, fixed): "doit se rendre à Moscou pour s'entretenir avec X" was a
// conversation; the purpose of a planned trip is planned too, and of a trip made, made.
TEST_F(ModalityRulesTest, APlannedTripsPurposeIsPlanned) {
  Document doc = Extract(
      "Le chef de la diplomatie turque Hakan Fidan doit se rendre à Moscou la semaine prochaine pour "
      "s'entretenir avec Sergueï Lavrov.");
  EXPECT_THAT(ContactsInLastSentence(doc), IsEmpty());
  doc = Extract(
      "Le chef de la diplomatie turque Hakan Fidan s'est rendu à Moscou la semaine dernière pour "
      "s'entretenir avec Sergueï Lavrov.");
  EXPECT_THAT(ContactsInLastSentence(doc), ElementsAre("official:hakan_fidan + official:sergei_lavrov"));
}

// Regression (found on a written article, fixed): "Il a refusé de dire si X avait parlé avec Y" gave the
// conversation: a clause opened by "si" is a condition or a question, and what was not said is about X.
TEST_F(ModalityRulesTest, AQuestionLeftUnansweredIsNoFact) {
  const Document doc = Extract(
      "Le porte-parole du Kremlin, Dmitri Peskov, a refusé de dire si Evgueni Prigojine avait parlé avec "
      "Vladimir Poutine.");
  EXPECT_THAT(Edges(doc), Not(Contains("spoke_with(official:evgeni_prigozhine, official:vladimir_putin)")));
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:dmitry_peskov, official:evgeni_prigozhine)"));
  const Document conceded =
      Extract("Même si Evgueni Prigojine a parlé avec Vladimir Poutine, rien n'est réglé.");
  EXPECT_THAT(Edges(conceded), Contains("spoke_with(official:evgeni_prigozhine, official:vladimir_putin)"));
}

// Regression (found on written sentences, fixed): "Si la ligne était utilisée par la Chine, ..." was a use
// (a condition opening the sentence, before the subject's article, was missed), and "Washington n'exclut
// pas de rétablir la ligne avec Moscou" linked Moscow (the infinitive's governor behind "de" was missed).
TEST_F(ModalityRulesTest, ConditionsAndNegatedGovernorsAssertNoLine) {
  Document doc = Extract(
      "La ligne directe relie les deux armées. Si la ligne directe était utilisée par la Chine, cela "
      "permettrait d'éviter des incidents.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("used("))));
  doc = Extract("Washington n'exclut pas de rétablir la ligne de déconfliction avec Moscou.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("connects("))));
  doc = Extract("Washington a accepté de rétablir la ligne de déconfliction avec Moscou.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("connects(")));
}

// Regression (found on a written article, fixed): "X a refusé de confirmer que P avait parlé avec T" gave
// the call as a fact: what someone declines to confirm is stated by no one; the decline is about its first
// actor.
TEST_F(ModalityRulesTest, WhatIsNotConfirmedIsNoFact) {
  Document doc =
      Extract("Dmitri Peskov a refusé de confirmer que Vladimir Poutine avait parlé avec Donald Trump.");
  EXPECT_THAT(Edges(doc), ElementsAre("declined_comment(official:dmitry_peskov, official:vladimir_putin)"));
  doc = Extract(
      "Dmitri Peskov a refusé de confirmer que Vladimir Poutine avait parlé avec Donald Trump, mais a "
      "indiqué "
      "que Sergueï Lavrov avait rencontré Marco Rubio.");
  EXPECT_THAT(ContactsInLastSentence(doc), ElementsAre("official:marco_rubio + official:sergei_lavrov"));
}

// Regression (found on a written article, fixed): "Les deux parties sont convenues de préparer un appel entre
// les présidents Joe Biden et Xi Jinping" made the call a fact: a conversation being prepared is still to
// come (cues.tsv intention).
TEST_F(ModalityRulesTest, APreparedCallIsStillToCome) {
  Document doc = Extract("Washington prépare un appel entre les présidents Joe Biden et Xi Jinping.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with("))));
}

// Regression (found on a written article, fixed): "Pékin a rejeté la demande américaine de rétablir un canal"
// said Beijing set up the channel: an adjective between a request and its "de" still makes what follows
// requested, not done.
TEST_F(ModalityRulesTest, ARequestWithItsAdjectiveGovernsWhatItAsks) {
  Document doc = Extract(
      "Antony Blinken a rencontré Qin Gang. Pékin a rejeté la demande américaine de rétablir un canal de "
      "communication militaire.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("established("))));
}

// Regression (found on a written probe, fixed): "La France et la Russie se sont engagées à rétablir la ligne
// directe" set the line up: a commitment (cues.tsv intention "engager à") governs a fact still to come.
TEST_F(ModalityRulesTest, ACommitmentGovernsAFactStillToCome) {
  EXPECT_THAT(Edges(Extract("La France et la Russie se sont engagées à rétablir la ligne directe.")),
              Not(Contains(StartsWith("established("))));
  EXPECT_THAT(
      Edges(Extract("Emmanuel Macron s'est engagé à appeler Vladimir Poutine dans les prochains jours.")),
      Not(Contains(StartsWith("spoke_with("))));
  // ("ont engagé des pourparlers" did talk.)
  EXPECT_THAT(Edges(Extract("La Russie a engagé à Genève des pourparlers avec les Etats-Unis.")),
              Contains(StartsWith("spoke_with(")));
}

// Regression (found on a written probe, fixed): "La Corée du Nord a démenti avoir repris des contacts avec
// les Etats-Unis" gave a plain conversation: "repris" is also a finite form (the simple past), so the denial
// did not govern the noun after it.
TEST_F(ModalityRulesTest, ADenialGovernsTheObjectOfAPastInfinitive) {
  const std::vector<std::string> edges =
      Edges(Extract("La Corée du Nord a démenti samedi avoir repris des contacts avec les Etats-Unis."));
  EXPECT_THAT(edges, Contains("denied(country:north_korea, country:united_states)"));
  EXPECT_THAT(edges, Not(Contains(StartsWith("spoke_with("))));
}

// Regression (found on a written probe, fixed): "M. Hochstein doit ensuite se rendre en Israël pour y
// rencontrer le ministre" was a meeting: the purpose of a planned trip is planned too, past its object
// pronoun.
TEST_F(ModalityRulesTest, APlannedTripsPurposePastItsPronoun) {
  const std::vector<std::string> edges =
      Edges(Extract("M. Amos Hochstein doit ensuite se rendre en Israël pour y rencontrer le ministre de la "
                    "Défense Yoav Gallant."));
  EXPECT_THAT(edges, Not(Contains(AllOf(StartsWith("spoke_with("), HasSubstr("official:yoav_gallant")))));
  EXPECT_THAT(
      Edges(Extract("Amos Hochstein s'est rendu en Israël pour y rencontrer le ministre de la Défense "
                    "Yoav Gallant.")),
      Contains(AllOf(StartsWith("spoke_with("), HasSubstr("official:yoav_gallant"))));
}

// Regression (found on a written probe, fixed): "Aucune date n'a été fixée pour un sommet entre Donald Trump
// et Vladimir Poutine" was a meeting: a conversation that a date, preparations or a view are for is planned
// (cues.tsv intention), also after "pour".
TEST_F(ModalityRulesTest, ASummitThatIsPreparedIsPlanned) {
  for (const char* text : {"Aucune date n'a été fixée pour un sommet entre Donald Trump et Vladimir Poutine.",
                           "Les préparatifs d'un sommet entre Donald Trump et Vladimir Poutine ont commencé.",
                           "Marco Rubio est à Riyad en vue d'une rencontre avec Sergueï Lavrov."})
    EXPECT_THAT(Edges(Extract(text)), Not(Contains(StartsWith("spoke_with(")))) << text;
}

// Regression (found on a written probe, fixed): "L'organisation avait annoncé qu'une rencontre entre les deux
// hommes aurait lieu à Djibouti" made them speak: "avoir lieu" is a full verb, and its simple conditional a
// future seen from the past; "aurait eu lieu" is still the journalistic conditional.
TEST_F(ModalityRulesTest, AMeetingThatWouldTakePlaceIsPlanned) {
  Document doc = Extract(
      "Le Kremlin avait annoncé qu'une rencontre entre Vladimir Poutine et Donald Trump aurait lieu à "
      "Budapest.");
  const Relation* met =
      FindRelation(doc, RelationType::kSpokeWith, "official:vladimir_putin", "official:donald_trump");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->modality, Modality::kHypothetical);
  EXPECT_THAT(Edges(Extract("Selon Reuters, une rencontre entre Vladimir Poutine et Donald Trump aurait eu "
                            "lieu à Budapest.")),
              Contains("spoke_with(official:vladimir_putin, official:donald_trump)"));
}

// Regression (found on a written article, fixed): "a démenti l'existence de négociations directes avec les
// États-Unis" gave an asserted conversation: a denial governed the contact noun through "la tenue de" but
// not through "l'existence de" nor "les informations faisant état de".
TEST_F(ModalityRulesTest, ADenialGovernsAContactNounThroughTheNounsBeforeIt) {
  for (const char* text :
       {"Le porte-parole Nasser Kanani a démenti l'existence de négociations directes avec les États-Unis.",
        "Nasser Kanani a démenti les informations faisant état de pourparlers avec les États-Unis."}) {
    Document doc = Extract(text);
    const Relation* talks =
        FindRelation(doc, RelationType::kSpokeWith, "official:nasser_kanaani", "country:united_states");
    ASSERT_NE(talks, nullptr) << text;
    EXPECT_EQ(talks->modality, Modality::kNegated) << text;
    EXPECT_THAT(Edges(doc), Contains("denied(official:nasser_kanaani, country:united_states)")) << text;
  }
}

// Regression (found on a written article, fixed): "a appelé la Russie à retirer ses troupes d'Ukraine et à
// engager des négociations avec Kiev" gave talks between Russia and Ukraine: what an appeal urges was only
// seen within eight words of it, not in a second infinitive coordinated to the first.
TEST_F(ModalityRulesTest, WhatAnAppealUrgesInACoordinatedInfinitiveHasNotHappened) {
  Document doc = Extract(
      "Le chancelier Olaf Scholz a appelé la Russie à retirer ses troupes d'Ukraine et à engager des "
      "négociations avec Kiev.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with"))));
  const Relation* talks = FindRelation(doc, RelationType::kSpokeWith, "country:russia", "country:ukraine");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->modality, Modality::kHypothetical);
}

// Regression (found on a written article, fixed): "Le Kremlin a déclaré attendre d'être informé par
// Washington" was a conversation that took place; what one waits for has not happened yet.
TEST_F(ModalityRulesTest, WhatOneWaitsForHasNotHappened) {
  Document doc =
      Extract("Le Kremlin a déclaré attendre d'être informé par Washington des détails de la proposition.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with"))));
  const Relation* informed =
      FindRelation(doc, RelationType::kSpokeWith, "institution:kremlin", "country:united_states");
  ASSERT_NE(informed, nullptr);
  EXPECT_EQ(informed->modality, Modality::kHypothetical);
}

// Regression (found on a written article, fixed): "Joe Biden n'a parlé avec Xi Jinping qu'à deux reprises",
// "Vladimir Poutine et Volodymyr Zelensky ne se sont parlé qu'une fois" were negated: the "ne" of "ne ...
// que" restricts, and "n'a" was read as a negation before a determiner ("pas de rencontre").
TEST_F(ModalityRulesTest, NeQueRestrictsAndDoesNotNegate) {
  for (const char* text : {"Joe Biden n'a parlé avec Xi Jinping qu'à deux reprises.",
                           "Vladimir Poutine et Volodymyr Zelensky ne se sont parlé qu'une fois, à Paris."}) {
    EXPECT_THAT(Edges(Extract(text)), Contains(StartsWith("spoke_with(official:"))) << text;
  }
  EXPECT_THAT(Edges(Extract("Joe Biden n'a pas parlé avec Xi Jinping.")),
              Not(Contains(StartsWith("spoke_with"))));
}

// Regression (found on written probes, fixed): "Le Hamas n'a pas participé aux discussions mais a été informé
// par les médiateurs qataris" had the conversation after "mais" negated, and the meeting noun before "mais"
// took the party named after it; "médiateurs" named no group of nationals.
TEST_F(ModalityRulesTest, ANegationBeforeButIsItsOwnClauses) {
  EXPECT_THAT(
      Edges(Extract("Le Qatar accueille les négociations. Le Hamas n'a pas participé aux discussions mais "
                    "a été informé par les médiateurs qataris.")),
      Contains("spoke_with(institution:hamas, country:qatar)"));
  // (A noun's verb coordinated by "mais" has the subject of the verb before.)
  EXPECT_THAT(
      Edges(Extract(
          "Le Qatar accueille les négociations. Le Hamas n'a pas participé à la réunion mais reste en "
          "contact avec les médiateurs qataris.")),
      Contains("spoke_with(institution:hamas, country:qatar)"));
  // (Before "mais", the negation holds: "n'a pas rencontré X mais a appelé Y".)
  EXPECT_THAT(Edges(Extract("Emmanuel Macron n'a pas rencontré Vladimir Poutine mais a appelé Olaf Scholz.")),
              AllOf(Contains("spoke_with(official:emmanuel_macron, official:olaf_scholz)"),
                    Not(Contains("spoke_with(official:emmanuel_macron, official:vladimir_putin)"))));
}

// Regression (found on a written probe, fixed): "Pékin s'oppose à « toute forme d'échanges officiels » entre
// Washington et Taipei" told a conversation: "toute" before a kind of conversation ("forme de", "type de") is
// any such conversation, as "toute rencontre" is.
TEST_F(ModalityRulesTest, AnyKindOfConversationIsNoneThatTookPlace) {
  EXPECT_THAT(
      Edges(Extract("Pékin s'oppose à « toute forme d'échanges officiels » entre Washington et Taipei.")),
      Not(Contains(StartsWith("spoke_with("))));
  EXPECT_THAT(Edges(Extract("Pékin a exclu tout type de négociation entre Washington et Taipei.")),
              Not(Contains(StartsWith("spoke_with("))));
}

// Regression (found on a written probe, fixed): "ont évoqué une future conversation téléphonique entre Joe
// Biden et Xi Jinping" told a conversation: "futur", "prochain" (words.tsv hypothetical) are still to come.
TEST_F(ModalityRulesTest, AFutureConversationHasNotTakenPlace) {
  for (std::string_view text :
       {"Jake Sullivan et Wang Yi ont évoqué une future conversation téléphonique entre "
        "Joe Biden et Xi Jinping.",
        "Jake Sullivan et Wang Yi ont préparé la prochaine rencontre entre Joe Biden et "
        "Xi Jinping."})
    EXPECT_THAT(Edges(Extract(std::string(text))),
                Not(Contains("spoke_with(official:joe_biden, official:xi_jinping)")))
        << text;
}

// Regression (found on a written article, fixed): "X a exhorté Y à retirer ses troupes et à entamer des
// négociations avec Z" made Y and Z talk: what a verb of urging (words.tsv urge, a cues.tsv intention)
// urges its object to do has not happened, as with "a appelé Y à".
TEST_F(ModalityRulesTest, WhatSomeoneIsUrgedToDoHasNotHappened) {
  for (const char* verb : {"exhorté", "encouragé", "invité"}) {
    Document doc =
        Extract(std::string("Olaf Scholz a ") + verb +
                " Vladimir Poutine à retirer ses troupes et à entamer des négociations avec l'Ukraine.");
    EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with")))) << verb;
    const Relation* talks =
        FindRelation(doc, RelationType::kSpokeWith, "official:vladimir_putin", "country:ukraine");
    ASSERT_NE(talks, nullptr) << verb;
    EXPECT_EQ(talks->modality, Modality::kHypothetical) << verb;
  }
}

// Regression (found on a written article, fixed): "X a exclu toute rencontre avec Y" was a meeting: after a
// quantifier ("toute", "aucun"), "rencontre" was read as the verb ("il rencontre"), and "tout" makes a noun
// any such conversation, none that took place.
TEST_F(ModalityRulesTest, AMeetingRuledOutIsNone) {
  Document doc =
      Extract("Le général Abdel Fattah al-Burhane a exclu toute rencontre avec Mohamed Hamdane Daglo.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("spoke_with"))));
  const Relation* meeting = FindRelation(doc, RelationType::kSpokeWith, "official:abdel_fattah_al_burhan",
                                         "official:mohamed_hamdane_daglo");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->modality, Modality::kHypothetical);
}

}  // namespace
}  // namespace newsgraph
