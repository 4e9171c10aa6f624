#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "graph/GraphFragment.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {
namespace {

NodeRecord Node(std::string id, std::string label, std::string doc) {
  NodeRecord n;
  n.id = std::move(id);
  n.type = EntityType::kOfficial;
  n.label = std::move(label);
  n.mentions = 1;
  n.documents = {doc};
  n.first_date = n.last_date = doc == "a" ? "2022-11" : "2023-01";
  return n;
}

EdgeRecord Spoke(std::string s, std::string t, std::string doc, std::uint32_t start) {
  EdgeRecord e;
  e.type = RelationType::kSpokeWith;
  e.source = std::move(s);
  e.target = std::move(t);
  e.evidence.insert(Evidence{.document = doc, .start = start, .end = start + 10});
  return e;
}

GraphFragment FragmentA() {
  GraphFragment f;
  f.AddNode(Node("official:milley", "Milley", "a"));
  f.AddNode(Node("official:gerasimov", "Valery Gerasimov", "a"));
  f.AddEdge(Spoke("official:milley", "official:gerasimov", "a", 0));
  return f;
}

GraphFragment FragmentB() {
  GraphFragment f;
  f.AddNode(Node("official:milley", "Mark Milley", "b"));
  f.AddNode(Node("official:gerasimov", "Gerasimov", "b"));
  f.AddEdge(Spoke("official:gerasimov", "official:milley", "b", 40));
  return f;
}

TEST(GraphFragmentTest, MergeKeepsFullestLabelAndCountsSentences) {
  GraphFragment g = FragmentA();
  g.Merge(FragmentB());
  ASSERT_EQ(g.nodes().size(), 2u);
  const NodeRecord& milley = g.nodes().at("official:milley");
  EXPECT_EQ(milley.label, "Mark Milley");
  EXPECT_EQ(milley.aliases, (std::set<std::string, std::less<>>{"Milley"}));
  EXPECT_EQ(milley.mentions, 2u);
  EXPECT_EQ(milley.first_date, "2022-11");
  EXPECT_EQ(milley.last_date, "2023-01");
  ASSERT_EQ(g.edges().size(), 1u) << "spoke_with is symmetric: both directions are one edge";
  EXPECT_EQ(g.edges().begin()->second.weight(), 2u);
}

TEST(GraphFragmentTest, MergeIsCommutative) {
  GraphFragment ab = FragmentA();
  ab.Merge(FragmentB());
  GraphFragment ba = FragmentB();
  ba.Merge(FragmentA());
  ASSERT_EQ(ab.nodes().size(), ba.nodes().size());
  for (const auto& [id, n] : ab.nodes()) {
    EXPECT_EQ(n.label, ba.nodes().at(id).label);
    EXPECT_EQ(n.aliases, ba.nodes().at(id).aliases);
  }
  EXPECT_EQ(ab.edges().begin()->second.evidence, ba.edges().begin()->second.evidence);
}

TEST(GraphFragmentTest, RenameMergesNodesAndDropsSelfLoops) {
  GraphFragment g = FragmentA();
  g.AddNode(Node("official:mark_milley", "Mark Milley", "b"));
  g.AddEdge(Spoke("official:milley", "official:mark_milley", "b", 5));
  g.Rename({{"official:milley", "official:mark_milley"}});
  EXPECT_EQ(g.nodes().size(), 2u);
  EXPECT_EQ(g.nodes().at("official:mark_milley").label, "Mark Milley");
  ASSERT_EQ(g.edges().size(), 1u);
  EXPECT_EQ(g.edges().begin()->second.source, "official:gerasimov");
}

// The edges to rename are looked for on several threads, each in a part of the edges: every edge is looked
// at once, whatever the number of parts, with ids that sort around the cuts (type names, "type:node").
TEST(GraphFragmentTest, RenameOnThreadsGivesTheSameGraph) {
  GraphFragment g;
  std::vector<std::string> ids = {"a", "connects", "connects:", "official:z", "used", "~"};
  for (int i = 0; i < 120; ++i) ids.push_back("official:p" + std::to_string(i));
  for (const std::string& id : ids) g.AddNode(Node(id, id, "a"));
  std::uint32_t start = 0;
  for (const RelationType type : kRelationTypes)
    for (std::size_t s = 0; s < ids.size(); s += 3)
      for (std::size_t t = 1; t < ids.size(); t += 7) {
        if (s == t) continue;
        EdgeRecord e = Spoke(ids[s], ids[t], "a", start += 11);
        e.type = type;
        // Some facts are attributed to a node that is renamed, on edges that touch no renamed node.
        if ((s + t) % 5 == 0)
          e.evidence = {
              Evidence{.document = "a", .start = start, .end = start + 10, .attributed_to = "official:p7"}};
        g.AddEdge(std::move(e));
      }
  const std::map<std::string, std::string> representative = {
      {"official:p7", "official:p8"}, {"official:p30", "official:p31"}, {"connects:", "a"}, {"~", "used"}};
  GraphFragment one = g;
  one.Rename(representative, 1);
  const auto touches = [&](const GraphFragment& f) {
    std::size_t n = 0;
    for (const auto& [id, edge] : f.edges())
      n += representative.count(edge.source.str()) + representative.count(edge.target.str()) +
           std::count_if(edge.evidence.begin(), edge.evidence.end(),
                         [&](const Evidence& e) { return representative.count(e.attributed_to.str()) > 0; });
    return n;
  };
  ASSERT_GT(touches(g), 100u);
  EXPECT_EQ(touches(one), 0u);
  for (unsigned threads : {2u, 3u, 8u}) {
    GraphFragment many = g;
    many.Rename(representative, threads);
    ASSERT_EQ(many.nodes().size(), one.nodes().size());
    ASSERT_EQ(many.edges().size(), one.edges().size()) << threads << " threads";
    for (auto x = many.edges().begin(), y = one.edges().begin(); x != many.edges().end(); ++x, ++y) {
      EXPECT_EQ(x->first, y->first);
      EXPECT_EQ(x->second.evidence, y->second.evidence);
    }
  }
}

// Every type's range holds exactly the edges of that type, with node ids that sort around the type names.
TEST(GraphFragmentTest, EdgesOfTypeIsExactlyThatType) {
  GraphFragment g;
  const std::vector<std::string> ids = {"a", "connects", "connects;", "official:z", "used", "~"};
  for (const std::string& id : ids) g.AddNode(Node(id, id, "a"));
  for (const RelationType type : kRelationTypes)
    for (const std::string& s : ids)
      for (const std::string& t : ids) {
        if (s == t) continue;
        EdgeRecord e = Spoke(s, t, "a", 0);
        e.type = type;
        g.AddEdge(std::move(e));
      }
  std::size_t seen = 0;
  for (const RelationType type : kRelationTypes) {
    std::size_t expected = 0;
    for (const auto& [id, edge] : g.edges()) expected += edge.type == type;
    std::size_t found = 0;
    for (const auto& [id, edge] : g.EdgesOfType(type)) {
      EXPECT_EQ(edge.type, type) << id;
      ++found;
    }
    EXPECT_EQ(found, expected) << Name(type);
    EXPECT_GT(found, 0u);
    seen += found;
  }
  EXPECT_EQ(seen, g.edges().size());
}

TEST(KnowledgeGraphTest, VerticesAndEdgesInIdOrder) {
  GraphFragment g = FragmentA();
  KnowledgeGraph kg(g);
  ASSERT_EQ(kg.NodeCount(), 2u);
  ASSERT_EQ(kg.EdgeCount(), 1u);
  EXPECT_EQ(kg.node(0).id, "official:gerasimov");
  EXPECT_EQ(kg.node(1).id, "official:milley");
  auto e = kg.Edges().front();
  EXPECT_EQ(kg.node(kg.Source(e)).id, "official:gerasimov");
  ASSERT_TRUE(kg.FindNode("official:milley").has_value());
  EXPECT_FALSE(kg.FindNode("nope").has_value());
}

TEST(KnowledgeGraphTest, EdgesToMissingNodesAreLeftOut) {
  GraphFragment g;
  for (const char* id : {"official:a", "official:b", "official:c"}) g.AddNode(Node(id, id, "a"));
  auto edge = [&](RelationType type, std::string source, std::string target) {
    EdgeRecord e = Spoke(std::move(source), std::move(target), "a", 0);
    e.type = type;
    g.AddEdge(std::move(e));
  };
  // In id order: sources repeat within a type; an edge whose target is missing ends one.
  edge(RelationType::kCites, "official:a", "official:b");
  edge(RelationType::kCites, "official:a", "official:c");
  edge(RelationType::kCites, "official:b", "official:gone");
  edge(RelationType::kDenied, "official:a", "official:c");
  edge(RelationType::kDenied, "official:gone", "official:b");
  KnowledgeGraph kg(std::move(g));
  std::vector<std::string> edges;
  for (auto e : kg.Edges())
    edges.push_back(std::string(Name(kg.edge(e).type)) + " " + kg.node(kg.Source(e)).id + " " +
                    kg.node(kg.Target(e)).id);
  EXPECT_EQ(edges, (std::vector<std::string>{"cites official:a official:b", "cites official:a official:c",
                                             "denied official:a official:c"}));
}

}  // namespace
}  // namespace newsgraph
