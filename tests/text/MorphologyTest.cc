#include <gmock/gmock.h>

#include <thread>
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

TEST_F(MorphologyTest, ThreadsAnalysingTogetherAgreeWithSequentialAnalysis) {
  const std::vector<std::string> words = {"déclaré",      "aurait",    "utilisée", "entretenus", "Mark",
                                          "responsables", "homologue", "démenti",  "relie",      "gérée"};
  Morphology fresh(kFrench);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (const std::string& w : words) fresh.Analyze(w);
    });
  for (auto& t : threads) t.join();
  for (const std::string& w : words) EXPECT_EQ(fresh.Analyze(w).lemmas, morphology_->Analyze(w).lemmas) << w;
}

TEST(MorphologyWithoutDictionaryTest, MissingDictionaryIsUnavailableAndKnowsNothing) {
  Morphology none("/nonexistent/hunspell/xx_XX");
  EXPECT_FALSE(none.available());
  const WordInfo& info = none.Analyze("déclaré");
  EXPECT_FALSE(info.known);
  EXPECT_TRUE(info.lemmas.empty());
}

}  // namespace
}  // namespace newsgraph
