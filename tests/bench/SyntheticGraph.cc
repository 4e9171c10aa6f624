#include "SyntheticGraph.h"

#include <fmt/format.h>

#include <array>
#include <random>

namespace newsgraph::bench {

GraphFragment SyntheticGraph(std::size_t nodes, std::size_t edges) {
  static constexpr std::array kFirst = {"Anna",   "Boris",  "Claire", "Dmitri",
                                        "Élodie", "Fiodor", "Günter", "Hélène"};
  static constexpr std::array kLast = {"Martin",     "Ivanov", "Kowalski", "Schmidt",
                                       "Shevchenko", "Yilmaz", "Tanaka"};
  std::mt19937_64 random(42);  // fixed seed: same graph every run
  GraphFragment graph;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < nodes; ++i) {
    NodeRecord n;
    n.type = kEntityTypes[i % kEntityTypes.size()];
    n.label = fmt::format("{} {} {}", kFirst[i % kFirst.size()], kLast[(i / 8) % kLast.size()], i);
    n.id = fmt::format("{}_{}", Name(n.type), i);
    n.aliases = {fmt::format("{} {}", kLast[(i / 8) % kLast.size()], i), fmt::format("M. {}", i)};
    n.mentions = 1 + i % 17;
    n.documents = {fmt::format("corpus/{:04d}/gen-{:07d}.txt", i % 1000, i)};
    n.first_date = "2019-03";
    n.last_date = "2024-11";
    ids.push_back(n.id);
    graph.AddNode(std::move(n));
  }
  for (std::size_t i = 0; i < edges; ++i) {
    EdgeRecord e;
    e.type = kRelationTypes[i % kRelationTypes.size()];
    // Distinct (type, source, target) triples: the i-th edge of a type gets its own pair.
    std::size_t k = i / kRelationTypes.size();
    e.source = ids[k % nodes];
    e.target = ids[(k / nodes + 1 + k % 7 * 13) % nodes];
    if (e.source == e.target) e.target = ids[(k + 1) % nodes];
    std::size_t sentences = 1 + random() % 2;
    for (std::size_t s = 0; s < sentences; ++s) {
      Evidence ev;
      ev.document = fmt::format("corpus/{:04d}/gen-{:07d}.txt", i % 1000, i);
      ev.sentence = static_cast<std::uint32_t>(s + random() % 20);
      ev.start = ev.sentence * 160;
      ev.end = ev.start + 150;
      ev.date = "2022-11";
      ev.text = fmt::format(
          "Le ministre russe des Affaires étrangères {} s'est entretenu jeudi avec son homologue « {} ».",
          e.source.view(), e.target.view());
      e.evidence.insert(std::move(ev));
    }
    if (e.type == RelationType::kMemberOf) e.attributes["role"] = {"porte-parole"};
    if (e.type == RelationType::kSpokeWith) e.attributes["channel"] = {"téléphone"};
    graph.AddEdge(std::move(e));
  }
  return graph;
}

}  // namespace newsgraph::bench
