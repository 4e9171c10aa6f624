// Orders items by their string key (anything with `key()`, such as std::map node handles) with few visits to
// the keys: ids live on the heap, so a comparison sort that reads both keys at each of its n log n steps, as
// a std::map descent does, is a cache miss at each step. Here the items hold eight bytes of their key inline
// (big-endian, so that integer order is byte order), read once, are sorted by those words, and only the items
// that tie go on to the next eight bytes (multikey quicksort). Ids that share long prefixes
// ("spoke_with:official:...") take a few words; a run where some key ends within the word is finished by
// comparing whole keys.
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
  if (at + 8 <= key.size())
    std::memcpy(&word, key.data() + at, 8);  // (a load, where a memcpy of a variable size is a call)
  else if (at < key.size())
    std::memcpy(&word, key.data() + at, key.size() - at);
  if constexpr (std::endian::native == std::endian::little) word = __builtin_bswap64(word);
  return word;
}

template <typename Node>
void SortTie(const std::vector<Node>& nodes, Item* run, Item* run_end, std::size_t depth);

// Sorts [begin, end) by their words, in place, then calls `tie(run, run_end)` for each run of equal words
// (left to sort on the next words).
template <typename Tie>
void SortWords(Item* begin, Item* end, Tie&& tie) {
  std::sort(begin, end, [](const Item& a, const Item& b) { return a.word < b.word; });
  for (Item* run = begin; run != end;) {
    Item* run_end = run + 1;
    while (run_end != end && run_end->word == run->word) ++run_end;
    if (run_end - run > 1) tie(run, run_end);
    run = run_end;
  }
}

// Sorts [begin, end), their words at `depth` in place, by those words, and each run of equal words by the
// next ones (SortTie): the items are split three ways around the median of three words, those below and
// above sorted the same way, those equal on the next word (multikey quicksort). Sorting each run anew at
// each word, n log n steps a word, cost more: edge ids share prefixes of forty bytes, five words.
template <typename Node>
void SortByWords(const std::vector<Node>& nodes, Item* begin, Item* end, std::size_t depth) {
  constexpr std::ptrdiff_t kSmall = 16;  // left to std::sort
  // Bad pivots (crafted ids) are given 2 log n splits, after which std::sort takes over, as in introsort.
  for (int splits = 2 * std::bit_width(static_cast<std::size_t>(end - begin));
       end - begin > kSmall && splits > 0; --splits) {
    const std::uint64_t a = begin->word, b = begin[(end - begin) / 2].word, c = end[-1].word;
    const std::uint64_t pivot = std::max(std::min(a, b), std::min(std::max(a, b), c));
    Item* const equal = std::partition(begin, end, [&](const Item& i) { return i.word < pivot; });
    Item* const above = std::partition(equal, end, [&](const Item& i) { return i.word == pivot; });
    if (above - equal > 1) SortTie(nodes, equal, above, depth);
    // The smaller side by recursion, the larger one by the loop: the stack stays log n deep.
    if (equal - begin < end - above) {
      SortByWords(nodes, begin, equal, depth);
      begin = above;
    } else {
      SortByWords(nodes, above, end, depth);
      end = equal;
    }
  }
  SortWords(begin, end, [&](Item* run, Item* run_end) { SortTie(nodes, run, run_end, depth); });
}

// Sorts a run of items whose keys agree up to the word at `depth`.
template <typename Node>
void SortTie(const std::vector<Node>& nodes, Item* run, Item* run_end, std::size_t depth) {
  const auto key = [&](const Item& item) { return std::string_view(nodes[item.index].key()); };
  for (Item* i = run; i != run_end; ++i) {
    const std::string_view k = key(*i);
    if (k.size() <= depth * 8 + 8) {  // a key ends within the word: whole keys compared
      std::sort(run, run_end, [&](const Item& a, const Item& b) { return key(a) < key(b); });
      return;
    }
    i->word = WordAt(k, (depth + 1) * 8);
  }
  SortByWords(nodes, run, run_end, depth + 1);
}

}  // namespace sort_by_key_internal

// The positions of `nodes` in the order of their keys. With `threads` > 1, the runs left after the first
// round (ids of one edge type, of one node type) are sorted on that many threads; the order is the same.
template <typename Node>
std::vector<std::uint32_t> KeyOrder(const std::vector<Node>& nodes, unsigned threads = 1) {
  using sort_by_key_internal::Item;
  std::vector<Item> items(nodes.size());
  for (std::size_t i = 0; i < items.size(); ++i)
    items[i] = {sort_by_key_internal::WordAt(nodes[i].key(), 0), static_cast<std::uint32_t>(i)};
  Item* const begin = items.data();
  Item* const end = begin + items.size();
  if (threads <= 1) {
    sort_by_key_internal::SortByWords(nodes, begin, end, 0);
  } else {
    std::vector<std::pair<Item*, Item*>> ties;
    sort_by_key_internal::SortWords(begin, end,
                                    [&](Item* run, Item* run_end) { ties.emplace_back(run, run_end); });
    // The longest runs first, so that the threads end together.
    std::sort(ties.begin(), ties.end(),
              [](const auto& a, const auto& b) { return a.second - a.first > b.second - b.first; });
    ParallelFor(ties.size(), threads, [&](std::size_t k) {
      sort_by_key_internal::SortTie(nodes, ties[k].first, ties[k].second, 0);
    });
  }
  std::vector<std::uint32_t> order(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) order[i] = items[i].index;
  return order;
}

}  // namespace newsgraph
