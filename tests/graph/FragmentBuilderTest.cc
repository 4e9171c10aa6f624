#include <gmock/gmock.h>

#include <memory>
#include <vector>

#include "extract/ArticlePipeline.h"
#include "graph/FragmentAccumulator.h"
#include "graph/FragmentBuilder.h"
#include "schema/Schema.h"

namespace newsgraph {
namespace {

// A Document made by hand: two sentences, mentions and relations set directly, so each test controls exactly
// what extraction "found".
Document TwoSentences() {
  Document doc;
  doc.article.id = "doc-1";
  doc.article.date = "2023-03";
  doc.text = "Le Pentagone a utilisé la ligne. Le Pentagone a encore utilisé la ligne.";
  doc.article.text = doc.text;
  auto first_end = static_cast<std::uint32_t>(doc.text.find('.') + 1);
  doc.sentences = {Sentence{0, first_end, 0, 0, 0},
                   Sentence{first_end + 1, static_cast<std::uint32_t>(doc.text.size()), 0, 0, 0}};
  return doc;
}

Mention Named(std::uint32_t sentence, EntityType type, std::string entity, std::string name) {
  Mention m;
  m.sentence = sentence;
  m.type = type;
  m.entity = std::move(entity);
  m.name = std::move(name);
  m.label = m.name;
  return m;
}

Mention Generic(std::uint32_t sentence, EntityType type, std::string entity, std::string name) {
  Mention m = Named(sentence, type, std::move(entity), std::move(name));
  m.generic = true;
  return m;
}

Relation Rel(RelationType type, std::uint32_t source, std::uint32_t target, std::uint32_t sentence,
             Modality modality = Modality::kAsserted) {
  Relation r;
  r.type = type;
  r.source = source;
  r.target = target;
  r.sentence = sentence;
  r.modality = modality;
  return r;
}

// The Pentagon (mentions 0 and 2) and the line (1 and 3), named in both sentences.
std::vector<Mention> PentagonAndLineInBothSentences() {
  return {Named(0, EntityType::kInstitution, "institution:pentagon", "Pentagone"),
          Named(0, EntityType::kCommunicationLine, "line:ligne", "ligne"),
          Named(1, EntityType::kInstitution, "institution:pentagon", "Pentagone"),
          Named(1, EntityType::kCommunicationLine, "line:ligne", "ligne")};
}

TEST(FragmentBuilderTest, AssertedRelationBecomesAnEdgeWithItsEvidence) {
  Document doc = TwoSentences();
  doc.mentions = {Named(0, EntityType::kInstitution, "institution:pentagon", "Pentagone"),
                  Named(0, EntityType::kCommunicationLine, "line:ligne", "ligne")};
  doc.relations = {Rel(RelationType::kUsed, 0, 1, 0)};
  GraphFragment f = BuildFragment(doc);
  ASSERT_EQ(f.edges().size(), 1u);
  const EdgeRecord& e = f.edges().begin()->second;
  EXPECT_EQ(e.id(), "used:institution:pentagon:line:ligne");
  ASSERT_EQ(e.evidence.size(), 1u);
  const Evidence& ev = *e.evidence.begin();
  EXPECT_EQ(ev.document, "doc-1");
  EXPECT_EQ(ev.date, "2023-03");
  EXPECT_EQ(ev.text, "Le Pentagone a utilisé la ligne.");
  EXPECT_EQ(ev.start, 0u);
  EXPECT_EQ(ev.end, doc.text.find('.') + 1);
  EXPECT_EQ(ev.attributed_to, "");
  EXPECT_TRUE(ev.valid_utf8_text);  // a sentence of the Document's text, cut between characters
}

TEST(FragmentBuilderTest, NegatedAndHypotheticalRelationsAddNoEdge) {
  Document doc = TwoSentences();
  doc.mentions = {Named(0, EntityType::kInstitution, "institution:pentagon", "Pentagone"),
                  Named(0, EntityType::kCommunicationLine, "line:ligne", "ligne")};
  doc.relations = {Rel(RelationType::kUsed, 0, 1, 0, Modality::kNegated),
                   Rel(RelationType::kEstablished, 0, 1, 1, Modality::kHypothetical)};
  GraphFragment f = BuildFragment(doc);
  EXPECT_TRUE(f.edges().empty());
  // The named entities are still nodes of the article.
  EXPECT_EQ(f.nodes().size(), 2u);
}

TEST(FragmentBuilderTest, UnnamedOnlyEntityAddsNoNode) {
  Document doc = TwoSentences();
  // "américain" in a title, "la ligne" with nothing before it: implied, never named.
  doc.mentions = {Named(0, EntityType::kInstitution, "institution:pentagon", "Pentagone"),
                  Generic(0, EntityType::kCountry, "country:united_states", "américain"),
                  Generic(0, EntityType::kCommunicationLine, "line:ligne", "ligne")};
  doc.relations = {Rel(RelationType::kUsed, 0, 2, 0, Modality::kNegated)};
  GraphFragment f = BuildFragment(doc);
  EXPECT_THAT(f.nodes(), ::testing::ElementsAre(::testing::Key("institution:pentagon")));
  EXPECT_TRUE(f.edges().empty());
}

TEST(FragmentBuilderTest, UnnamedEntityInAnAssertedRelationIsANodeWithoutAlias) {
  Document doc = TwoSentences();
  Mention counterpart = Generic(0, EntityType::kCountry, "country:russia", "son homologue russe");
  counterpart.label = "Russie";
  doc.mentions = {Named(0, EntityType::kOfficial, "official:lloyd_austin", "Lloyd Austin"), counterpart};
  doc.relations = {Rel(RelationType::kSpokeWith, 0, 1, 0)};
  GraphFragment f = BuildFragment(doc);
  ASSERT_EQ(f.nodes().count("country:russia"), 1u);
  const NodeRecord& russia = f.nodes().at("country:russia");
  EXPECT_EQ(russia.label, "Russie");
  EXPECT_TRUE(russia.aliases.empty());
  EXPECT_EQ(f.edges().size(), 1u);
}

TEST(FragmentBuilderTest, StandInsOfAnEntityInAnAssertedRelationAllCount) {
  Document doc = TwoSentences();
  // The first stand-in is in no relation; another of the same entity is: the node takes the first's label.
  Mention first = Generic(0, EntityType::kCountry, "country:russia", "la partie russe");
  first.label = "Russie";
  doc.mentions = {Named(0, EntityType::kOfficial, "official:lloyd_austin", "Lloyd Austin"), first,
                  Generic(1, EntityType::kCountry, "country:russia", "son homologue russe")};
  doc.relations = {Rel(RelationType::kSpokeWith, 0, 2, 1)};
  GraphFragment f = BuildFragment(doc);
  ASSERT_EQ(f.nodes().count("country:russia"), 1u);
  EXPECT_EQ(f.nodes().at("country:russia").label, "Russie");
  EXPECT_EQ(f.nodes().at("country:russia").mentions, 2u);
}

TEST(FragmentBuilderTest, UnresolvedMentionsAndSelfLoopsAddNothing) {
  Document doc = TwoSentences();
  doc.mentions = {Named(0, EntityType::kInstitution, "institution:pentagon", "Pentagone"),
                  Named(0, EntityType::kOfficial, "", "Lambert"),
                  Named(1, EntityType::kInstitution, "institution:pentagon", "département de la Défense")};
  doc.relations = {Rel(RelationType::kReported, 1, 0, 0), Rel(RelationType::kMemberOf, 0, 2, 1)};
  GraphFragment f = BuildFragment(doc);
  EXPECT_THAT(f.nodes(), ::testing::ElementsAre(::testing::Key("institution:pentagon")));
  EXPECT_TRUE(f.edges().empty());
}

TEST(FragmentBuilderTest, WeightCountsDistinctSentences) {
  Document doc = TwoSentences();
  doc.mentions = PentagonAndLineInBothSentences();
  // The first sentence states the fact twice (two rules), the second once more.
  doc.relations = {Rel(RelationType::kUsed, 0, 1, 0), Rel(RelationType::kUsed, 0, 1, 0),
                   Rel(RelationType::kUsed, 2, 3, 1)};
  GraphFragment f = BuildFragment(doc);
  ASSERT_EQ(f.edges().size(), 1u);
  EXPECT_EQ(f.edges().begin()->second.weight(), 2u);
  EXPECT_EQ(f.nodes().at("institution:pentagon").mentions, 2u);
}

// The builder merges an article's records (BuildArticleRecords) as they are: a fact found twice and a
// symmetric fact found both ways come together as in the article's fragment.
TEST(FragmentBuilderTest, ArticleRecordsMergeIntoWhatTheFragmentHolds) {
  Document doc = TwoSentences();
  doc.mentions = PentagonAndLineInBothSentences();
  doc.relations = {Rel(RelationType::kUsed, 0, 1, 0), Rel(RelationType::kUsed, 2, 3, 1),
                   Rel(RelationType::kSpokeWith, 1, 0, 0), Rel(RelationType::kSpokeWith, 2, 3, 1)};
  const ArticleRecords records = BuildArticleRecords(doc);
  EXPECT_EQ(records.nodes.size(), 2u);
  EXPECT_EQ(records.edges.size(), 4u);
  FragmentAccumulator all;
  all.Add(ArticleRecords(records));
  const GraphFragment merged = std::move(all).Finish();
  const GraphFragment fragment = BuildFragment(doc);
  ASSERT_EQ(merged.edges().size(), 2u);
  ASSERT_EQ(fragment.edges().size(), 2u);
  for (auto x = merged.edges().begin(), y = fragment.edges().begin(); x != merged.edges().end(); ++x, ++y) {
    EXPECT_EQ(x->first, y->first);
    EXPECT_EQ(x->second.evidence, y->second.evidence);
    EXPECT_EQ(x->second.weight(), 2u);
  }
  EXPECT_EQ(merged.edges().begin()->first.id(), "spoke_with:institution:pentagon:line:ligne");
  for (const auto& [id, node] : fragment.nodes()) EXPECT_EQ(merged.nodes().at(id).mentions, node.mentions);
}

TEST(FragmentBuilderTest, NodesCarryLabelAliasesDocumentAndDate) {
  Document doc = TwoSentences();
  Mention surname = Named(1, EntityType::kOfficial, "official:mark_milley", "Milley");
  surname.label = "Mark Milley";
  doc.mentions = {Named(0, EntityType::kOfficial, "official:mark_milley", "Mark Milley"), surname};
  GraphFragment f = BuildFragment(doc);
  ASSERT_EQ(f.nodes().size(), 1u);
  const NodeRecord& milley = f.nodes().begin()->second;
  EXPECT_EQ(milley.label, "Mark Milley");
  EXPECT_THAT(milley.aliases, ::testing::ElementsAre("Milley"));
  EXPECT_THAT(milley.documents, ::testing::ElementsAre("doc-1"));
  EXPECT_EQ(milley.first_date, "2023-03");
  EXPECT_EQ(milley.last_date, "2023-03");
}

TEST(FragmentBuilderTest, ReportedFactsNameTheirSpeaker) {
  Document doc = TwoSentences();
  doc.mentions = {Named(0, EntityType::kInstitution, "institution:pentagon", "Pentagone"),
                  Named(0, EntityType::kCommunicationLine, "line:ligne", "ligne"),
                  Named(0, EntityType::kOfficial, "official:dmitry_peskov", "Dmitri Peskov")};
  Relation used = Rel(RelationType::kUsed, 0, 1, 0);
  used.attributed_to = 2;
  doc.relations = {used};
  GraphFragment f = BuildFragment(doc);
  ASSERT_EQ(f.edges().size(), 1u);
  EXPECT_THAT(f.edges().begin()->second.attributed_to(), ::testing::ElementsAre("official:dmitry_peskov"));
}

// Through the real pipeline: the normaliser rewrites typographic apostrophes and spaces, so normalised and
// original offsets differ; evidence must point into the article as read.
TEST(FragmentBuilderTest, EvidenceOffsetsPointIntoTheOriginalText) {
  auto schema = Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
  ASSERT_TRUE(schema.ok()) << schema.error().ToString();
  ArticlePipeline pipeline(*schema);
  Article article;
  article.id = "offsets";
  article.text =
      "L’armée russe a parlé\u00a0: l’«\u00a0invasion\u00a0» continue.\n\n"
      "Le Pentagone a mis en place une ligne de déconfliction avec le ministère russe de la Défense.";
  const std::string original = article.text;
  GraphFragment f = BuildFragment(pipeline.Run(std::move(article)));
  ASSERT_FALSE(f.edges().empty());
  for (const auto& [id, edge] : f.edges())
    for (const Evidence& ev : edge.evidence) {
      ASSERT_LE(ev.end, original.size()) << id;
      EXPECT_EQ(
          original.substr(ev.start, ev.end - ev.start),
          "Le Pentagone a mis en place une ligne de déconfliction avec le ministère russe de la Défense.")
          << id;
    }
}

}  // namespace
}  // namespace newsgraph
