// A node of the knowledge graph with everything the exports carry.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "core/Ontology.h"
#include "core/SharedString.h"
#include "graph/SortedSet.h"

namespace newsgraph {

struct NodeRecord {
  // User-provided, so that a record made in a map node only runs the member initialisers below (as
  // Mention's).
  NodeRecord() {}  // NOLINT(modernize-use-equals-default): `= default` would bring the zero-fill back
  std::string id;  // stable: derived from the canonical entity, never from a counter
  EntityType type = EntityType::kOfficial;
  std::string label;                           // the fullest name
  std::set<std::string, std::less<>> aliases;  // every other surface form (looked up by string_view)
  std::uint64_t mentions = 0;
  SortedSet<SharedString> documents;  // article ids (one buffer per article, shared with the evidence)
  std::string first_date;             // earliest / latest article date seen, "" if none
  std::string last_date;
  bool anonymous = false;

  // Folds `other` (the same entity seen elsewhere) into this node. Associative and commutative.
  void Absorb(const NodeRecord& other);
  void Absorb(NodeRecord&& other);  // the same, moving `other`'s elements instead of copying them
  // Absorb, leaving `documents` unsettled (SortedSet::Append) until Settle(): for a table that absorbs one
  // record per article and settles each record once.
  void AbsorbUnsettled(NodeRecord&& other);
  void Settle() { documents.Settle(); }
  // The fuller of `name` and the label becomes the label, the other one an alias (part of Absorb).
  void AddName(std::string_view name);
  // Widens first_date / last_date to these dates ("" when unknown; part of Absorb). Inline: an article's node
  // absorbed into its record asks it each time, and most often it does nothing.
  void AddDates(std::string_view first, std::string_view last) {
    if (!first.empty() && (first_date.empty() || first < first_date)) first_date = first;
    if (!last.empty() && (last_date.empty() || last > last_date)) last_date = last;
  }
};

// The fullest of two names: more words, then more characters, then the lexicographically smaller.
bool IsFullerName(std::string_view a, std::string_view b);

}  // namespace newsgraph
