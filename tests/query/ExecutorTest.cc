#include <gtest/gtest.h>

#include "TestGraph.h"
#include "query/Executor.h"

namespace newsgraph {
namespace {

using Rows = std::vector<std::vector<std::string>>;

class ExecutorTest : public ::testing::Test {
 protected:
  ExecutorTest() : graph_(testing::TestFragment()), executor_(graph_) {}

  Rows Run(std::string_view text) {
    Result<ResultTable> table = executor_.Execute(text);
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().message);
    Rows rows;
    if (!table.ok()) return rows;
    for (const auto& row : table->rows()) {
      std::vector<std::string> cells;
      for (const Value& v : row) cells.push_back(v.ToText());
      rows.push_back(cells);
    }
    return rows;
  }

  KnowledgeGraph graph_;
  Executor executor_;
};

TEST_F(ExecutorTest, WhoSpokeWithGerasimov) {
  EXPECT_EQ(Run("MATCH (a)-[:spoke_with]-(b {name: \"Gerasimov\"}) RETURN a.label"), (Rows{{"Mark Milley"}}));
}

TEST_F(ExecutorTest, NameIgnoresCaseAndAccentsAndMatchesAliases) {
  EXPECT_EQ(Run("MATCH (a)-[:spoke_with]-(b {name: 'GUERASSIMOV'}) RETURN a.label"), (Rows{{"Mark Milley"}}));
  EXPECT_EQ(Run("MATCH (a {name: 'choigou'}) RETURN a.id"), (Rows{{"official:sergei_shoigu"}}));
  EXPECT_EQ(Run("MATCH (a) WHERE a.name = 'Sergueï Choïgou' RETURN a.label"), (Rows{{"Sergueï Choïgou"}}));
  EXPECT_EQ(Run("MATCH (a) WHERE a.name IN ['peskov', 'austin'] RETURN a.label"),
            (Rows{{"Dmitri Peskov"}, {"Lloyd Austin"}}));
  EXPECT_EQ(Run("MATCH (a) WHERE a.name STARTS WITH 'ministere' RETURN a.label"),
            (Rows{{"ministère russe de la Défense"}}));
  EXPECT_TRUE(Run("MATCH (a {name: 'Gera'}) RETURN a.label").empty());
}

TEST_F(ExecutorTest, WhichLinesConnectWhat) {
  EXPECT_EQ(Run("MATCH (l:CommunicationLine)-[:connects]->(x) RETURN l.label, x.label"),
            (Rows{{"ligne de déconfliction", "Pentagone"},
                  {"ligne de déconfliction", "ministère russe de la Défense"}}));
  EXPECT_EQ(Run("MATCH (x)<-[:connects]-(l) RETURN x.label"),
            (Rows{{"Pentagone"}, {"ministère russe de la Défense"}}));
  EXPECT_TRUE(Run("MATCH (x)-[:connects]->(l:CommunicationLine) RETURN x.label").empty());
}

TEST_F(ExecutorTest, WhoDeniedWhatSinceNovember) {
  EXPECT_EQ(
      Run("MATCH (a)-[r:denied]->(x) WHERE r.date >= \"2022-11\" RETURN a.label, x.label, r.weight "
          "ORDER BY r.weight DESC LIMIT 10"),
      (Rows{{"Dmitri Peskov", "ligne de déconfliction", "2"}, {"Russie", "ligne de déconfliction", "1"}}));
}

TEST_F(ExecutorTest, SymmetricEdgesMatchADirectedPatternEitherWay) {
  EXPECT_EQ(Run("MATCH (a {name: 'Milley'})-[:spoke_with]->(b) RETURN b.label"),
            (Rows{{"Valery Gerasimov"}}));
  EXPECT_EQ(Run("MATCH (a {name: 'Gerasimov'})-[:spoke_with]->(b) RETURN b.label"), (Rows{{"Mark Milley"}}));
}

TEST_F(ExecutorTest, UndirectedPatternsReturnBothOrientations) {
  EXPECT_EQ(Run("MATCH (a)-[r:spoke_with]-(b) RETURN a.label, b.label, r.date"),
            (Rows{{"Lloyd Austin", "Sergueï Choïgou", "2022-10"},
                  {"Mark Milley", "Valery Gerasimov", "2022-11-10"},
                  {"Sergueï Choïgou", "Lloyd Austin", "2022-10"},
                  {"Valery Gerasimov", "Mark Milley", "2022-11-10"}}));
}

TEST_F(ExecutorTest, CountGroupsByTheOtherColumns) {
  EXPECT_EQ(Run("MATCH (a)-[r:denied]->(x) RETURN x.label AS target, count(*) AS n ORDER BY n DESC, target"),
            (Rows{{"ligne de déconfliction", "2"}, {"Pentagone", "1"}}));
  EXPECT_EQ(Run("MATCH (a:Official) RETURN count(*)"), (Rows{{"5"}}));
  EXPECT_EQ(Run("MATCH (a:Place) RETURN count(*)"), (Rows{{"0"}}));
  EXPECT_EQ(Run("MATCH (a)-[r:denied]->(x) RETURN count(DISTINCT x), count(x)"), (Rows{{"2", "3"}}));
}

TEST_F(ExecutorTest, VariableLengthPathsRespectTheirBounds) {
  EXPECT_EQ(Run("MATCH (a {name: 'Milley'})-[*..2]-(b:Official) RETURN DISTINCT b.label ORDER BY b.label"),
            (Rows{{"Valery Gerasimov"}}));
  EXPECT_EQ(Run("MATCH (a {name: 'Milley'})-[*..3]-(b:Official) RETURN DISTINCT b.label ORDER BY b.label"),
            (Rows{{"Sergueï Choïgou"}, {"Valery Gerasimov"}}));
  EXPECT_EQ(Run("MATCH (a {name: 'Milley'})-[p*3]-(b:Official) RETURN p"),
            (Rows{{"spoke_with:official:mark_milley:official:valery_gerasimov; "
                   "member_of:official:valery_gerasimov:institution:russian_mod; "
                   "member_of:official:sergei_shoigu:institution:russian_mod"}}));
}

TEST_F(ExecutorTest, AnEdgeIsUsedOncePerMatch) {
  EXPECT_TRUE(Run("MATCH (a {name: 'Milley'})-[:spoke_with]-(b)-[:spoke_with]-(c) RETURN c.label").empty());
}

TEST_F(ExecutorTest, SeveralMatchClausesMayReuseAnEdge) {
  EXPECT_EQ(Run("MATCH (a {name: 'Milley'})-[:spoke_with]-(b) MATCH (b)-[:spoke_with]-(c) WHERE c <> b "
                "RETURN c.label"),
            (Rows{{"Mark Milley"}}));
}

TEST_F(ExecutorTest, TypeAndIdFunctionsReadProperties) {
  EXPECT_EQ(Run("MATCH (a {name: 'Peskov'})-[r]->(x) RETURN type(r), id(x)"),
            (Rows{{"denied", "line:deconfliction"}}));
}

TEST_F(ExecutorTest, SeveralPatternsJoinOnSharedVariables) {
  EXPECT_EQ(
      Run("MATCH (a)-[:member_of]->(i), (l:CommunicationLine)-[:connects]->(i) "
          "RETURN a.label, l.label ORDER BY a.label"),
      (Rows{{"Sergueï Choïgou", "ligne de déconfliction"}, {"Valery Gerasimov", "ligne de déconfliction"}}));
}

TEST_F(ExecutorTest, WhereLogicAndAttributes) {
  EXPECT_EQ(Run("MATCH (a)-[r:member_of]->(i) WHERE r.role CONTAINS 'ministre' RETURN a.label, r.role"),
            (Rows{{"Sergueï Choïgou", "ministre de la Défense"}}));
  EXPECT_EQ(Run("MATCH (a)-[r:member_of]->(i) WHERE r.role IS NULL RETURN a.label"),
            (Rows{{"Valery Gerasimov"}}));
  EXPECT_EQ(
      Run("MATCH (a)-[r:denied]->(x) WHERE NOT (r.weight > 1 OR x.type = 'Institution') RETURN a.label"),
      (Rows{{"Russie"}}));
  EXPECT_EQ(Run("MATCH (a) WHERE 'Milley' IN a.aliases RETURN a.label"), (Rows{{"Mark Milley"}}));
}

TEST_F(ExecutorTest, RunawayQueriesStopAtTheBudget) {
  Executor small(graph_, 100);
  Result<ResultTable> table = small.Execute("MATCH (a)-[*..10]-(b) RETURN count(*)");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().code, ErrorCode::kBadQuery);
  EXPECT_EQ(table.error().message,
            "the query explored more than 100 partial matches; narrow it (names, types, fewer hops)");
  EXPECT_TRUE(small.Execute("MATCH (a {name: 'Milley'})-[*..2]-(b) RETURN b.label").ok());
}

TEST_F(ExecutorTest, SkipLimitAndDistinct) {
  EXPECT_EQ(Run("MATCH (a:Official) RETURN a.label ORDER BY a.label DESC SKIP 1 LIMIT 2"),
            (Rows{{"Sergueï Choïgou"}, {"Mark Milley"}}));
  EXPECT_EQ(Run("MATCH (a)-[:denied]->(x) RETURN DISTINCT x.type ORDER BY x.type"),
            (Rows{{"CommunicationLine"}, {"Institution"}}));
}

}  // namespace
}  // namespace newsgraph
