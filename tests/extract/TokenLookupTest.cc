#include <gtest/gtest.h>

#include "ExtractTest.h"
#include "extract/TokenLookup.h"
#include "schema/Gazetteer.h"
#include "text/Morphology.h"

namespace newsgraph {
namespace {

using TokenLookupTest = ExtractTest;

// Every fact stored in a token is what asking the schema directly gives.
TEST_F(TokenLookupTest, StoresWhatTheSchemaSaysAboutEachToken) {
  Document doc = Extract(
      "Le ministre russe de la Défense, Sergueï Choïgou, s'est entretenu avec son homologue américain. Le "
      "ministre a déclaré que la ligne restait ouverte. Mark Milley ne l'a pas confirmé.");
  ASSERT_GT(doc.tokens.size(), 20u);
  const Schema& schema = *schema_;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    SCOPED_TRACE(t.lower);
    ASSERT_NE(t.facts.written, nullptr);
    ASSERT_NE(t.facts.lower, nullptr);
    EXPECT_EQ(t.facts.written, &schema.morphology().Analyze(doc.TokenText(i)));
    EXPECT_EQ(t.facts.lower, &schema.morphology().Analyze(t.lower));
    EXPECT_EQ(t.facts.classes, schema.lexicon().ClassesOf(t.fold));
    EXPECT_EQ(t.facts.nationality, schema.gazetteer().FindByAdjective(t.fold));
    EXPECT_EQ(t.facts.titles, &schema.lexicon().titles().StartingWith(t.fold));
    EXPECT_EQ(t.facts.heads, &schema.lexicon().heads().StartingWith(t.fold));
    EXPECT_EQ(t.facts.cues, &schema.lexicon().cues().StartingWith(t.fold));
  }
}

TEST_F(TokenLookupTest, FactsReadAsTheRulesUseThem) {
  Document doc = Extract("Le ministre russe a parlé à Mark Milley.");
  auto token = [&](std::string_view lower) -> const Token& {
    for (const Token& t : doc.tokens)
      if (t.lower == lower) return t;
    ADD_FAILURE() << "no token " << lower;
    return doc.tokens.front();
  };
  EXPECT_TRUE(schema_->lexicon().Is("determiner", token("le")));
  EXPECT_FALSE(token("ministre").facts.titles->empty());
  ASSERT_NE(token("russe").facts.nationality, nullptr);
  EXPECT_EQ(token("russe").facts.nationality->NodeId(), "country:russia");
  EXPECT_TRUE(token("mark").written().first_name);  // "Mark" as written
  EXPECT_FALSE(token("mark").lowered().first_name);
}

TEST_F(TokenLookupTest, ARunOnAFreshlySegmentedDocumentGivesThePipelinesFacts) {
  Document piped = Extract("Le porte-parole du Kremlin a déclaré que le Kremlin démentait.");
  Document again;
  again.article = piped.article;
  again.text = piped.text;
  again.tokens = piped.tokens;
  for (Token& t : again.tokens) t.facts.written = t.facts.lower = nullptr, t.facts.classes = 0;
  TokenLookup(*schema_).Process(again);
  for (std::size_t i = 0; i < again.tokens.size(); ++i) {
    EXPECT_EQ(again.tokens[i].facts.written, piped.tokens[i].facts.written);
    EXPECT_EQ(again.tokens[i].facts.classes, piped.tokens[i].facts.classes);
  }
}

}  // namespace
}  // namespace newsgraph
