// Whether two node ids (or names) are equal, compared eight bytes at a time inline. The graph stage compares
// ids of twenty to forty bytes at every look-up (an article's entity with its node, an edge's ends with a
// record's, an edge's end with a vertex, an article's label with its node's), most often equal: memcmp's call
// cost more than the compare.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/HashSlots.h"

namespace newsgraph {

inline bool SameId(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n <= 16) return HashSlots::Equal(a, b);  // (inline too)
  const auto word = [](const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);  // (a load)
    return w;
  };
  for (std::size_t at = 0; at + 8 < n; at += 8)
    if (word(a.data() + at) != word(b.data() + at)) return false;
  return word(a.data() + n - 8) == word(b.data() + n - 8);  // the last word, overlapping the one before
}

}  // namespace newsgraph
