// Moves the elements of one std::set into another (like set::merge: the nodes move, nothing is copied),
// trying the end of the target first. A node's documents and an edge's evidence grow as articles are merged,
// and article ids mostly arrive in increasing order (a dated feed, numbered files): then each element goes
// in after one comparison with the last one instead of a descent through a tree of thousands.
#pragma once

#include <set>

namespace newsgraph {

template <typename T, typename Compare>
void MoveInto(std::set<T, Compare>& to, std::set<T, Compare>& from) {
  // An element already in `to` stays in its extracted node, freed at the end of the statement.
  while (!from.empty()) to.insert(to.end(), from.extract(from.begin()));
}

}  // namespace newsgraph
