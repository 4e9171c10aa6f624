#include "resolve/EditDistance.h"

#include <algorithm>
#include <array>
#include <vector>

namespace newsgraph {

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t bound) {
  const std::size_t n = a.size(), m = b.size();
  if (a == b) return 0;
  if ((n > m ? n - m : m - n) > bound) return bound + 1;
  // Three rows of the classic table (two back for the transposition), of which only the band of cells
  // within `bound` of the diagonal is computed: an alignment of at most `bound` edits never leaves it.
  // Cells outside the band count as `bound + 1`. Keys are short, so the rows live on the stack unless `b`
  // is long (the resolver calls this for every candidate pair).
  const std::size_t over = bound + 1;
  constexpr std::size_t kShort = 64;
  std::array<std::size_t, 3 * (kShort + 2)> stack;
  std::vector<std::size_t> heap;
  std::size_t* rows = stack.data();
  if (m > kShort) {
    heap.resize(3 * (m + 2));
    rows = heap.data();
  }
  std::size_t* before = rows;
  std::size_t* previous = rows + (m + 2);
  std::size_t* current = rows + 2 * (m + 2);
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

}  // namespace newsgraph
