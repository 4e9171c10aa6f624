// The line rules: who established, operates or used a line, and whom a line connects.
#include <gmock/gmock.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ExtractTest.h"
#include "RelationTestHelpers.h"

namespace newsgraph {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::IsSupersetOf;
using ::testing::Not;
using ::testing::StartsWith;

using LineRulesTest = ExtractTest;

// Regression (found on a written article, fixed): "Le Kremlin a démenti l'existence d'un tel canal" denied
// nothing: "un tel canal" refers back to the line named before, as "ce canal" does.
TEST_F(LineRulesTest, SuchALineRefersBack) {
  Document doc = Extract(
      "Kiev et Moscou disposent d'un canal de communication entre leurs services. Le Kremlin a démenti "
      "l'existence d'un tel canal.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("denied(institution:kremlin, line:canal")));
}

// Regression (found on a written article, fixed): "le téléphone rouge qui relie depuis le 30 août 1963 la
// Maison Blanche au Kremlin" linked no one: since when, between the verb and its object, is passed over.
TEST_F(LineRulesTest, LinksPastSinceWhen) {
  Document doc = Extract(
      "Le téléphone rouge, qui relie depuis le 30 août 1963 la Maison Blanche au Kremlin, a été testé.");
  EXPECT_THAT(Edges(doc),
              IsSupersetOf({EndsWith(", institution:white_house)"), EndsWith(", institution:kremlin)")}));
}

// Regression (found on a written article, fixed): "des discussions visant à établir une ligne de
// déconfliction" and "cette ligne devrait relier l'armée israélienne et l'état-major turc" made the line
// established and linked: an aim (cues.tsv intention "viser à", "dans le but de") governs what it aims at,
// and "relier" takes its verb's modality (a conditional plans, a negation undoes; a future of a line set
// up says what it links). A line only planned between two states is still theirs.
TEST_F(LineRulesTest, AimedAndPlannedLinksAreNoFacts) {
  Document doc = Extract(
      "Israël et la Turquie ont tenu des discussions visant à établir une ligne de déconfliction, a "
      "rapporté la chaîne Kan.");
  EXPECT_THAT(Edges(doc), Contains("spoke_with(country:turkey, country:israel)"));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("established("))));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("connects("))));
  EXPECT_THAT(Edges(doc), Contains("reported(institution:kan, line:ligne_deconfliction@israel+turkey)"));
  doc = Extract(
      "Cette ligne de déconfliction devrait relier l'armée israélienne et l'état-major turc. La ligne "
      "ne relie plus le Pentagone au ministère russe de la Défense.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("connects("))));
  doc = Extract(
      "Cette ligne d'urgence reliera le ministère vietnamien de l'Agriculture et le ministère chinois de "
      "l'Agriculture.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("connects(line:")));
}

// Regression (found on a written article, fixed): "Washington s'est servi de la ligne pour avertir les
// Russes" gave no used edge: "se servir de" is using (keyed on "servir de", words.tsv reflexive_only: "se" is
// too frequent a word to key a cue on).
TEST_F(LineRulesTest, ServingOneselfOfALineIsUsingIt) {
  Document doc = Extract(
      "Une ligne de déconfliction a été établie entre le Pentagone et le ministère russe de la Défense. "
      "Washington s'est servi de la ligne pour avertir les Russes.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(country:united_states, line:")));
  // (Not reflexive, it is serving as one: MoreVerbsOperateAndUseALine, "Le Qatar a servi de canal".)
}

// Regression (found on a written article, fixed): "Le ministre japonais X et son homologue chinois Y ont créé
// une ligne d'urgence entre leurs ministères" made the two ministers the line's ends: a line set up between
// bodies of the parties' states links those states, as one kept does.
TEST_F(LineRulesTest, ALineSetUpBetweenTheirMinistriesLinksTheirStates) {
  const std::vector<std::string> edges = Edges(
      Extract("Le Japon et la Chine ont confirmé. Le ministre japonais de la Défense Minoru Kihara et son "
              "homologue chinois Dong Jun ont créé une ligne d'urgence entre leurs ministères."));
  EXPECT_THAT(edges, IsSupersetOf({AllOf(StartsWith("connects(line:"), EndsWith("country:japan)")),
                                   AllOf(StartsWith("connects(line:"), EndsWith("country:china)"))}));
  EXPECT_THAT(edges, Not(Contains(AllOf(StartsWith("connects(line:"), HasSubstr("official:")))));
}

// Regression (found on a written article, fixed): "La ligne, opérée depuis le quartier général du
// commandement européen des Etats-Unis (Eucom)" had no operator: the gazetteer had the command's name with a
// capital only, and French writes it in lower case too.
TEST_F(LineRulesTest, ALineOperatedFromTheCommandsHeadquarters) {
  EXPECT_THAT(
      Edges(Extract("Le Pentagone a établi une ligne de déconfliction avec le ministère russe de la "
                    "Défense. La ligne, opérée depuis le quartier général du commandement européen des "
                    "Etats-Unis (Eucom) à Stuttgart, a été testée une fois.")),
      Contains(StartsWith("operates(institution:us_european_command, line:")));
}

// Regression (found on written sentences, fixed): cues.tsv lacked "administrer", "superviser", "piloter"
// (operate) and "emprunter", "faire usage de" (use); "servir de" is to act as one ("Le Qatar a servi de
// canal"), no use.
TEST_F(LineRulesTest, MoreVerbsOperateAndUseALine) {
  for (const char* verb : {"administrée", "supervisée", "pilotée"})
    EXPECT_THAT(Edges(Extract(std::string("La ligne directe est ") + verb + " par le Pentagone.")),
                Contains(StartsWith("operates(institution:pentagon, line:")))
        << verb;
  for (const char* verb : {"a emprunté", "a fait usage de"})
    EXPECT_THAT(Edges(Extract(std::string("Le Pentagone ") + verb + " la ligne directe.")),
                Contains(StartsWith("used(institution:pentagon, line:")))
        << verb;
  EXPECT_THAT(Edges(Extract("Le Qatar a servi de canal de communication entre Washington et Téhéran.")),
              Not(Contains(StartsWith("used("))));
}

// Regression (found on a written article, fixed): "X (israélien) et Y (russe) sont convenus de maintenir le
// mécanisme de déconfliction entre leurs armées" made the line link the two leaders: the ends its own
// complement names ("entre leurs armées") are their states.
TEST_F(LineRulesTest, ALineKeptBetweenTheirArmiesLinksTheirStates) {
  const std::vector<std::string> edges = Edges(Extract(
      "Israël et la Russie maintiennent leur coordination. Le Premier ministre israélien Naftali Bennett et "
      "le "
      "président russe Vladimir Poutine sont convenus de maintenir le mécanisme de déconfliction entre leurs "
      "armées en Syrie."));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects("), HasSubstr("country:israel"))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects("), HasSubstr("country:russia"))));
  EXPECT_THAT(edges, Not(Contains(AllOf(StartsWith("connects("), HasSubstr("official:")))));
}

