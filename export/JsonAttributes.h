// The nodes and edges of the JSON exports, written straight into a TextSink by RapidJSON; shared by the
// node-link and Cytoscape.js writers.
#pragma once

#include <rapidjson/prettywriter.h>

#include <utility>

#include "export/AttributeTable.h"
#include "export/RapidJsonSink.h"
#include "export/TextSink.h"

namespace newsgraph {

// RapidJSON's pretty writer into a TextSink, which can also take a value laid out by hand (the evidence).
class PrettyJson : public rapidjson::PrettyWriter<TextSink> {
 public:
  using PrettyWriter::PrettyWriter;
  // The number of objects and arrays open around the next value.
  std::size_t depth() const { return level_stack_.GetSize() / sizeof(Level); }
  // Writes the next value from the JSON text `append(std::string&)` adds, laid out for depth().
  template <typename Append>
  void Raw(rapidjson::Type type, Append&& append) {
    PrettyPrefix(type);  // what RawValue does, without the copy of the text
    os_->Append(std::forward<Append>(append));
  }
};

// "id" then every attribute the node has, in table order, inside an object the caller opened.
void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options);
// "id", "key" (the relation type, when `with_key`), "source", "target" then every attribute the edge has.
void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key);

}  // namespace newsgraph
