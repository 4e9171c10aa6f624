// Paths, centrality, ego networks and components on small graphs whose answers are known.
#include <gtest/gtest.h>

#include "TestGraph.h"
#include "query/Centrality.h"
#include "query/Components.h"
#include "query/Neighborhood.h"
#include "query/ShortestPath.h"

namespace newsgraph {
namespace {

using testing::TestEdge;
using testing::TestNode;

// A star: "centre" spoke with four leaves; one leaf also denied something about another.
KnowledgeGraph Star() {
  GraphFragment f;
  f.AddNode(TestNode("centre", EntityType::kOfficial, "Centre"));
  for (std::string leaf : {"a", "b", "c", "d"}) {
    f.AddNode(TestNode(leaf, EntityType::kOfficial, leaf));
    f.AddEdge(TestEdge(RelationType::kSpokeWith, "centre", leaf, {{"doc", ""}}));
  }
  f.AddEdge(TestEdge(RelationType::kDenied, "a", "b", {{"doc", ""}}));
  return KnowledgeGraph(f);
}

std::size_t Index(const KnowledgeGraph& graph, const std::string& id) {
  return *graph.FindNode(id);
}

TEST(GraphAlgorithmsTest, ShortestPathGoesThroughTheBestSupportedFacts) {
  KnowledgeGraph graph(testing::TestFragment());
  auto path = ShortestPath(graph, Index(graph, "official:mark_milley"), Index(graph, "line:deconfliction"));
  ASSERT_TRUE(path.has_value());
  std::vector<std::string> facts;
  for (const PathStep& step : *path) facts.push_back(graph.edge(step.fact).id());
  EXPECT_EQ(facts, (std::vector<std::string>{"spoke_with:official:mark_milley:official:valery_gerasimov",
                                             "member_of:official:valery_gerasimov:institution:russian_mod",
                                             "connects:line:deconfliction:institution:russian_mod"}));
  EXPECT_EQ(graph.node((*path)[2].to).id, "line:deconfliction");
  EXPECT_EQ(graph.node((*path)[2].from).id, "institution:russian_mod");
}

TEST(GraphAlgorithmsTest, NoPathAndEmptyPath) {
  GraphFragment f = testing::TestFragment();
  f.AddNode(TestNode("place:kherson", EntityType::kPlace, "Kherson"));
  KnowledgeGraph graph(f);
  EXPECT_FALSE(ShortestPath(graph, Index(graph, "official:mark_milley"), Index(graph, "place:kherson")));
  auto self = ShortestPath(graph, Index(graph, "official:mark_milley"), Index(graph, "official:mark_milley"));
  ASSERT_TRUE(self.has_value());
  EXPECT_TRUE(self->empty());
}

TEST(GraphAlgorithmsTest, TheCentreOfAStarIsTheMostCentral) {
  KnowledgeGraph graph = Star();
  std::size_t centre = Index(graph, "centre"), a = Index(graph, "a"), c = Index(graph, "c");
  std::vector<double> degree = Centrality(graph, CentralityMeasure::kDegree);
  EXPECT_EQ(degree[centre], 4);
  EXPECT_EQ(degree[a], 2);
  EXPECT_EQ(degree[c], 1);
  // Values checked against networkx.betweenness_centrality(normalized=False) on the same undirected graph.
  std::vector<double> betweenness = Centrality(graph, CentralityMeasure::kBetweenness);
  EXPECT_DOUBLE_EQ(betweenness[centre], 5);
  EXPECT_DOUBLE_EQ(betweenness[a], 0);
  std::vector<double> rank = Centrality(graph, CentralityMeasure::kPageRank);
  double total = 0;
  for (std::size_t v = 0; v < rank.size(); ++v) {
    total += rank[v];
    if (v != centre) {
      EXPECT_LT(rank[v], rank[centre]);
    }
  }
  EXPECT_NEAR(total, 1.0, 1e-9);
}

TEST(GraphAlgorithmsTest, PageRankMatchesNetworkx) {
  KnowledgeGraph graph = Star();
  std::vector<double> rank = Centrality(graph, CentralityMeasure::kPageRank);
  // networkx pagerank (pure-Python variant) of the DiGraph centre<->a..d, a->b, alpha 0.85, tol 1e-12.
  EXPECT_NEAR(rank[Index(graph, "centre")], 0.446964, 1e-6);
  EXPECT_NEAR(rank[Index(graph, "b")], 0.178096, 1e-6);
}

TEST(GraphAlgorithmsTest, EgoNetworkKeepsNodesWithinDepthAndTheFactsAmongThem) {
  KnowledgeGraph graph(testing::TestFragment());
  Neighborhood one = EgoNetwork(graph, Index(graph, "official:valery_gerasimov"), 1);
  std::vector<std::string> nodes;
  for (const auto& [id, node] : one.fragment.nodes()) nodes.push_back(id);
  EXPECT_EQ(nodes, (std::vector<std::string>{"institution:russian_mod", "official:mark_milley",
                                             "official:valery_gerasimov"}));
  EXPECT_EQ(one.fragment.edges().size(), 2u);
  Neighborhood two = EgoNetwork(graph, Index(graph, "official:valery_gerasimov"), 2);
  EXPECT_EQ(two.fragment.nodes().size(), 5u);  // + Choïgou and the line
  EXPECT_EQ(two.distance.at(Index(graph, "line:deconfliction")), 2);
  // Choïgou's member_of is kept; his spoke_with Austin and denied Pentagone are not (their other end is 3
  // away).
  EXPECT_EQ(two.fragment.edges().size(), 4u);
}

TEST(GraphAlgorithmsTest, ComponentsLargestFirst) {
  GraphFragment f = testing::TestFragment();
  f.AddNode(TestNode("place:kherson", EntityType::kPlace, "Kherson"));
  f.AddNode(TestNode("place:a", EntityType::kPlace, "A"));
  f.AddNode(TestNode("place:b", EntityType::kPlace, "B"));
  f.AddEdge(TestEdge(RelationType::kConnects, "place:a", "place:b", {{"doc", ""}}));
  KnowledgeGraph graph(f);
  auto components = ConnectedComponents(graph);
  ASSERT_EQ(components.size(), 3u);
  EXPECT_EQ(components[0].size(), 9u);
  EXPECT_EQ(components[1].size(), 2u);
  EXPECT_EQ(graph.node(components[1][0]).id, "place:a");
  EXPECT_EQ(graph.node(components[2][0]).id, "place:kherson");
}

}  // namespace
}  // namespace newsgraph
