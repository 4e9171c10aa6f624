#include "export/JsonAttributes.h"

#include <cassert>

#include "export/JsonText.h"

namespace newsgraph {

template <typename Append>
void PrettyJson::InObject(Append&& append) {
  // A name on a new line (after a comma but for the first), indented one step per open container; a value
  // after ": ".
  Level& level = *level_stack_.template Top<Level>();
  const bool name = level.valueCount % 2 == 0;
  os_->Append([&](std::string& out) {
    if (name) {
      out.append(level.valueCount > 0 ? ",\n" : "\n");
      out.append(depth() * indentCharCount_, indentChar_);
    } else {
      out.append(": ");
    }
    append(out);
  });
  ++level.valueCount;
}

bool PrettyJson::String(std::string_view text) {
  if (level_stack_.Empty() || level_stack_.template Top<Level>()->inArray)
    return PrettyWriter::String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  InObject([&](std::string& out) { AppendJsonString(out, text); });
  return true;
}

void PrettyJson::QuotedKey(std::string_view quoted) {
  assert(!level_stack_.Empty() && !level_stack_.template Top<Level>()->inArray &&
         level_stack_.template Top<Level>()->valueCount % 2 == 0);
  InObject([&](std::string& out) { out.append(quoted); });
}

namespace {

void WriteValue(PrettyJson& writer, const AttributeValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) {
    WriteJsonString(writer, *s);
  } else if (const auto* i = std::get_if<std::int64_t>(&value)) {
    writer.Int64(*i);
  } else if (const auto* d = std::get_if<double>(&value)) {
    writer.Double(*d);
  } else if (const auto* b = std::get_if<bool>(&value)) {
    writer.Bool(*b);
  } else {
    writer.StartArray();
    for (const std::string& item : std::get<std::vector<std::string>>(value)) WriteJsonString(writer, item);
    writer.EndArray();
  }
}

// The names of a table's attributes as JSON text, made once.
template <typename Attribute>
const std::vector<std::string>& QuotedNames(const std::vector<Attribute>& attributes) {
  static const std::vector<std::string> quoted = [&] {
    std::vector<std::string> names;
    for (const Attribute& attribute : attributes) AppendJsonString(names.emplace_back(), attribute.name);
    return names;
  }();
  return quoted;
}

template <typename Attribute, typename Record>
void WriteAll(PrettyJson& writer, const std::vector<Attribute>& attributes, const Record& record,
              const ExportOptions& options) {
  const std::vector<std::string>& names = QuotedNames(attributes);
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    const Attribute& attribute = attributes[i];
    if constexpr (std::is_same_v<Record, EdgeRecord>) {
      // The evidence is structured here: written as JSON rather than as the flat formats' JSON text.
      if (attribute.kind == AttributeKind::kJson) {
        writer.QuotedKey(names[i]);
        writer.Raw(rapidjson::kArrayType,
                   [&](std::string& out) { AppendEvidenceJson(out, record, options, writer.depth()); });
        continue;
      }
    }
    std::optional<AttributeValue> value = attribute.get(record, options);
    if (!value) continue;
    writer.QuotedKey(names[i]);
    WriteValue(writer, *value);
  }
}

}  // namespace

void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options) {
  writer.QuotedKey(R"("id")");
  WriteJsonString(writer, node.id);
  WriteAll(writer, AttributeTable::Nodes(), node, options);
}

void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key) {
  writer.QuotedKey(R"("id")");
  WriteJsonString(writer, edge.id());
  if (with_key) {
    writer.QuotedKey(R"("key")");
    WriteJsonString(writer, Name(edge.type));
  }
  writer.QuotedKey(R"("source")");
  WriteJsonString(writer, edge.source);
  writer.QuotedKey(R"("target")");
  WriteJsonString(writer, edge.target);
  WriteAll(writer, AttributeTable::Edges(), edge, options);
}

}  // namespace newsgraph
