// The key of an edge in GraphFragment's map: its type and ends, ordered exactly as its id
// "<type>:<source>:<target>" (EdgeRecord::MakeId) orders, without the id being made. Making each new edge's
// id (a heap string of fifty bytes) and comparing those ids was most of what keeping edges by id cost; the
// ends are the record's shared buffers (FragmentAccumulator gives every edge of a node its id's buffer), so a
// key costs two reference counts.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

#include "core/Ontology.h"
#include "core/SharedString.h"

namespace newsgraph {

struct EdgeKey {
  RelationType type = RelationType::kSpokeWith;
  SharedString source, target;

  std::string id() const;  // "<type>:<source>:<target>"
  friend bool operator==(const EdgeKey& a, const EdgeKey& b) {
    return a.type == b.type && a.source == b.source && a.target == b.target;
  }
  friend std::ostream& operator<<(std::ostream& out, const EdgeKey& key) { return out << key.id(); }
};

// The order of the ids, between keys and against an id as text (transparent: the map is searched by id
// strings too, as EdgesOfType does by a type's prefix).
struct EdgeKeyLess {
  using is_transparent = void;
  // Inline, eight bytes at a time (memcmp's call cost more than the compare): a map's descent and a drain
  // compare keys at every step, most often of one type and of ends with long common prefixes.
  bool operator()(const EdgeKey& a, const EdgeKey& b) const {
    if (a.type != b.type) return TypeLess(a.type, b.type);
    const std::string_view s = a.source, t = b.source;
    if (s.data() != t.data()) {  // (one buffer: the same source, as for the edges of one node)
      if (const int c = ComparePrefix(s, t)) return c < 0;
      if (s.size() != t.size()) return JoinedLess(a, b);  // a source is a prefix of the other
    }
    const std::string_view x = a.target, y = b.target;
    if (const int c = ComparePrefix(x, y)) return c < 0;
    return x.size() < y.size();
  }
  bool operator()(const EdgeKey& a, std::string_view id) const;
  bool operator()(std::string_view id, const EdgeKey& b) const;

 private:
  // The order of `x` and `y` over the length of the shorter (0: it is a prefix of the other).
  static int ComparePrefix(std::string_view x, std::string_view y) {
    const std::size_t n = std::min(x.size(), y.size());
    std::size_t at = 0;
    for (; at + 8 <= n; at += 8) {
      std::uint64_t u, v;
      std::memcpy(&u, x.data() + at, 8);  // (a load)
      std::memcpy(&v, y.data() + at, 8);
      if (u != v) {
        if constexpr (std::endian::native == std::endian::little) {
          u = __builtin_bswap64(u);
          v = __builtin_bswap64(v);
        }
        return u < v ? -1 : 1;
      }
    }
    for (; at < n; ++at)
      if (x[at] != y[at])
        return static_cast<unsigned char>(x[at]) < static_cast<unsigned char>(y[at]) ? -1 : 1;
    return 0;
  }
  static bool TypeLess(RelationType a, RelationType b);
  static bool JoinedLess(const EdgeKey& a, const EdgeKey& b);  // same type, by "<source>:<target>"
};

}  // namespace newsgraph
