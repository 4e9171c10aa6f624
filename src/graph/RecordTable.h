// The records of one kind (nodes or edges) that FragmentAccumulator merges: kept in arrival order, found by
// id through a HashSlots index. With a million ids, walking a std::unordered_map's chains was the largest
// cost of merging.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/HashSlots.h"
#include "graph/ArticleRecords.h"
#include "graph/EdgeKey.h"
#include "graph/EdgeRecord.h"
#include "graph/IdHash.h"
#include "graph/NodeRecord.h"
#include "graph/SameId.h"
#include "graph/SortByKey.h"

namespace newsgraph {

// How a table finds a record by its id without the id being made: a hash, and an equality that holds
// exactly when the ids are equal, of a record or of an article's node or edge (graph/ArticleRecords.h). A
// node's id is a member. An edge's is "<type>:<source>:<target>" (EdgeRecord::MakeId) of node ids
// "<type>:<key>" with one ':', equal exactly when the three parts are; its key (EdgeKey) is made only for the
// records kept (a third of an article's facts join one already there), from the buffers of its ends' ids.
namespace record_id {

inline std::uint32_t Hash(const NodeRecord& node) {
  return IdHash(node.id);
}
inline std::uint32_t Hash(const ArticleRecords::Node& node) {
  return node.hash;
}
inline bool Same(const NodeRecord& a, const auto& b) {
  return a.id == b.id;
}
inline std::string Of(const ArticleRecords::Node& node) {
  return std::string(node.id);
}

// From the IdHash of each end.
inline std::uint32_t EdgeHash(RelationType type, std::uint32_t source, std::uint32_t target) {
  return (source * 0x9E3779B1u) ^ target ^ static_cast<std::uint32_t>(type);
}
inline std::uint32_t Hash(const EdgeRecord& edge) {
  return EdgeHash(edge.type, IdHash(edge.source), IdHash(edge.target));
}
inline std::uint32_t Hash(const ArticleRecords::Edge& edge) {
  return EdgeHash(edge.type, edge.source_hash, edge.target_hash);
}
inline bool Same(const EdgeRecord& a, const auto& b) {
  return a.type == b.type && SameId(a.source, b.source) && SameId(a.target, b.target);
}
inline EdgeKey Of(const ArticleRecords::Edge& edge, const SharedString& source, const SharedString& target) {
  return {edge.type, source, target};
}

}  // namespace record_id

// `Map`: GraphFragment's NodeMap or EdgeMap, whose records have AbsorbUnsettled(Record&&) and Settle().
template <typename Map>
class RecordTable {
 public:
  using Record = typename Map::mapped_type;
  // A record in a map node: made once, with its id, and moved as a pointer. (Records kept by value were each
  // moved into a map node of their own when the table was drained into GraphFragment's maps.)
  using Handle = typename Map::node_type;

  bool empty() const { return records_.empty(); }
  std::size_t size() const { return records_.size(); }
  // The record at a position (they are numbered in arrival order) and its id.
  const Record& operator[](std::uint32_t at) const { return records_[at].mapped(); }
  const std::string& id(std::uint32_t at) const { return records_[at].key(); }

  // Absorbs the record of `node` (a map node of a fragment, keyed by the record's id) into the record with
  // the same id, or keeps the node as a new one (at the end). Records are settled when they are taken (Take):
  // a popular record absorbs one record per article, and its sets are merged once. Returns the record's
  // position.
  std::uint32_t Add(Handle&& node) {
    return Place(
        record_id::Hash(node.mapped()),
        [&](std::uint32_t p) { return record_id::Same(records_[p].mapped(), node.mapped()); },
        [&](Record& into) { into.AbsorbUnsettled(std::move(node.mapped())); },
        [&] { return std::move(node); });
  }
  // The same for an article's node or edge (ArticleRecords::Node, ::Edge), made into a record only when its
  // id is new (by FillRecord, which also takes `fill`, as record_id::Of does). `same(position)` tells whether
  // the record at a position has the part's id, from what the caller keeps of each record beside the table
  // (its id's buffer, its ends' positions): in a large table the record itself is far in the heap, and
  // reading it for every part cost more than the rest of the look-up.
  template <typename Part, typename Same, typename... Fill>
  std::uint32_t AddPart(Part&& part, Same&& same, const Fill&... fill) {
    return Place(
        record_id::Hash(part), same, [&](Record& into) { std::move(part).AbsorbInto(into); },
        [&] {
          Map maker;  // a record made in an empty map is compared with nothing
          Handle made = maker.extract(maker.try_emplace(record_id::Of(part, fill...)).first);
          std::move(part).FillRecord(made.mapped(), fill...);
          return made;
        });
  }

  // Starts loading where the look-up of an article's node or edge begins (HashSlots::Prefetch), then, once
  // that has come, the record it most likely finds, as a position (HashSlots::Peek) and its start.
  template <typename Part>
  void PrefetchSlot(const Part& part) const {
    index_.Prefetch(record_id::Hash(part));
  }
  template <typename Part>
  std::optional<std::uint32_t> PrefetchRecord(const Part& part) const {
    const std::optional<std::uint32_t> at = index_.Peek(record_id::Hash(part));
    if (at) {
      // The whole of its id and record, which absorbing reads and writes all over.
      const auto* const start = reinterpret_cast<const char*>(&records_[*at].key());
      for (std::size_t offset = 0; offset < sizeof(typename Map::value_type); offset += 64)
        __builtin_prefetch(start + offset);
    }
    return at;
  }

  // Adds every record of `other` and leaves it empty. Returns the position here of each of its records.
  std::vector<std::uint32_t> Add(RecordTable&& other) {
    std::vector<std::uint32_t> at;
    at.reserve(other.records_.size());
    for (Handle& node : other.records_) at.push_back(Add(std::move(node)));
    other = RecordTable();
    return at;
  }

  // The position of the node record with this id, if there is one.
  std::optional<std::uint32_t> Find(std::string_view id) const {
    return index_.Find(IdHash(id), [&](std::uint32_t p) { return records_[p].key() == id; });
  }

  // The positions of the records in id order (SortByKey's KeyOrder, on `threads`).
  std::vector<std::uint32_t> IdOrder(unsigned threads = 1) const { return KeyOrder(records_, threads); }

  // Every record, settled, in its map node, in arrival order (their positions); the table is left empty.
  std::vector<Handle> Take() && {
    index_.Clear();
    for (Handle& record : records_) record.mapped().Settle();
    return std::exchange(records_, {});
  }

 private:
  // Absorbs an item into the record at the position with `hash` for which `same` holds (`absorb(record)`),
  // or adds the map node that `make()` returns. Returns the record's position.
  template <typename Same, typename Absorb, typename Make>
  std::uint32_t Place(std::uint32_t hash, Same&& same, Absorb&& absorb, Make&& make) {
    if (const auto at = index_.Find(hash, same)) {
      absorb(records_[*at].mapped());
      return *at;
    }
    records_.push_back(make());
    const auto at = static_cast<std::uint32_t>(records_.size() - 1);
    index_.Insert(hash, at);
    return at;
  }

  std::vector<Handle> records_;  // in arrival order
  HashSlots index_;
};

}  // namespace newsgraph
