#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "resolve/Resolver.h"
#include "resolve/UnnamedLines.h"
#include "schema/Gazetteer.h"

namespace newsgraph {
namespace {

struct LineSpec {
  std::string id;
  std::vector<std::string> names;   // the label first
  std::vector<std::string> states;  // country ids it connects
};

GraphFragment Graph(const std::vector<LineSpec>& lines) {
  GraphFragment g;
  for (const char* state : {"russia", "united_states", "soviet_union", "india", "pakistan", "israel"}) {
    NodeRecord n;
    n.id = "country:" + std::string(state);
    n.type = EntityType::kCountry;
    n.label = state;
    g.AddNode(std::move(n));
  }
  for (const LineSpec& spec : lines) {
    NodeRecord n;
    n.id = spec.id;
    n.type = EntityType::kCommunicationLine;
    n.label = spec.names.front();
    n.aliases.insert(spec.names.begin() + 1, spec.names.end());
    g.AddNode(std::move(n));
    for (const std::string& state : spec.states) {
      EdgeRecord e;
      e.type = RelationType::kConnects;
      e.source = spec.id;
      e.target = "country:" + state;
      g.AddEdge(std::move(e));
    }
  }
  return g;
}

// The line ids left after resolution.
std::vector<std::string> Lines(std::vector<LineSpec> lines, bool with_gazetteer = true) {
  Gazetteer gazetteer;
  EXPECT_TRUE(gazetteer.Parse(
      "russia\tCountry\tRussie\t\t\nsoviet_union\tCountry\tURSS\t\tsuccessor=russia\n", "mem.tsv"));
  GraphFragment g = Graph(lines);
  Resolver({}, with_gazetteer ? &gazetteer : nullptr).Resolve(g);
  std::vector<std::string> ids;
  for (const auto& [id, node] : g.nodes())
    if (node.type == EntityType::kCommunicationLine) ids.push_back(id);
  return ids;
}

const LineSpec kDeconfliction{"line:ligne_deconfliction",
                              {"ligne de déconfliction", "canal opérationnel direct"},
                              {"russia", "united_states"}};
const LineSpec kRedPhone{
    "line:telephone_ruge", {"téléphone rouge", "ligne de communication"}, {"soviet_union", "united_states"}};

TEST(UnnamedLinesTest, AnArticleLineIsTheOneKnownLineOfItsStatesCalledByItsHeadNouns) {
  LineSpec channel{"line:canal_de_comunication@a1", {"canal de communication"}, {"united_states", "russia"}};
  EXPECT_EQ(Lines({kDeconfliction, kRedPhone, channel}),
            (std::vector<std::string>{"line:ligne_deconfliction", "line:telephone_ruge"}));
  // Through the Soviet Union's successor; "lignes" is the plural of the red phone's "ligne".
  LineSpec phone{"line:lignes_telefoniques@a2",
                 {"lignes téléphoniques spéciales", "téléphone portable"},
                 {"russia", "united_states"}};
  EXPECT_EQ(Lines({kDeconfliction, kRedPhone, phone}),
            (std::vector<std::string>{"line:ligne_deconfliction", "line:telephone_ruge"}));
  EXPECT_EQ(Lines({kDeconfliction, kRedPhone, phone}, false).size(), 3u);  // no successor without a gazetteer
}

TEST(UnnamedLinesTest, OtherStatesAnotherHeadTwoCandidatesOrOneStateKeepTheArticleLine) {
  LineSpec india_pakistan{"line:ligne_directe@a3", {"ligne directe"}, {"india", "pakistan"}};
  EXPECT_EQ(Lines({kDeconfliction, india_pakistan}).size(), 2u);
  LineSpec phone{"line:telephone@a4", {"téléphone"}, {"russia", "united_states"}};
  EXPECT_EQ(Lines({kDeconfliction, phone}).size(), 2u);  // never called a "téléphone"
  LineSpec line{"line:ligne@a5", {"ligne"}, {"russia", "united_states"}};
  EXPECT_EQ(Lines({kDeconfliction, kRedPhone, line}).size(), 3u);  // both are called "ligne"
  LineSpec one_state{"line:canal@a6", {"canal"}, {"russia"}};
  EXPECT_EQ(Lines({kDeconfliction, one_state}).size(), 2u);
  LineSpec other_article{"line:canal@a7", {"canal"}, {"russia", "united_states"}};
  LineSpec same_article{"line:canal@a8", {"canal"}, {"russia", "united_states"}};
  EXPECT_EQ(Lines({other_article, same_article}).size(), 2u);  // no known line: each article keeps its own
}

// The descriptor's line of two states ("line:ligne_deconfliction@israel+russia", which an article qualifies
// by the states it connects) is known as the bare descriptor's is: an article line with its states and head
// joins it. A bare descriptor (an article naming no two states) joins the one pair line that connects what
// it does, and stays apart when there are several.
TEST(UnnamedLinesTest, TheBareDescriptorIsItsOnePairLine) {
  const LineSpec us_russia{"line:ligne_deconfliction@russia+united_states",
                           {"ligne de déconfliction", "canal de déconfliction"},
                           {"russia", "united_states"}};
  const LineSpec israel_russia{
      "line:ligne_deconfliction@israel+russia", {"mécanisme de déconfliction"}, {"israel", "russia"}};
  LineSpec channel{"line:canal_de_comunication@a1", {"canal de communication"}, {"united_states", "russia"}};
  EXPECT_EQ(Lines({us_russia, israel_russia, channel}),
            (std::vector<std::string>{"line:ligne_deconfliction@israel+russia",
                                      "line:ligne_deconfliction@russia+united_states"}));
  const LineSpec bare{"line:ligne_deconfliction", {"ligne de déconfliction"}, {"russia"}};
  EXPECT_EQ(Lines({us_russia, bare}),
            (std::vector<std::string>{"line:ligne_deconfliction@russia+united_states"}));
  EXPECT_EQ(Lines({us_russia, israel_russia, bare}).size(), 3u);  // Russia's with whom?
  const LineSpec bare_israel{"line:ligne_deconfliction", {"ligne de déconfliction"}, {"israel"}};
  EXPECT_EQ(Lines({us_russia, israel_russia, bare_israel}),
            (std::vector<std::string>{"line:ligne_deconfliction@israel+russia",
                                      "line:ligne_deconfliction@russia+united_states"}));
}

}  // namespace
}  // namespace newsgraph
