// Damerau-Levenshtein distance (optimal string alignment) between two keys, bounded for speed.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph {

// The number of insertions, deletions, substitutions and adjacent transpositions turning `a` into `b`, or
// `bound + 1` as soon as it is known to exceed `bound`. Works on bytes: keys are ASCII once folded.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t bound);

}  // namespace newsgraph
