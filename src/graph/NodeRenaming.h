// A renaming of node ids (each to its representative, Resolver) as GraphFragment and SortedRecords apply it:
// which edges it touches, and what becomes of an edge's ends and attributions.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/SharedString.h"
#include "graph/BufferMemo.h"
#include "graph/EdgeRecord.h"

namespace newsgraph {

class NodeRenaming {
 public:
  // `representative`: node id -> the id it becomes; it must outlive the renaming.
  explicit NodeRenaming(const std::map<std::string, std::string>& representative);

  // Whether `edge` has an end or an attribution that is renamed, each id buffer asked once through `memo`
  // (most edge ends share their node's: graph/BufferMemo.h).
  // (Inline, as Renamed: asked of every edge of the graph.)
  bool Touches(const EdgeRecord& edge, BufferMemo<bool>& memo) const {
    const auto renamed = [&](const SharedString& id) {
      return memo.Get(id, [this](std::string_view text) { return Renamed(text); });
    };
    return renamed(edge.source) || renamed(edge.target) ||
           std::any_of(edge.evidence.begin(), edge.evidence.end(), [&](const Evidence& e) {
             return !e.attributed_to.empty() && renamed(e.attributed_to);
           });
  }
  // Renames the ends and the attributions of `edge` (its evidence sorted again); false when the edge became
  // a self-loop, which is dropped. Its ends are not put in canonical order (GraphFragment::AddEdge).
  bool Apply(EdgeRecord& edge) const;

 private:
  static std::size_t Slot(std::string_view id) {
    return (id.size() * 131 + static_cast<unsigned char>(id.back())) % 1024;
  }
  bool Renamed(std::string_view id) const {
    return !id.empty() && maybe_renamed_[Slot(id)] && to_.count(id) > 0;
  }
  void Rename(SharedString& id) const;

  // From -> to, hashed by views of `representative`'s: every edge and evidence of the graph is checked, and
  // an id renamed is looked up without being copied.
  std::unordered_map<std::string_view, const std::string*> to_;
  // Most ids are not renamed, which a bit per (length, last byte) tells before any hashing.
  std::bitset<1024> maybe_renamed_;
};

}  // namespace newsgraph
