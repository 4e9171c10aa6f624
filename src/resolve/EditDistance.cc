#include "resolve/EditDistance.h"

#include <algorithm>
#include <array>
#include <vector>

namespace newsgraph {

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t bound) {
  const std::size_t n = a.size(), m = b.size();
  if (a == b) return 0;
  if ((n > m ? n - m : m - n) > bound) return bound + 1;
  // Three rows of the classic table: two back for the transposition. Keys are short, so the rows live on
  // the stack unless `b` is long (the resolver calls this for every candidate pair).
  constexpr std::size_t kShort = 64;
  std::array<std::size_t, 3 * (kShort + 1)> stack;
  std::vector<std::size_t> heap;
  std::size_t* rows = stack.data();
  if (m > kShort) {
    heap.resize(3 * (m + 1));
    rows = heap.data();
  }
  std::size_t* before = rows;
  std::size_t* previous = rows + (m + 1);
  std::size_t* current = rows + 2 * (m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > bound) return bound + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], bound + 1);
}

}  // namespace newsgraph
