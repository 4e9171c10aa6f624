// The decline rule: who declined to comment, and on whom or what.
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "ExtractTest.h"

namespace newsgraph {
namespace {

using ::testing::AllOf;
using ::testing::AnyOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::IsSupersetOf;
using ::testing::Not;
using ::testing::StartsWith;

using DeclineRulesTest = ExtractTest;

// Regression (found on a written article, fixed): "Ni Elon Musk ni SpaceX n'ont répondu aux sollicitations
// du quotidien, précise le Wall Street Journal" made the newspaper deny: a statement verb negated by "ni"
// (words.tsv decline_verb) declines, as one negated by "pas" does, and a decline is no claim denied.
TEST_F(DeclineRulesTest, AStatementVerbNegatedByNiDeclines) {
  Document doc = Extract(
      "Ni Elon Musk ni SpaceX n'ont répondu aux sollicitations du quotidien, précise le Wall Street "
      "Journal.");
  EXPECT_THAT(Edges(doc), Contains("reported(institution:wall_street_journal, official:elon_musk)"));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("denied("))));
  doc = Extract("Ni le Pentagone ni le Kremlin n'ont répondu aux questions de l'AFP.");
  EXPECT_THAT(Edges(doc), IsSupersetOf({"declined_comment(institution:pentagon, institution:afp)",
                                        "declined_comment(institution:kremlin, institution:afp)"}));
}

// Regression (found on a written article, fixed): "Le Pentagone ne répond pas aux questions de l'AFP" was a
// statement to the AFP, and "Le Kremlin ne commente pas ces informations, a dit Dmitri Peskov" a denial: a
// statement verb negated in a simple tense (words.tsv decline_verb) declines, as "n'a pas répondu" does.
TEST_F(DeclineRulesTest, StatementVerbNegatedInASimpleTenseDeclines) {
  Document doc = Extract("Le Pentagone ne répond pas aux questions de l'AFP.");
  EXPECT_THAT(Edges(doc), ElementsAre("declined_comment(institution:pentagon, institution:afp)"));
  doc = Extract("Le Pentagone ne commentera pas ces informations de l'AFP.");
  EXPECT_THAT(Edges(doc), ElementsAre("declined_comment(institution:pentagon, institution:afp)"));
  doc = Extract("Le Kremlin ne commente pas ces informations, a dit Dmitri Peskov.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("denied("))));
}

// Regression (found on a written article, fixed): "Interrogé à la sortie par une journaliste sur un
// possible sommet entre Vladimir Poutine et Donald Trump, Sergueï Lavrov a refusé de commenter" was not
// about the summit: what the source was asked about may come after where and by whom it was asked.
TEST_F(DeclineRulesTest, AskedAboutAfterWhereAndByWhom) {
  Document doc = Extract(
      "Sergueï Lavrov a rencontré Marco Rubio à New York. Interrogé à la sortie par une journaliste sur un "
      "possible sommet entre Vladimir Poutine et Donald Trump, Sergueï Lavrov a refusé de commenter.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:sergei_lavrov, official:donald_trump)"));
}

// Regression (found on written articles, fixed): "sans vouloir commenter", "a refusé d'entrer dans les
// détails", « pas de commentaire » and "sans plus de précisions" declined nothing: a wish after "sans"
// before a statement verb declines it as "ne pas vouloir" does, "entrer dans les détails" is a statement,
// and the other two are cues.
TEST_F(DeclineRulesTest, RefusalsAfterSansAndDetailsAreDeclines) {
  Document doc = Extract(
      "Le ministre turc Hakan Fidan a confirmé la rencontre avec Ahmed al-Charaa, sans vouloir commenter "
      "son contenu.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:hakan_fidan, official:ahmed_al_sharaa)"));
  // (The details of a conversation: it took place.)
  doc = Extract("Ishaq Dar a refusé d'entrer dans les détails de son entretien avec Abbas Araghtchi.");
  EXPECT_THAT(Edges(doc), IsSupersetOf({"declined_comment(official:ishaq_dar, official:abbas_araghchi)",
                                        "spoke_with(official:ishaq_dar, official:abbas_araghchi)"}));
  doc = Extract(
      "Interrogé sur ses échanges avec Marco Rubio, Sergueï Lavrov a répondu « pas de commentaire ».");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:sergei_lavrov, official:marco_rubio)"));
  doc = Extract(
      "Le porte-parole Zhang Xiaogang a répondu que la balle était dans le camp des États-Unis, sans plus "
      "de précisions.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:zhang_xiaogang, country:united_states)"));
}

// Regression (found on a written article, fixed): in "La porte-parole Pham Thu Hang a assuré que Hanoï
// entendait « régler les différends », sans vouloir commenter les déclarations de la Chine" Vietnam
// declined: a refusal after a statement is the speaker's, not that of the subject of what was said.
TEST_F(DeclineRulesTest, RefusalAfterAStatementIsItsSpeakers) {
  Document doc = Extract(
      "La porte-parole Pham Thu Hang a assuré que Hanoï entendait « régler les différends », sans vouloir "
      "commenter les déclarations de la Chine.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:pham_thu_hang, country:china)"));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment(country:vietnam"))));
}

// Regression (found on a written article, fixed): a refusal was about the last outlet the article named even
// when that outlet only relayed a statement ("cité par l'agence Irna") or when the refusal named what it was
// about ("a refusé de dévoiler le contenu de la lettre"): the outlet that asked is only for a refusal that
// names nothing else, and never one that relays what someone said.
TEST_F(DeclineRulesTest, RefusalIsNotAboutAnOutletThatOnlyRelayed) {
  Document doc = Extract(
      "« Nous ne négocierons pas », a déclaré M. Araghchi, cité par l'agence Irna. Le porte-parole du "
      "ministère, Esmaïl Baghaï, n'a fait aucun commentaire.");
  EXPECT_THAT(Edges(doc),
              Not(Contains(StartsWith("declined_comment(official:esmail_baghaei, institution:irna"))));
  doc = Extract(
      "« Nous ne négocierons pas », a déclaré M. Araghchi à l'agence Reuters. Le porte-parole du ministère, "
      "Esmaïl Baghaï, a refusé de dévoiler le contenu de la lettre.");
  EXPECT_THAT(Edges(doc),
              Not(Contains(StartsWith("declined_comment(official:esmail_baghaei, institution:reuters"))));
  // (The outlet that asked, with nothing else named, still is.)
  doc = Extract(
      "« Nous ne négocierons pas », a déclaré M. Araghchi à l'agence Reuters. Le porte-parole du ministère, "
      "Esmaïl Baghaï, n'a fait aucun commentaire.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:esmail_baghaei, institution:reuters)"));
}

// Regression (found on a written article, fixed): "Paris, qui refuse de reconnaître les militaires au
// pouvoir, n'a pas été invité" made France decline: refusing to recognise people states nothing.
TEST_F(DeclineRulesTest, RefusingToRecogniseSomeoneIsNoDecline) {
  EXPECT_THAT(Edges(Extract("La junte nigérienne a reçu une délégation nigériane. Paris, qui refuse de "
                            "reconnaître les militaires au pouvoir, n'a pas été invité à ces discussions.")),
              Not(Contains(StartsWith("declined_comment("))));
}

