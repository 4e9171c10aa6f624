// A small hand-made graph for the query tests:
//   Mark Milley -spoke_with- Valery Gerasimov (aliases "Valeri Guerassimov", "Guérassimov"), two articles
//   Lloyd Austin -spoke_with- Sergueï Choïgou;  Gerasimov, Choïgou -member_of-> ministère russe de la Défense
//   ligne de déconfliction -connects-> Pentagone, ministère russe de la Défense
//   Dmitri Peskov -denied-> ligne (2022-11-20, 2023-02-01); Russie -denied-> ligne (2023-03-02);
//   Choïgou -denied-> Pentagone (2022-10-01)
#pragma once

#include "graph/KnowledgeGraph.h"

namespace newsgraph::testing {

inline NodeRecord TestNode(std::string id, EntityType type, std::string label,
                           std::set<std::string, std::less<>> aliases = {}) {
  NodeRecord n;
  n.id = std::move(id);
  n.type = type;
  n.label = std::move(label);
  n.aliases = std::move(aliases);
  n.mentions = 1;
  return n;
}

inline EdgeRecord TestEdge(RelationType type, std::string source, std::string target,
                           std::vector<std::pair<std::string, std::string>> evidence) {
  EdgeRecord e;
  e.type = type;
  e.source = std::move(source);
  e.target = std::move(target);
  std::uint32_t start = 0;
  for (auto& [document, date] : evidence) {
    e.evidence.insert(Evidence{document, 0, start, start + 20, /*valid_utf8_text=*/false, date,
                               "Phrase " + document + ".", ""});
    start += 100;
  }
  return e;
}

inline GraphFragment TestFragment() {
  GraphFragment f;
  f.AddNode(TestNode("official:mark_milley", EntityType::kOfficial, "Mark Milley", {"Milley"}));
  f.AddNode(TestNode("official:valery_gerasimov", EntityType::kOfficial, "Valery Gerasimov",
                     {"Valeri Guerassimov", "Guérassimov"}));
  f.AddNode(TestNode("official:lloyd_austin", EntityType::kOfficial, "Lloyd Austin"));
  f.AddNode(TestNode("official:sergei_shoigu", EntityType::kOfficial, "Sergueï Choïgou", {"Shoigu"}));
  f.AddNode(TestNode("official:dmitri_peskov", EntityType::kOfficial, "Dmitri Peskov"));
  f.AddNode(TestNode("institution:pentagon", EntityType::kInstitution, "Pentagone"));
  f.AddNode(TestNode("institution:russian_mod", EntityType::kInstitution, "ministère russe de la Défense"));
  f.AddNode(TestNode("line:deconfliction", EntityType::kCommunicationLine, "ligne de déconfliction"));
  f.AddNode(TestNode("country:russia", EntityType::kCountry, "Russie"));
  f.AddEdge(TestEdge(RelationType::kSpokeWith, "official:valery_gerasimov", "official:mark_milley",
                     {{"a", "2022-11-10"}, {"b", "2023-01-05"}}));
  f.AddEdge(TestEdge(RelationType::kSpokeWith, "official:lloyd_austin", "official:sergei_shoigu",
                     {{"c", "2022-10"}}));
  EdgeRecord member =
      TestEdge(RelationType::kMemberOf, "official:sergei_shoigu", "institution:russian_mod", {{"c", ""}});
  member.attributes["role"] = {"ministre de la Défense"};
  f.AddEdge(member);
  f.AddEdge(
      TestEdge(RelationType::kMemberOf, "official:valery_gerasimov", "institution:russian_mod", {{"a", ""}}));
  f.AddEdge(
      TestEdge(RelationType::kConnects, "line:deconfliction", "institution:pentagon", {{"a", "2022-11-10"}}));
  f.AddEdge(TestEdge(RelationType::kConnects, "line:deconfliction", "institution:russian_mod",
                     {{"a", "2022-11-10"}}));
  f.AddEdge(TestEdge(RelationType::kDenied, "official:dmitri_peskov", "line:deconfliction",
                     {{"d", "2022-11-20"}, {"e", "2023-02-01"}}));
  f.AddEdge(TestEdge(RelationType::kDenied, "country:russia", "line:deconfliction", {{"f", "2023-03-02"}}));
  f.AddEdge(TestEdge(RelationType::kDenied, "official:sergei_shoigu", "institution:pentagon",
                     {{"c", "2022-10-01"}}));
  return f;
}

}  // namespace newsgraph::testing
