// A deterministic graph of any size with the shape of a built one, for the writer benchmarks: officials,
// institutions, countries and lines with aliases and documents; edges of every relation type, each with one
// or two evidence sentences and the attributes extraction sets.
#pragma once

#include <cstddef>

#include "graph/GraphFragment.h"

namespace newsgraph::bench {

GraphFragment SyntheticGraph(std::size_t nodes, std::size_t edges);

}  // namespace newsgraph::bench