// Regression (found on written articles, fixed): "La ligne militaire entre les deux armées est elle aussi
// muette, a ajouté le ministère" made the ministry decline: a line that is silent declines nothing; and "X,
// qui n'a pas souhaité dire si elle avait été utilisée depuis" declined about the party of X's statement:
// a line fact whose subject is a pronoun is about the line named last.
TEST_F(DeclineRulesTest, ASilentLineAndWhetherItWasUsed) {
  EXPECT_THAT(Edges(Extract("La ligne de liaison intercoréenne ne répond plus. La ligne militaire entre les "
                            "deux armées est elle aussi muette, a ajouté le ministère sud-coréen de la "
                            "Défense.")),
              Not(Contains(StartsWith("declined_comment("))));
  EXPECT_THAT(Edges(Extract("Le Pentagone a établi une ligne de déconfliction avec le ministère russe de la "
                            "Défense, a indiqué un responsable américain. Les Russes ont répondu à un appel "
                            "test, selon ce responsable, qui n'a pas souhaité dire si elle avait été "
                            "utilisée depuis.")),
              Contains(AllOf(StartsWith("declined_comment(official:anon@"), HasSubstr(", line:"))));
}

// Regression (found on written articles, fixed): "Pékin n'a fourni aucun détail sur ces échanges" declined
// nothing (cues.tsv had "pas fournir de détail" only), and "Le Kremlin n'a fait aucun commentaire dans un
// premier temps, avant que Vladimir Poutine n'adresse ses condoléances" had no target: a determiner, "premier
// temps" and a clause of time or contrast after a comma say nothing more.
TEST_F(DeclineRulesTest, NoDetailGivenAndASilenceBeforeAClauseOfTime) {
  EXPECT_THAT(Edges(Extract("Li Hui a rencontré Dmytro Kouleba à Kiev. Pékin n'a fourni aucun détail sur ces "
                            "échanges.")),
              Contains(StartsWith("declined_comment(country:china, official:")));
  EXPECT_THAT(Edges(Extract("Li Hui a rencontré Dmytro Kouleba à Kiev. Pékin n'a donné aucune précision.")),
              Contains(StartsWith("declined_comment(country:china, official:")));
  for (const char* silence : {"dans un premier temps.",
                              "dans un premier temps, avant que Vladimir Poutine "
                              "n'adresse ses condoléances aux familles."})
    EXPECT_THAT(
        Edges(Extract(std::string("L'agence fédérale russe du transport aérien a annoncé qu'Evguéni "
                                  "Prigojine figurait sur la liste des passagers. Le Kremlin n'a fait "
                                  "aucun commentaire ") +
                      silence)),
        Contains(StartsWith("declined_comment(institution:kremlin, ")))
        << silence;
}

// Regression (found on written sentences, fixed): cues.tsv lacked "infirmer" and "opposer un démenti" (deny),
// "n'a pas pu être joint", "n'était pas joignable", "est resté silencieux / muet" (decline).
TEST_F(DeclineRulesTest, UnreachableOrSilentSourcesDecline) {
  for (const char* text : {"Le Kremlin n'a pas pu être joint par le New York Times.",
                           "Le Kremlin est resté silencieux sur les informations du New York Times.",
                           "Le Kremlin est resté muet sur les informations du New York Times."})
    EXPECT_THAT(Edges(Extract(text)),
                Contains("declined_comment(institution:kremlin, institution:new_york_times)"))
        << text;
  for (const char* text : {"Le Kremlin a infirmé les informations du New York Times.",
                           "Le Kremlin a opposé un démenti aux informations du New York Times."})
    EXPECT_THAT(Edges(Extract(text)), Contains("denied(institution:kremlin, institution:new_york_times)"))
        << text;
}

// Regression (found on a written article, fixed): "a refusé de commenter une éventuelle visite de M. Grossi"
// gave no edge: what was declined may be named in the complement of the object's noun.
TEST_F(DeclineRulesTest, TheActorInTheComplementOfTheObjectIsWhatWasDeclined) {
  EXPECT_THAT(Edges(Extract("Le porte-parole du Kremlin, Dmitri Peskov, a refusé de commenter une éventuelle "
                            "visite de M. Grossi.")),
              Contains("declined_comment(official:dmitry_peskov, official:rafael_grossi)"));
}

// Regression (found on a written article, fixed): "Le département d'État a refusé de commenter les
// informations selon lesquelles M. Hochstein aurait averti Beyrouth" declined toward the outlet quoted
// before: the claim named after "selon lesquelles" is what the silence is on.
TEST_F(DeclineRulesTest, TheClaimNamedAfterSelonLesquelles) {
  const Document doc = Extract(
      "« J'ai transmis le message », a confié Nabih Berri au quotidien An-Nahar. Le département d'État a "
      "refusé de commenter les informations selon lesquelles Amos Hochstein aurait averti Beyrouth.");
  EXPECT_THAT(Edges(doc),
              Contains("declined_comment(institution:state_department, official:amos_hochstein)"));
}

// Regression (found on a written article, fixed): "Israël n'a fait aucun commentaire officiel" declined
// nothing, where "aucun commentaire" did: an adjective right after the cue qualifies it, and says nothing.
TEST_F(DeclineRulesTest, AnAdjectiveAfterTheDeclineSaysNothing) {
  const Document doc = Extract("Joe Biden a appelé Xi Jinping. Israël n'a fait aucun commentaire officiel.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(country:israel, official:joe_biden)"));
}

// Regression (found on a written article, fixed): "Le ministère taïwanais a remercié Washington, sans
// commenter directement les discussions" made Washington decline, and on nothing: "sans" and its infinitive
// have the subject of the verb they follow (not through an incise's verb, whose subject comes after it),
// "sans commenter" is a decline, and an adverb may come before the conversation named again.
TEST_F(DeclineRulesTest, WithoutCommentingIsTheSubjectsSilence) {
  Document doc = Extract(
      "Joe Biden a appelé Xi Jinping. Le Kremlin a remercié Washington, sans commenter directement les "
      "discussions.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:kremlin, official:")));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment(country:united_states"))));
  doc = Extract(
      "Joe Biden a appelé Xi Jinping. L'appel a été bref, a fait savoir le Kremlin sans en préciser la "
      "teneur.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:kremlin, official:")));
}

// Regression (found on a written article, fixed): "Interrogé sur un éventuel appel entre Xi Jinping et
// Donald Trump, le porte-parole chinois a répondu qu'il n'avait « aucune information à communiquer »"
// declined nothing: what the source was asked about (words.tsv asked, then "sur") is what it declined to
// comment on, the first one there that is not of its side.
TEST_F(DeclineRulesTest, WhatTheSourceWasAskedAbout) {
  Document doc = Extract(
      "Interrogé sur un éventuel appel entre Xi Jinping et Donald Trump, le porte-parole de la diplomatie "
      "chinoise Guo Jiakun a répondu qu'il n'avait « aucune information à communiquer ».");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:guo_jiakun, official:donald_trump)"));
  doc = Extract(
      "Interrogé sur la ligne de déconfliction, le porte-parole du Kremlin Dmitri Peskov a refusé de "
      "commenter.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(official:dmitry_peskov, line:")));
}

