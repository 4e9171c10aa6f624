#include <gmock/gmock.h>

#include "ExtractTest.h"

namespace newsgraph {
namespace {

using CueFinderTest = ExtractTest;

std::vector<std::string> CueClasses(const Document& doc) {
  std::vector<std::string> out;
  for (const Cue& c : doc.cues)
    out.push_back(std::string(c.cls) + ":" + std::string(doc.TokenSpan(c.first_token, c.end_token)));
  return out;
}

TEST_F(CueFinderTest, InflectedVerbsMatchTheirLemmaInTheLexicon) {
  Document doc = Extract("Le Pentagone a utilisé la ligne, a déclaré un porte-parole.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("use:utilisé", "report:déclaré"));
}

TEST_F(CueFinderTest, MultiWordCuesMatchAsOneCue) {
  Document doc = Extract("Le Pentagone a refusé de commenter.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("decline:refusé de commenter"));
}

// Regression (found on a written article, fixed): "qu'il parlerait « bientôt » avec X" had no contact cue:
// quotation marks around a time between the verb and its preposition are skipped too.
TEST_F(CueFinderTest, QuotesAroundATimeInsideACueAreSkipped) {
  Document doc = Extract("Il a dit qu'il parlerait « bientôt » avec le président.");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains("contact:parlerait « bientôt » avec"));
}

// Regression (found on the eval articles, fixed): "en charge de" did not match "en charge du" (de + le),
// so "le Commandement européen sera en charge du côté américain de la hotline" had no operate cue.
TEST_F(CueFinderTest, DeAndAMatchTheirContractions) {
  Document doc = Extract(
      "Le commandement sera en charge du canal. La Pologne est membre des Nations unies. Il a parlé aux "
      "journalistes.");
  EXPECT_THAT(CueClasses(doc),
              ::testing::ElementsAre("operate:en charge du", "member:membre des", "contact:parlé aux"));
}

// Regression (found on a written article, fixed): ", a rappelé le ministère" stated nothing ("rappeler" is a
// report cue only before "que": "a rappelé son ambassadeur" recalls him); in an incise it states (words.tsv
// incise_report).
TEST_F(CueFinderTest, AVerbThatStatesOnlyInAnIncise) {
  Document doc = Extract(
      "La ligne ne fonctionne plus, a rappelé le ministère. « Rien ne change », poursuit-il. Moscou a "
      "rappelé "
      "son ambassadeur et poursuit ses frappes.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("report:rappelé", "report:poursuit"));
}

// Regression (found on a written article, fixed): "a reçu dimanche un appel de X" was no "recevoir un
// appel" (a time came between the verb and its object), so the call was no conversation.
TEST_F(CueFinderTest, ATimeBetweenAVerbAndTheRestOfItsPhrase) {
  Document doc = Extract("Sébastien Lecornu a reçu dimanche un appel de Sergueï Choïgou.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("contact:reçu dimanche un appel"));
  EXPECT_THAT(Edges(doc),
              ::testing::Contains("spoke_with(official:sebastien_lecornu, official:sergei_shoigu)"));
}

TEST_F(CueFinderTest, ConditionalMoodIsMarked) {
  Document doc = Extract("La Russie pourrait utiliser la ligne.");
  ASSERT_EQ(doc.cues.size(), 1u);
  EXPECT_EQ(doc.cues[0].cls, "use");
  EXPECT_TRUE(doc.cues[0].conditional);
}

TEST_F(CueFinderTest, IndicativeIsNotConditional) {
  Document doc = Extract("La Russie a utilisé la ligne.");
  ASSERT_EQ(doc.cues.size(), 1u);
  EXPECT_FALSE(doc.cues[0].conditional);
}

TEST_F(CueFinderTest, MatchesByFormOrLemma) {
  Document doc = Extract("Il a déclaré.");
  CueFinder finder(*schema_);
  std::uint32_t declared = 2;
  ASSERT_EQ(doc.TokenText(declared), "déclaré");
  EXPECT_TRUE(finder.Matches(doc, declared, "declarer"));
  EXPECT_TRUE(finder.Matches(doc, declared, "declare"));
  EXPECT_FALSE(finder.Matches(doc, declared, "dire"));
}

// Regression (found on a written article, fixed): "a parlé samedi soir avec X" matched no cue ("parler avec"
// needed its words side by side); a time or a medium may come before the preposition.
TEST_F(CueFinderTest, ATimeOrAMediumMayComeBeforeThePreposition) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"Le ministre a parlé samedi soir avec son homologue.", "contact"},
      {"Le ministre a parlé longuement par téléphone avec son homologue.", "contact"},
      {"Le ministre a refusé lundi de commenter.", "decline"}};
  for (auto [text, cls] : cases) {
    Document doc = Extract(text);
    ASSERT_EQ(doc.cues.size(), 1u) << text;
    EXPECT_EQ(doc.cues[0].cls, cls) << text;
  }
  // ("parler" alone is a cue, "parler à" is not matched over "du".)
  Document doc = Extract("Le ministre a parlé samedi du conflit.");
  for (const Cue& cue : doc.cues) EXPECT_EQ(cue.end_token, cue.first_token + 1);
}

// Regression (found on a written article, fixed): "avait parlé dans la nuit avec X" matched no cue: "nuit"
// was no time of day, and "l'après-midi" was two words the time could not skip.
TEST_F(CueFinderTest, ATimeOfDayWithItsArticleMayComeBeforeThePreposition) {
  for (std::string_view text : {"Le ministre avait parlé dans la nuit avec son homologue.",
                                "Le ministre a parlé dans l'après-midi avec son homologue.",
                                "Le ministre a parlé mardi après-midi avec son homologue."}) {
    Document doc = Extract(text);
    ASSERT_EQ(doc.cues.size(), 1u) << text;
    EXPECT_EQ(doc.cues[0].cls, "contact") << text;
    EXPECT_EQ(doc.TokenText(doc.cues[0].end_token - 1), "avec") << text;
  }
}

// Regression (found on a written article, fixed): in "Bakou n'avait reçu aucune proposition écrite",
// "écrite" was a statement verb, its auxiliary being taken for its own: a participle qualifying a noun is no
// cue, and an auxiliary before another participle is that one's.
TEST_F(CueFinderTest, AnAuxiliaryBelongsToTheParticipleAfterIt) {
  Document doc = Extract("Bakou n'avait reçu aucune proposition écrite d'Erevan.");
  EXPECT_THAT(CueClasses(doc), ::testing::Not(::testing::Contains(::testing::StartsWith("report:"))));
  doc = Extract("Le Kremlin a de son côté affirmé que la ligne restait ouverte.");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains("report:affirmé"));
}

// Regression (found on the eval articles, fixed): "le Pentagone s'est contenté de dire" was a statement: the
// auxiliary of a reflexive verb comes inside the phrase "se contenter de dire".
TEST_F(CueFinderTest, TheAuxiliaryOfAReflexiveVerbIsInsideThePhrase) {
  Document doc = Extract("Le Pentagone s'est contenté de dire qu'il conservait plusieurs canaux.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("decline:s'est contenté de dire"));
}

// Regression (found on a written article, fixed): "l'absence du dirigeant russe" had an operate cue: a
// present participle after a determiner is a noun, no cue of its verb.
TEST_F(CueFinderTest, APresentParticipleAfterADeterminerIsANoun) {
  Document doc = Extract("Il a dénoncé l'absence du dirigeant russe.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("report:dénoncé"));
  doc = Extract("Le Pentagone, dirigeant la ligne, a confirmé.");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains("operate:dirigeant"));
}

// Regression (found on a written article, fixed): "n'avait pas répondu à ses demandes répétées" had a report
// cue "répétées": after its determiner, "demandes" is a noun the participle qualifies, though it is a verb
// form too.
TEST_F(CueFinderTest, AParticipleAfterADeterminedNounThatIsAlsoAVerbQualifiesIt) {
  Document doc = Extract("L'armée n'avait pas répondu à ses demandes répétées de dialogue.");
  EXPECT_THAT(CueClasses(doc), ::testing::Not(::testing::Contains("report:répétées")));
}

// Regression (found on a written article, fixed): "a vivement critiqué cet appel" had no report cue
// (cues.tsv: "critiquer", "reprocher"); "des infrastructures critiques" has none: a finite form that is also
// an adjective qualifies the noun before it.
TEST_F(CueFinderTest, AFiniteFormThatIsAnAdjectiveAfterANounQualifiesIt) {
  Document doc = Extract("Le président a vivement critiqué cet appel.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("report:critiqué"));
  doc = Extract("Moscou critique l'appel. Les combats visent des questions de sécurité critiques.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("report:critique"));
}

// Regression (found on a written article, fixed): "accusé Addis-Abeba d'avoir rejeté toute solution de
// compromis" made Ethiopia deny something: a refusing denial verb (words.tsv refuse_verb) before a proposal
// noun refuses it and reports; "a démenti toute médiation" still denies.
TEST_F(CueFinderTest, RejectingAProposalReportsAndDenyingOneDenies) {
  Document doc = Extract("Le pays a rejeté toute solution de compromis.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("report:rejeté"));
  doc = Extract("New Delhi a démenti toute médiation. Moscou a rejeté ces accusations.");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("deny:démenti", "deny:rejeté"));
}

// Regression (found on a written article, fixed): "a qualifié les accusations polonaises d'« infondées »"
// denied nothing: a denial's verb may have its object before its "de", and the cue is then the verb alone.
TEST_F(CueFinderTest, ADenialsObjectMayComeBeforeItsDe) {
  Document doc = Extract("Le ministère a qualifié les accusations polonaises d'« infondées ».");
  EXPECT_THAT(CueClasses(doc), ::testing::ElementsAre("deny:qualifié"));
  doc = Extract("Le ministère a qualifié la rencontre de succès.");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains("report:qualifié"));
}

// Regression (found on a written article, fixed): "le chavirement de leur hors-bord, poursuivi par les
// garde-côtes taïwanais" was a statement of the coast guard's: an incise verb's past participle with no
// auxiliary opens a participial phrase, no incise.
TEST_F(CueFinderTest, AnInciseVerbsBareParticipleIsNoStatement) {
  Document doc = Extract("Le navire, poursuivi par la marine russe, a pu regagner Odessa.");
  EXPECT_THAT(CueClasses(doc), ::testing::Not(::testing::Contains("report:poursuivi")));
  doc = Extract("« Nous partons », a poursuivi le ministre.");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains("report:poursuivi"));
}

// Regression (found on a written article, fixed): "La mission nord-coréenne a qualifié ces informations de
// « rumeurs infondées »" was a report: a denial's adjective may qualify a noun after the "de".
TEST_F(CueFinderTest, DenialsAdjectiveAfterANoun) {
  Document doc = Extract("La mission nord-coréenne a qualifié ces informations de « rumeurs infondées ».");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains(::testing::StartsWith("deny:qualifié")));
  // (A noun alone after the "de" is still what the verb calls it: "de succès".)
  doc = Extract("Le ministère a qualifié la rencontre de succès.");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains("report:qualifié"));
}

