#include "graph/GraphReader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "export/AttributeTable.h"
#include "export/XmlId.h"
#include "export/XmlTree.h"

namespace newsgraph {
namespace {

using rapidjson::Value;

// Reads one node-link document (the JSON export, or GraphML converted to the same shape).
class NodeLinkReader {
 public:
  explicit NodeLinkReader(const std::string& file) : file_(file) {}

  Result<GraphFragment> Read(const Value& doc) {
    if (!doc.IsObject()) return Fail("expected a JSON object");
    const Value* nodes = Array(doc, "nodes");
    // networkx before 3.6 writes "links".
    const Value* edges = doc.HasMember("edges") ? Array(doc, "edges") : Array(doc, "links");
    if (nodes == nullptr || edges == nullptr) return Fail("expected arrays \"nodes\" and \"edges\"");
    GraphFragment fragment;
    for (const Value& node : nodes->GetArray()) {
      std::optional<NodeRecord> record = Node(node);
      if (!record) return *error_;
      if (fragment.nodes().contains(record->id))
        return Error{ErrorCode::kDuplicateId, "node \"" + record->id + "\" appears twice", Location{file_}};
      fragment.AddNode(std::move(*record));
    }
    for (const Value& edge : edges->GetArray()) {
      std::optional<EdgeRecord> record = Edge(edge);
      if (!record) return *error_;
      for (const SharedString* end : {&record->source, &record->target})
        if (!fragment.nodes().contains(end->str()))
          return Fail("edge to unknown node \"" + end->str() + "\"");
      fragment.AddEdge(std::move(*record));
    }
    return fragment;
  }

 private:
  Error Fail(const std::string& message) {
    error_ = Error{ErrorCode::kBadGraph, message, Location{file_}};
    return *error_;
  }

  static const Value* Array(const Value& object, const char* key) {
    auto it = object.FindMember(key);
    return it != object.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
  }

  // Optional members: false (and error_ set) only when present with the wrong type.
  bool String(const Value& object, const char* key, std::string& out, bool required = false) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) {
      if (required) Fail(std::string("missing \"") + key + "\"");
      return !required;
    }
    if (!it->value.IsString()) return Fail(std::string("\"") + key + "\" must be a string"), false;
    out.assign(it->value.GetString(), it->value.GetStringLength());
    return true;
  }

  // The same, for evidence fields: equal values share one buffer, as in a graph built from articles.
  bool String(const Value& object, const char* key, SharedString& out, bool required = false) {
    std::string value;
    if (!String(object, key, value, required)) return false;
    out = Share(std::move(value));
    return true;
  }