// Regression (found on a written article, fixed): "L'Élysée n'a pas donné suite aux questions de la presse"
// declined nothing: questions from no one named (words.tsv press_request) say no more than nothing after
// the cue, so the silence is on the conversation before; an outlet named still is the one that asked.
TEST_F(DeclineRulesTest, ThePressQuestionsAreOnTheConversationBefore) {
  const std::string call =
      "Le ministre français de l'Intérieur, Gérald Darmanin, a eu un échange téléphonique avec son homologue "
      "algérien Brahim Merad. ";
  Document doc = Extract(call + "L'Élysée n'a pas donné suite aux questions de la presse.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:elysee, official:brahim_merad)"));
  doc = Extract(call + "Alger n'a pas répondu aux sollicitations des journalistes.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(country:algeria, official:gerald_darmanin)"));
  doc = Extract(call + "Alger n'a pas répondu aux questions de l'AFP.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(country:algeria, institution:afp)"));
}

// Regression (found on a written article, fixed): "n'a pas confirmé la teneur de la conversation" declined
// nothing: the conversation named before may be the complement of the noun the verb's object opens on.
TEST_F(DeclineRulesTest, NotConfirmingTheContentOfTheConversationNamedBeforeDeclinesToSpeakOfIt) {
  const std::string before = "Donald Trump a eu un appel avec Xi Jinping. ";
  Document doc = Extract(before + "Le Kremlin n'a pas confirmé la teneur de la conversation.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:kremlin, official:")));
  // (A "de" that is no complement of the object's noun says nothing of it.)
  doc = Extract(before + "Le Kremlin n'a pas confirmé la date de la conversation entre Poutine et Macron.");
  EXPECT_THAT(Edges(doc),
              Not(Contains(StartsWith("declined_comment(institution:kremlin, official:donald_trump"))));
}

// Regression (found on a written article, fixed): "qu'elle n'avait « pas d'information » à communiquer" was
// a statement, not a refusal to comment.
TEST_F(DeclineRulesTest, HavingNoInformationToGiveDeclinesToComment) {
  Document doc = Extract(
      "Donald Trump a eu un appel avec Xi Jinping. Interrogée sur cet échange, la porte-parole Mao Ning a "
      "déclaré qu'elle n'avait « pas d'information » à communiquer.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:mao_ning, official:donald_trump)"));
}

// Regression (found on a written article, fixed): "L'ambassade de Suisse n'a fait aucun commentaire", after
// the message it passed between Washington and Téhéran, declined nothing: with no line nor outlet to fall
// back on, the silence is about the conversation before, its first party that does not stand for the source.
TEST_F(DeclineRulesTest, ASilentGoBetweenDeclinesToSpeakOfTheConversationBefore) {
  Document doc = Extract(
      "Les Etats-Unis ont fait passer un message à l'Iran par l'intermédiaire de la Suisse. L'ambassade de "
      "Suisse à Téhéran n'a fait aucun commentaire.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:ambasade_teheran@switzerland, "
                                              "country:")));
}

// Regression (found on a written article, fixed): "L'armée indienne n'a pas souhaité commenter le contenu des
// discussions" declined nothing ("des" is "de les"), and an institution of a state did not stand for it: the
// conversation's other party is the one it declines to speak of.
TEST_F(DeclineRulesTest, AnInstitutionOfAStateDeclinesToSpeakOfTheOtherParty) {
  Document doc = Extract(
      "New Delhi et Pékin ont convenu de renforcer les communications entre leurs troupes. L'armée indienne "
      "n'a pas souhaité commenter le contenu des discussions.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:arme@india, country:china)"));
  doc = Extract(
      "Le ministre russe des Affaires étrangères Sergueï Lavrov s'est entretenu avec Marco Rubio. Le "
      "ministère russe a confirmé la conversation dans un communiqué.");
  EXPECT_THAT(Edges(doc), Contains("reported(institution:ministere@russia, official:marco_rubio)"));
}

// Regression (found on a written article, fixed): "sans donner de détails sur la teneur des échanges"
// declined nothing: "des" after the noun of a "sur" complement is "de les" too.
TEST_F(DeclineRulesTest, AConversationInTheComplementOfARefusalsTopic) {
  Document doc = Extract(
      "Rafael Grossi a rencontré Vladimir Poutine. M. Grossi a refusé de donner des détails sur la teneur "
      "des échanges.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:rafael_grossi, official:vladimir_putin)"));
}

// Found on a written article: "Le ministère russe n'a fait aucune mention de cet appel" said nothing; to make
// no mention of a conversation (cues.tsv "faire mention", the negation inside the cue) is to keep silent on
// it.
TEST_F(DeclineRulesTest, MakingNoMentionOfACallIsSilenceOnIt) {
  Document doc = Extract(
      "Thierry Burkhard s'est entretenu avec le général russe Valéri Guérassimov. Le ministère russe de la "
      "Défense n'a fait aucune mention de cet appel dans ses communiqués.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:ministere_defense@russia, "
                                   "official:thieri_burhard)"));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("reported(institution:ministere_defense@russia"))));
}

// Regression (found on a written article, fixed): "Le département d'Etat n'a pas donné suite aux demandes de
// précisions de l'AFP" also reported something to the AFP: a statement noun asked for is none made.
TEST_F(DeclineRulesTest, AStatementAskedForIsNoneMade) {
  Document doc = Extract("Le département d'Etat n'a pas donné suite aux demandes de précisions de l'AFP.");
  EXPECT_THAT(Edges(doc), ElementsAre("declined_comment(institution:state_department, institution:afp)"));
}

// Regression (found on a written article, fixed): "Pyongyang n'a donné aucune explication" was no refusal
// to comment.
TEST_F(DeclineRulesTest, GivingNoExplanationDeclinesToComment) {
  Document doc = Extract(
      "La Corée du Nord ne répond plus aux appels passés par le Sud sur la ligne de liaison intercoréenne. "
      "Pyongyang n'a donné aucune explication.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(country:north_korea, line:")));
  // (Nor was referring the questions to someone else.)
  doc = Extract(
      "La Corée du Nord ne répond plus aux appels passés par le Sud sur la ligne de liaison intercoréenne. "
      "Le ministère sud-coréen de l'Unification a renvoyé les questions vers la présidence.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:unification_ministry, line:")));
}

// Regression (found on a written article, fixed): "« Maintenir les canaux de communication est essentiel »,
// a souligné l'Alliance, sans préciser la teneur de la conversation" declined to speak of the channels: the
// conversation named as the refusal's object comes first.
TEST_F(DeclineRulesTest, DecliningToDetailTheConversationIsAboutIt) {
  Document doc = Extract(
      "Christopher Cavoli s'est entretenu avec Valéri Guérassimov. « Maintenir les canaux de communication "
      "militaires est essentiel », a souligné l'OTAN, sans préciser la teneur de la conversation.");
  EXPECT_THAT(Edges(doc), Contains(AnyOf("declined_comment(institution:nato, official:valery_gerasimov)",
                                         "declined_comment(institution:nato, official:kristopher_cavoli)")));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment(institution:nato, line:"))));
}

TEST_F(DeclineRulesTest, RefusalToCommentIsDeclinedComment) {
  Document doc = Extract("Le Pentagone a refusé de commenter la ligne de déconfliction.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:pentagon, line:ligne_deconfliction)"));
}

// Regression (found by this test, fixed): with no line to decline about, the outlet that asked was no target
// (the ontology allows it).
TEST_F(DeclineRulesTest, RefusalToAnOutletIsDeclinedToIt) {
  Document doc = Extract("Contacté par l'AFP, le ministère russe des Affaires étrangères n'a pas répondu.");
  EXPECT_THAT(Edges(doc),
              Contains("declined_comment(institution:ministere_afaires_etrangeres@russia, institution:afp)"));
}

