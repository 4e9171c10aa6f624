// Sorts items by their string key (anything with `key()`, such as std::map node handles) with few visits to
// the keys: ids live on the heap, so a comparison sort that reads both keys at each of its n log n steps, as
// a std::map descent does, is a cache miss at each step. Here each round reads eight bytes of each key once,
// sorts the items by those words held inline (big-endian, so that integer order is byte order), and only the
// runs that tie go on to the next eight bytes. Ids that share long prefixes ("spoke_with:official:...") take
// a few rounds; a run where some key ends within the word is finished by comparing whole keys.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ParallelFor.h"

namespace newsgraph {

namespace sort_by_key_internal {

struct Item {
  std::uint64_t word = 0;  // bytes [8 * depth, 8 * depth + 8) of the key, zero-padded, big-endian
  std::uint32_t index = 0;
};

inline std::uint64_t WordAt(std::string_view key, std::size_t at) {
  std::uint64_t word = 0;
  if (at < key.size()) std::memcpy(&word, key.data() + at, std::min<std::size_t>(8, key.size() - at));
  if constexpr (std::endian::native == std::endian::little) word = __builtin_bswap64(word);
  return word;
}

template <typename Node>
void SortRun(const std::vector<Node>& nodes, Item* begin, Item* end, std::size_t depth);

// Sorts [begin, end) by the keys' words at `depth`, then calls `tie(run, run_end)` for each run of equal
// words (left to sort on the next words).
template <typename Node, typename Tie>
void SortWords(const std::vector<Node>& nodes, Item* begin, Item* end, std::size_t depth, Tie&& tie) {
  for (Item* i = begin; i != end; ++i) i->word = WordAt(nodes[i->index].key(), depth * 8);
  std::sort(begin, end, [](const Item& a, const Item& b) { return a.word < b.word; });
  for (Item* run = begin; run != end;) {
    Item* run_end = run + 1;
    while (run_end != end && run_end->word == run->word) ++run_end;
    if (run_end - run > 1) tie(run, run_end);
    run = run_end;
  }
}

// Sorts a run of items whose keys agree up to the word at `depth`.
template <typename Node>
void SortTie(const std::vector<Node>& nodes, Item* run, Item* run_end, std::size_t depth) {
  const auto key = [&](const Item& item) { return std::string_view(nodes[item.index].key()); };
  if (std::all_of(run, run_end, [&](const Item& i) { return key(i).size() > depth * 8 + 8; }))
    SortRun(nodes, run, run_end, depth + 1);
  else
    std::sort(run, run_end, [&](const Item& a, const Item& b) { return key(a) < key(b); });
}

template <typename Node>
void SortRun(const std::vector<Node>& nodes, Item* begin, Item* end, std::size_t depth) {
  SortWords(nodes, begin, end, depth, [&](Item* run, Item* run_end) { SortTie(nodes, run, run_end, depth); });
}

}  // namespace sort_by_key_internal

// With `threads` > 1, the runs left after the first round (ids of one edge type, of one node type) are
// sorted on that many threads; the order is the same.
template <typename Node>
void SortByKey(std::vector<Node>& nodes, unsigned threads = 1) {
  using sort_by_key_internal::Item;
  std::vector<Item> items(nodes.size());
  for (std::size_t i = 0; i < items.size(); ++i) items[i].index = static_cast<std::uint32_t>(i);
  Item* const begin = items.data();
  Item* const end = begin + items.size();
  if (threads <= 1) {
    sort_by_key_internal::SortRun(nodes, begin, end, 0);
  } else {
    std::vector<std::pair<Item*, Item*>> ties;
    sort_by_key_internal::SortWords(nodes, begin, end, 0,
                                    [&](Item* run, Item* run_end) { ties.emplace_back(run, run_end); });
    // The longest runs first, so that the threads end together.
    std::sort(ties.begin(), ties.end(),
              [](const auto& a, const auto& b) { return a.second - a.first > b.second - b.first; });
    ParallelFor(ties.size(), threads, [&](std::size_t k) {
      sort_by_key_internal::SortTie(nodes, ties[k].first, ties[k].second, 0);
    });
  }
  std::vector<Node> sorted;
  sorted.reserve(nodes.size());
  for (const Item& item : items) sorted.push_back(std::move(nodes[item.index]));
  nodes = std::move(sorted);
}

}  // namespace newsgraph
