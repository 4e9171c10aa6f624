// The records of one kind (nodes or edges) that FragmentAccumulator merges: kept in arrival order, found by
// id through an open-addressing index (linear probing) of (hash, position) pairs. A lookup touches one slot
// of the index and the record's id, where a std::unordered_map walks a chain of separately allocated nodes
// and divides by the bucket count at each step: with a million ids, that walk was the largest cost of
// merging.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {

template <typename Record>  // NodeRecord or EdgeRecord: anything with Absorb(Record&&)
class RecordTable {
 public:
  bool empty() const { return records_.empty(); }

  // Absorbs `record` into the record with the same id, or keeps it as a new one.
  void Add(std::string&& id, Record&& record) {
    if ((records_.size() + 1) * 2 > slots_.size()) Grow();
    const auto hash = static_cast<std::uint32_t>(std::hash<std::string_view>{}(id));
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.position == 0) {
        records_.emplace_back(std::move(id), std::move(record));
        slot = Slot{hash, static_cast<std::uint32_t>(records_.size())};
        return;
      }
      auto& [known_id, known] = records_[slot.position - 1];
      if (slot.hash == hash && known_id == id) {
        known.Absorb(std::move(record));
        return;
      }
    }
  }

  // Adds every record of `other` and leaves it empty.
  void Add(RecordTable&& other) {
    for (auto& [id, record] : other.records_) Add(std::move(id), std::move(record));
    other = RecordTable();
  }

  // Moves the records into `to` and leaves the table empty. In arrival order: each deque block is freed as
  // soon as its records have moved, so the allocator reuses the pages for the map's nodes (moving them in id
  // order would free nothing until the end and hold the graph twice for a moment: 400 MB more at 100k
  // articles). The price is a descent of the map per record, a second or so for a million edges.
  void DrainInto(std::map<std::string, Record>& to) {
    slots_ = {};
    while (!records_.empty()) {
      auto& [id, record] = records_.front();
      to.emplace(std::move(id), std::move(record));
      records_.pop_front();
    }
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t position = 0;  // 1 + index into records_; 0 = free
  };

  // Doubles the index (at most half full keeps the probes short); positions move by their stored hash, no
  // id is hashed again.
  void Grow() {
    std::vector<Slot> grown(slots_.empty() ? 1024 : slots_.size() * 2);
    const std::size_t mask = grown.size() - 1;
    for (const Slot& slot : slots_) {
      if (slot.position == 0) continue;
      std::size_t i = slot.hash & mask;
      while (grown[i].position != 0) i = (i + 1) & mask;
      grown[i] = slot;
    }
    slots_ = std::move(grown);
  }

  std::deque<std::pair<std::string, Record>> records_;  // a deque: records never move once added
  std::vector<Slot> slots_;                             // a power of two
};

}  // namespace newsgraph