// "ni confirmé ni démenti" says nothing either way: a refusal to comment, no denial.
TEST_F(DeclineRulesTest, NeitherConfirmingNorDenyingIsDeclinedComment) {
  for (const char* text : {"Le Kremlin n'a ni confirmé ni démenti la ligne de déconfliction.",
                           "Le Kremlin n'a ni démenti ni confirmé la ligne de déconfliction.",
                           "Le Kremlin n'a ni confirmé ni infirmé la ligne de déconfliction."}) {
    std::vector<std::string> edges = Edges(Extract(text));
    EXPECT_THAT(edges, Contains("declined_comment(institution:kremlin, line:ligne_deconfliction)")) << text;
    EXPECT_THAT(edges, Not(Contains(StartsWith("denied(")))) << text;
    EXPECT_THAT(edges, Not(Contains(StartsWith("reported(")))) << text;
  }
  // (Regression, found on a written article, fixed: a statement verb coordinated to a refusal's was a
  // denial of its own.)
  for (const char* text : {"Le Kremlin s'est refusé à confirmer ou démentir la ligne de déconfliction.",
                           "Le Kremlin a refusé de confirmer ou de démentir la ligne de déconfliction."}) {
    std::vector<std::string> edges = Edges(Extract(text));
    EXPECT_THAT(edges, Contains("declined_comment(institution:kremlin, line:ligne_deconfliction)")) << text;
    EXPECT_THAT(edges, Not(Contains(StartsWith("denied(")))) << text;
  }
}

// Regression (found on the eval articles, fixed): a negated report verb was a report ("L'Elysée n'a pas
// communiqué sur l'appel entre X et Y" gave reported) instead of a declined comment.
TEST_F(DeclineRulesTest, NegatedReportVerbIsDeclinedComment) {
  Document doc = Extract(
      "L'Elysée n'a pas communiqué dans l'immédiat sur le contenu de l'appel entre Emmanuel Macron et Donald "
      "Trump.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("declined_comment(institution:elysee, official:emmanuel_macron)"));
  EXPECT_THAT(edges, Not(Contains(StartsWith("reported(institution:elysee"))));
}

// Regression (found on a written article, fixed): "n'a pas souhaité s'exprimer" and its kin were no decline.
TEST_F(DeclineRulesTest, CommonWaysOfDecliningToComment) {
  Document doc = Extract(
      "La ligne de déconfliction a servi lundi. Le Pentagone n'a pas souhaité s'exprimer. L'OTAN n'a pas "
      "donné suite. Le Kremlin a refusé de réagir.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:pentagon, line:")));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:nato, line:")));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:kremlin, line:")));
}

// Regression (found on a written article, fixed): "ne répond pas aux appels sur la ligne" was a statement
// about the line and a declined comment: not answering a call is the line going unused.
TEST_F(DeclineRulesTest, NotAnsweringCallsIsNoStatementNorDecline) {
  Document doc = Extract(
      "La ligne de liaison militaire relie les deux pays. La Corée du Nord n'a pas répondu lundi aux appels "
      "de Séoul, a indiqué le ministère sud-coréen de la Défense. Pyongyang ne répond plus à la ligne.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(StartsWith("declined_comment("))));
  EXPECT_THAT(edges, Not(Contains(StartsWith("reported(country:north_korea"))));
}

// Regression (found on a written article, fixed): who declines is the verb's subject, not the sentence's
// speaker ("X a indiqué que le ministère n'a pas souhaité commenter" made X decline).
TEST_F(DeclineRulesTest, WhoDeclinesIsTheSubject) {
  Document doc = Extract(
      "La ligne de déconfliction a servi. Piotr Nowak a indiqué que le Pentagone n'avait pas souhaité "
      "commenter.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:pentagon, line:")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("declined_comment(official:piotr_novak"))));
}

// Regression (found on a written article, fixed): "X a reproché à Y de ne pas avoir averti Z": the negated
// infinitive made X decline to comment on Z.
TEST_F(DeclineRulesTest, ANegatedInfinitiveReportIsNoSilence) {
  Document doc = Extract("Hakan Fidan a reproché à la Grèce de ne pas avoir averti la Turquie.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment("))));
}

// Regression (found on a written article, fixed): the outlet after "de l'agence" (a head noun between) was
// not taken as the one that asked.
TEST_F(DeclineRulesTest, ADeclineGoesToTheAgencyThatAsked) {
  Document doc = Extract("Le Kremlin n'a pas répondu aux sollicitations de l'agence Reuters.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:kremlin, institution:reuters)"));
}

// Regression (found on an eval article, fixed): "Pékin n'a pas communiqué sur cet échange téléphonique" said
// nothing: a conversation named before is what the silence is about.
TEST_F(DeclineRulesTest, SilenceOnAConversationNamedBefore) {
  Document doc =
      Extract("Antony Blinken a parlé avec Wang Yi. Pékin n'a pas communiqué sur cet échange téléphonique.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("declined_comment(country:china, official:antony_blinken)"));
}

// Regression (found on a written article, fixed): "Interrogé sur ces échanges, X a refusé de faire le
// moindre commentaire" declined nothing: the phrase is a decline cue, and "ces échanges" the conversation
// named before.
TEST_F(DeclineRulesTest, RefusingAnyCommentOnTheConversationNamedBefore) {
  Document doc = Extract(
      "Yaşar Güler a téléphoné à Nikos Dendias. Interrogé sur ces échanges, le porte-parole du département "
      "d'Etat, Matthew Miller, a refusé de faire le moindre commentaire.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(official:matthew_miller, official:")));
}

// Regression (found on a written article, fixed): "a refusé de répondre aux questions de Reuters" was a
// report to Reuters (only some refusals were listed as declines); any statement verb after a refusal or a
// negated wish is one now, addressed to the outlet after "à" too.
TEST_F(DeclineRulesTest, RefusingToMakeAStatementDeclines) {
  Document doc = Extract(
      "Le ministère chinois de la Défense a refusé de répondre aux questions de Reuters. Le Kremlin s'est "
      "refusé à répondre à l'agence Interfax. La ligne de déconfliction a servi lundi. L'OTAN ne veut pas en "
      "dire plus.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("declined_comment(institution:ministere_defense@china, institution:reuters)"));
  EXPECT_THAT(edges, Contains("declined_comment(institution:kremlin, institution:interfax)"));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:nato, line:")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("reported("))));
  EXPECT_THAT(edges, Not(Contains(StartsWith("cites("))));
}

// Regression (found on a written article, fixed): "Le Nord n'a pas répondu à notre appel du matin" was a
// decline to comment on the liaison line: not answering a call is not declining to comment, even where the
// noun "appel" alone is no cue.
TEST_F(DeclineRulesTest, NotAnsweringACallIsNoDecline) {
  Document doc = Extract(
      "La ligne de liaison intercoréenne a été coupée. La Corée du Nord n'a pas répondu à notre appel du "
      "matin, "
      "a déclaré Koo Byoung-sam.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment("))));
}

