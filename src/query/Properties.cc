#include "query/Properties.h"

#include <algorithm>
#include <set>
#include <string>

namespace newsgraph {
namespace {

template <typename Set>  // of std::string or SharedString
Value Strings(const Set& items) {
  std::vector<Value> out;
  out.reserve(items.size());
  for (const auto& s : items) out.push_back(Value::String(std::string(std::string_view(s))));
  return Value::List(std::move(out));
}

Value OptionalString(const std::string& s) {
  return s.empty() ? Value() : Value::String(s);
}

// Attributes are stored as strings; integers and booleans read back as such so that comparisons work.
Value Scalar(const std::string& s) {
  if (s == "true") return Value::Bool(true);
  if (s == "false") return Value::Bool(false);
  if (!s.empty() && s.size() < 18 &&
      std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Value::Int(std::stoll(s));
  return Value::String(s);
}

Value Attribute(const EdgeRecord& edge, const std::string& key) {
  auto it = edge.attributes.find(key);
  if (it == edge.attributes.end() || it->second.empty()) return Value();
  if (it->second.size() == 1) return Scalar(*it->second.begin());
  return Value::String(edge.Attribute(key));
}

bool Contains(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

const std::vector<std::string_view>& NodeProperties() {
  static const std::vector<std::string_view> kNames = {"id",        "label",    "name",      "type",
                                                       "aliases",   "mentions", "documents", "first_date",
                                                       "last_date", "anonymous"};
  return kNames;
}

const std::vector<std::string_view>& EdgeProperties() {
  static const std::vector<std::string_view> kNames = {
      "id",       "type", "source", "target", "weight", "date", "documents", "attributed_to",
      "evidence", "role", "former", "count",  "channel"};
  return kNames;
}

bool IsNodeProperty(std::string_view name) {
  return Contains(NodeProperties(), name);
}
bool IsEdgeProperty(std::string_view name) {
  return Contains(EdgeProperties(), name);
}

Value NodeProperty(const NodeRecord& node, std::string_view name) {
  if (name == "id") return Value::String(node.id);
  if (name == "label" || name == "name") return Value::String(node.label);
  if (name == "type") return Value::String(std::string(Name(node.type)));
  if (name == "aliases") return Strings(node.aliases);
  if (name == "mentions") return Value::Int(static_cast<std::int64_t>(node.mentions));
  if (name == "documents") return Strings(node.documents);
  if (name == "first_date") return OptionalString(node.first_date);
  if (name == "last_date") return OptionalString(node.last_date);
  if (name == "anonymous") return Value::Bool(node.anonymous);
  return Value();
}

Value EdgeProperty(const EdgeRecord& edge, std::string_view name) {
  if (name == "id") return Value::String(edge.id());
  if (name == "type") return Value::String(std::string(Name(edge.type)));
  if (name == "source") return Value::String(edge.source.str());
  if (name == "target") return Value::String(edge.target.str());
  if (name == "weight") return Value::Int(static_cast<std::int64_t>(edge.weight()));
  if (name == "date") {
    std::string_view earliest;
    for (const Evidence& e : edge.evidence)
      if (!e.date.empty() && (earliest.empty() || e.date < earliest)) earliest = e.date;
    return earliest.empty() ? Attribute(edge, "date") : Value::String(std::string(earliest));
  }
  if (name == "documents") {
    std::set<std::string> documents;
    for (const Evidence& e : edge.evidence) documents.emplace(e.document.view());
    return Strings(documents);
  }
  if (name == "attributed_to") return Strings(edge.attributed_to());
  if (name == "evidence") {
    std::vector<Value> sentences;
    for (const Evidence& e : edge.evidence) sentences.push_back(Value::String(e.text.str()));
    return Value::List(std::move(sentences));
  }
  return Attribute(edge, std::string(name));
}

}  // namespace newsgraph
