// The records of one kind (nodes or edges) that FragmentAccumulator merges: kept in arrival order, found by
// id through a HashSlots index. With a million ids, walking a std::unordered_map's chains was the largest
// cost of merging.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/HashSlots.h"
#include "graph/SortByKey.h"

namespace newsgraph {

template <typename Record>  // NodeRecord or EdgeRecord: anything with AbsorbUnsettled(Record&&) and Settle()
class RecordTable {
 public:
  bool empty() const { return records_.empty(); }
  std::size_t size() const { return records_.size(); }

  // Absorbs `record` into the record with the same id, or keeps it as a new one. Records are settled when
  // they are drained: a popular record absorbs one record per article, and its sets are merged once.
  void Add(std::string&& id, Record&& record) { Add(HashSlots::Hash(id), std::move(id), std::move(record)); }
  // The same, with the id's hash (HashSlots::Hash) already at hand. True when the record is a new one.
  bool Add(std::uint32_t hash, std::string&& id, Record&& record) {
    if (const auto at = index_.Find(hash, [&](std::uint32_t p) { return records_[p].first == id; })) {
      records_[*at].second.AbsorbUnsettled(std::move(record));
      return false;
    }
    records_.emplace_back(std::move(id), std::move(record));
    index_.Insert(hash, static_cast<std::uint32_t>(records_.size() - 1));
    return true;
  }

  // Adds every record of `other` and leaves it empty.
  void Add(RecordTable&& other) {
    if (records_.empty()) {
      std::swap(*this, other);
      return;
    }
    for (auto& [id, record] : other.records_) Add(std::move(id), std::move(record));
    other = RecordTable();
  }

  using MapNode = typename std::map<std::string, Record>::node_type;

  // For emptying the table record by record: DropIndex, then PopFront until it is empty. Each PopFront takes
  // the oldest record out, settled, as a map node. The oldest first so that each deque block is freed as soon
  // as its records have moved (moving them in id order would free nothing until the end and hold the graph
  // twice for a moment: 400 MB more at 100k articles), and so that the records are read in the order they
  // were allocated in.
  void DropIndex() { index_.Clear(); }
  MapNode PopFront() {
    auto& [id, record] = records_.front();
    record.Settle();
    std::map<std::string, Record> maker;  // a record inserted into an empty map is compared with nothing
    maker.emplace(std::move(id), std::move(record));
    records_.pop_front();
    return maker.extract(maker.begin());
  }

  // Moves the records into `to` and leaves the table empty: the map nodes (PopFront) are sorted (SortByKey,
  // on `threads`) and linked in from the map's end, which needs no descent of the map.
  void DrainInto(std::map<std::string, Record>& to, unsigned threads = 1) {
    DropIndex();
    std::vector<MapNode> nodes;
    nodes.reserve(size());
    while (!empty()) nodes.push_back(PopFront());
    LinkSorted(nodes, to, threads);
  }

  // Sorts `nodes` by key (SortByKey, on `threads`) and links them into `to`, which must be empty.
  static void LinkSorted(std::vector<MapNode>& nodes, std::map<std::string, Record>& to, unsigned threads) {
    SortByKey(nodes, threads);
    for (auto& node : nodes) to.insert(to.end(), std::move(node));
    std::vector<MapNode>().swap(nodes);
  }

 private:
  std::deque<std::pair<std::string, Record>> records_;  // a deque: records never move once added
  HashSlots index_;
};

}  // namespace newsgraph
