#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "ExtractTest.h"
#include "extract/TokenLookup.h"
#include "schema/Gazetteer.h"
#include "text/Morphology.h"
#include "text/Segmenter.h"

namespace newsgraph {
namespace {

using TokenLookupTest = ExtractTest;

// Every fact stored in a token is what asking the schema directly gives (the long words too, which the
// segmenter's table of recent forms does not keep).
TEST_F(TokenLookupTest, StoresWhatTheSchemaSaysAboutEachToken) {
  Document doc = Extract(
      "Le ministre russe de la Défense, Sergueï Choïgou, s'est entretenu avec son homologue américain. Le "
      "ministre a déclaré que la ligne restait ouverte. Mark Milley ne l'a pas confirmé. Les "
      "interlocuteurs ont reconnu ces communications extraordinairement confidentielles.");
  ASSERT_GT(doc.tokens.size(), 20u);
  const Schema& schema = *schema_;
  std::size_t with_lemma_cues = 0;
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
    // (A token in lower case starts none of the names that all need a capital: "la" of "La Haye".)
    const std::vector<GazetteerName>& names = schema.gazetteer().NamesStartingWith(t.fold);
    if (t.capitalized ||
        std::any_of(names.begin(), names.end(), [](const GazetteerName& g) { return !g.needs_capital; }))
      EXPECT_EQ(t.facts.names, &names);
    else
      EXPECT_TRUE(t.facts.names->empty());
    bool lemma_cues = false;
    for (const std::string& lemma : t.lowered().lemmas)
      lemma_cues |= lemma != t.fold && !schema.lexicon().cues().StartingWith(lemma).empty();
    EXPECT_EQ(t.facts.lemma_cues, lemma_cues);
    with_lemma_cues += lemma_cues;
  }
  EXPECT_GT(with_lemma_cues, 0u);  // "entretenu", "déclaré": cues by their lemma
}

TEST_F(TokenLookupTest, FactsReadAsTheRulesUseThem) {
  Document doc = Extract("Le ministre russe a parlé à Mark Milley.");
  auto token = [&](std::string_view lower) -> const Token& {
    for (const Token& t : doc.tokens)
      if (t.lower == lower) return t;
    ADD_FAILURE() << "no token " << lower;
    return doc.tokens.front();
  };
  EXPECT_TRUE(schema_->lexicon().Is(WordClass::kDeterminer, token("le")));
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

// Thousands of new forms in one article (the kept answers' table grows several times on the way): every token
// still gets the facts of its own form.
TEST_F(TokenLookupTest, ManyFormsKeepTheirOwnFacts) {
  std::string text = "Le Kremlin dément.";
  for (int i = 0; i < 5000; ++i) text += " Mot" + std::to_string(i) + " russe ministre Kremlin.";
  const Document doc = Extract(text);
  const Document reference = Extract("Le Kremlin russe dément, ministre.");
  std::map<std::string, TokenFacts, std::less<>> expected;
  for (const Token& t : reference.tokens) expected[std::string(t.fold)] = t.facts;
  int checked = 0;
  for (const Token& t : doc.tokens) {
    const auto it = expected.find(t.fold);
    if (it == expected.end()) continue;
    EXPECT_EQ(t.facts.written, it->second.written) << t.fold;
    EXPECT_EQ(t.facts.classes, it->second.classes) << t.fold;
    EXPECT_EQ(t.facts.nationality, it->second.nationality) << t.fold;
    EXPECT_EQ(t.facts.names, it->second.names) << t.fold;
    ++checked;
  }
  EXPECT_GE(checked, 15000);
}

// Answers are kept per thread and word form across articles, by the lookup and by the segmenter it gives
// them to; a lookup over another schema on the same thread must not read them.
TEST_F(TokenLookupTest, KeptAnswersBelongToTheirSchema) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("newsgraph_lookup_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(NEWSGRAPH_SOURCE_SCHEMA_DIR, dir, fs::copy_options::recursive);
  std::ofstream(dir / "lexicons" / "fr" / "words.tsv", std::ios::app) << "negation\tkremlin\n";
  auto other = Schema::Load(dir);
  fs::remove_all(dir);
  ASSERT_TRUE(other.ok()) << other.error().ToString();

  const Document piped = Extract("Le Kremlin dément.");
  const Segmenter segmenter(schema_->abbreviations());
  // (The tokens' facts from the lookup alone, or given to the segmenter.)
  auto kremlin_classes = [&](const TokenLookup& lookup, bool in_segmenter) {
    Document doc;
    doc.article = piped.article;
    doc.text = piped.text;
    if (in_segmenter) {
      segmenter.Process(doc, &lookup);
    } else {
      doc.tokens = piped.tokens;
      for (Token& t : doc.tokens) t.facts = TokenFacts();
    }
    lookup.Process(doc);
    for (const Token& t : doc.tokens)
      if (t.fold == "kremlin") return t.facts.classes;
    ADD_FAILURE() << "no token kremlin";
    return std::uint64_t{0};
  };
  const std::uint64_t negation = other.value()->lexicon().ClassBit("negation");
  ASSERT_NE(negation, 0u);
  TokenLookup shipped(*schema_), edited(*other.value());
  for (int round = 0; round < 4; ++round) {  // the later rounds read the kept answers
    const bool in_segmenter = round % 2 == 1;
    EXPECT_EQ(kremlin_classes(shipped, in_segmenter) & schema_->lexicon().ClassBit("negation"), 0u);
    EXPECT_NE(kremlin_classes(edited, in_segmenter) & negation, 0u);
  }
}

}  // namespace
}  // namespace newsgraph
