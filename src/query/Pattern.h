// MATCH patterns: a path is node (edge node)*. Every node and edge has a slot in the binding, named or not.
#pragma once

#include <optional>
#include <vector>

#include "core/Ontology.h"

namespace newsgraph {

struct NodePattern {
  int slot = -1;
  std::optional<EntityType> type;
};

enum class Direction { kBoth, kForward, kBackward };  // -[]-, -[]->, <-[]-

struct EdgePattern {
  int slot = -1;
  std::vector<RelationType> types;  // empty: any type
  Direction direction = Direction::kBoth;
  bool variable_length = false;  // -[*min..max]-: the slot holds the list of edges
  int min_hops = 1;
  int max_hops = 1;
};

struct PathPattern {
  int clause = 0;  // which MATCH it belongs to: an edge is used at most once per MATCH
  std::vector<NodePattern> nodes;
  std::vector<EdgePattern> edges;  // edges[i] joins nodes[i] and nodes[i + 1]
};

}  // namespace newsgraph