// Regression (found on a written article, fixed): "n'a pas souhaité faire de commentaire" declined nothing.
TEST_F(DeclineRulesTest, NotWishingToMakeAComment) {
  Document doc = Extract(
      "Interrogé par Reuters, le ministère taïwanais de la Défense n'a pas souhaité faire de commentaire.");
  EXPECT_THAT(Edges(doc),
              Contains("declined_comment(institution:ministere_defense@taiwan, institution:reuters)"));
}

// Regression (found on a written article, fixed): in "X n'a pas confirmé S, et Y n'a pas répondu aux
// questions de Reuters", what X did not confirm ran over Y's clause, and X declined to speak of Y.
TEST_F(DeclineRulesTest, AClauseThatDeclinesEndsTheStatementBefore) {
  Document doc = Extract(
      "Les Etats-Unis ont ouvert une ligne de déconfliction avec le ministère russe de la Défense. Le "
      "ministère russe de la Défense n'a pas confirmé l'existence de cette ligne, et l'ambassade de Russie à "
      "Washington n'a pas répondu aux questions de Reuters.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("declined_comment(institution:ministere_defense@russia, "),
                                    HasSubstr("line:"))));
  EXPECT_THAT(edges, Not(Contains(AllOf(StartsWith("declined_comment(institution:ministere_defense@russia, "),
                                        HasSubstr("ambasade")))));
}

// Regression (found on a written article, fixed): "X ne s'est pas exprimé sur le contenu de l'appel" named no
// one: a conversation noun with its definite article in the complement of "sur" is the conversation before.
TEST_F(DeclineRulesTest, SilenceOnTheContentOfTheCall) {
  const Document doc = Extract(
      "Emmanuel Macron a appelé Vladimir Poutine dimanche. Le ministre des Armées, Sébastien Lecornu, ne "
      "s'est "
      "pas exprimé sur le contenu de l'appel.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:sebastien_lecornu, official:emmanuel_macron)"));
}

// Regression (found on a written article, fixed): "X n'a fait aucune déclaration sur l'appel" declined
// nothing (only "aucun commentaire" was a decline).
TEST_F(DeclineRulesTest, NoStatementMadeIsADecline) {
  Document doc = Extract(
      "La ligne directe a été utilisée lundi. Le Premier ministre indien Narendra Modi n'a fait aucune "
      "déclaration publique sur l'appel.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(official:narendra_modi, line:")));
}

// Regression (found on a written article, fixed): "n'a pas souhaité donner davantage de détails" declined
// nothing (giving details is a statement, which a negated wish declines to make), and "n'a pas fourni de
// détails sur l'appel entre X et Y" had neither the call nor what was declined.
TEST_F(DeclineRulesTest, DetailsNotGivenAreDeclined) {
  Document doc =
      Extract("Interrogé par l'AFP, le département d'Etat n'a pas souhaité donner davantage de détails.");
  EXPECT_THAT(Edges(doc), ElementsAre("declined_comment(institution:state_department, institution:afp)"));
  doc = Extract("Le Pentagone n'a pas fourni de détails sur l'appel entre Lloyd Austin et Sergueï Choïgou.");
  EXPECT_THAT(Edges(doc), Contains("spoke_with(official:lloyd_austin, official:sergei_shoigu)"));
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:pentagon, official:lloyd_austin)"));
  doc = Extract("Le Pentagone a donné des détails sur l'appel entre Lloyd Austin et Sergueï Choïgou.");
  EXPECT_THAT(Edges(doc), Contains("reported(institution:pentagon, official:lloyd_austin)"));
}

// Regression (found on a written article, fixed): "X a confirmé l'appel entre Y et Z, sans en dire plus"
// declined nothing: "sans" before a statement verb and its pronouns is a statement not made, about what the
// speaker's statement of the sentence is about.
TEST_F(DeclineRulesTest, WithoutSayingMoreDeclinesWhatTheStatementIsAbout) {
  for (const char* rest : {"sans en dire plus.", "sans préciser sa durée.", "sans commenter son contenu.",
                           "mais a refusé de commenter."}) {
    Document doc = Extract(
        std::string("Le Pentagone a confirmé l'appel entre Lloyd Austin et Sergueï Choïgou, ") + rest);
    EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:pentagon, official:lloyd_austin)"))
        << rest;
    EXPECT_THAT(Edges(doc), Contains("reported(institution:pentagon, official:lloyd_austin)")) << rest;
  }
}

// Regression (found on a written article, fixed): "Le Kremlin n'a pas réagi" after a sentence on the line
// declined nothing: with nothing after the verb, the silence is about the line spoken of last, as a
// decline's is ("n'a plus répondu aux notifications" is about something else).
TEST_F(DeclineRulesTest, ASilenceWithNothingAfterItIsAboutTheLine) {
  const std::string before = "La ligne de déconfliction a été utilisée par les Etats-Unis. ";
  Document doc = Extract(before + "Le Kremlin n'a pas réagi dans l'immédiat.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:kremlin, line:ligne_deconfliction)"));
  doc = Extract(before + "Moscou n'a plus répondu aux notifications américaines.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment("))));
  // (Regression, found on a written article, fixed: with no line named, the conversation of the two sentences
  // before.)
  doc = Extract(
      "Jalil Abbas Jilani et Hossein Amir-Abdollahian se sont entretenus vendredi au téléphone. Téhéran n'a "
      "pas "
      "immédiatement confirmé.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(country:iran, official:")));
  // (Regression, found on a written article, fixed: a state denying a conversation is not denying its own
  // minister, who holds a title of it; nor is a line over which its side called the other party.)
  doc = Extract(
      "L'envoyé américain Steve Witkoff et le ministre iranien des Affaires étrangères Abbas Araghchi se "
      "sont "
      "parlé. Téhéran a démenti tout contact direct.");
  EXPECT_THAT(Edges(doc), Contains("denied(country:iran, official:steve_witkoff)"));
  doc = Extract(
      "Les directeurs généraux des opérations militaires (DGMO) de l'Inde et du Pakistan se sont entretenus "
      "lundi par la ligne directe qui relie leurs quartiers généraux. Islamabad a confirmé l'appel.");
  EXPECT_THAT(Edges(doc), Contains("reported(country:pakistan, country:india)"));
}

// Regression (found on a written article, fixed): "Le ministère chinois de la Défense n'a pas répondu à une
// demande de commentaire" in a Reuters story declined nothing: with nothing else named, a decline is toward
// the outlet that tells the story.
TEST_F(DeclineRulesTest, ADeclineIsTowardTheOutletOfTheStory) {
  Document doc = Extract(
      "Les militaires américains n'ont pas parlé avec la Chine, a déclaré à Reuters un responsable. Le "
      "ministère "
      "chinois de la Défense n'a pas répondu à une demande de commentaire.");
  EXPECT_THAT(Edges(doc),
              Contains("declined_comment(institution:ministere_defense@china, institution:reuters)"));
}

// Regression (found on a written article, fixed): "Le bureau du Premier ministre kosovar n'a pas souhaité
// commenter les propos de M. Borrell" declined nothing (or toward the outlet of an earlier sentence): a
// decline to comment on someone's statement is about them.
TEST_F(DeclineRulesTest, ADeclineToCommentOnStatementsIsAboutTheirSpeaker) {
  Document doc = Extract("Le Kremlin n'a pas souhaité commenter les propos de M. Borrell.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:kremlin, official:josep_borrell)"));
  doc = Extract("Le Kremlin a refusé de réagir aux accusations du président Joe Biden.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:kremlin, official:joe_biden)"));
}

