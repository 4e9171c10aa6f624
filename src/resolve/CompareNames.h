// The matching rules of entity resolution, shared by the Resolver and by `newsgraph candidates`.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "resolve/NameMatch.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {

// Typos and romanisations the keys did not fold: 0 edits up to 4 letters, 1 up to 8, 2 beyond.
std::size_t AllowedEdits(std::size_t length);

// Symmetric. Officials compare surname then given names ("Boris Johnson" vs "Lyndon Johnson" conflict,
// "S. Lavrov" and "Lavrov" are weak matches of "Sergueï Lavrov"); other types compare whole names.
NameMatch CompareNames(const NodeProfile& a, const NodeProfile& b);

// Whether CompareNames(a, b) is kConflict because of the names, not of what the profiles imply whatever the
// names (types, qualifiers, anonymity, two gazetteer entries): officials with one surname and different
// given names.
bool NamesConflict(const NodeProfile& a, const NodeProfile& b);

// For two officials with full names: false when CompareNames cannot be kStrong or kWeak (only kConflict or
// kNone) because their given names (NodeProfile::given) cannot agree. A few operations where CompareNames
// takes a few hundred: most officials sharing a surname have given names that have nothing in common.
// (Inline: CandidatePairs asks it of tens of thousands of pairs.)
inline bool GivenNamesMayAgree(const NodeProfile::GivenNames& x, const NodeProfile::GivenNames& y) {
  // CompareGiven's initial: a given name of one byte on one side, one with that first byte on the other.
  if (((x.initials & y.firsts) | (y.initials & x.firsts)) != 0) return true;
  // Its same given name: two equal words of two to four bytes (no edit allowed: no letter apart), or two of
  // five bytes or more within the edits allowed to the shorter (AllowedEdits), each edit two letters apart at
  // most. The letters that all words of one side have and none of the other's has are apart in every pair
  // of them (with none on a side, ~0 brings bits beyond z, and no edit is allowed).
  if (((x.short_all & ~y.short_any) | (y.short_all & ~x.short_any)) == 0) return true;
  std::uint32_t apart = (x.long_all & ~y.long_any) | (y.long_all & ~x.long_any);
  // (Counted by clearing the lowest bit: std::popcount is a libgcc call here.)
  for (std::uint32_t letter = 0; letter < 2 * std::min(x.long_edits, y.long_edits); ++letter)
    apart &= apart - 1;
  return apart == 0;
}

}  // namespace newsgraph