  // A list of strings; a list of SharedStrings (a node's documents) shares the evidence's buffers.
  template <typename Set>  // of std::string or SharedString
  bool Strings(const Value& object, const char* key, Set& out) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) return true;
    if (!it->value.IsArray()) return Fail(std::string("\"") + key + "\" must be an array"), false;
    for (const Value& item : it->value.GetArray()) {
      if (!item.IsString()) return Fail(std::string("\"") + key + "\" must hold strings"), false;
      std::string value(item.GetString(), item.GetStringLength());
      if constexpr (std::is_same_v<typename Set::value_type, SharedString>)
        out.insert(Share(std::move(value)));
      else
        out.insert(std::move(value));
    }
    return true;
  }

  SharedString Share(std::string_view value) {
    auto it = shared_.find(value);
    if (it == shared_.end()) {
      SharedString shared(value);
      it = shared_.emplace(shared.view(), shared).first;  // the key views the buffer the value keeps
    }
    return it->second;
  }

  bool Unsigned(const Value& object, const char* key, std::uint64_t& out) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) return true;
    if (!it->value.IsUint64())
      return Fail(std::string("\"") + key + "\" must be a non-negative integer"), false;
    out = it->value.GetUint64();
    return true;
  }

  std::optional<NodeRecord> Node(const Value& node) {
    if (!node.IsObject()) return Fail("a node must be an object"), std::nullopt;
    NodeRecord record;
    std::string type;
    if (!String(node, "id", record.id, true) || !String(node, "label", record.label) ||
        !String(node, "type", type, true) || !Strings(node, "aliases", record.aliases) ||
        !Unsigned(node, "mentions", record.mentions) || !Strings(node, "documents", record.documents) ||
        !String(node, "first_date", record.first_date) || !String(node, "last_date", record.last_date))
      return std::nullopt;
    std::optional<EntityType> parsed = ParseEntityType(type);
    if (!parsed) return Fail("node \"" + record.id + "\" has unknown type \"" + type + "\""), std::nullopt;
    record.type = *parsed;
    if (auto it = node.FindMember("anonymous"); it != node.MemberEnd()) {
      if (!it->value.IsBool()) return Fail("\"anonymous\" must be a boolean"), std::nullopt;
      record.anonymous = it->value.GetBool();
    }
    return record;
  }

  std::optional<Evidence> OneEvidence(const Value& item) {
    if (!item.IsObject()) return Fail("evidence must be objects"), std::nullopt;
    Evidence evidence;
    std::uint64_t sentence = 0, start = 0, end = 0;
    if (!String(item, "document", evidence.document, true) || !Unsigned(item, "sentence", sentence) ||
        !Unsigned(item, "start", start) || !Unsigned(item, "end", end) ||
        !String(item, "date", evidence.date) || !String(item, "text", evidence.text) ||
        !String(item, "attributed_to", evidence.attributed_to))
      return std::nullopt;
    evidence.sentence = static_cast<std::uint32_t>(sentence);
    evidence.start = static_cast<std::uint32_t>(start);
    evidence.end = static_cast<std::uint32_t>(end);
    return evidence;
  }

  std::optional<EdgeRecord> Edge(const Value& edge) {
    if (!edge.IsObject()) return Fail("an edge must be an object"), std::nullopt;
    EdgeRecord record;
    std::string type;
    if (!String(edge, "source", record.source, true) || !String(edge, "target", record.target, true) ||
        !String(edge, "type", type, true))
      return std::nullopt;
    std::optional<RelationType> parsed = ParseRelationType(type);
    if (!parsed) return Fail("edge has unknown type \"" + type + "\""), std::nullopt;
    record.type = *parsed;
    if (const Value* evidence = Array(edge, "evidence")) {
      for (const Value& item : evidence->GetArray()) {
        std::optional<Evidence> one = OneEvidence(item);
        if (!one) return std::nullopt;
        record.evidence.insert(std::move(*one));
      }
    }
    // Several values of one attribute were joined by "; " (EdgeRecord::Attribute).
    for (std::string_view key : AttributeTable::EdgeExtras()) {
      std::string joined;
      if (!String(edge, std::string(key).c_str(), joined)) return std::nullopt;
      if (!edge.HasMember(std::string(key).c_str())) continue;
      auto& values = record.attributes[std::string(key)];
      for (std::size_t from = 0;;) {
        std::size_t at = joined.find("; ", from);
        values.insert(joined.substr(from, at == std::string::npos ? std::string::npos : at - from));
        if (at == std::string::npos) break;
        from = at + 2;
      }
    }
    return record;
  }

  std::string file_;
  std::optional<Error> error_;
  std::unordered_map<std::string_view, SharedString> shared_;  // keys view the values' buffers
};

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kNotFound, "cannot open the graph", Location{path.string()}};
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kUnreadable, "cannot read the graph", Location{path.string()}};
  return buffer.str();
}

// The GraphML writer's attribute of that name and class, to type its <data> text.
std::optional<AttributeKind> KindOf(const std::string& name, bool for_node) {
  if (for_node) {
    for (const NodeAttribute& a : AttributeTable::Nodes())
      if (a.name == name) return a.kind;
  } else {
    for (const EdgeAttribute& a : AttributeTable::Edges())
      if (a.name == name) return a.kind;
  }
  return std::nullopt;
}

