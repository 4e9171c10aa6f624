#include "export/JsonAttributes.h"

#include "export/JsonText.h"

namespace newsgraph {

bool PrettyJson::String(std::string_view text) {
  if (level_stack_.Empty() || level_stack_.template Top<Level>()->inArray)
    return PrettyWriter::String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  // What PrettyPrefix writes in an object: a name on a new line (after a comma but for the first), indented
  // one step per open container; a value after ": ".
  Level& level = *level_stack_.template Top<Level>();
  const bool name = level.valueCount % 2 == 0;
  os_->Append([&](std::string& out) {
    if (name) {
      out.append(level.valueCount > 0 ? ",\n" : "\n");
      out.append(depth() * indentCharCount_, indentChar_);
    } else {
      out.append(": ");
    }
    AppendJsonString(out, text);
  });
  ++level.valueCount;
  return true;
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

template <typename Attribute, typename Record>
void WriteAll(PrettyJson& writer, const std::vector<Attribute>& attributes, const Record& record,
              const ExportOptions& options) {
  for (const Attribute& attribute : attributes) {
    if constexpr (std::is_same_v<Record, EdgeRecord>) {
      // The evidence is structured here: written as JSON rather than as the flat formats' JSON text.
      if (attribute.kind == AttributeKind::kJson) {
        WriteJsonString(writer, attribute.name);
        writer.Raw(rapidjson::kArrayType,
                   [&](std::string& out) { AppendEvidenceJson(out, record, options, writer.depth()); });
        continue;
      }
    }
    std::optional<AttributeValue> value = attribute.get(record, options);
    if (!value) continue;
    WriteJsonString(writer, attribute.name);
    WriteValue(writer, *value);
  }
}

}  // namespace

void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options) {
  writer.Key("id");
  WriteJsonString(writer, node.id);
  WriteAll(writer, AttributeTable::Nodes(), node, options);
}

void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key) {
  writer.Key("id");
  WriteJsonString(writer, edge.id());
  if (with_key) {
    writer.Key("key");
    WriteJsonString(writer, Name(edge.type));
  }
  writer.Key("source");
  WriteJsonString(writer, edge.source);
  writer.Key("target");
  WriteJsonString(writer, edge.target);
  WriteAll(writer, AttributeTable::Edges(), edge, options);
}

}  // namespace newsgraph
