// JSON pieces shared by every writer that emits JSON (the node-link and Cytoscape.js files, and the evidence
// string of the flat formats), for any RapidJSON writer: the same code writes pretty JSON into a TextSink and
// compact JSON into a string.
#pragma once

#include <rapidjson/rapidjson.h>

#include <string>
#include <string_view>

#include "export/ExportOptions.h"
#include "export/Utf8.h"
#include "graph/EdgeRecord.h"

namespace newsgraph {

// A string as valid UTF-8 (invalid sequences become U+FFFD); copied only when it is not valid already.
template <typename Writer>
void WriteJsonString(Writer& writer, std::string_view text) {
  if (IsValidUtf8(text)) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    return;
  }
  std::string valid = ValidUtf8(text);
  writer.String(valid.c_str(), static_cast<rapidjson::SizeType>(valid.size()));
}

// The edge's evidence: [{"document", "sentence", "start", "end", "date", "text"?, "attributed_to"?}...].
template <typename Writer>
void WriteEvidenceJson(Writer& writer, const EdgeRecord& edge, const ExportOptions& options) {
  writer.StartArray();
  for (const Evidence& e : edge.evidence) {
    writer.StartObject();
    writer.Key("document");
    WriteJsonString(writer, e.document);
    writer.Key("sentence");
    writer.Uint(e.sentence);
    writer.Key("start");
    writer.Uint(e.start);
    writer.Key("end");
    writer.Uint(e.end);
    writer.Key("date");
    WriteJsonString(writer, e.date);
    if (options.sentence_text) {
      writer.Key("text");
      WriteJsonString(writer, e.text);
    }
    if (!e.attributed_to.empty()) {
      writer.Key("attributed_to");
      WriteJsonString(writer, e.attributed_to);
    }
    writer.EndObject();
  }
  writer.EndArray();
}

}  // namespace newsgraph