// GraphML -> the node-link shape, typed by the attribute table; <data> of unknown keys are ignored.
Result<rapidjson::Document> GraphmlToNodeLink(const XmlElement& root, const std::string& file) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& allocator = doc.GetAllocator();
  if (root.name != "graphml") return Error{ErrorCode::kBadGraph, "expected <graphml>", Location{file}};
  std::map<std::string, std::pair<std::string, bool>> keys;  // key id -> (attr.name, for node)
  const XmlElement* graph = nullptr;
  for (const XmlElement& child : root.children) {
    if (child.name == "key")
      keys[child.Attribute("id")] = {child.Attribute("attr.name"), child.Attribute("for") == "node"};
    if (child.name == "graph" && graph == nullptr) graph = &child;
  }
  if (graph == nullptr) return Error{ErrorCode::kBadGraph, "no <graph> in the GraphML file", Location{file}};
  Value nodes(rapidjson::kArrayType), edges(rapidjson::kArrayType);
  auto id = [&](const std::string& encoded) -> std::optional<Value> {
    std::optional<std::string> decoded = DecodeXmlId(encoded);
    if (!decoded) return std::nullopt;
    return Value(decoded->c_str(), static_cast<rapidjson::SizeType>(decoded->size()), allocator);
  };
  for (const XmlElement& element : graph->children) {
    bool is_node = element.name == "node";
    if (!is_node && element.name != "edge") continue;
    Value object(rapidjson::kObjectType);
    for (const char* endpoint :
         is_node ? std::vector<const char*>{"id"} : std::vector<const char*>{"source", "target"}) {
      std::optional<Value> value = id(element.Attribute(endpoint));
      if (!value) return Error{ErrorCode::kBadGraph, "malformed id in GraphML", Location{file}};
      object.AddMember(Value(endpoint, allocator), *value, allocator);
    }
    for (const XmlElement& data : element.children) {
      auto key = keys.find(data.Attribute("key"));
      if (data.name != "data" || key == keys.end() || key->second.second != is_node) continue;
      const std::string& name = key->second.first;
      std::optional<AttributeKind> kind = KindOf(name, is_node);
      if (!kind || object.HasMember(name.c_str())) continue;
      Value value;
      const std::string& text = data.text;
      switch (*kind) {
        case AttributeKind::kString:
          value.SetString(text.c_str(), static_cast<rapidjson::SizeType>(text.size()), allocator);
          break;
        case AttributeKind::kLong:
        case AttributeKind::kDouble: {
          rapidjson::Document number;
          number.Parse(text.c_str());
          if (number.HasParseError() || !number.IsNumber())
            return Error{ErrorCode::kBadGraph, "\"" + name + "\" is not a number", Location{file}};
          value.CopyFrom(number, allocator);
          break;
        }
        case AttributeKind::kBool:
          value.SetBool(text == "true" || text == "1");
          break;
        case AttributeKind::kStringList:
        case AttributeKind::kJson: {
          rapidjson::Document parsed;
          parsed.Parse(text.c_str(), text.size());
          if (parsed.HasParseError())
            return Error{ErrorCode::kBadGraph, "\"" + name + "\" is not JSON text", Location{file}};
          value.CopyFrom(parsed, allocator);
          break;
        }
      }
      object.AddMember(Value(name.c_str(), allocator), value, allocator);
    }
    (is_node ? nodes : edges).PushBack(object, allocator);
  }
  doc.AddMember("nodes", nodes, allocator);
  doc.AddMember("edges", edges, allocator);
  return doc;
}

}  // namespace

Result<GraphFragment> ReadGraph(const std::filesystem::path& path) {
  std::string file = path.string();
  std::string extension = path.extension().string();
  if (extension != ".json" && extension != ".graphml")
    return Error{ErrorCode::kUsage, "can only read .json (node-link) and .graphml graphs", Location{file}};
  Result<std::string> text = ReadFile(path);
  if (!text) return text.error();
  if (extension == ".graphml") {
    Result<XmlElement> root = ParseXml(*text, file);
    if (!root) return root.error();
    Result<rapidjson::Document> doc = GraphmlToNodeLink(*root, file);
    if (!doc) return doc.error();
    return NodeLinkReader(file).Read(*doc);
  }
  rapidjson::Document doc;
  doc.Parse(text->c_str(), text->size());
  if (doc.HasParseError())
    return Error{ErrorCode::kMalformedJson, rapidjson::GetParseError_En(doc.GetParseError()),
                 Location{file, 0, doc.GetErrorOffset(), true}};
  return NodeLinkReader(file).Read(doc);
}

}  // namespace newsgraph
