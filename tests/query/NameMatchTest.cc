#include <gtest/gtest.h>

#include "TestGraph.h"
#include "query/NameMatch.h"

namespace newsgraph {
namespace {

TEST(NameMatchTest, WordsOfTheLabelOrAnAliasIgnoringCaseAndAccents) {
  NodeRecord n = testing::TestNode("x", EntityType::kOfficial, "Valery Gerasimov", {"Valeri Guérassimov"});
  EXPECT_TRUE(NameMatches(n, "gerasimov"));
  EXPECT_TRUE(NameMatches(n, "GUERASSIMOV"));
  EXPECT_TRUE(NameMatches(n, "valeri guerassimov"));
  EXPECT_FALSE(NameMatches(n, "Gera"));
  EXPECT_FALSE(NameMatches(n, "Gerasimov Valery"));
  EXPECT_FALSE(NameMatches(n, ""));
  EXPECT_TRUE(NameContains(n, "rassim"));
  EXPECT_TRUE(NameEndsWith(n, "SIMOV"));
}

TEST(NameMatchTest, HyphensAndApostrophesSeparateWords) {
  NodeRecord n = testing::TestNode("x", EntityType::kCountry, "États-Unis", {"l’OTAN"});
  EXPECT_TRUE(NameMatches(n, "etats unis"));
  EXPECT_TRUE(NameMatches(n, "Unis"));
  EXPECT_TRUE(NameMatches(n, "otan"));
}

TEST(NameMatchTest, FindPrefersIdsThenWholeNamesThenWords) {
  KnowledgeGraph graph(testing::TestFragment());
  auto labels = [&](std::string_view name) {
    std::vector<std::string> out;
    for (auto v : FindNodesByName(graph, name)) out.push_back(graph.node(v).label);
    return out;
  };
  EXPECT_EQ(labels("official:mark_milley"), (std::vector<std::string>{"Mark Milley"}));
  EXPECT_EQ(labels("guerassimov"), (std::vector<std::string>{"Valery Gerasimov"}));
  EXPECT_EQ(labels("ministère russe de la défense"),
            (std::vector<std::string>{"ministère russe de la Défense"}));
  EXPECT_EQ(labels("russe"), (std::vector<std::string>{"ministère russe de la Défense"}));
  EXPECT_TRUE(labels("nobody").empty());
}

}  // namespace
}  // namespace newsgraph