// Regression (found on a written article, fixed): Moscow's spokeswoman "a refusé de dire si des discussions
// directes avaient eu lieu entre Moscou et Washington" declined to speak of Russia: the question's first
// actor that is not the source's own state, if any.
TEST_F(DeclineRulesTest, ADeclinedQuestionIsAboutTheOtherState) {
  Document doc = Extract(
      "La porte-parole de la diplomatie russe, Maria Zakharova, a refusé de dire si des discussions avaient "
      "eu "
      "lieu entre Moscou et Washington.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:maria_zakharova, country:united_states)"));
  doc = Extract(
      "Le porte-parole de la diplomatie iranienne, Esmaïl Baghaï, a refusé de dire si Téhéran avait reçu des "
      "garanties.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("declined_comment("), EndsWith("country:iran)"))));
}

// Regression (found on a written article, fixed): "Pékin n'a pas commenté cette partie de l'entretien"
// declined nothing: the conversation may be the complement of a demonstrative object too.
TEST_F(DeclineRulesTest, ADeclineOnPartOfTheConversation) {
  Document doc = Extract(
      "Joe Biden et le président chinois Xi Jinping ont tenu samedi à Lima leur dernière rencontre. Pékin "
      "n'a pas commenté cette partie de l'entretien.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(country:china, official:joe_biden)"));
}

// Regression (found on a written article, fixed): "L'équipe de transition de Donald Trump a refusé de
// commenter" declined nothing: a person's entourage (words.tsv entourage) acts for the person; a title
// before the person is not an entourage.
TEST_F(DeclineRulesTest, EntourageOfAPersonActsForThePerson) {
  Document doc = Extract(
      "Le Washington Post affirme que Donald Trump a parlé à Vladimir Poutine. L'équipe de transition de "
      "Donald Trump a refusé de commenter ces informations. Les proches de Vladimir Poutine ont démenti.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(official:donald_trump, institution:washington_post)"));
  EXPECT_THAT(Edges(doc), Contains(StartsWith("denied(official:vladimir_putin, ")));
  Document other = Extract("Les adversaires de Donald Trump ont refusé de commenter.");
  EXPECT_THAT(Edges(other), Not(Contains(StartsWith("declined_comment("))));
}

// Regression (found on a written article, fixed): "Le ministère français des Affaires étrangères s'est refusé
// à tout commentaire", three sentences after the conversation, declined nothing: a silence with nothing after
// it is about the conversation of the four sentences before.
TEST_F(DeclineRulesTest, ASilenceAtTheEndOfAnArticleIsAboutItsConversation) {
  Document doc = Extract(
      "Abdelmadjid Tebboune a reçu un appel d'Emmanuel Macron. Les deux présidents ont évoqué Gaza. Une "
      "visite "
      "est à l'étude. Une date sera fixée. Le Quai d'Orsay s'est refusé à tout commentaire.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:quai_d_orsay, official:")));
}

// Regression (found on a written article, fixed): "Interrogé sur la possibilité d'une nouvelle rencontre, X a
// refusé de se prononcer" declined nothing: "se prononcer" states (cues.tsv), and a new conversation with
// nothing after it is one more of the parties named before (words.tsv renewal).
TEST_F(DeclineRulesTest, DecliningToSpeakOfANewMeeting) {
  Document doc = Extract(
      "Joe Biden et Xi Jinping se sont rencontrés en Californie. Interrogé sur la possibilité d'une nouvelle "
      "rencontre, le porte-parole chinois Wang Wenbin a refusé de se prononcer.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(official:wang_wenbin, official:")));
  doc = Extract(
      "Lloyd Austin et Dong Jun se sont rencontrés à Singapour. Le porte-parole chinois Wu Qian n'a pas "
      "répondu "
      "aux questions sur la date d'un éventuel prochain entretien.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(official:vu_qian, official:")));
}

// Regression (found on a written article, fixed): "Erevan n'a pas souhaité réagir dans l'immédiat." declined
// about nothing: a time after the verb says nothing of what the silence is about, as the end of the sentence.
TEST_F(DeclineRulesTest, ASilenceForNowIsAboutTheTalksBefore) {
  Document doc = Extract(
      "Le Premier ministre arménien Nikol Pachinian et le président azerbaïdjanais Ilham Aliev se sont "
      "rencontrés dimanche à Bruxelles. Erevan n'a pas souhaité réagir dans l'immédiat.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(country:armenia, official:ilham_aliyev)"));
}

// Regression (found on a written article, fixed): "Selon l'agence Chine nouvelle, S. Le ministère n'a pas
// répondu aux sollicitations des journalistes" declined toward Xinhua: an outlet the story quotes as its
// source ("selon", "d'après") is not the one that asked for comment (the silence is on the call, as it is
// with nothing after the verb).
TEST_F(DeclineRulesTest, AQuotedOutletDidNotAskForComment) {
  Document quoted = Extract(
      "Selon l'agence Chine nouvelle, Xi Jinping a appelé Joe Biden. Le ministère chinois de la Défense n'a "
      "pas répondu aux sollicitations des journalistes.");
  EXPECT_THAT(Edges(quoted), Not(Contains(StartsWith("declined_comment(institution:ministere_defense@china, "
                                                     "institution:"))));
  EXPECT_THAT(Edges(quoted),
              Contains("declined_comment(institution:ministere_defense@china, official:xi_jinping)"));
  Document asked = Extract(
      "Xi Jinping a appelé Joe Biden, a déclaré un responsable à Reuters. Le ministère chinois de la Défense "
      "n'a pas répondu aux sollicitations.");
  EXPECT_THAT(Edges(asked),
              Contains("declined_comment(institution:ministere_defense@china, institution:reuters)"));
}

// Regression (found on a written article, fixed): "Trump avait adressé une lettre à M. Khamenei. Israël n'a
// pas réagi à l'annonce de ces pourparlers" declined toward Trump: a message sent is named again only by a
// noun for a message.
TEST_F(DeclineRulesTest, TalksNamedAgainAreNotTheLetterSentBefore) {
  Document talks = Extract(
      "Joe Biden avait adressé une lettre à Xi Jinping. Pékin n'a pas réagi à l'annonce de ces pourparlers.");
  EXPECT_THAT(Edges(talks), Not(Contains(StartsWith("declined_comment("))));
  Document met = Extract(
      "Joe Biden a rencontré Xi Jinping. Il lui avait adressé une lettre. Pékin n'a pas réagi à l'annonce de "
      "ces pourparlers.");
  EXPECT_THAT(Edges(met), Contains("declined_comment(country:china, official:joe_biden)"));
}

