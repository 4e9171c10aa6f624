// The matching rules of entity resolution, shared by the Resolver and by `newsgraph candidates`.
#pragma once

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

// False when CompareNames(a, b) cannot be kStrong or kWeak (only kConflict or kNone): two officials with full
// names whose given names share no first byte and whose long given names have too many letters apart. A few
// operations where CompareNames takes a few hundred: most officials sharing a surname have given names that
// have nothing in common. (Inline: CandidatePairs asks it of tens of thousands of pairs.)
inline bool MayMatch(const NodeProfile& a, const NodeProfile& b) {
  if (a.type != EntityType::kOfficial || a.full_names.empty() || b.full_names.empty()) return true;
  // CompareGiven finds the same name or an initial of it only among words with one first byte, and spellings
  // only among words of five bytes or more with at most two edits (AllowedEdits), so at most four letters,
  // apart.
  if ((a.given_firsts & b.given_firsts) != 0) return true;
  // The letters that all long given names of one side have and none of the other's has are apart in every
  // pair of them (with none on a side, ~0 brings bits beyond z: more than four).
  std::uint32_t apart = (a.long_given_all & ~b.long_given_any) | (b.long_given_all & ~a.long_given_any);
  for (int letter = 0; letter < 4; ++letter) apart &= apart - 1;  // (std::popcount is a libgcc call here)
  return apart == 0;
}

}  // namespace newsgraph
