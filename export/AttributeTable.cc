#include "export/AttributeTable.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <array>

#include "export/JsonText.h"

namespace newsgraph {
namespace {

using Value = std::optional<AttributeValue>;

// EdgeExtras(), known at compile time so that ExtrasOf compares a key with each name inline (a size test
// and a load or two) rather than through memcmp's call.
constexpr std::array<std::string_view, 5> kEdgeExtras = {"role", "former", "count", "channel", "date"};

template <typename Set>  // of std::string or SharedString
std::vector<std::string_view> ToList(const Set& values) {
  return std::vector<std::string_view>(values.begin(), values.end());
}

std::string EvidenceJson(const EdgeRecord& edge, const ExportOptions& options) {
  std::string out;
  AppendEvidenceJson(out, edge, options, std::nullopt);
  return out;
}

// The items between `open` and `close`, `separator` between two (what fmt::join wrote, without parsing a
// format at run time for each list).
std::string Joined(const std::vector<std::string_view>& items, std::string_view open,
                   std::string_view separator, std::string_view close) {
  std::string out(open);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.append(separator);
    out.append(items[i]);
  }
  return out.append(close);
}

// The flat formats agree on the scalar type names and differ in how they type a list.
std::string_view TypeName(AttributeKind kind, std::string_view list) {
  switch (kind) {
    case AttributeKind::kLong:
      return "long";
    case AttributeKind::kDouble:
      return "double";
    case AttributeKind::kBool:
      return "boolean";
    case AttributeKind::kStringList:
      return list;
    case AttributeKind::kString:
    case AttributeKind::kJson:
      return "string";
  }
  return "string";
}

Value Extra(const EdgeRecord& edge, std::string_view key) {
  const auto it = edge.attributes.find(key);
  if (it == edge.attributes.end()) return std::nullopt;
  if (it->second.size() == 1) return std::string_view(*it->second.begin());
  return edge.Attribute(it->first);
}

}  // namespace

const std::vector<NodeAttribute>& AttributeTable::Nodes() {
  static const std::vector<NodeAttribute> kNodes = {
      {"label", AttributeKind::kString,
       [](const NodeRecord& n, const ExportOptions&) -> Value { return std::string_view(n.label); }},
      {"type", AttributeKind::kString,
       [](const NodeRecord& n, const ExportOptions&) -> Value { return Name(n.type); }},
      {"aliases", AttributeKind::kStringList,
       [](const NodeRecord& n, const ExportOptions&) -> Value { return ToList(n.aliases); }},
      {"mentions", AttributeKind::kLong,
       [](const NodeRecord& n, const ExportOptions&) -> Value {
         return static_cast<std::int64_t>(n.mentions);
       }},
      {"documents", AttributeKind::kStringList,
       [](const NodeRecord& n, const ExportOptions&) -> Value { return ToList(n.documents); }},
      {"first_date", AttributeKind::kString,
       [](const NodeRecord& n, const ExportOptions&) -> Value { return std::string_view(n.first_date); }},
      {"last_date", AttributeKind::kString,
       [](const NodeRecord& n, const ExportOptions&) -> Value { return std::string_view(n.last_date); }},
      {"anonymous", AttributeKind::kBool,
       [](const NodeRecord& n, const ExportOptions&) -> Value {
         if (!n.anonymous) return std::nullopt;
         return true;
       }},
  };
  return kNodes;
}

const std::vector<EdgeAttribute>& AttributeTable::Edges() {
  static const std::vector<EdgeAttribute> kEdges = {
      {"type", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) -> Value { return Name(e.type); }},
      {"weight", AttributeKind::kDouble,
       [](const EdgeRecord& e, const ExportOptions&) -> Value { return static_cast<double>(e.weight()); }},
      {"evidence", AttributeKind::kJson,
       [](const EdgeRecord& e, const ExportOptions& o) -> Value { return EvidenceJson(e, o); }},
      {"attributed_to", AttributeKind::kStringList,
       [](const EdgeRecord& e, const ExportOptions&) -> Value { return e.attributed_to(); }},
      {"first_date", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) -> Value {
         return AttributeTable::EvidenceDate(e, false);
       }},
      {"last_date", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) -> Value {
         return AttributeTable::EvidenceDate(e, true);
       }},
      {"role", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) { return Extra(e, "role"); }},
      {"former", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) { return Extra(e, "former"); }},
      {"count", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) { return Extra(e, "count"); }},
      {"channel", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) { return Extra(e, "channel"); }},
      {"date", AttributeKind::kString,
       [](const EdgeRecord& e, const ExportOptions&) { return Extra(e, "date"); }},
  };
  return kEdges;
}

const std::vector<std::string_view>& AttributeTable::EdgeExtras() {
  static const std::vector<std::string_view> kExtras(kEdgeExtras.begin(), kEdgeExtras.end());
  return kExtras;
}

std::string_view AttributeTable::EvidenceDateAmong(const EdgeRecord& edge, bool last) {
  // (Compared as SharedStrings: the sentences of one article share its date's buffer, equal at once.)
  const SharedString* out = nullptr;
  for (const Evidence& e : edge.evidence)
    if (!e.date.empty() && (!out || (last ? e.date > *out : e.date < *out))) out = &e.date;
  return out ? out->view() : std::string_view();
}

unsigned AttributeTable::ExtrasOf(const EdgeRecord& edge) {
  unsigned bits = 0;
  for (const auto& entry : edge.attributes) {
    const std::string_view key = entry.first;
    for (std::size_t k = 0; k < kEdgeExtras.size(); ++k)
      if (key == kEdgeExtras[k]) bits |= 1u << k;
  }
  return bits;
}

std::string_view AttributeTable::GraphmlType(AttributeKind kind) {
  return TypeName(kind, "string");
}

std::string_view AttributeTable::GexfType(AttributeKind kind) {
  return TypeName(kind, "liststring");
}

std::string_view AttributeTable::Neo4jType(AttributeKind kind) {
  return TypeName(kind, "string[]");
}

std::string AttributeTable::Text(const AttributeValue& value, ListStyle style) {
  if (const auto text = TextOf(value)) return std::string(*text);
  // (The format compiled: parsing "{}" at run time cost more than writing the number, for each edge's
  // weight.)
  if (const auto* i = std::get_if<std::int64_t>(&value)) return fmt::format(FMT_COMPILE("{}"), *i);
  if (const auto* d = std::get_if<double>(&value)) return fmt::format(FMT_COMPILE("{}"), *d);
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  return ListText(std::get<std::vector<std::string_view>>(value), style);
}

std::string AttributeTable::ListText(const std::vector<std::string_view>& list, ListStyle style) {
  switch (style) {
    case ListStyle::kGexf:
      return Joined(list, "[", ", ", "]");
    case ListStyle::kNeo4j:
      return Joined(list, "", ";", "");
    case ListStyle::kJson:
      break;
  }
  std::string json = "[";
  for (const std::string_view item : list) {
    if (json.size() > 1) json += ',';
    AppendJsonString(json, item);
  }
  return json + ']';
}

}  // namespace newsgraph
