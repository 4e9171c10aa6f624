// The records of one kind (nodes or edges) that FragmentAccumulator merges: kept in arrival order, found by
// id through a HashSlots index. With a million ids, walking a std::unordered_map's chains was the largest
// cost of merging.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/HashSlots.h"
#include "graph/ArticleRecords.h"
#include "graph/EdgeRecord.h"
#include "graph/NodeRecord.h"
#include "graph/SortByKey.h"

namespace newsgraph {

// How a table finds a record by its id without the id being made: a hash, and an equality that holds
// exactly when the ids are equal, of a record or of an article's node or edge (graph/ArticleRecords.h). A
// node's id is a member. An edge's is "<type>:<source>:<target>" (EdgeRecord::MakeId) of node ids
// "<type>:<key>" with one ':', equal exactly when the three parts are; it is made only for the records kept
// (a third of an article's facts join one already there).
namespace record_id {

inline std::uint32_t Hash(const NodeRecord& node) {
  return HashSlots::Hash(node.id);
}
inline std::uint32_t Hash(const ArticleRecords::Node& node) {
  return node.hash;
}
inline bool Same(const NodeRecord& a, const auto& b) {
  return a.id == b.id;
}
inline std::string Of(const NodeRecord& node) {
  return node.id;
}

// From the HashSlots::Hash of each end.
inline std::uint32_t EdgeHash(RelationType type, std::uint32_t source, std::uint32_t target) {
  return (source * 0x9E3779B1u) ^ target ^ static_cast<std::uint32_t>(type);
}
inline std::uint32_t Hash(const EdgeRecord& edge) {
  return EdgeHash(edge.type, HashSlots::Hash(edge.source), HashSlots::Hash(edge.target));
}
inline std::uint32_t Hash(const ArticleRecords::Edge& edge) {
  return EdgeHash(edge.type, edge.source_hash, edge.target_hash);
}
inline bool Same(const EdgeRecord& a, const auto& b) {
  return a.type == b.type && a.source == b.source && a.target == b.target;
}
inline std::string Of(const EdgeRecord& edge) {
  return edge.id();
}

}  // namespace record_id

template <typename Record>  // NodeRecord or EdgeRecord: anything with AbsorbUnsettled(Record&&) and Settle()
class RecordTable {
 public:
  bool empty() const { return records_.empty(); }

  // Absorbs `record` into the record with the same id, or keeps it as a new one. Records are settled when
  // they are drained: a popular record absorbs one record per article, and its sets are merged once.
  void Add(Record&& record) {
    Place(
        record, [&](Record& into) { into.AbsorbUnsettled(std::move(record)); },
        [&](Record& made) { made = std::move(record); });
  }
  // The same for an article's node or edge (ArticleRecords::Node, ::Edge), made into a record only when its
  // id is new.
  template <typename Part>
  void AddPart(Part&& part) {
    Place(
        part, [&](Record& into) { std::move(part).AbsorbInto(into); },
        [&](Record& made) { std::move(part).FillRecord(made); });
  }

  // Adds every record of `other` and leaves it empty.
  void Add(RecordTable&& other) {
    for (Record& record : other.records_) Add(std::move(record));
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
      Record& record = records_.front();
      record.Settle();
      std::string id = record_id::Of(record);
      maker.emplace(std::move(id), std::move(record));
      nodes.push_back(maker.extract(maker.begin()));
      records_.pop_front();
    }
    SortByKey(nodes, threads);
    for (auto& node : nodes) to.insert(to.end(), std::move(node));
  }

 private:
  // Absorbs `item` into the record with its id (`absorb(record)`), or adds a record that `make(record)`
  // makes.
  template <typename Item, typename Absorb, typename Make>
  void Place(const Item& item, Absorb&& absorb, Make&& make) {
    const auto hash = record_id::Hash(item);
    if (const auto at =
            index_.Find(hash, [&](std::uint32_t p) { return record_id::Same(records_[p], item); })) {
      absorb(records_[*at]);
      return;
    }
    make(records_.emplace_back());
    index_.Insert(hash, static_cast<std::uint32_t>(records_.size() - 1));
  }

  std::deque<Record> records_;  // a deque: records never move once added
  HashSlots index_;
};

}  // namespace newsgraph
