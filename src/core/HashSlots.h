// An open-addressing index (linear probing, at most half full) from 32-bit hashes to the positions of entries
// the caller keeps in an array of its own, in arrival order. A lookup touches one slot and the entry it
// points to, where a std::unordered_map divides by its bucket count and follows a node pointer: with millions
// of lookups (graph/RecordTable's merged records, extract/TokenLookup's word forms) that walk was a visible
// cost.
//
//   auto same = [&](std::uint32_t p) { return entries[p].key == key; };
//   if (!slots.Find(hash, same)) {
//     entries.push_back(...);
//     slots.Insert(hash, entries.size() - 1);
//   }
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {

class HashSlots {
 public:
  HashSlots() = default;
  // An index that starts with room for `entries` (a small one, made for each article, need not start with the
  // thousand slots a large table grows from).
  explicit HashSlots(std::size_t entries)
      : first_size_(std::bit_ceil(2 * std::max<std::size_t>(entries, 1))) {}

  // A hash of `key` for the index: eight bytes at a time, inline (std::hash is a call, and the keys here are
  // words and ids).
  static std::uint32_t Hash(std::string_view key) {
    constexpr std::uint64_t kOdd = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio
    const auto mix = [&](std::uint64_t h, std::uint64_t word) {
      h = (h ^ word) * kOdd;
      return h ^ (h >> 29);
    };
    std::uint64_t h = key.size() * kOdd;
    const char* p = key.data();
    std::size_t n = key.size();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      h = mix(h, word);
    }
    // The last one to seven bytes in fixed-size loads (a memcpy of a variable size is a call), overlapping
    // when they must: the length is already in the hash.
    std::uint64_t tail = 0;
    if (n >= 4) {
      std::uint32_t first, last;
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      tail = (std::uint64_t{first} << 32) | last;
    } else if (n > 0) {
      const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
      tail = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
    }
    // The last mix is one 64 x 64 -> 128-bit multiplication of `x = h ^ tail` by `x` with bits flipped (as
    // wyhash's "mum" mixes two words), whose halves xor-ed together depend on every bit of `x`: one
    // multiplication where there were two, as most keys are words shorter than eight bytes. (A product by a
    // constant instead spread alike keys over the low bits measurably worse than random numbers.)
    __extension__ typedef unsigned __int128 Wide;
    const std::uint64_t x = h ^ tail;
    const Wide product = static_cast<Wide>(x) * (x ^ 0xE7037ED1A0B428DBULL);
    h = static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }

  // Whether two keys are equal: the short ones (words) compared inline in fixed-size loads, overlapping when
  // they must, that stay within each key (std::string's == calls memcmp).
  static bool Equal(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n > 16) return a == b;
    const auto same = [&]<typename Word>(Word, std::size_t at) {
      Word x, y;
      std::memcpy(&x, a.data() + at, sizeof x);
      std::memcpy(&y, b.data() + at, sizeof y);
      return x == y;
    };
    if (n >= 8) return same(std::uint64_t{}, 0) && same(std::uint64_t{}, n - 8);
    if (n >= 4) return same(std::uint32_t{}, 0) && same(std::uint32_t{}, n - 4);
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
  }

  // The position of the entry with `hash` for which `same(position)` holds, if there is one.
  template <typename Same>
  std::optional<std::uint32_t> Find(std::uint32_t hash, Same&& same) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i].position != 0; i = (i + 1) & mask)
      if (slots_[i].hash == hash && same(slots_[i].position - 1)) return slots_[i].position - 1;
    return std::nullopt;
  }

  // Starts loading the slot where a Find of `hash` starts: in a large index each Find is a cache miss, and
  // the misses of a batch of keys fetched ahead overlap instead of coming one by one.
  void Prefetch(std::uint32_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  // The position of the first entry with `hash`, the one a Find most likely returns (not compared).
  std::optional<std::uint32_t> Peek(std::uint32_t hash) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i].position != 0; i = (i + 1) & mask)
      if (slots_[i].hash == hash) return slots_[i].position - 1;
    return std::nullopt;
  }

  // Indexes the entry at `position` (one Find has just missed it).
  void Insert(std::uint32_t hash, std::uint32_t position) {
    if ((used_ + 1) * 2 > slots_.size()) Grow();
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].position != 0) i = (i + 1) & mask;
    slots_[i] = Slot{hash, position + 1};
    ++used_;
  }

  // Forgets every entry and frees the index.
  void Clear() {
    slots_ = {};
    used_ = 0;
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t position = 0;  // 1 + the entry's position; 0 = free
  };

  // Doubles the index; positions move by their stored hash, no key is hashed again.
  void Grow() {
    std::vector<Slot> grown(slots_.empty() ? first_size_ : slots_.size() * 2);
    const std::size_t mask = grown.size() - 1;
    for (const Slot& slot : slots_) {
      if (slot.position == 0) continue;
      std::size_t i = slot.hash & mask;
      while (grown[i].position != 0) i = (i + 1) & mask;
      grown[i] = slot;
    }
    slots_ = std::move(grown);
  }

  std::vector<Slot> slots_;  // a power of two
  std::size_t used_ = 0;
  std::size_t first_size_ = 1024;  // a power of two
};

}  // namespace newsgraph
