// Communication lines described without a distinctive name ("un canal de communication", "les lignes
// téléphoniques spéciales entre Moscou et Washington") are keyed by their article: nothing in the name says
// which line they are. Such a line is a known (named) line when that line connects the same states and has
// been called by every head noun the article uses ("canal", "téléphone"), and no other known line does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/EdgeRecord.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

class Gazetteer;

// The graph's communication lines with the states they connect, gathered once for both matches; the head
// nouns of their names are read from the graph's nodes (which must outlive this) when needed. Results are
// pairs of indices into the graph's nodes in id order. States are compared through their successors (the
// Soviet Union's lines are Russia's), from the gazetteer's `successor` attribute when `gazetteer` is not
// null.
class UnnamedLines {
 public:
  // `nodes`: the graph's, in id order; `connects`: its edges of type kConnects, in id order.
  UnnamedLines(const std::vector<const NodeRecord*>& nodes, const std::vector<const EdgeRecord*>& connects,
               const Gazetteer* gazetteer);

  // Pairs (article line, known line).
  std::vector<std::pair<std::size_t, std::size_t>> MatchUnnamed() const;
  // Pairs (line named by its descriptor alone, the descriptor's line of two states): an article that names
  // no two states of a line known by its descriptor ("line:x") speaks of the one line of that descriptor
  // ("line:x@a+b") that connects the states it does, when there is one.
  std::vector<std::pair<std::size_t, std::size_t>> MatchDescriptors() const;

 private:
  // The states a line connects, through their successors: numbers of state_ids_, sorted, once each (compared
  // and looked up as numbers, where sets of strings were copied and compared letter by letter).
  using States = std::vector<std::uint32_t>;
  struct Line {
    std::size_t index = 0;
    const NodeRecord* node = nullptr;  // (its head nouns are made only when it may match: MatchUnnamed)
    States states;
  };
  // A line known across articles: named by a descriptor ("line:ligne_deconfliction"), and maybe the
  // descriptor's line of two states it connects ("@israel+russia"), not one article's ("@docs_a_txt").
  bool IsKnown(std::string_view id, const States& states) const;

  std::map<std::string_view, Line> lines_;          // by id (the node's)
  std::map<std::string, std::uint32_t> state_ids_;  // successor ("country:russia") -> its number
};

}  // namespace newsgraph
