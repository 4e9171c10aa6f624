// An attribute's value in the XML formats (GraphML's <data>, GEXF's <attvalue>), escaped as XML text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "export/AttributeTable.h"
#include "export/ExportOptions.h"
#include "export/JsonText.h"
#include "export/PlainTexts.h"
#include "export/TextSink.h"
#include "export/XmlEscape.h"

namespace newsgraph {

// Appends `open`, the value of `attribute` for `record` escaped as XML text, then `close`, all at once;
// nothing when the record has no value. Lists are written in `style`; the evidence is escaped as it is laid
// out (AppendEvidenceXml), its sentences found plain through `plain_texts` when there is one.
template <typename Attribute, typename Record>
void WriteXmlValue(TextSink& sink, const Attribute& attribute, const Record& record,
                   const ExportOptions& options, std::string_view open, std::string_view close,
                   ListStyle style, PlainTexts* plain_texts) {
  if constexpr (std::is_same_v<Record, EdgeRecord>) {
    if (attribute.kind == AttributeKind::kJson) {
      sink.Append([&](std::string& out) {
        out.append(open);
        AppendEvidenceXml(out, record, options, plain_texts);
        out.append(close);
      });
      return;
    }
  }
  const std::optional<AttributeValue> value = attribute.get(record, options);
  if (!value) return;
  sink.Append([&](std::string& out) {
    out.append(open);
    if (const auto text = TextOf(*value))
      AppendXmlEscaped(out, *text);
    else
      AppendXmlEscaped(out, AttributeTable::Text(*value, style));
    out.append(close);
  });
}

}  // namespace newsgraph