// Regression (found on a written article, fixed): "n'a pas souhaité commenter les déclarations du président
// américain" declined toward the line of the article and "a confirmé l'appel du président américain" was
// about no one: a title after "du" stands for the one named with it before, as after "le"; the statement noun
// a refusal takes as object is what is declined, no statement of the refusing one.
TEST_F(DeclineRulesTest, ATitleAfterDuStandsForThePersonNamedBefore) {
  Document doc = Extract(
      "Le président américain Donald Trump a affirmé que les deux pays avaient utilisé la ligne directe. Le "
      "gouvernement indien n'a pas souhaité commenter les déclarations du président américain. Le ministère "
      "pakistanais des Affaires étrangères a confirmé l'appel du président américain.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("declined_comment(country:india, official:donald_trump)"));
  EXPECT_THAT(edges, Not(Contains("reported(country:india, official:donald_trump)")));
  EXPECT_THAT(edges, Contains("reported(institution:ministere_afaires_etrangeres@pakistan, "
                              "official:donald_trump)"));
}

// Regression (found on a written article, fixed): "S, a rapporté l'agence Tass. Le Kremlin a refusé de
// commenter les détails de l'accord" declined toward Tass: an outlet that told a story is quoted, as after
// "selon"; "n'a pas souhaité confirmer ces informations" is about its story even three sentences later.
TEST_F(DeclineRulesTest, AnOutletThatReportedDidNotAskForComment) {
  Document told = Extract(
      "Vladimir Poutine a accueilli les prisonniers, a rapporté l'agence Tass. Joe Biden a remercié Olaf "
      "Scholz. Le Kremlin a refusé de commenter les détails de l'accord.");
  EXPECT_THAT(Edges(told), Not(Contains(StartsWith("declined_comment("))));
  Document confirmed = Extract(
      "Des émissaires américains et vénézuéliens se sont rencontrés au Qatar, selon des sources citées par "
      "l'agence Reuters. Juan Gonzalez a conduit la délégation américaine. Jorge Rodriguez représentait "
      "Caracas. Le département d'Etat n'a pas souhaité confirmer ces informations.");
  EXPECT_THAT(Edges(confirmed),
              Contains("declined_comment(institution:state_department, institution:reuters)"));
}

// Regression (found on a written article, fixed): "La Suisse a confirmé son rôle, sans donner davantage de
// précisions" declined toward the outlet of an earlier interview: a source that spoke, with nothing more,
// was asked by no outlet.
TEST_F(DeclineRulesTest, SpeakingWithoutDetailsWasAskedByNoOutlet) {
  Document doc = Extract(
      "Hossein Amir-Abdollahian a parlé de messages, a-t-il déclaré à la télévision d'Etat. La Suisse a "
      "confirmé son rôle de puissance protectrice, sans donner davantage de précisions.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment(country:switzerland, institution:"))));
}

// Regression (found on a written article, fixed): "Les deux dirigeants n'ont pas annoncé de nouvelle
// rencontre" made each decline to comment on the other: announcing no such thing ("pas de" and a noun)
// declines nothing.
TEST_F(DeclineRulesTest, AnnouncingNoNewMeetingIsNoDecline) {
  Document doc = Extract(
      "Joe Biden et Xi Jinping se sont entretenus. Les deux dirigeants n'ont pas annoncé de nouvelle "
      "rencontre.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("declined_comment("))));
  doc = Extract("Joe Biden et Xi Jinping se sont entretenus. La Maison Blanche n'a pas commenté.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:white_house, ")));
}

// Regression (found on a written article, fixed): in "X, avec qui M. Y s'était entretenu la veille, n'a pas
// commenté cet échange", Y declined: a relative clause inserted before the verb may open with a preposition.
TEST_F(DeclineRulesTest, ARelativeClauseAfterAPrepositionIsSkippedForTheSubject) {
  Document doc = Extract(
      "Emmanuel Macron s'est entretenu dimanche avec Vladimir Poutine. Le président ukrainien Volodymyr "
      "Zelensky, avec qui M. Macron s'était entretenu la veille, n'a pas commenté cet échange.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(official:volodymyr_zelensky, ")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("declined_comment(official:emmanuel_macron, "))));
}

