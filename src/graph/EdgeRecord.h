// An edge of the knowledge graph: one (source, type, target) fact and all the sentences that support it.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Ontology.h"
#include "core/SharedString.h"
#include "graph/Evidence.h"
#include "graph/SortedSet.h"

namespace newsgraph {

struct EdgeRecord {
  EdgeRecord() {}  // NOLINT(modernize-use-equals-default): as NodeRecord's
  RelationType type = RelationType::kSpokeWith;
  // Node ids; for symmetric types source < target. Shared: the merger gives every edge of a node the buffer
  // of its id (FragmentAccumulator), where each new edge allocated a copy of both ends.
  SharedString source;
  SharedString target;
  SortedSet<Evidence> evidence;
  // Edge-type specific attributes (role, former, count, channel, date); a key seen with several values keeps
  // all.
  std::map<std::string, std::set<std::string>, std::less<>> attributes;  // (looked up by string_view)

  // "<type>:<source>:<target>", stable across runs. Computed, not stored: a million edges would hold their
  // ids twice (the fragment's map is keyed by it) or carry 80 MB of them through the KnowledgeGraph.
  std::string id() const { return MakeId(type, source, target); }
  // For a symmetric type, puts the endpoints in canonical order (source < target).
  void OrderEndpoints() {
    if (IsSymmetric(type) && target < source) std::swap(source, target);
  }
  // Number of distinct supporting sentences.
  std::size_t weight() const;
  // Node ids the fact is attributed to (reported speech), sorted, once each: views into the evidence.
  std::vector<std::string_view> attributed_to() const;
  // The attribute's values joined by "; ", or "" when absent.
  std::string Attribute(std::string_view key) const;

  void Absorb(const EdgeRecord& other);
  void Absorb(
      EdgeRecord&& other);  // the same, moving `other`'s elements and set nodes instead of copying them
  // Absorb, leaving `evidence` unsettled (SortedSet::Append) until Settle(): for a table that absorbs one
  // record per article and settles each record once.
  void AbsorbUnsettled(EdgeRecord&& other);
  void Settle() { evidence.Settle(); }

  static std::string MakeId(RelationType type, std::string_view source, std::string_view target);
};

}  // namespace newsgraph