// Regression (found on a written article, fixed): "Erdogan a reçu Mitsotakis, poursuivant le rapprochement
// entamé l'an dernier" was a statement of Erdogan's: an incise verb's present participle says nothing.
TEST_F(CueFinderTest, AnInciseVerbsPresentParticipleIsNoStatement) {
  Document doc = Extract("Erdogan a reçu Mitsotakis, poursuivant le rapprochement entre les deux pays.");
  EXPECT_THAT(CueClasses(doc), ::testing::Not(::testing::Contains("report:poursuivant")));
  doc = Extract("« Nous partons », poursuit-il.");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains(::testing::StartsWith("report:poursuit")));
}

// Regression (found by the extract fuzzer, fixed): a text ending on a denial's verb whose phrase goes on
// with "de" ("..., la qualifiant" with no full stop) read the token past the last one when it looked for
// the verb's object before its "de" (AddressSanitizer: heap-buffer-overflow in CueFinder::Matches).
TEST_F(CueFinderTest, ADenialsVerbEndingTheTextReadsNoFurther) {
  Document doc = Extract("Dmitri Peskov a démenti cette information, la qualifiant");
  EXPECT_THAT(CueClasses(doc), ::testing::Contains("deny:démenti"));
}

// Regression (found on a written probe, fixed): "a parlé le même jour avec X" and "la semaine dernière"
// matched no "parler avec": a time after a determiner was skipped only as "la veille" ("la" being a noun, a
// musical note, the rest was left).
TEST_F(CueFinderTest, ADeterminedTimeMayComeBeforeThePreposition) {
  for (std::string_view text : {"Le général a parlé le même jour avec son homologue.",
                                "Le général a parlé la semaine dernière avec son homologue.",
                                "Le général a parlé cette semaine avec son homologue."}) {
    Document doc = Extract(text);
    ASSERT_EQ(doc.cues.size(), 1u) << text;
    EXPECT_EQ(doc.cues[0].cls, "contact") << text;
  }
}

}  // namespace
}  // namespace newsgraph