// Regression (found on a written article, fixed): "Le Kremlin n'a pas publié de communiqué sur cet entretien"
// reported the conversation: the negation of a statement noun after its verb and "de" lies further back
// than that of a verb, and the "de" of a noun's complement ("de compte rendu de l'entretien") is no "de"
// of something not announced.
TEST_F(DeclineRulesTest, PublishingNoStatementOnTheTalkDeclines) {
  const std::vector<std::string> edges = Edges(Extract(
      "Vladimir Poutine a parlé avec Emmanuel Macron. Le Kremlin n'a pas publié de communiqué sur cet "
      "entretien."));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:kremlin, ")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("reported(institution:kremlin, "))));
}

// Regression (found on a written probe, fixed): "Ni la présidence nigérienne ni le Quai d'Orsay n'ont
// souhaité commenter", "Ni Moscou ni Kiev n'ont confirmé" reported: after a subject of "ni ... ni", "ne"
// alone negates its verb (CueFinder::NegatedByNi).
TEST_F(DeclineRulesTest, NeitherNorSubjectsDecline) {
  std::vector<std::string> edges = Edges(
      Extract("Selon une source diplomatique, Sylvain Itté a rencontré Mohamed Bazoum. Ni la présidence "
              "nigérienne ni le Quai d'Orsay n'ont souhaité commenter cette information."));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:quai_d_orsay")));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(institution:presidence@niger")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("reported(institution:quai_d_orsay"))));
  edges = Edges(
      Extract("Sylvain Itté a rencontré Mohamed Bazoum. Ni Moscou ni Kiev n'ont confirmé la rencontre."));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(country:ukraine")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("reported(country:ukraine"))));
  // (A "ni" in another clause negates nothing: "Ni X ni Y n'étaient présents, et Moscou a confirmé".)
  EXPECT_THAT(Edges(Extract("Sylvain Itté a rencontré Mohamed Bazoum. Ni la France ni le Niger n'étaient "
                            "représentés, mais Kiev n'a confirmé la rencontre que lundi.")),
              Not(Contains(StartsWith("declined_comment(country:ukraine"))));
}

// Regression (found on a written probe, fixed): "L'Iran a transmis un message aux Etats-Unis par
// l'intermédiaire de l'ambassade de Suisse. Berne s'est refusé à tout commentaire (sur le contenu des
// échanges)" declined toward the Swiss embassy, or nothing: a state speaks for its institutions, and the
// content of the exchanges is the conversation named before.
TEST_F(DeclineRulesTest, AGoBetweensSilenceIsAboutThePartiesItServed) {
  for (const char* silence :
       {"Berne s'est refusé à tout commentaire.",
        "Berne, de son côté, s'est refusé à tout commentaire sur le contenu des échanges."}) {
    const std::string text =
        std::string(
            "L'Iran a transmis un message aux Etats-Unis par l'intermédiaire de l'ambassade "
            "de Suisse, a affirmé Abbas Araghchi. ") +
        silence;
    const std::vector<std::string> edges = Edges(Extract(text));
    EXPECT_THAT(edges, Contains(AnyOf("declined_comment(country:switzerland, country:united_states)",
                                      "declined_comment(country:switzerland, country:iran)")))
        << text;
    EXPECT_THAT(edges, Not(Contains(StartsWith("declined_comment(country:switzerland, institution:"))))
        << text;
  }
}

// Regression (found on a written probe, fixed): "Le ministre omanais, Badr al-Boussaïdi, a refusé de
// commenter", after Oman passed Iran's message to Washington, declined to the outlet that had interviewed
// someone else: a source whose state is a party to the conversation before is silent on its other party.
TEST_F(DeclineRulesTest, ASilenceOfAPartysOfficialIsOnTheOtherParty) {
  const std::vector<std::string> edges = Edges(Extract(
      "Téhéran a informé les États-Unis, par l'intermédiaire d'Oman, que son attaque serait limitée. « C'est "
      "faux », a assuré John Kirby, interrogé par la chaîne CBS. Le ministre omanais des Affaires "
      "étrangères, Badr al-Boussaïdi, a refusé de commenter."));
  EXPECT_THAT(edges, Not(Contains("declined_comment(official:badr_al_busaidi, institution:cbs)")));
  EXPECT_THAT(edges, Contains(AnyOf("declined_comment(official:badr_al_busaidi, country:united_states)",
                                    "declined_comment(official:badr_al_busaidi, country:iran)")));
}

// Regression (found on a written probe, fixed): once "« Nous avons envoyé un message aux Américains », a
// déclaré X" made a conversation without Oman, the Omani minister's silence went to an outlet again: the
// conversation the source's state was a party to is looked for in all four sentences before, not only the
// last.
TEST_F(DeclineRulesTest, ASilenceIsOnTheConversationItsStateWasAPartyTo) {
  const std::vector<std::string> edges = Edges(Extract(
      "Téhéran a informé les États-Unis, par l'intermédiaire d'Oman, que son attaque serait limitée. « Nous "
      "avons envoyé un message aux Américains », a déclaré Hossein Amir-Abdollahian. « C'est faux », a "
      "assuré John Kirby, interrogé par la chaîne CBS. Le ministre omanais des Affaires étrangères, Badr "
      "al-Boussaïdi, a refusé de commenter."));
  EXPECT_THAT(edges,
              Contains(StartsWith("spoke_with(official:hossein_amir_abdollahian, country:united_states)")));
  EXPECT_THAT(edges, Not(Contains("declined_comment(official:badr_al_busaidi, institution:cbs)")));
}

// Regression (found on a written article, fixed): "Le Kremlin n'a ni confirmé ni démenti l'appel entre
// Vladimir Poutine et Donald Trump" gave nothing, while the same without the parties named gave
// declined_comment.
TEST_F(DeclineRulesTest, NeitherConfirmingNorDenyingACallNamingItsPartiesDeclines) {
  Document doc =
      Extract("Le Kremlin n'a ni confirmé ni démenti l'appel entre Vladimir Poutine et Donald Trump.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("declined_comment(institution:kremlin, official:")));
}

// Regression (found on a written article, fixed): "Berne n'a pas souhaité dévoiler le contenu des échanges"
// declined nothing: not wishing to disclose is declining to comment, as not wishing to comment is.
TEST_F(DeclineRulesTest, NotWishingToDiscloseDeclines) {
  EXPECT_THAT(Edges(Extract("Le ministère iranien des Affaires étrangères a convoqué le chargé d'affaires "
                            "suisse. Berne n'a pas souhaité dévoiler le contenu des échanges.")),
              Contains(StartsWith("declined_comment(country:switzerland, ")));
}

// Regression (found on a written article, fixed): cues.tsv had no "rien à dire": "Le Kremlin a indiqué
// n'avoir rien à dire sur l'appel entre X et Y" declined nothing.
TEST_F(DeclineRulesTest, HavingNothingToSayDeclines) {
  EXPECT_THAT(Edges(Extract("Le Kremlin a indiqué n'avoir rien à dire sur l'appel entre Vladimir Poutine et "
                            "Donald Trump.")),
              Contains(StartsWith("declined_comment(institution:kremlin, official:")));
}

// Regression (found on a written article, fixed): "Kiev n'a fait aucun commentaire sur une éventuelle reprise
// des pourparlers" declined nothing: a conversation after "sur" was looked for past articles and nouns only,
// not past "une" nor an adjective.
TEST_F(DeclineRulesTest, NoCommentOnAPossibleConversationIsOnTheOneBefore) {
  EXPECT_THAT(
      Edges(Extract("Le président turc Recep Tayyip Erdogan s'est entretenu avec le président "
                    "ukrainien Volodymyr Zelensky. Kiev n'a fait aucun commentaire sur une éventuelle "
                    "reprise des pourparlers.")),
      Contains("declined_comment(country:ukraine, official:recep_tayyip_erdogan)"));
}

// Regression (found on a written probe, fixed): "Le département d'État a refusé de dire si d'autres
// rencontres étaient prévues" declined nothing: a question on conversations that names no one is on the
// conversation told before.
TEST_F(DeclineRulesTest, AQuestionOnConversationsNamingNoOneIsOnTheOneBefore) {
  EXPECT_THAT(
      Edges(Extract("Des responsables américains se sont entretenus avec Nicolás Maduro à Caracas. Le "
                    "département d'État a refusé de dire si d'autres rencontres étaient prévues.")),
      Contains("declined_comment(institution:state_department, official:nicolas_maduro)"));
}

// Regression (found on a written probe, fixed): "Moscou, dont l'Arabie saoudite est un partenaire au sein de
// l'Opep+, n'a pas réagi" made Saudi Arabia the silent one: "est" (a noun too) is the relative clause's verb,
// and "+" is part of a name, no end of the clause.
TEST_F(DeclineRulesTest, AnInsertedDontClauseWithAVerbIsNotTheSubject) {
  const std::vector<std::string> edges = Edges(
      Extract("Volodymyr Zelensky a rencontré Mohammed ben Salmane. Moscou, dont l'Arabie saoudite est un "
              "partenaire au sein de l'Opep+, n'a pas réagi."));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(country:russia, ")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("declined_comment(country:saudi_arabia, "))));
}

// Regression (found on a written probe, fixed): "Pékin n'a pas mentionné dans son propre compte rendu les
// inquiétudes sur la coopération entre la Russie et la Corée du Nord" made Beijing report it: a report noun
// after a possessive and adjectives is a noun cue too, whose negation is looked for further back.
TEST_F(DeclineRulesTest, ANegatedReportNounAfterAPossessiveIsASilence) {
  const std::vector<std::string> edges = Edges(
      Extract("Pékin n'a pas mentionné dans son propre compte rendu les inquiétudes sud-coréennes sur la "
              "coopération militaire entre la Russie et la Corée du Nord."));
  EXPECT_THAT(edges, Not(Contains(StartsWith("reported(country:china"))));
  EXPECT_THAT(edges, Contains(StartsWith("declined_comment(country:china, ")));
}

// Regression (found on a written article, fixed): "a refusé de commenter les échanges par ce canal" was on a
// party of the conversation named before: a line in what is declined is what the silence is about.
TEST_F(DeclineRulesTest, ALineInWhatIsDeclinedIsItsTarget) {
  Document doc = Extract(
      "Les armées américaine et russe ont eu recours à leur ligne de déconfliction. Un porte-parole du "
      "département d'État a refusé de commenter les échanges par ce canal.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("declined_comment(official:anon@"),
                                         HasSubstr("line:ligne_deconfliction@russia+united_states)"))));
}

// Regression (found on a written article, fixed): "S, a rapporté la chaîne CNN. Le Pentagone a refusé de
// confirmer." declined nothing: with nothing after it, a refusal is on the claim of the sentence before,
// whose speaker it is (as "n'a pas commenté ces accusations" is).
TEST_F(DeclineRulesTest, ARefusalToConfirmIsOnTheClaimBefore) {
  Document doc = Extract(
      "Les États-Unis ont été informés à l'avance de la frappe, a rapporté la chaîne CNN. Le Pentagone a "
      "refusé "
      "de confirmer.");
  EXPECT_THAT(Edges(doc), Contains("declined_comment(institution:pentagon, institution:cnn)"));
}

}  // namespace
}  // namespace newsgraph