// Regression (found on a written article, fixed): "a déploré l'absence de tout canal de communication
// militaire avec Moscou" made the channel link Russia: a line named after a noun of lack (words.tsv lack)
// links no one.
TEST_F(LineRulesTest, ALineThatIsLackingLinksNoOne) {
  EXPECT_THAT(
      Edges(Extract("Jens Stoltenberg a déploré l'absence de tout canal de communication militaire avec "
                    "Moscou.")),
      Not(Contains(StartsWith("connects("))));
  EXPECT_THAT(Edges(Extract("Jens Stoltenberg a salué l'ouverture d'un canal de communication militaire avec "
                            "Moscou.")),
              Contains(AllOf(StartsWith("connects("), HasSubstr("country:russia"))));
}

// Regression (found on a written article, fixed): "La ligne n'a été utilisée qu'une seule fois par le
// Pentagone" had no agent: "qu'une seule fois" between the participle and "par" says how often, as "à deux
// reprises" does.
TEST_F(LineRulesTest, HowOftenWithQueBeforeTheAgent) {
  for (const char* sentence : {"La ligne n'a été utilisée qu'une seule fois par le Pentagone.",
                               "La ligne n'a été utilisée que deux fois par le Pentagone."}) {
    Document doc = Extract(
        std::string(
            "Le Pentagone a établi une ligne de déconfliction avec le ministère russe de la Défense. ") +
        sentence);
    std::size_t used = 0;
    for (const Relation& r : doc.relations)
      used += r.type == RelationType::kUsed && r.sentence == 1 && r.modality == Modality::kAsserted;
    EXPECT_EQ(used, 1u) << sentence;
  }
}

// Regression (found on a written article, fixed): "Les officiers des deux pays l'ont utilisée" had no
// subject: the object pronoun before the verb hid "les deux pays"; and "La Turquie et la Russie ont mis en
// place une ligne [...] dans le nord de la Syrie" made Syria one of the two (words.tsv area: where, not a
// party).
TEST_F(LineRulesTest, TheTwoStatesUseTheLineThroughAnObjectPronoun) {
  Document doc = Extract(
      "La Turquie et la Russie ont mis en place une ligne de communication militaire pour éviter les "
      "incidents dans le nord de la Syrie. Les officiers des deux pays l'ont utilisée à plusieurs reprises.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(country:turkey, line:")));
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(country:russia, line:")));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("used(country:syria"))));
  doc = Extract(
      "La Turquie et la Russie ont mis en place une ligne de communication militaire. Les deux pays l'ont "
      "utilisée à plusieurs reprises.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(country:turkey, line:")));
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(country:russia, line:")));
}

