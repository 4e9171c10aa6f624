#include "export/JsonAttributes.h"

#include <rapidjson/document.h>

#include "export/Utf8.h"

namespace newsgraph {
namespace {

void WriteValue(PrettyJson& writer, const AttributeValue& value, AttributeKind kind) {
  if (const auto* s = std::get_if<std::string>(&value)) {
    if (kind == AttributeKind::kJson) {
      // Re-parsed rather than embedded raw so that the pretty-printer indents it like the rest.
      rapidjson::Document doc;
      doc.Parse(s->c_str(), s->size());
      doc.Accept(writer);
    } else {
      WriteJsonString(writer, *s);
    }
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
    std::optional<AttributeValue> value = attribute.get(record, options);
    if (!value) continue;
    WriteJsonString(writer, attribute.name);
    WriteValue(writer, *value, attribute.kind);
  }
}

}  // namespace

void WriteJsonString(PrettyJson& writer, std::string_view text) {
  std::string valid = ValidUtf8(text);
  writer.String(valid.c_str(), static_cast<rapidjson::SizeType>(valid.size()));
}

void WriteJsonAttributes(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options) {
  WriteAll(writer, AttributeTable::Nodes(), node, options);
}

void WriteJsonAttributes(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options) {
  WriteAll(writer, AttributeTable::Edges(), edge, options);
}

}  // namespace newsgraph
