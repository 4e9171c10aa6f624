// The matching rules of entity resolution, shared by the Resolver and by `newsgraph candidates`.
#pragma once

#include <cstddef>

#include "resolve/NameMatch.h"
#include "resolve/NodeProfile.h"

namespace newsgraph {

// Typos and romanisations the keys did not fold: 0 edits up to 4 letters, 1 up to 8, 2 beyond.
std::size_t AllowedEdits(std::size_t length);

// Symmetric. Officials compare surname then given names ("Boris Johnson" vs "Lyndon Johnson" conflict,
// "S. Lavrov" and "Lavrov" are weak matches of "Sergueï Lavrov"); other types compare whole names.
NameMatch CompareNames(const NodeProfile& a, const NodeProfile& b);

// False when CompareNames(a, b) cannot be kStrong or kWeak (only kConflict or kNone): two officials with full
// names whose given names share no first byte and whose long given names have too many letters apart. A few
// operations where CompareNames takes a few hundred: most officials sharing a surname have given names that
// have nothing in common.
bool MayMatch(const NodeProfile& a, const NodeProfile& b);

}  // namespace newsgraph
