#include "extract/MentionOrder.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <tuple>

namespace newsgraph {

void SortByPosition(std::vector<Mention>& mentions) {
  auto before = [](const Mention& a, const Mention& b) {
    return std::tie(a.sentence, a.first_token) < std::tie(b.sentence, b.first_token);
  };
  if (std::is_sorted(mentions.begin(), mentions.end(), before)) return;
  // Sorted through their indices, so that each mention (seven strings) moves once.
  std::vector<std::uint32_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return before(mentions[a], mentions[b]); });
  std::vector<Mention> sorted;
  sorted.reserve(mentions.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(mentions[i]));
  mentions = std::move(sorted);
}

}  // namespace newsgraph
