// The hash by which the graph stage finds a node id (an article's entity with its node, a merged record by
// its id or its edge's ends, a vertex): its length and its middle and last eight bytes, in two
// multiplications, where HashSlots::Hash mixes every eight bytes of it. Every mention and every edge end is
// hashed. Ids are distinct and differ mostly near their end (they start with their type's name: 37,325
// distinct keys for the 37,351 nodes of 10k generated articles); the indexes compare the ids, so a shared key
// costs a probe, never a wrong match.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/HashSlots.h"

namespace newsgraph {

inline std::uint32_t IdHash(std::string_view id) {
  if (id.size() < 8) return HashSlots::Hash(id);
  const auto word = [&](std::size_t at) {
    std::uint64_t w;
    std::memcpy(&w, id.data() + at, 8);  // (a load)
    return w;
  };
  const std::uint64_t x = (word(id.size() / 2 - 4) * 0x9E3779B97F4A7C15ULL) ^ word(id.size() - 8) ^ id.size();
  __extension__ typedef unsigned __int128 Wide;
  const Wide product = static_cast<Wide>(x) * (x ^ 0xE7037ED1A0B428DBULL);  // (as HashSlots::Hash's last mix)
  const auto h = static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

}  // namespace newsgraph
