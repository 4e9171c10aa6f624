#include <gmock/gmock.h>

#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "text/Morphology.h"

namespace newsgraph {
namespace {

using ::testing::Contains;

// The dictionary schema/pipeline.json names (Debian's hunspell-fr).
constexpr const char* kFrench = "/usr/share/hunspell/fr_FR";

class MorphologyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { morphology_ = new Morphology(kFrench); }
  static void TearDownTestSuite() {
    delete morphology_;
    morphology_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(morphology_->available()) << "hunspell-fr is not installed"; }
  static Morphology* morphology_;
};
Morphology* MorphologyTest::morphology_ = nullptr;

TEST_F(MorphologyTest, PastParticipleHasItsVerbAsFoldedLemma) {
  const WordInfo& info = morphology_->Analyze("déclaré");
  EXPECT_TRUE(info.known);
  EXPECT_TRUE(info.verb);
  EXPECT_TRUE(info.participle);
  EXPECT_FALSE(info.finite);
  EXPECT_THAT(info.lemmas, Contains("declarer"));
}

TEST_F(MorphologyTest, ConditionalIsAFiniteForm) {
  const WordInfo& info = morphology_->Analyze("aurait");
  EXPECT_TRUE(info.conditional);
  EXPECT_TRUE(info.finite);
  EXPECT_THAT(info.lemmas, Contains("avoir"));
  EXPECT_TRUE(morphology_->Analyze("pourrait").conditional);
  EXPECT_FALSE(morphology_->Analyze("peut").conditional);
}

TEST_F(MorphologyTest, FutureIsAFiniteForm) {
  const WordInfo& info = morphology_->Analyze("rencontrera");
  EXPECT_TRUE(info.future);
  EXPECT_TRUE(info.finite);
  EXPECT_THAT(info.lemmas, Contains("rencontrer"));
  EXPECT_TRUE(morphology_->Analyze("entretiendra").future);
  EXPECT_FALSE(morphology_->Analyze("rencontre").future);
  EXPECT_FALSE(morphology_->Analyze("rencontrerait").future);
}

TEST_F(MorphologyTest, InfinitiveIsNotFinite) {
  const WordInfo& info = morphology_->Analyze("utiliser");
  EXPECT_TRUE(info.infinitive);
  EXPECT_FALSE(info.finite);
  EXPECT_THAT(info.lemmas, Contains("utiliser"));
}

TEST_F(MorphologyTest, CapitalisedMarkIsAFirstNameButLowerCaseMarkIsNot) {
  EXPECT_TRUE(morphology_->Analyze("Mark").first_name);
  EXPECT_FALSE(morphology_->Analyze("mark").first_name);
}

TEST_F(MorphologyTest, UnknownWordIsUnknown) {
  const WordInfo& info = morphology_->Analyze("Guérassimovitchev");
  EXPECT_FALSE(info.known);
  EXPECT_TRUE(info.lemmas.empty());
  EXPECT_FALSE(info.first_name);
}

TEST_F(MorphologyTest, SameWordGivesTheCachedAnalysis) {
  EXPECT_EQ(&morphology_->Analyze("entretenus"), &morphology_->Analyze("entretenus"));
}

// Each thread analyses its own new words, so that analyses run at once on several Hunspell objects.
TEST_F(MorphologyTest, ThreadsAnalysingTogetherAgreeWithSequentialAnalysis) {
  const std::vector<std::string> words = {
      "déclaré",   "aurait", "utilisée", "entretenus", "Mark",       "responsables", "homologue",
      "démenti",   "relie",  "gérée",    "appelé",     "pourraient", "négociées",    "ministre",
      "rencontré", "Paris",  "affirmé",  "dirigeants", "armée",      "téléphoné",    "soulignait",
      "Pierre",    "nié",    "ligne",    "indiqués",   "refusé",     "commenter",    "discutaient",
      "proposée",  "Jean",   "sommets",  "directe"};
  constexpr std::size_t kThreads = 4;
  Morphology fresh(kFrench);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (std::size_t i = t; i < words.size(); i += kThreads) fresh.Analyze(words[i]);
      for (const std::string& w : words) fresh.Analyze(w);  // and every other thread's, cached or not
    });
  for (auto& t : threads) t.join();
  EXPECT_GE(fresh.instances(), 1u);
  EXPECT_LE(fresh.instances(), Morphology::kMaxInstances);
  for (const std::string& w : words) {
    const WordInfo& a = fresh.Analyze(w);
    const WordInfo& b = morphology_->Analyze(w);
    EXPECT_EQ(a.lemmas, b.lemmas) << w;
    EXPECT_EQ(std::tie(a.known, a.verb, a.noun, a.adjective, a.participle, a.infinitive, a.adverb,
                       a.conditional, a.future, a.finite, a.first_name, a.surname, a.proper, a.common_word),
              std::tie(b.known, b.verb, b.noun, b.adjective, b.participle, b.infinitive, b.adverb,
                       b.conditional, b.future, b.finite, b.first_name, b.surname, b.proper, b.common_word))
        << w;
  }
}

TEST_F(MorphologyTest, OneThreadUsesOneHunspell) {
  Morphology fresh(kFrench);
  for (const char* w : {"déclaré", "aurait", "Mark", "homologue", "Guérassimovitchev"}) fresh.Analyze(w);
  EXPECT_EQ(fresh.instances(), 1u);
}

TEST(MorphologyWithoutDictionaryTest, MissingDictionaryIsUnavailableAndKnowsNothing) {
  Morphology none("/nonexistent/hunspell/xx_XX");
  EXPECT_FALSE(none.available());
  EXPECT_EQ(none.instances(), 0u);
  const WordInfo& info = none.Analyze("déclaré");
  EXPECT_FALSE(info.known);
  EXPECT_TRUE(info.lemmas.empty());
}

// French typed without its ligatures ("soeur", "manoeuvres") is read as the dictionary's "sœur".
TEST_F(MorphologyTest, ALigatureTypedAsTwoLetters) {
  EXPECT_TRUE(morphology_->Analyze("soeur").noun);
  EXPECT_TRUE(morphology_->Analyze("manoeuvres").noun);
  EXPECT_TRUE(morphology_->Analyze("coexister").verb);  // a word with "oe" of its own
  EXPECT_FALSE(morphology_->Analyze("Zoezyx").known);
}

// Regression (found on a written article, fixed): "co-parrainent" was no verb: a word the dictionary lacks,
// made with the prefix co-, is read as the word it prefixes.
TEST_F(MorphologyTest, AWordMadeWithCoIsReadAsTheWordItPrefixes) {
  const WordInfo& hyphenated = morphology_->Analyze("co-parrainent");
  EXPECT_TRUE(hyphenated.verb);
  EXPECT_THAT(hyphenated.lemmas, Contains("parrainer"));
  EXPECT_TRUE(morphology_->Analyze("coparrainent").verb);
  EXPECT_FALSE(morphology_->Analyze("cozyxwv").known);
}

}  // namespace
}  // namespace newsgraph
