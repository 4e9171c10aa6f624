#include "graph/EdgeKey.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "graph/EdgeRecord.h"

namespace newsgraph {
namespace {

// Compares the concatenation of the parts of `a` with that of `b`, as std::string_view::compare would.
template <std::size_t N, std::size_t M>
int CompareJoined(const std::array<std::string_view, N>& a, const std::array<std::string_view, M>& b) {
  std::size_t i = 0, j = 0;
  std::string_view x = a[0], y = b[0];
  for (;;) {
    while (x.empty() && i + 1 < N) x = a[++i];
    while (y.empty() && j + 1 < M) y = b[++j];
    if (x.empty() || y.empty()) return static_cast<int>(!x.empty()) - static_cast<int>(!y.empty());
    const std::size_t n = std::min(x.size(), y.size());
    if (const int c = x.substr(0, n).compare(y.substr(0, n))) return c;
    x.remove_prefix(n);
    y.remove_prefix(n);
  }
}

// The rank of each type's name followed by ':' among them: the order of ids of different types, as no name
// has a ':' (so none followed by ':' is a prefix of another).
struct TypeRanks {
  std::array<std::uint8_t, kRelationTypes.size()> rank{};
  TypeRanks() {
    for (const RelationType a : kRelationTypes)
      for (const RelationType b : kRelationTypes)
        if (std::string(Name(b)) + ':' < std::string(Name(a)) + ':') ++rank[static_cast<std::size_t>(a)];
  }
};

std::uint8_t TypeRank(RelationType type) {
  static const TypeRanks ranks;
  return ranks.rank[static_cast<std::size_t>(type)];
}

}  // namespace

std::string EdgeKey::id() const {
  return EdgeRecord::MakeId(type, source, target);
}

bool EdgeKeyLess::TypeLess(RelationType a, RelationType b) {
  return TypeRank(a) < TypeRank(b);
}

bool EdgeKeyLess::JoinedLess(const EdgeKey& a, const EdgeKey& b) {
  const std::string_view colon = ":";
  return CompareJoined<3, 3>({a.source, colon, a.target}, {b.source, colon, b.target}) < 0;
}

bool EdgeKeyLess::operator()(const EdgeKey& a, std::string_view id) const {
  const std::string_view colon = ":";
  return CompareJoined<5, 1>({Name(a.type), colon, a.source, colon, a.target}, {id}) < 0;
}

bool EdgeKeyLess::operator()(std::string_view id, const EdgeKey& b) const {
  const std::string_view colon = ":";
  return CompareJoined<1, 5>({id}, {Name(b.type), colon, b.source, colon, b.target}) < 0;
}

}  // namespace newsgraph
