// The order of edge ids, "<type>:<source>:<target>" (EdgeRecord::MakeId), found from the ranks of their ends
// among the node ids, without reading the edge ids: sorting those, which share prefixes of forty bytes, read
// five words of each. Node ids have one ':' and type names none, so no node id or type name followed by ':'
// is a prefix of another: the edge ids are in the order of their type's name followed by ':', then of their
// source's id followed by ':', then of their target's id.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/Ontology.h"

namespace newsgraph {

struct EdgeEnds {
  static constexpr std::uint32_t kNoNode = UINT32_MAX;  // an end that is none of the node ids (sorted last)

  RelationType type = RelationType::kSpokeWith;
  std::uint32_t source = kNoNode, target = kNoNode;  // the ranks of the ends' ids among the node ids
};

// The positions of `edges` in the order of their ids; `node_ids` sorted.
std::vector<std::uint32_t> EdgeIdOrder(const std::vector<std::string_view>& node_ids,
                                       const std::vector<EdgeEnds>& edges);

}  // namespace newsgraph
