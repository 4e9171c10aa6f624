#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "resolve/Candidates.h"
#include "resolve/Decisions.h"
#include "resolve/NameKey.h"
#include "resolve/Resolver.h"
#include "schema/Gazetteer.h"

namespace newsgraph {
namespace {

NodeRecord Node(const std::string& id, EntityType type, const std::string& label, bool anonymous = false) {
  NodeRecord n;
  n.id = id;
  n.type = type;
  n.label = label;
  n.mentions = 1;
  n.anonymous = anonymous;
  return n;
}

NodeRecord Person(const std::string& label) {
  return Node("official:" + NameKey(label), EntityType::kOfficial, label);
}

std::vector<std::string> Ids(const GraphFragment& g) {
  std::vector<std::string> ids;
  for (const auto& [id, node] : g.nodes()) ids.push_back(id);
  return ids;
}

GraphFragment Resolved(std::vector<NodeRecord> nodes, std::vector<ResolutionDecision> decisions = {},
                       const Gazetteer* gazetteer = nullptr) {
  GraphFragment g;
  for (NodeRecord& n : nodes) g.AddNode(std::move(n));
  Resolver(std::move(decisions), gazetteer).Resolve(g);
  return g;
}

TEST(ResolverTest, MergesSpellingsOfOnePersonUnderTheFullestName) {
  GraphFragment g = Resolved({Person("Sergueï Choïgou"), Person("Sergei Shoigu"), Person("Valery Gerasimov"),
                              Person("Valéri Guérassimov")});
  ASSERT_EQ(g.nodes().size(), 2u);
}

TEST(ResolverTest, TwoPeopleNamedJohnsonStayTwoAndTheSurnameAloneStaysApart) {
  GraphFragment g = Resolved({Person("Boris Johnson"), Person("Lyndon Johnson"), Person("Johnson")});
  EXPECT_EQ(g.nodes().size(), 3u);
}

// Regression (found on a written article, fixed): "Tamim ben Hamad Al-Thani" and "Mohammed ben Abdelrahmane
// Al-Thani" were one person: "ben" and "al" inside both names are no given name they share (a given name
// agrees only as the first word of one of the names).
TEST(ResolverTest, TwoAlThanisWithTheirBenStayTwo) {
  GraphFragment g =
      Resolved({Person("Tamim ben Hamad Al-Thani"), Person("Mohammed ben Abdelrahmane Al-Thani"),
                Person("Mohammed ben Salmane"), Person("Mohammed bin Salman")});
  EXPECT_EQ(g.nodes().size(), 3u);
}

TEST(ResolverTest, SurnameAloneMergesIntoTheOnlyFullName) {
  GraphFragment g = Resolved({Person("Mark Milley"), Person("Milley"), Person("Lloyd Austin")});
  EXPECT_EQ(Ids(g), (std::vector<std::string>{Person("Lloyd Austin").id, Person("Mark Milley").id}));
  EXPECT_EQ(g.nodes().at(Person("Mark Milley").id).aliases, (std::set<std::string, std::less<>>{"Milley"}));
}

TEST(ResolverTest, InitialMatchesTheGivenNameButOnlyWhenUnique) {
  EXPECT_EQ(Resolved({Person("S. Lavrov"), Person("Sergueï Lavrov")}).nodes().size(), 1u);
  EXPECT_EQ(Resolved({Person("S. Lavrov"), Person("Sergueï Lavrov"), Person("Sofia Lavrov")}).nodes().size(),
            3u);
}

TEST(ResolverTest, TypoWithinTheEditBoundMergesButNotAcrossGivenNames) {
  EXPECT_EQ(Resolved({Person("Volodymyr Zelensky"), Person("Volodymyr Zelenskiy")}).nodes().size(), 1u);
  EXPECT_EQ(Resolved({Person("Hassan Rohani"), Person("Hassan Rouhani")}).nodes().size(), 1u);
  // Short surnames allow no edit: "Kerry" and "Berry" are two people.
  EXPECT_EQ(Resolved({Person("John Kerry"), Person("John Berry")}).nodes().size(), 2u);
  EXPECT_EQ(Resolved({Person("Anna Kerry"), Person("John Kerry")}).nodes().size(), 2u);
  GraphFragment places = Resolved({Node("place:zaporizhzhia", EntityType::kPlace, "Zaporizhzhia"),
                                   Node("place:zaporozhye", EntityType::kPlace, "Zaporozhye")});
  EXPECT_EQ(places.nodes().size(), 1u);
}

TEST(ResolverTest, NeverMergesAcrossCountriesTypesOrAnonymousSources) {
  GraphFragment g = Resolved({
      Node("institution:ministere_defense@russia", EntityType::kInstitution, "ministère de la Défense"),
      Node("institution:ministere_defense@united_states", EntityType::kInstitution,
           "ministère de la Défense"),
      Node("official:anon@doc1#1", EntityType::kOfficial, "responsable américain", true),
      Node("official:anon@doc2#1", EntityType::kOfficial, "responsable américain", true),
      Node("place:washington", EntityType::kPlace, "Washington"),
      Node("country:united_states", EntityType::kCountry, "Washington"),
  });
  EXPECT_EQ(g.nodes().size(), 6u);
}

TEST(ResolverTest, ResultDoesNotDependOnInsertionOrder) {
  std::vector<NodeRecord> nodes = {
      Person("Mark Milley"),   Person("Milley"),         Person("Sergei Shoigu"), Person("Sergueï Choïgou"),
      Person("Boris Johnson"), Person("Lyndon Johnson"), Person("Johnson"),       Person("S. Lavrov"),
      Person("Sergey Lavrov"), Person("Lavrov")};
  nodes.push_back(Node("country:russia", EntityType::kCountry, "Russie"));
  nodes.push_back(Node("country:" + NameKey("Russia"), EntityType::kCountry, "Russia"));
  GraphFragment reference = Resolved(nodes);
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(nodes.begin(), nodes.end(), rng);
    GraphFragment g = Resolved(nodes);
    ASSERT_EQ(Ids(g), Ids(reference));
    for (const auto& [id, node] : g.nodes()) {
      EXPECT_EQ(node.label, reference.nodes().at(id).label);
      EXPECT_EQ(node.aliases, reference.nodes().at(id).aliases);
    }
  }
  EXPECT_EQ(reference.nodes().size(), 7u);
}

TEST(ResolverTest, GazetteerIdsAreKeptAndNeverMergedWithEachOther) {
  Gazetteer gazetteer;
  ASSERT_TRUE(
      gazetteer.Parse("vladimir_putin\tOfficial\tVladimir Poutine|Vladimir Putin|Poutine|Putin\n"
                      "niger\tCountry\tNiger\nnigeria\tCountry\tNigeria\n",
                      "mem.tsv"));
  GraphFragment g = Resolved(
      {Node("official:vladimir_putin", EntityType::kOfficial, "Vladimir Poutine"), Person("Vladimir Putin"),
       Person("Putin"), Node("country:niger", EntityType::kCountry, "Niger"),
       Node("country:nigeria", EntityType::kCountry, "Nigeria")},
      {}, &gazetteer);
  EXPECT_EQ(Ids(g),
            (std::vector<std::string>{"country:niger", "country:nigeria", "official:vladimir_putin"}));
}

TEST(ResolverTest, DecisionsForceAndForbidMerges) {
  auto decisions = ParseDecisions(
      "# reviewed\nsame\tVladimir Poutine\tPutin\nnot-same\tofficial:mark_milei\tMilley\n", "decisions.tsv");
  ASSERT_TRUE(decisions.ok()) << decisions.error().ToString();
  GraphFragment g = Resolved(
      {Person("Vladimir Poutine"), Person("Putin"), Person("Mark Milley"), Person("Milley")}, *decisions);
  EXPECT_EQ(Ids(g),
            (std::vector<std::string>{"official:mark_milei", "official:milei", "official:vladimir_putine"}));
}

TEST(DecisionsTest, ReportsMalformedLines) {
  auto bad_verb = ParseDecisions("same\tA\tB\nmaybe\tA\tB\n", "d.tsv");
  ASSERT_FALSE(bad_verb.ok());
  EXPECT_EQ(bad_verb.error().where.line, 2u);
  EXPECT_FALSE(ParseDecisions("same\tA\n", "d.tsv").ok());
  EXPECT_FALSE(ParseDecisions("same\tA\tB\tC\n", "d.tsv").ok());
  EXPECT_FALSE(LoadDecisions("/nonexistent/decisions.tsv").ok());
  auto spaced = ParseDecisions("not-same Boris Johnson\tLyndon Johnson\r\n", "d.tsv");
  ASSERT_TRUE(spaced.ok());
  ASSERT_EQ(spaced->size(), 1u);
  EXPECT_FALSE((*spaced)[0].same);
  EXPECT_EQ((*spaced)[0].a, "Boris Johnson");
  EXPECT_EQ((*spaced)[0].b, "Lyndon Johnson");
}

TEST(CandidatesTest, ListsLikelyDuplicatesBestFirst) {
  GraphFragment g;
  for (NodeRecord n : {Person("Mark Milley"), Person("Milley"), Person("Hassan Rohani"),
                       Person("Hassan Rouhani"), Person("Boris Johnson"), Person("Lyndon Johnson")})
    g.AddNode(n);
  std::vector<Candidate> all = FindCandidates(g, 0.0);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].a, Person("Hassan Rohani").id);
  EXPECT_GT(all[0].score, all[1].score);
  EXPECT_EQ(all[1].reason, "surname alone");
  EXPECT_EQ(FindCandidates(g, 0.8).size(), 1u);
}

}  // namespace
}  // namespace newsgraph
