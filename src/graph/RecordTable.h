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

  // Absorbs `record` into the record with the same id, or keeps it as a new one. Records are settled when
  // they are drained: a popular record absorbs one record per article, and its sets are merged once.
  void Add(std::string&& id, Record&& record) {
    const auto hash = HashSlots::Hash(id);
    if (const auto at = index_.Find(hash, [&](std::uint32_t p) { return records_[p].first == id; })) {
      records_[*at].second.AbsorbUnsettled(std::move(record));
      return;
    }
    records_.emplace_back(std::move(id), std::move(record));
    index_.Insert(hash, static_cast<std::uint32_t>(records_.size() - 1));
  }

  // Adds every record of `other` and leaves it empty.
  void Add(RecordTable&& other) {
    for (auto& [id, record] : other.records_) Add(std::move(id), std::move(record));
    other = RecordTable();
  }

  // Moves the records into `to` and leaves the table empty. Each record becomes a map node in arrival order,
  // so that each deque block is freed as soon as its records have moved (moving them in id order would free
  // nothing until the end and hold the graph twice for a moment: 400 MB more at 100k articles); the nodes are
  // then sorted (SortByKey) and linked in from the map's end, which needs no descent of the map.
  // `threads`: for the sort (SortByKey).
  void DrainInto(std::map<std::string, Record>& to, unsigned threads = 1) {
    index_.Clear();
    std::vector<typename std::map<std::string, Record>::node_type> nodes;
    nodes.reserve(records_.size());
    std::map<std::string, Record> maker;  // a record inserted into an empty map is compared with nothing
    while (!records_.empty()) {
      auto& [id, record] = records_.front();
      record.Settle();
      maker.emplace(std::move(id), std::move(record));
      nodes.push_back(maker.extract(maker.begin()));
      records_.pop_front();
    }
    SortByKey(nodes, threads);
    for (auto& node : nodes) to.insert(to.end(), std::move(node));
  }

 private:
  std::deque<std::pair<std::string, Record>> records_;  // a deque: records never move once added
  HashSlots index_;
};

}  // namespace newsgraph
