#include "resolve/EditDistance.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "core/HashSlots.h"

namespace newsgraph {
namespace {

// Three rows of the classic table (two back for the transposition), of which only the band of cells within
// `bound` of the diagonal is computed: an alignment of at most `bound` edits never leaves it. Cells outside
// the band count as `bound + 1`. For keys of more than 64 bytes (BitParallel's limit).
std::size_t Banded(std::string_view a, std::string_view b, std::size_t bound) {
  const std::size_t n = a.size(), m = b.size();
  const std::size_t over = bound + 1;
  std::vector<std::size_t> rows(3 * (m + 2));
  std::size_t* before = rows.data();
  std::size_t* previous = before + (m + 2);
  std::size_t* current = previous + (m + 2);
  for (std::size_t j = 0; j <= m + 1; ++j) previous[j] = std::min(j, over);
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t lo = i > bound ? i - bound : 1;
    const std::size_t hi = std::min(m, i + bound);
    current[lo - 1] = lo == 1 ? std::min(i, over) : over;
    std::size_t row_min = current[lo - 1];
    for (std::size_t j = lo; j <= hi; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t cell = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cell = std::min(cell, before[j - 2] + 1);
      current[j] = std::min(cell, over);
      row_min = std::min(row_min, current[j]);
    }
    current[hi + 1] = over;  // the cell right of the band, read by the next row
    if (row_min > bound) return over;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

// The whole distance, one column of the table per byte of `b` as bit vectors over the bytes of `a` (1 to 64
// of them): Hyyrö's bit-parallel algorithm with transpositions ("A bit-vector algorithm for computing
// Levenshtein and Damerau edit distances", 2003). A dozen operations a byte where the band of the table
// costs a few dozen a cell: the resolver measures the same few surnames against each other thousands of
// times.
std::size_t BitParallel(std::string_view a, std::string_view b) {
  // Where each byte value occurs in `a`; all zero between calls (set for a's bytes, cleared after).
  thread_local std::array<std::uint64_t, 256> positions{};
  const auto at = [&](char c) -> std::uint64_t& { return positions[static_cast<unsigned char>(c)]; };
  for (std::size_t i = 0; i < a.size(); ++i) at(a[i]) |= std::uint64_t{1} << i;
  std::uint64_t vp = ~std::uint64_t{0}, vn = 0, d0 = 0, previous_match = 0;
  const std::uint64_t last = std::uint64_t{1} << (a.size() - 1);
  std::size_t distance = a.size();
  for (const char c : b) {
    const std::uint64_t match = at(c);
    const std::uint64_t transposed = ((~d0 & match) << 1) & previous_match;
    d0 = (((match & vp) + vp) ^ vp) | match | vn | transposed;
    std::uint64_t hp = vn | ~(d0 | vp);
    std::uint64_t hn = d0 & vp;
    distance += (hp & last) != 0;
    distance -= (hn & last) != 0;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    previous_match = match;
  }
  for (const char c : a) at(c) = 0;
  return distance;
}

}  // namespace

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t bound) {
  const std::size_t n = a.size(), m = b.size();
  if (HashSlots::Equal(a, b)) return 0;  // (most calls: one surname in two names; inline, no memcmp)
  if ((n > m ? n - m : m - n) > bound) return bound + 1;
  if (n == 0 || m == 0) return n + m;  // (within the bound: checked above)
  // The distance is symmetric: the shorter key goes into the bit vectors.
  const std::size_t distance = n <= m ? (n <= 64 ? BitParallel(a, b) : Banded(a, b, bound))
                                      : (m <= 64 ? BitParallel(b, a) : Banded(a, b, bound));
  return std::min(distance, bound + 1);
}

}  // namespace newsgraph
