#include <gmock/gmock.h>

#include "ExtractTest.h"

namespace newsgraph {
namespace {

using CueFinderTest = ExtractTest;

std::vector<std::string> CueClasses(const Document& doc) {
  std::vector<std::string> out;
  for (const Cue& c : doc.cues)
    out.push_back(c.cls + ":" + std::string(doc.TokenSpan(c.first_token, c.end_token)));
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

// Regression (found on the eval articles, fixed): "en charge de" did not match "en charge du" (de + le),
// so "le Commandement européen sera en charge du côté américain de la hotline" had no operate cue.
TEST_F(CueFinderTest, DeAndAMatchTheirContractions) {
  Document doc = Extract(
      "Le commandement sera en charge du canal. La Pologne est membre des Nations unies. Il a parlé aux "
      "journalistes.");
  EXPECT_THAT(CueClasses(doc),
              ::testing::ElementsAre("operate:en charge du", "member:membre des", "contact:parlé aux"));
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

}  // namespace
}  // namespace newsgraph
