// The one list of node and edge attributes that every writer exports (igraph style): name, kind and how to
// read it from a record. Each format maps the kinds to its own type names and list syntax, so adding an
// attribute here adds it to every export.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "export/ExportOptions.h"
#include "graph/EdgeRecord.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

enum class AttributeKind {
  kString,
  kLong,
  kDouble,
  kBool,
  kStringList,  // an array in JSON; a JSON string in GraphML; liststring in GEXF; string[] in Neo4j
  kJson,        // structured (evidence): the value is JSON text, embedded in JSON, a string elsewhere
};

// Text the record holds (or static text) is a view, valid while the record is; text made for the value (the
// evidence as JSON, several values joined) is owned. List items are views into the record. (Copies of them
// for every attribute of every record were 7% of the JSON export's instructions.)
using AttributeValue =
    std::variant<std::string_view, std::string, std::int64_t, double, bool, std::vector<std::string_view>>;

// The text of a string value (owned or viewed); nullopt for a number, a boolean or a list.
inline std::optional<std::string_view> TextOf(const AttributeValue& value) {
  if (const auto* view = std::get_if<std::string_view>(&value)) return *view;
  if (const auto* owned = std::get_if<std::string>(&value)) return *owned;
  return std::nullopt;
}

// How lists are written in flat formats.
enum class ListStyle { kJson, kGexf, kNeo4j };

struct NodeAttribute {
  std::string_view name;
  AttributeKind kind;
  // nullopt: the node has no value (the attribute is left out, or takes the format's default).
  std::optional<AttributeValue> (*get)(const NodeRecord&, const ExportOptions&);
};

struct EdgeAttribute {
  std::string_view name;
  AttributeKind kind;
  std::optional<AttributeValue> (*get)(const EdgeRecord&, const ExportOptions&);
};

class AttributeTable {
 public:
  static const std::vector<NodeAttribute>& Nodes();
  static const std::vector<EdgeAttribute>& Edges();

  // Edge-type specific attributes (role, former, count, channel, date), read from EdgeRecord::attributes:
  // absent when it has no value for them (the JSON writers ask an edge only for those it has, ExtrasOf);
  // several values are joined by "; ".
  static const std::vector<std::string_view>& EdgeExtras();
  // The edge-type specific attributes `edge` has: bit k set when it has EdgeExtras()[k].
  static unsigned ExtrasOf(const EdgeRecord& edge);
  // The earliest (latest, when `last`) date of the edge's evidence, "" when none is dated: its first_date
  // (last_date). Dates of one form compare as text.
  static std::string_view EvidenceDate(const EdgeRecord& edge, bool last) {
    if (edge.evidence.size() == 1)
      return edge.evidence.begin()->date.view();  // most edges: nothing to compare
    return EvidenceDateAmong(edge, last);
  }

  static std::string_view GraphmlType(AttributeKind kind);
  static std::string_view GexfType(AttributeKind kind);
  static std::string_view Neo4jType(AttributeKind kind);

  // The value as text for a flat format (numbers shortest round-trip, booleans true/false).
  static std::string Text(const AttributeValue& value, ListStyle style);
  // A list as text for a flat format.
  static std::string ListText(const std::vector<std::string_view>& items, ListStyle style);

 private:
  // EvidenceDate of an edge with several sentences (or none).
  static std::string_view EvidenceDateAmong(const EdgeRecord& edge, bool last);
};

}  // namespace newsgraph
