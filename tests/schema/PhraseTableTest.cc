#include <gmock/gmock.h>

#include "schema/PhraseTable.h"

namespace newsgraph {
namespace {

using ::testing::ElementsAre;

TEST(PhraseTableTest, SplitsElisionsOffTheirWord) {
  EXPECT_THAT(PhraseTable::SplitWords("s'entretenir"), ElementsAre("s'", "entretenir"));
  EXPECT_THAT(PhraseTable::SplitWords("chef d'état-major"), ElementsAre("chef", "d'", "etat-major"));
  EXPECT_THAT(PhraseTable::SplitWords("jusqu'à"), ElementsAre("jusqu'", "a"));
}

TEST(PhraseTableTest, FoldsCaseAccentsAndTypographicApostrophes) {
  EXPECT_THAT(PhraseTable::SplitWords("Chef de l’État"), ElementsAre("chef", "de", "l'", "etat"));
}

TEST(PhraseTableTest, KeepsApostrophesThatAreNotElisions) {
  EXPECT_THAT(PhraseTable::SplitWords("aujourd'hui"), ElementsAre("aujourd'hui"));
}

TEST(PhraseTableTest, IgnoresRepeatedSpaces) {
  EXPECT_THAT(PhraseTable::SplitWords("  mis  en place "), ElementsAre("mis", "en", "place"));
  EXPECT_TRUE(PhraseTable::SplitWords("   ").empty());
}

TEST(PhraseTableTest, ListsEntriesByFirstWordLongestFirst) {
  PhraseTable table;
  table.Add("title", "chef");
  table.Add("title", "chef d'état-major");
  table.Add("title", "chef de la diplomatie");
  table.Add("generic", "responsable");
  EXPECT_EQ(table.size(), 4u);
  const auto& chef = table.StartingWith("chef");
  ASSERT_EQ(chef.size(), 3u);
  EXPECT_EQ(chef[0].words.size(), 4u);
  EXPECT_EQ(chef[1].words.size(), 3u);
  EXPECT_THAT(chef[2].words, ElementsAre("chef"));
  EXPECT_EQ(table.StartingWith("responsable").front().cls, "generic");
}

TEST(PhraseTableTest, UnknownFirstWordHasNoEntries) {
  PhraseTable table;
  table.Add("report", "déclarer");
  EXPECT_TRUE(table.StartingWith("dire").empty());
  // Entries are stored folded, so lookups use the folded word.
  EXPECT_TRUE(table.StartingWith("déclarer").empty());
  EXPECT_EQ(table.StartingWith("declarer").size(), 1u);
}

TEST(PhraseTableTest, EmptyPatternAddsNothing) {
  PhraseTable table;
  table.Add("report", " ");
  EXPECT_EQ(table.size(), 0u);
}

}  // namespace
}  // namespace newsgraph
