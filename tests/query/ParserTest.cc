#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "query/Parser.h"

namespace newsgraph {
namespace {

using ::testing::StartsWith;

std::string ErrorOf(std::string_view text) {
  Result<Query> query = Parser::ParseQuery(text);
  if (query.ok()) return "parsed";
  EXPECT_EQ(query.error().code, ErrorCode::kBadQuery);
  return query.error().message;
}

TEST(ParserTest, ParsesPatternsWithTypesDirectionsAndRanges) {
  Result<Query> query = Parser::ParseQuery(
      "MATCH (a:Official)-[r:denied|cites]->(x), (x)<-[*2..4]-(y) WHERE r.weight > 1 RETURN a.label AS who");
  ASSERT_TRUE(query.ok()) << query.error().message;
  ASSERT_EQ(query->patterns.size(), 2u);
  const PathPattern& first = query->patterns[0];
  EXPECT_EQ(first.nodes[0].type, EntityType::kOfficial);
  EXPECT_EQ(first.edges[0].direction, Direction::kForward);
  EXPECT_EQ(first.edges[0].types, (std::vector<RelationType>{RelationType::kDenied, RelationType::kCites}));
  const EdgePattern& walk = query->patterns[1].edges[0];
  EXPECT_TRUE(walk.variable_length);
  EXPECT_EQ(walk.direction, Direction::kBackward);
  EXPECT_EQ(walk.min_hops, 2);
  EXPECT_EQ(walk.max_hops, 4);
  EXPECT_EQ(query->patterns[1].nodes[0].slot, first.nodes[1].slot);  // x is one variable
  EXPECT_EQ(query->returns[0].column, "who");
}

TEST(ParserTest, ColumnsAreTheExpressionsAsWritten) {
  Result<Query> query = Parser::ParseQuery("MATCH (a)-[r]-(b) RETURN a.label,  count( * ), r.weight");
  ASSERT_TRUE(query.ok()) << query.error().message;
  EXPECT_EQ(query->returns[0].column, "a.label");
  EXPECT_EQ(query->returns[1].column, "count( * )");
  EXPECT_EQ(query->returns[2].column, "r.weight");
  EXPECT_TRUE(query->aggregates);
}

TEST(ParserTest, InlinePropertiesAndWhereBecomePredicates) {
  Result<Query> query = Parser::ParseQuery(
      "MATCH (b {name: 'Gerasimov', type: 'Official'}) WHERE b.mentions > 1 AND b.id <> 'x' RETURN b");
  ASSERT_TRUE(query.ok()) << query.error().message;
  EXPECT_EQ(query->predicates.size(), 4u);
}

TEST(ParserTest, OrderByAcceptsAliasesAndReturnedExpressions) {
  Result<Query> query = Parser::ParseQuery(
      "MATCH (a)-[r]->(b) RETURN b.label, count(*) AS n ORDER BY n DESC, b.label SKIP 1 LIMIT 3");
  ASSERT_TRUE(query.ok()) << query.error().message;
  ASSERT_EQ(query->order.size(), 2u);
  EXPECT_EQ(query->order[0].column, 1);
  EXPECT_TRUE(query->order[0].descending);
  EXPECT_EQ(query->order[1].column, 0);
  EXPECT_EQ(query->skip, 1);
  EXPECT_EQ(query->limit, 3);
}

TEST(ParserTest, ScriptsSplitOnSemicolons) {
  Result<std::vector<Query>> queries =
      Parser::ParseScript("// examples\nMATCH (a) RETURN a.label;\n;\nMATCH (a)-[r]-(b)\nRETURN count(*);\n");
  ASSERT_TRUE(queries.ok()) << queries.error().message;
  ASSERT_EQ(queries->size(), 2u);
  EXPECT_EQ((*queries)[1].text, "MATCH (a)-[r]-(b)\nRETURN count(*)");
}

TEST(ParserTest, ScriptErrorsCountLinesFromTheStartOfTheFile) {
  Result<std::vector<Query>> queries =
      Parser::ParseScript("MATCH (a) RETURN a.label;\n\nMATCH (a:Oficial) RETURN a");
  ASSERT_FALSE(queries.ok());
  EXPECT_EQ(queries.error().where.line, 3u);
  EXPECT_THAT(queries.error().message, StartsWith("line 3, column 10: unknown node type 'Oficial';"));
}

TEST(ParserTest, UnknownTypesAndPropertiesAreNamed) {
  EXPECT_EQ(ErrorOf("MATCH (a:Oficial) RETURN a"),
            "line 1, column 10: unknown node type 'Oficial'; expected one of Official, Institution, Country, "
            "CommunicationLine, Place");
  EXPECT_THAT(ErrorOf("MATCH (a)-[:spoke]-(b) RETURN a"),
              StartsWith("line 1, column 13: unknown edge type 'spoke'; "));
  EXPECT_THAT(ErrorOf("MATCH (a) RETURN a.lable"),
              StartsWith("line 1, column 20: unknown node property 'lable'; "));
  EXPECT_THAT(ErrorOf("MATCH (a)-[r]-(b) WHERE r.label = 'x' RETURN a"),
              StartsWith("line 1, column 27: unknown edge property 'label'; "));
  EXPECT_THAT(ErrorOf("MATCH (a {nom: 'x'}) RETURN a"),
              StartsWith("line 1, column 11: unknown node property 'nom'; "));
  EXPECT_EQ(ErrorOf("MATCH (a) RETURN b.label"), "line 1, column 18: unknown variable 'b'");
}

TEST(ParserTest, SyntaxErrorsSayWhatWasExpected) {
  EXPECT_EQ(ErrorOf("MATCH (a RETURN a"),
            "line 1, column 10: expected ')' to close the node pattern, found 'RETURN'");
  EXPECT_EQ(ErrorOf("MATCH (a)\nRETURN a.label\nLIMIT x"),
            "line 3, column 7: expected a whole number after LIMIT, found 'x'");
  EXPECT_EQ(ErrorOf("MATCH (a)"),
            "line 1, column 10: expected MATCH, WHERE or RETURN, found the end of the query");
  EXPECT_EQ(ErrorOf("RETURN 1"), "line 1, column 1: expected MATCH, found 'RETURN'");
  EXPECT_EQ(ErrorOf("MATCH (a)-[r:denied]-(b) WHERE RETURN a"),
            "line 1, column 32: expected an expression, found 'RETURN'");
  EXPECT_EQ(ErrorOf("MATCH (a)<-[r]->(b) RETURN a"),
            "line 1, column 16: an edge pattern cannot point both ways; write -[...]- for either way");
  EXPECT_EQ(ErrorOf("MATCH (a) RETURN a.label ORDER a.label"),
            "line 1, column 32: expected BY after ORDER, found 'a'");
}

TEST(ParserTest, VariableLengthEdgesAreBounded) {
  EXPECT_EQ(
      ErrorOf("MATCH (a)-[*]-(b) RETURN b"),
      "line 1, column 13: expected an upper bound on the number of hops, as in *..4 or *1..3 (at most 10)");
  EXPECT_EQ(ErrorOf("MATCH (a)-[*..11]-(b) RETURN b"),
            "line 1, column 13: at most 10 hops in a variable-length edge, not 11");
  EXPECT_EQ(ErrorOf("MATCH (a)-[*3..2]-(b) RETURN b"),
            "line 1, column 13: the lower bound 3 is above the upper bound 2");
  EXPECT_EQ(ErrorOf("MATCH (a)-[r*..2]-(b) RETURN r.weight"),
            "line 1, column 32: 'r' is a variable-length edge (a list of edges); it has no properties");
}

TEST(ParserTest, CountIsOnlyAWholeReturnItem) {
  EXPECT_EQ(ErrorOf("MATCH (a) WHERE count(*) > 1 RETURN a"),
            "line 1, column 17: count() is only allowed in RETURN and ORDER BY");
  EXPECT_EQ(ErrorOf("MATCH (a) RETURN count(*) > 1"),
            "line 1, column 18: count() must be a whole RETURN item");
  EXPECT_EQ(ErrorOf("MATCH (a) RETURN lower(a.label)"),
            "line 1, column 18: unknown function 'lower'; expected count(), type() or id()");
  EXPECT_EQ(ErrorOf("MATCH (a) RETURN a.label, count(*) ORDER BY a.mentions"),
            "line 1, column 45: with count() or DISTINCT, ORDER BY must name a returned column");
}

// Regression (found by the query_parser fuzzer, fixed): "{name: (((([[[[..." thousands deep overflowed the
// stack of the recursive descent; a query nests at most 64 expressions.
TEST(ParserTest, DeeplyNestedExpressionsAreAnErrorNotACrash) {
  std::string nots;
  for (int i = 0; i < 5000; ++i) nots += "NOT ";
  for (const std::string& where :
       {"a.name IN " + std::string(5000, '['), std::string(5000, '(') + "a.name = 'x'", nots + "a.name = 'x'",
        "a.mentions = " + std::string(5000, '-') + "1"})
    EXPECT_THAT(ErrorOf("MATCH (a) WHERE " + where + " RETURN a"),
                ::testing::EndsWith("expression nested too deeply"));
  EXPECT_EQ(ErrorOf("MATCH (a) WHERE ((((a.name = 'x')))) AND NOT NOT a.mentions > - -1 RETURN a"), "parsed");
}

}  // namespace
}  // namespace newsgraph
