// Communication lines described without a distinctive name ("un canal de communication", "les lignes
// téléphoniques spéciales entre Moscou et Washington") are keyed by their article: nothing in the name says
// which line they are. Such a line is a known (named) line when that line connects the same states and has
// been called by every head noun the article uses ("canal", "téléphone"), and no other known line does.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "graph/GraphFragment.h"

namespace newsgraph {

class Gazetteer;

// Pairs (article line, known line) of indices into `graph.nodes()` in id order. States are compared through
// their successors (the Soviet Union's lines are Russia's), from the gazetteer's `successor` attribute when
// `gazetteer` is not null.
std::vector<std::pair<std::size_t, std::size_t>> MatchUnnamedLines(const GraphFragment& graph,
                                                                   const Gazetteer* gazetteer);

// Pairs (line named by its descriptor alone, the descriptor's line of two states) of indices into
// `graph.nodes()`: an article that names no two states of a line known by its descriptor ("line:x") speaks
// of the one line of that descriptor ("line:x@a+b") that connects the states it does, when there is one.
std::vector<std::pair<std::size_t, std::size_t>> MatchDescriptorLines(const GraphFragment& graph,
                                                                      const Gazetteer* gazetteer);

}  // namespace newsgraph