// Regression (found on a written article, fixed): "La ligne relie le quartier général des forces turques au
// centre russe de réconciliation de la base aérienne de Hmeimim, qui l'exploite" made Turkey, the clause's
// first actor, run the line: "qui" after a place in the complement of an actor's noun phrase is that actor,
// and after a place alone no one.
TEST_F(LineRulesTest, WhoAfterAPlaceInAnActorsComplementIsThatActor) {
  Document doc = Extract(
      "La Turquie et la Russie ont mis en place une ligne de communication militaire. La ligne relie le "
      "quartier général des forces turques à Ankara au centre russe de réconciliation de la base aérienne de "
      "Hmeimim, qui l'exploite côté russe.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("operates(institution:centre@russia, line:")));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("operates(country:turkey, line:"))));
  doc = Extract(
      "La Turquie et la Russie ont mis en place une ligne de communication militaire. La ligne relie les "
      "forces turques à la base aérienne de Hmeimim, qui l'exploite côté russe.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("operates("))));
}

// Regression (found on a written article, fixed): "gérée par des officiers russophones de l'Eucom" had no
// agent: the institution came a word too far for the agent's window.
TEST_F(LineRulesTest, TheAgentsInstitutionAfterAnAdjective) {
  const Document doc = Extract(
      "Le Pentagone a mis en place une ligne de déconfliction avec la Russie. Selon le New York Times, la "
      "ligne est gérée côté américain par des officiers russophones de l'Eucom.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("operates(institution:us_european_command, line:")));
}

// Regression (found on a written article, fixed): "Ce mécanisme est géré depuis la base aérienne d'Al-Udeid,
// au Qatar, par le Centre des opérations aériennes combinées" had no operator: run from a place, a line is
// run by the agent after it.
TEST_F(LineRulesTest, ALineRunFromAPlaceByAnAgent) {
  Document doc = Extract(
      "Le Pentagone et la Russie ont établi une ligne de déconfliction. Ce mécanisme est géré depuis la base "
      "aérienne d'Al-Udeid, au Qatar, par le Centre des opérations aériennes combinées.");
  EXPECT_THAT(Edges(doc), Contains("operates(institution:centre_operations_aerienes_combines, "
                                   "line:ligne_deconfliction@russia+united_states)"));
}

// Regression (found on a written article, fixed): "X est chargé de la ligne" ran nothing (the cue's
// participle after "être" was read as a passive); "commandant de l'Eucom et commandant suprême des forces
// alliées de l'OTAN" was a member of the Eucom only; "relie le centre des opérations de l'Eucom au ministère
// russe" linked the centre only.
TEST_F(LineRulesTest, InChargeOfTheLineWithTwoPostsAndTwoEnds) {
  const std::string before = "Les Etats-Unis ont mis en place une ligne de déconfliction avec la Russie. ";
  Document doc =
      Extract(before +
              "Le général Tod Wolters, commandant de l'Eucom et commandant suprême des forces alliées "
              "de l'OTAN, est chargé de la ligne.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("operates(official:tod_volters, line:")));
  EXPECT_THAT(Edges(doc), Contains("member_of(official:tod_volters, institution:us_european_command)"));
  EXPECT_THAT(Edges(doc), Contains("member_of(official:tod_volters, institution:nato)"));
  doc = Extract(before +
                "La ligne relie le centre des opérations de l'Eucom au ministère russe de la Défense.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("connects(line:"),
                                         EndsWith(", institution:ministere_defense@russia)"))));
}

TEST_F(LineRulesTest, PassiveWithParGivesTheAgentAsSource) {
  Document doc = Extract("La ligne de déconfliction a été mise en place par le Pentagone en mars 2022.");
  EXPECT_THAT(Edges(doc), Contains("established(institution:pentagon, line:ligne_deconfliction)"));
}

TEST_F(LineRulesTest, CoordinatedSubjectsEachEstablishTheLine) {
  Document doc = Extract(
      "Le ministère russe de la Défense et le Pentagone ont établi une ligne de déconfliction qui relie "
      "Washington "
      "à Moscou.");
  std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges,
              Contains("established(institution:pentagon, line:ligne_deconfliction@russia+united_states)"));
  EXPECT_THAT(edges, Contains("established(institution:ministere_defense@russia, "
                              "line:ligne_deconfliction@russia+united_states)"));
  EXPECT_THAT(edges,
              Contains("connects(line:ligne_deconfliction@russia+united_states, country:united_states)"));
  EXPECT_THAT(edges, Contains("connects(line:ligne_deconfliction@russia+united_states, country:russia)"));
}

TEST_F(LineRulesTest, LineBetweenTwoPartiesConnectsBothAndIsOperatedByTheAgent) {
  Document doc = Extract(
      "La ligne de déconfliction entre le Pentagone et le ministère russe de la Défense est gérée par le "
      "Commandement européen des États-Unis.");
  std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges,
              Contains("connects(line:ligne_deconfliction@russia+united_states, institution:pentagon)"));
  EXPECT_THAT(
      edges,
      Contains(
          "connects(line:ligne_deconfliction@russia+united_states, institution:ministere_defense@russia)"));
  EXPECT_THAT(
      edges,
      Contains("operates(institution:us_european_command, line:ligne_deconfliction@russia+united_states)"));
  // (Regression, found on a written article, fixed: where a line is run from, an institution, runs it; a
  // state there does not.)
  doc = Extract(
      "Les Etats-Unis ont ouvert une ligne de déconfliction avec le ministère russe de la Défense. Cette "
      "ligne, gérée depuis le Commandement européen des Etats-Unis, à Stuttgart, doit éviter tout incident. "
      "Une autre ligne de déconfliction est gérée depuis la Turquie.");
  edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("operates(institution:us_european_command, line:")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("operates(country:"))));
}

TEST_F(LineRulesTest, CompoundNationalityLineConnectsBothCountries) {
  Document doc = Extract("Une hotline américano-russe a été mise en place en mars 2022 par le Pentagone.");
  const Mention* line = FindMention(doc, "hotline américano-russe");
  ASSERT_NE(line, nullptr);
  std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("connects(" + line->entity + ", country:united_states)"));
  EXPECT_THAT(edges, Contains("connects(" + line->entity + ", country:russia)"));
}

TEST_F(LineRulesTest, NationalGroupEstablishesForItsState) {
  Document doc = Extract("Les militaires russes ont mis en place une ligne de déconfliction.");
  EXPECT_THAT(Edges(doc), Contains("established(country:russia, line:ligne_deconfliction)"));
}

// Regression (found by this test, fixed): "Des responsables russes ont utilisé la ligne" gives no `used`
// edge: the national group (a title noun with a nationality) is found but not taken as the subject of
// "utiliser" (it is with "mettre en place").
TEST_F(LineRulesTest, NationalGroupUsesTheLineForItsState) {
  Document doc = Extract("Des responsables russes ont utilisé la ligne de déconfliction.");
  EXPECT_THAT(Edges(doc), Contains("used(country:russia, line:ligne_deconfliction)"));
}

TEST_F(LineRulesTest, DemonymSubjectUsesTheLine) {
  Document doc = Extract("Les Russes ont utilisé la ligne de déconfliction à deux reprises.");
  EXPECT_THAT(Edges(doc), Contains("used(country:russia, line:ligne_deconfliction)"));
}

// Regression (found on the eval articles, fixed): the user of a line named after "via" was the actor right
// before it, the object of the verb ("X a contacté son homologue chinois via une ligne": China used it), and
// "contacter" was no contact cue.
TEST_F(LineRulesTest, LineUsedViaIsUsedByTheSubjectOfTheVerb) {
  Document doc = Extract("Lloyd Austin a contacté son homologue chinois via une ligne de crise spéciale.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("used(official:lloyd_austin, line:")));
  EXPECT_THAT(edges, Not(Contains(StartsWith("used(country:china"))));
  EXPECT_THAT(edges, Contains("spoke_with(official:lloyd_austin, country:china)"));
  // A journalist's request in apposition is not a conversation.
  Document asked = Extract("Le Pentagone, contacté par Reuters, n'a pas répondu.");
  EXPECT_THAT(Edges(asked), Not(Contains("spoke_with(institution:pentagon, institution:reuters)")));
}

// Regression (found on the eval articles, fixed): an active verb with no line after it took the line named
// before it as its object ("un canal direct, alors que des troupes américaines se dirigeaient vers ...":
// the United States operate the line); a relative pronoun or the passive still bring it.
TEST_F(LineRulesTest, ActiveVerbOperatesOnlyALineAfterItOrThroughARelative) {
  Document doc = Extract(
      "Le Pentagone cherchait à établir un canal direct avec l'armée russe, alors que des troupes "
      "américaines se dirigeaient vers les frontières. La hotline, que dirige le Commandement européen des "
      "États-Unis, fonctionne.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Not(Contains(StartsWith("operates(country:united_states"))));
  EXPECT_THAT(edges, Contains(StartsWith("operates(institution:us_european_command, line:")));
}

// Regression (found on a written article, fixed): "Il a été créé par X et Y" after a sentence naming a line
// gave nothing (the pronoun is the line), and a passive took only the first of its agents; "géré côté
// israélien par X" had no agent.
TEST_F(LineRulesTest, ALinePronounAndAllPassiveAgents) {
  Document doc = Extract(
      "La hotline militaire relie les deux armées. Elle a été créée par Hakan Fidan et Sergueï Lavrov en "
      "2015. "
      "Cette ligne, gérée côté turc par le ministère turc de la Défense, fonctionne.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("established(official:hakan_fidan, line:")));
  EXPECT_THAT(edges, Contains(StartsWith("established(official:sergei_lavrov, line:")));
  EXPECT_THAT(edges, Contains(StartsWith("operates(institution:ministere_defense@turkey, line:")));
}

// Regression (found on a written article, fixed): "à la Chine et aux États-Unis, qui avaient établi une
// hotline": the relative's subject is the whole coordination.
TEST_F(LineRulesTest, ARelativesAntecedentKeepsItsCoordination) {
  Document doc = Extract(
      "Contrairement à la Grèce et à la Turquie, qui avaient établi une hotline militaire en 2008, ils n'ont "
      "rien.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("established(country:greece, line:")));
  EXPECT_THAT(edges, Contains(StartsWith("established(country:turkey, line:")));
}

// Regression (found on a written article, fixed): "X et Y ont rétabli leur ligne" said nothing of whom the
// line links.
TEST_F(LineRulesTest, TheLineOfSeveralSubjectsLinksThem) {
  Document doc = Extract(
      "La Grèce et la Turquie ont rouvert leur ligne téléphonique militaire. La Grèce a utilisé sa ligne "
      "directe.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), HasSubstr("country:greece"))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), HasSubstr("country:turkey"))));
}

// Regression (found on a written article, fixed): "l'armée a prévenu les Russes en utilisant cette ligne":
// the gerund's subject is the clause's (the army), not the last name before it.
TEST_F(LineRulesTest, AGerundHasTheSubjectOfItsClause) {
  Document doc = Extract(
      "La ligne de déconfliction relie les deux armées. La Turquie a averti les Grecs avant l'exercice en "
      "utilisant cette ligne.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("used(country:turkey, line:ligne_deconfliction)"));
  EXPECT_THAT(edges, Not(Contains("used(country:greece, line:ligne_deconfliction)")));
}

// Regression (found on a written article, fixed): "Washington restait ouvert au dialogue" set up the
// article's line ("ouvrir" establishes); staying open is a state.
TEST_F(LineRulesTest, StayingOpenIsNotSettingUp) {
  Document doc = Extract(
      "La ligne directe relie les deux pays. La Grèce reste ouverte au dialogue et la ligne directe demeure "
      "ouverte.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("established("))));
}

// Regression (found on a written article, fixed): "Les directeurs des opérations militaires indien et
// pakistanais se sont parlé par la ligne directe": the group's complement hid its nationalities, and the
// line the parties talked over was not used by them.
TEST_F(LineRulesTest, UnnamedGroupsTalkingOverALineUseIt) {
  Document doc = Extract(
      "L'Inde et le Pakistan ont une ligne directe. Les directeurs des opérations militaires indien et "
      "pakistanais se sont parlé mardi par la ligne directe.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("spoke_with(country:pakistan, country:india)"));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("used(country:india, line:"))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("used(country:pakistan, line:"))));
  // (Regression, found on a written article, fixed: a line after a demonstrative or a possessive, "par ce
  // canal", was not the one they talked over.)
  for (const char* text :
       {"L'Inde et le Pakistan ont une ligne directe. Rajnath Singh et Khawaja Asif ont eu "
        "leur premier entretien par ce canal.",
        "L'Inde et le Pakistan ont une ligne directe. Rajnath Singh et Khawaja Asif se sont "
        "parlé par leur ligne directe."})
    EXPECT_THAT(Edges(Extract(text)), Contains(StartsWith("used(official:rajnath_singh, line:"))) << text;
}

// Regression (found on a written article, fixed): "La Corée du Nord a rouvert la ligne de Panmunjom avec la
// Corée du Sud" gave nothing: reopening (rouvrir, rétablir) a line is setting it up, and the line's place may
// come between the line and "avec".
TEST_F(LineRulesTest, ReopeningALineSetsItUp) {
  Document doc = Extract(
      "La Corée du Nord a rouvert mercredi la ligne téléphonique de Panmunjom avec la Corée du Sud. Le "
      "Pakistan a rétabli la ligne directe militaire.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("established(country:north_korea, line:")));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:south_korea)"))));
  EXPECT_THAT(edges, Contains(StartsWith("established(country:pakistan, line:")));
}

// Regression (found on a written article, fixed): "a été utilisé la semaine dernière par le secrétaire
// américain à la Défense, Lloyd Austin": neither a time complement before "par" nor a title before the
// agent's name was passed over, and the line had no user.
TEST_F(LineRulesTest, PassiveAgentAfterATimeAndWithATitle) {
  Document doc = Extract(
      "La ligne de déconfliction a été utilisée la semaine dernière par le secrétaire américain à la "
      "Défense, "
      "Lloyd Austin. La ligne de déconfliction a été activée mardi soir par le Pentagone.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("used(official:lloyd_austin, line:ligne_deconfliction)"));
  EXPECT_THAT(edges, Contains("established(institution:pentagon, line:ligne_deconfliction)"));
}

// Regression (found on a written article, fixed): "a été inauguré mercredi à Istanbul par X": a place
// between the time and "par" hid the agent ("Istanbul", a name no one in the article bears, is a place).
TEST_F(LineRulesTest, PassiveAgentAfterATimeAndAPlace) {
  Document doc = Extract(
      "Le centre de coordination conjoint a été inauguré mercredi à Istanbul par le ministre turc de la "
      "Défense, Hulusi Akar.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("established(official:hulusi_akar, line:")));
  doc = Extract("La ligne de déconfliction a été activée mardi en Syrie par le Pentagone.");
  EXPECT_THAT(Edges(doc), Contains("established(institution:pentagon, line:ligne_deconfliction)"));
}

// Regression (found on a written article, fixed): "Washington et Ankara maintiennent un canal de
// communication militaire direct" linked no one: a line several subjects keep links them, when asserted.
TEST_F(LineRulesTest, ALineSeveralPartiesKeepLinksThem) {
  const std::vector<std::string> kept =
      Edges(Extract("Washington et Ankara maintiennent un canal de communication militaire direct."));
  EXPECT_THAT(kept, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:united_states)"))));
  EXPECT_THAT(kept, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:turkey)"))));
  EXPECT_THAT(Edges(Extract("Les Etats-Unis et la Chine disposent d'une ligne téléphonique depuis 2008.")),
              Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:china)"))));
  EXPECT_THAT(Edges(Extract("L'Inde et la Chine disposent depuis 2015 d'une ligne directe.")),
              Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:india)"))));
  EXPECT_THAT(Edges(Extract("Washington et Moscou n'ont plus de ligne directe. La Russie et la Turquie "
                            "pourraient avoir une ligne directe.")),
              Not(Contains(StartsWith("connects("))));
}

// Regression (found on a written article, fixed): "indiqué ne pas disposer de ligne directe avec l'armée
// iranienne" still linked the line to the Iranian army; a line of a negated or hypothetical verb links no
// one, and one subject keeping a line "avec" Y is its other end.
TEST_F(LineRulesTest, ALineWithSomeoneOnlyWhenAsserted) {
  EXPECT_THAT(Edges(Extract("Le Pentagone ne dispose pas de ligne directe avec l'armée russe. Le Pentagone "
                            "pourrait disposer d'une ligne de déconfliction avec l'armée chinoise.")),
              Not(Contains(StartsWith("connects("))));
  const std::vector<std::string> edges =
      Edges(Extract("Le Pentagone dispose d'une ligne de communication directe avec l'armée iranienne."));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("institution:pentagon)"))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("institution:arme@iran)"))));
}

// Regression (found on a written article, fixed): in "Israël a prévenu Moscou via la ligne", "prévenu" is
// also a noun, so the verb "via" complements was missed and Moscow used the line.
TEST_F(LineRulesTest, ViaComplementsAParticipleThatIsAlsoANoun) {
  Document doc = Extract("Israël a prévenu Moscou via la ligne de déconfliction.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("used(country:israel, line:ligne_deconfliction@israel+russia)"));
  EXPECT_THAT(edges, Not(Contains("used(country:russia, line:ligne_deconfliction)")));
}

// Regression (found on a written article, fixed): "Le mécanisme, établi en 2015 par X et Y" was no line (a
// word of many meanings refers to a line after a demonstrative), though the article had named one.
TEST_F(LineRulesTest, TheMechanismAfterALineIsThatLine) {
  Document doc = Extract(
      "Israël a utilisé la ligne de déconfliction avec la Russie. Le mécanisme, établi en 2015 par Benjamin "
      "Netanyahu et Vladimir Poutine, fonctionne.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges,
              Contains("established(official:benjamin_netanyahu, line:ligne_deconfliction@israel+russia)"));
  Document without = Extract("Le mécanisme, établi en 2015 par Benjamin Netanyahu, fonctionne.");
  EXPECT_THAT(Edges(without), Not(Contains(StartsWith("established("))));
}

// Regression (found on a written article, fixed): "Inde-Chine : les deux armées activent une ligne" had China
// alone as subject (the name nearest before it), and "les deux armées" named no one.
TEST_F(LineRulesTest, TheTwoArmiesAreTheTwoStatesNamedBefore) {
  Document doc = Extract("Inde-Chine : les deux armées activent une ligne d'urgence.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(StartsWith("established(country:india, line:")));
  EXPECT_THAT(edges, Contains(StartsWith("established(country:china, line:")));
  Document same = Extract(
      "Joe Biden a rencontré Xi Jinping mercredi, et les deux hommes ont parlé avec Emmanuel Macron.");
  EXPECT_THAT(Edges(same), Contains("spoke_with(official:joe_biden, official:emmanuel_macron)"));
}

// Regression (found on a written article, fixed): "La ligne relie le quartier général de l'armée indienne et
// le commandement du théâtre occidental de l'Armée populaire de libération" linked no one: "général" was
// taken for a title, and an object inside a coordinated noun's complement was not coordinated. (The unnamed
// "chef de la diplomatie de la Russie" stands for Russia, as one "de l'Union européenne" stands for the EU
// and one "russe" for Russia: the state is the title's, not a coordinated object.)
TEST_F(LineRulesTest, ALineLinksTheInstitutionsWhosePartsItLinks) {
  Document doc = Extract(
      "La ligne d'urgence relie le quartier général de l'armée indienne et le commandement du théâtre "
      "occidental de l'Armée populaire de libération. Xi Jinping a parlé avec Joe Biden et le chef de la "
      "diplomatie de la Russie.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("connects(line:ligne_d_urgence@test, institution:arme@india)"));
  EXPECT_THAT(edges, Contains("connects(line:ligne_d_urgence@test, institution:people_s_liberation_army)"));
  EXPECT_THAT(edges, Contains("spoke_with(official:xi_jinping, country:russia)"));
  const auto russia = std::find_if(doc.mentions.begin(), doc.mentions.end(),
                                   [](const Mention& m) { return m.entity == "country:russia"; });
  ASSERT_NE(russia, doc.mentions.end());
  EXPECT_EQ(russia->rule, "title-ref");
}

// Regression (found on a written article, fixed): "une ligne entre le commandement Indo-Pacifique et le
// théâtre Sud de l'Armée populaire de libération" linked the first only: a capitalised common word after
// the part's noun ("Sud") is part of its name.
TEST_F(LineRulesTest, APartsNameMayHaveACapitalisedCommonWord) {
  Document doc = Extract(
      "Une ligne de communication entre le Pentagone et le théâtre Sud de l'Armée populaire de libération a "
      "été suspendue.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("institution:pentagon)"))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"),
                                    EndsWith("institution:people_s_liberation_army)"))));
}

// Regression (found on a written article, fixed): "gérée côté américain par des officiers de l'Eucom" had no
// agent (it was looked for four words after "par" at most).
TEST_F(LineRulesTest, TheAgentMayBeTheInstitutionOfAGroup) {
  Document doc = Extract("La ligne de déconfliction est gérée côté américain par des officiers de l'Eucom.");
  EXPECT_THAT(Edges(doc), Contains("operates(institution:us_european_command, line:ligne_deconfliction)"));
}

// Regression (found on a written article, fixed): "la ligne directe qui relie les deux armées" linked no one.
TEST_F(LineRulesTest, ALineThatLinksTheTwoArmies) {
  Document doc =
      Extract("L'Inde et le Pakistan ont parlé. La ligne directe qui relie les deux armées a fonctionné.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:ligne_directe"), HasSubstr("country:india"))));
  EXPECT_THAT(edges,
              Contains(AllOf(StartsWith("connects(line:ligne_directe"), HasSubstr("country:pakistan"))));
}

// Regression (found on a written article, fixed): "la ligne directe qui relie leurs deux états-majors"
// connected no one: "leurs deux" is "les deux", and "états-majors" a plural head naming one institution of
// each state (heads.tsv institutions).
TEST_F(LineRulesTest, ALineBetweenTheirTwoStaffs) {
  const Document doc = Extract(
      "Les ministres indien et pakistanais se sont parlé par la ligne directe qui relie leurs deux "
      "états-majors.");
  EXPECT_THAT(Edges(doc), Contains("connects(line:ligne_directe@test, country:india)"));
  EXPECT_THAT(Edges(doc), Contains("connects(line:ligne_directe@test, country:pakistan)"));
}

// Regression (found on written articles, fixed): the Israel-Russia "mécanisme de déconfliction" and the
// US-Russia "ligne de déconfliction" were one node across articles: a line known by its descriptor that
// connects two states in the article is that pair's (a third state or a single one leaves the descriptor).
TEST_F(LineRulesTest, ADescriptorsLineIsQualifiedByTheTwoStatesItConnects) {
  Document doc = Extract(
      "Israël et la Russie ont mis en place un mécanisme de déconfliction. Le mécanisme relie les armées "
      "israélienne et russe.");
  EXPECT_THAT(Edges(doc), Contains("connects(line:ligne_deconfliction@israel+russia, country:israel)"));
  doc = Extract("La ligne de déconfliction avec le ministère russe de la Défense a été utilisée.");
  EXPECT_THAT(Edges(doc), Contains(HasSubstr("(line:ligne_deconfliction, ")));
}

// Regression (found on a written article, fixed): "Le président Lyndon Johnson l'a utilisée en 1967" used no
// line: an object pronoun before a line verb is the line named last.
TEST_F(LineRulesTest, AnObjectPronounIsTheLineNamedLast) {
  Document doc = Extract(
      "La ligne directe entre la Maison Blanche et le Kremlin est entrée en service en 1963. Le président "
      "Lyndon Johnson l'a utilisée pour la première fois en 1967.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("used(official:lindon_johnson, line:"))));
  // (Not an article before a noun: "la création" is none.)
  doc = Extract("La ligne directe est entrée en service. Le président a salué la création d'un comité.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("established("))));
  // (Regression, found on a written article, fixed: "y" for a verb with "à", "avoir recours" as "recourir".)
  doc = Extract("La ligne directe relie Washington et Moscou. Ronald Reagan y a eu recours en 1983.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(official:ronald_reagan, line:")));
}

// Regression (found on a written article, fixed): "n'a pas répondu aux appels quotidiens passés par la
// Corée du Sud sur la ligne" gave no used edge: the agent comes after an adjective and the participle, and
// not answering a call is no refusal to comment that makes the calls hypothetical.
TEST_F(LineRulesTest, UnansweredCallsWereMadeAllTheSame) {
  Document doc = Extract(
      "La Corée du Nord n'a pas répondu lundi aux appels quotidiens passés par la Corée du Sud sur la ligne "
      "de "
      "liaison intercoréenne.");
  EXPECT_THAT(Edges(doc), Contains("used(country:south_korea, line:ligne_liaison@north_korea+south_korea)"));
  EXPECT_THAT(Edges(doc), Not(Contains(HasSubstr("country:north_korea, line:"))));
  // (Regression, found on a written article, fixed: calls placed "par" the line itself, whose adjective
  // names both states, have no agent there; and the one who did not answer them did not place them.)
  for (const char* text :
       {"Séoul a indiqué que Pyongyang n'avait pas répondu aux appels quotidiens passés par "
        "le bureau de liaison intercoréen.",
        "La ligne directe intercoréenne existe. Pyongyang n'a pas répondu aux appels passés "
        "sur la ligne directe."})
    EXPECT_THAT(Edges(Extract(text)), Not(Contains(StartsWith("used(country:north_korea, line:")))) << text;
}

// Regression (found on a written article, fixed): "La ligne a été utilisée une seule fois, en novembre, par
// les Etats-Unis" had no user: counts and times between commas may come before the agent.
TEST_F(LineRulesTest, CountsAndTimesBeforeTheAgent) {
  for (const char* when : {"une seule fois, en novembre,", "la semaine dernière", "à deux reprises"}) {
    Document doc =
        Extract(std::string("La ligne de déconfliction a été utilisée ") + when + " par les Etats-Unis.");
    EXPECT_THAT(Edges(doc), Contains("used(country:united_states, line:ligne_deconfliction)")) << when;
  }
}

// Regression (found on a written article, fixed): "Le centre, installé à Washington, est relié par une ligne
// sécurisée à Moscou" had the centre set the line up: a past participle without its auxiliary has no object
// after it.
TEST_F(LineRulesTest, ABareParticipleHasNoObjectAfterIt) {
  Document doc = Extract(
      "Le Centre national de réduction des risques nucléaires, installé à Washington, est relié par une "
      "ligne "
      "sécurisée au ministère russe de la Défense.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("established("))));
  doc = Extract("La ligne de déconfliction, créée en mars par le Pentagone, relie Wiesbaden à Moscou.");
  EXPECT_THAT(Edges(doc), Contains("established(institution:pentagon, line:ligne_deconfliction)"));
}

// Regression (found on the eval articles, fixed): "Austin a contacté son homologue chinois via une ligne de
// crise spéciale" did not link them by the line: a line parties talk over connects them.
TEST_F(LineRulesTest, ALinePartiesTalkOverConnectsThem) {
  Document doc = Extract(
      "Lloyd Austin a contacté son homologue chinois via une ligne de crise spéciale, selon le Pentagone.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("connects(line:"), EndsWith("official:lloyd_austin)"))));
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:china)"))));
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(official:lloyd_austin")));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("used(country:china"))));
}

// Regression (found on the eval articles, fixed): "le bureau de liaison intercoréen" linked no one and
// "les négociations intercoréennes" were no talks: "intercoréen" names the two Koreas (words.tsv states:), as
// a compound adjective names each of its states, in a line's name or right after it.
TEST_F(LineRulesTest, AnAdjectiveOfSeveralStates) {
  Document doc = Extract(
      "La Corée du Nord a retiré son personnel du bureau de liaison intercoréen, a annoncé la Corée du Sud.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:north_korea)"))));
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:south_korea)"))));
  doc = Extract("Les négociations intercoréennes ont repris.");
  EXPECT_THAT(ContactsInLastSentence(doc), ElementsAre("country:north_korea + country:south_korea"));
}

// Regression (found on a written article, fixed): "La Corée du Nord n'a pas répondu aux appels (quotidiens)
// de la Corée du Sud sur la ligne" gave no use: the calls are the caller's use of the line, whoever does not
// answer them.
TEST_F(LineRulesTest, CallsOfAStateOnALineAreItsUse) {
  for (const char* text :
       {"La ligne de liaison relie Séoul et Pyongyang. La Corée du Nord n'a pas répondu aux appels de la "
        "Corée du Sud sur la ligne.",
        "La ligne de liaison relie Séoul et Pyongyang. La Corée du Nord n'a pas répondu aux appels "
        "quotidiens "
        "de la Corée du Sud sur la ligne."}) {
    Document doc = Extract(text);
    EXPECT_THAT(Edges(doc), Contains(StartsWith("used(country:south_korea, line:")));
    EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("used(country:north_korea"))));
  }
}

// Regression (found on a written article, fixed): "Les deux parties ont convenu d'établir une ligne" set up
// nothing: with no subject of its own, an infinitive has the subject of the verb whose "de" it follows.
TEST_F(LineRulesTest, AnInfinitiveAfterDeHasItsGovernorsSubject) {
  Document doc = Extract(
      "Tokyo et Séoul ont tenu un dialogue. Les deux parties ont convenu d'établir une ligne de "
      "communication.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("established(country:japan, line:")));
  EXPECT_THAT(Edges(doc), Contains(StartsWith("established(country:south_korea, line:")));
}

// Regression (found on a written article, fixed): "le Pentagone a tenté d'utiliser la ligne téléphonique
// militaire avec Pékin" linked no one: a line named with its definite article exists, whatever is attempted
// with it ("a proposé d'établir une ligne avec X" still links no one).
TEST_F(LineRulesTest, ADefiniteLineLinksItsPartiesWhateverIsAttempted) {
  Document doc = Extract("Le Pentagone a tenté d'utiliser la ligne téléphonique militaire avec Pékin.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:china)"))));
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("used("))));
  doc = Extract("Le Pentagone a proposé d'établir une ligne téléphonique militaire avec Pékin.");
  EXPECT_THAT(Edges(doc), Not(Contains(StartsWith("connects("))));
}

// Regression (found on a written article, fixed): "Les garde-côtes sud-coréens et japonais ont testé la
// ligne" named the Korean coast guard only: "garde-côtes" heads coordinated institutions too.
TEST_F(LineRulesTest, CoordinatedCoastGuardsUseTheLine) {
  Document doc = Extract("Les garde-côtes sud-coréens et japonais ont testé jeudi la ligne directe.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(institution:garde_cotes@japan, line:")));
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(institution:garde_cotes@south_korea, line:")));
}

// Regression (found on a written article, fixed): "ont réactivé la ligne directe" established nothing
// (cues.tsv establish: "réactiver", "relancer").
TEST_F(LineRulesTest, ReactivatingALineEstablishesIt) {
  Document doc = Extract("La Grèce et la Turquie ont réactivé la ligne directe entre leurs ministères.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("established(country:greece, line:")));
  EXPECT_THAT(Edges(doc), Contains(StartsWith("established(country:turkey, line:")));
}

// Regression (found on a written article, fixed): "Cette ligne sera gérée du côté philippin par le Conseil
// national de sécurité maritime" had no operator: the side of a line may come with "du" before the agent.
TEST_F(LineRulesTest, ALineRunOnOneSideByAnAgent) {
  Document doc = Extract(
      "Manille et Pékin ont mis en place une ligne directe. Cette ligne sera gérée du côté philippin par le "
      "Conseil national de sécurité maritime.");
  EXPECT_THAT(Edges(doc),
              Contains(StartsWith("operates(institution:conseil_national_securite_maritime, line:")));
}

// Regression (found on a written article, fixed): "a appelé son homologue indien, le lieutenant général X,
// sur la ligne directe" gave no use of the line: the line was looked for within ten words of the verb, not
// after the party named there.
TEST_F(LineRulesTest, TheLineOfACallComesAfterItsParty) {
  Document doc = Extract(
      "Le ministre pakistanais Ishaq Dar a appelé samedi après-midi son homologue indien, le lieutenant "
      "général "
      "Rajiv Ghai, sur la ligne directe qui relie les deux états-majors.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("used(official:ishaq_dar, line:")));
}

// Regression (found on a written article, fixed): "La ligne est placée sous la responsabilité du général X"
// gave no operates edge (cues.tsv "sous la responsabilité de").
TEST_F(LineRulesTest, ALineUnderSomeonesResponsibility) {
  Document doc = Extract(
      "Le Pentagone a établi une ligne de déconfliction avec le ministère russe de la Défense. La ligne est "
      "placée sous la responsabilité du général Tod Wolters.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("operates(official:tod_volters, line:")));
}

// Regression (found on a written article, fixed): "est exploitée côté sud par le ministère de l'Unification"
// had no operator: the side may be a noun ("sud") when "par" follows it.
TEST_F(LineRulesTest, ALineRunOnTheSouthSideByItsOperator) {
  Document doc = Extract(
      "La ligne directe relie Séoul et Pyongyang. Cette ligne est exploitée côté sud par le ministère de "
      "l'Unification.");
  EXPECT_THAT(Edges(doc), Contains(StartsWith("operates(institution:unification_ministry, line:")));
}

// Regression (found on a written article, fixed): after "Les ministres indien et chinois, X et Y, se sont
// entretenus", "Les deux pays disposent d'un mécanisme de consultation" linked the line to the two
// ministers: "les deux pays" are their states when the article names them.
TEST_F(LineRulesTest, TheTwoCountriesOfTwoMinisters) {
  Document doc = Extract(
      "L'Inde et la Chine reprennent le dialogue. La frontière reste tendue. Les patrouilles continuent. Le "
      "ministre indien Subrahmanyam Jaishankar s'est entretenu avec le ministre chinois Wang Yi. Les deux "
      "pays "
      "disposent d'une ligne directe.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:india)"))));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:china)"))));
  EXPECT_THAT(edges, Not(Contains(AllOf(StartsWith("connects(line:"), EndsWith("official:wang_yi)")))));
  // Unnamed, the states are not nodes: the people stand for them.
  doc = Extract(
      "Le ministre indien Subrahmanyam Jaishankar s'est entretenu avec le ministre chinois Wang Yi. Les deux "
      "pays disposent d'une ligne directe.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("connects(line:"), EndsWith("official:wang_yi)"))));
}

// Regression (found on a written article, fixed): "La Chine avait suspendu en août plusieurs mécanismes de
// dialogue militaire avec les Etats-Unis" linked the line to the United States only: a line its subject cuts
// or suspends (words.tsv cessation, now with "couper") linked it too, after a count or a quantifier and a
// time complement.
TEST_F(LineRulesTest, ALineCutWithAStateLinkedItsSubject) {
  for (const char* text :
       {"La Chine avait suspendu en août plusieurs mécanismes de dialogue militaire avec les "
        "Etats-Unis.",
        "La Chine a coupé toutes les lignes de communication avec les Etats-Unis."}) {
    const std::vector<std::string> edges = Edges(Extract(text));
    EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:china)")))) << text;
    EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:united_states)"))))
        << text;
  }
}

// Regression (found on a written article, fixed): "La ligne est opérée depuis le quartier général du
// commandement américain en Europe" had no operator: "opérer" runs a line (cues.tsv operate).
TEST_F(LineRulesTest, TheCommandTheLineIsOperatedFromOperatesIt) {
  Document doc = Extract(
      "Une ligne de déconfliction relie le Pentagone au ministère russe de la Défense. La ligne est opérée "
      "depuis le quartier général du commandement américain en Europe, à Stuttgart.");
  EXPECT_THAT(Edges(doc), Contains(AllOf(StartsWith("operates(institution:us_european_command, line:"))));
  EXPECT_THAT(Edges(Extract("Les forces russes opèrent dans la région, selon le Pentagone.")),
              Not(Contains(StartsWith("operates("))));
}

// Regression (found on a written article, fixed): "X s'est entretenu par cette ligne avec son homologue Y"
// linked the line to Y alone: the "avec" after the line was taken as the line's ("une ligne avec Pékin")
// rather than the conversation's, and the line was only looked for after the parties.
TEST_F(LineRulesTest, TheLineBetweenTheTalkAndItsPartnerIsTheChannel) {
  Document doc = Extract(
      "Pékin et Tokyo ont mis en service une ligne directe. Le ministre japonais de la Défense, Minoru "
      "Kihara, "
      "s'est entretenu pour la première fois par cette ligne avec son homologue chinois Dong Jun.");
  const std::vector<std::string> edges = Edges(doc);
  EXPECT_THAT(edges, Contains("used(official:minoru_kihara, line:ligne_directe@test)"));
  EXPECT_THAT(edges, Contains("used(official:dong_jun, line:ligne_directe@test)"));
  EXPECT_THAT(edges, Contains("spoke_with(official:minoru_kihara, official:dong_jun)"));
}

// Regression (found on the eval articles, fixed): "une ligne directe était établie pour la première fois
// entre les Etats-Unis et l'Union soviétique" linked the two states but no one had set it up: with no agent,
// the parties a line is set up between set it up.
TEST_F(LineRulesTest, ALineSetUpBetweenTwoPartiesWithNoAgentIsTheirs) {
  const std::vector<std::string> edges = Edges(Extract(
      "Il y a 60 ans, une ligne directe était établie pour la première fois entre les Etats-Unis et l'Union "
      "soviétique."));
  EXPECT_THAT(edges, Contains(StartsWith("established(country:united_states, line:")));
  EXPECT_THAT(edges, Contains(StartsWith("established(country:soviet_union, line:")));
  // (One named as its agent set it up alone.)
  EXPECT_THAT(
      Edges(Extract("Une ligne directe a été établie par le Pentagone entre les Etats-Unis et la Russie.")),
      Not(Contains(StartsWith("established(country:"))));
}

// Regression (found on the eval articles, fixed): "l'état-major israélien a mis en place un centre de
// coordination spécial" linked the line to no one: one who sets up a line with no other end named in the
// sentence is one of its ends.
TEST_F(LineRulesTest, TheMakerOfALineWithNoOtherEndNamedIsOneOfItsEnds) {
  const std::vector<std::string> edges = Edges(
      Extract("Israël et la Russie ont convenu d'échanger des données. A cet égard, l'état-major israélien a "
              "mis en place un centre de coordination spécial à cet effet."));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:centre_de_cordination_special"),
                                    HasSubstr("institution:etat_mazhor@israel"))));
  // (Not when the other end is named: the maker is not one of its ends just because it made it.)
  EXPECT_THAT(Edges(Extract("La Suisse a mis en place un canal entre les Etats-Unis et l'Iran.")),
              Not(Contains(HasSubstr("country:switzerland)"))));
}

// Regression (found on a written probe, fixed): "X a rencontré Y [...] Z a exhorté Washington à cesser
// d'armer Taïwan. Les deux parties sont convenues de maintenir les canaux de communication" linked the
// channels to Taiwan: the two states named last came before the states of the two people who met.
TEST_F(LineRulesTest, TheTwoPartiesAreTheStatesOfThoseWhoMetBeforeAStateNamedAsATopic) {
  const std::vector<std::string> edges = Edges(Extract(
      "Le conseiller américain à la sécurité nationale, Jake Sullivan, a rencontré vendredi le ministre "
      "chinois des Affaires étrangères, Wang Yi. Les Etats-Unis et la Chine ont des relations tendues. Selon "
      "l'agence Chine nouvelle, M. Wang a exhorté Washington à « cesser d'armer Taïwan ». Les deux parties "
      "sont convenues de maintenir les canaux de communication."));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:china)"))));
  EXPECT_THAT(edges, Not(Contains(HasSubstr("country:taiwan"))));
}

// Regression (found on a written probe, fixed): "Les directeurs des opérations militaires indien et
// pakistanais ont eu un échange. New Delhi a nié toute médiation américaine. Les deux pays ont convenu de
// rétablir la ligne directe" linked the line to the United States: two states named apart came before the two
// states of the conversation before.
TEST_F(LineRulesTest, TheTwoCountriesAreThoseOfTheConversationBeforeTwoStatesNamedApart) {
  const std::vector<std::string> edges = Edges(Extract(
      "Les directeurs généraux des opérations militaires indien et pakistanais ont eu samedi un échange "
      "téléphonique. New Delhi a toutefois nié toute médiation américaine. Les deux pays ont convenu de "
      "rétablir la ligne directe entre leurs états-majors."));
  EXPECT_THAT(edges, Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:pakistan)"))));
  EXPECT_THAT(edges, Not(Contains(AllOf(StartsWith("connects(line:"), EndsWith("country:united_states)")))));
}

// Regression (found on a written probe, fixed): "Pékin a souvent ignoré les appels passés sur cette ligne"
// made China use the line: who ignores calls (words.tsv call_receiver) did not place them.
TEST_F(LineRulesTest, WhoIgnoresTheCallsDidNotPlaceThem) {
  const std::string opening =
      "La ligne directe de défense entre les Etats-Unis et la Chine a été créée en 2008. ";
  EXPECT_THAT(Edges(Extract(opening + "Pékin a souvent ignoré les appels passés sur cette ligne.")),
              Not(Contains(StartsWith("used(country:china"))));
  EXPECT_THAT(Edges(Extract(opening + "Pékin ne répond plus aux appels passés sur cette ligne.")),
              Not(Contains(StartsWith("used(country:china"))));
  EXPECT_THAT(Edges(Extract(opening + "Pékin a passé des appels sur cette ligne.")),
              Contains(StartsWith("used(country:china")));
}

// Regression (found on a written probe, fixed): after "la ligne qui relie Moscou à Washington", "les deux
// pays" were not the two states: the state after "relier X à" is the line's second end, not a place.
TEST_F(LineRulesTest, TheSecondEndOfALineIsOneOfTheTwo) {
  const std::vector<std::string> edges = Edges(Extract(
      "La ligne directe relie Moscou à Washington. Dmitri Peskov a reconnu que les deux pays restaient en "
      "contact."));
  EXPECT_THAT(edges, Contains("connects(line:ligne_directe@test, country:united_states)"));
  EXPECT_THAT(edges, Contains("spoke_with(country:united_states, country:russia)"));
}

// Regression (found on a written probe, fixed): "La ligne avait été établie en 2008 par les deux armées" had
// no one establish it: the agent after "par" may be "les deux X", the two states named before.
TEST_F(LineRulesTest, ALineEstablishedByTheTwo) {
  const std::vector<std::string> edges = Edges(Extract(
      "Lloyd Austin a appelé Wei Fenghe par la ligne directe entre la Chine et les États-Unis. La ligne "
      "avait été établie en 2008 par les deux armées."));
  EXPECT_THAT(edges, IsSupersetOf({"established(country:china, line:ligne_directe@test)",
                                   "established(country:united_states, line:ligne_directe@test)"}));
}

// Regression (found on a written probe, fixed): "Moscou avait été prévenu à l'avance via la ligne de
// déconfliction" made Moscow use the line: the subject of a verb of telling someone in the passive was told;
// it did not place the call.
TEST_F(LineRulesTest, WhoWasToldOverALineDidNotUseIt) {
  for (const char* text :
       {"Un responsable américain a déclaré que Moscou avait été prévenu à l'avance via la ligne de "
        "déconfliction.",
        "Les Russes ont été avertis via la ligne de déconfliction."})
    EXPECT_THAT(Edges(Extract(text)), Not(Contains(StartsWith("used(country:russia"))));
  EXPECT_THAT(Edges(Extract("Washington a prévenu Moscou via la ligne de déconfliction.")),
              Contains(StartsWith("used(country:united_states, line:")));
}

// Regression (found on a written probe, fixed): "Ce mécanisme, créé après une rencontre entre Benjamin
// Netanyahu et Vladimir Poutine" made the line link the two men and had them set it up: that "entre" is the
// meeting's.
TEST_F(LineRulesTest, TheEntreOfAConversationNounIsNotTheLines) {
  const std::vector<std::string> edges = Edges(Extract(
      "L'armée israélienne utilise une ligne de déconfliction avec la Russie. Cette ligne, créée "
      "après une rencontre entre Benjamin Netanyahu et Vladimir Poutine, relie l'armée israélienne à la base "
      "russe de Hmeimim."));
  EXPECT_THAT(edges, Contains("spoke_with(official:benjamin_netanyahu, official:vladimir_putin)"));
  EXPECT_THAT(edges, Not(Contains(HasSubstr("official:benjamin_netanyahu)"))));
  EXPECT_THAT(edges, Not(Contains(StartsWith("established(official:"))));
}

// Regression (found on a written article, fixed): "aux appels de routine de la Corée du Sud sur la ligne"
// had no caller: a complement with no article after the noun ("de routine") qualifies it, and the line may
// come farther after it.
TEST_F(LineRulesTest, TheCallerComesAfterTheCallsQualifier) {
  Document doc = Extract(
      "La Corée du Nord n'a pas répondu aux appels de routine de la Corée du Sud sur la ligne de liaison "
      "intercoréenne.");
  EXPECT_THAT(Edges(doc), Contains("used(country:south_korea, line:ligne_liaison@north_korea+south_korea)"));
}

// Regression (found on a written article, fixed): "Cette ligne relie les responsables de la défense des deux
// pays" linked no one: the pair may be named in the complement of the line's object.
TEST_F(LineRulesTest, TheTwoStatesInTheComplementOfWhatALineLinks) {
  Document doc = Extract(
      "La ligne d'urgence a été inaugurée l'an dernier. Le Japon et la Chine s'en félicitent. Cette ligne "
      "relie les responsables de la défense des deux pays.");
  EXPECT_THAT(Edges(doc), IsSupersetOf({"connects(line:ligne_d_urgence@test, country:china)",
                                        "connects(line:ligne_d_urgence@test, country:japan)"}));
}

}  // namespace
}  // namespace newsgraph
