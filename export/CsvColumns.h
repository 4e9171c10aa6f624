// The row layout shared by the Gephi CSV and the Neo4j import writers: a few columns of their own, then one
// column per attribute of the table, except the attributes the own columns already hold.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "export/ExportOptions.h"
#include "export/TextSink.h"

namespace newsgraph {

// label, type and weight have their own column at the start of the row.
inline bool HasOwnColumn(std::string_view name) {
  return name == "label" || name == "type" || name == "weight";
}

// Cells already made (CsvCell or plain), separated by commas.
inline void WriteCells(TextSink& sink, std::initializer_list<std::string_view> cells) {
  bool first = true;
  for (std::string_view cell : cells) {
    if (!first) sink.Put(',');
    sink.Write(cell);
    first = false;
  }
}

// The own columns, then `heading(attribute)` for the others, and the end of the line.
template <typename Attribute, typename Heading>
void WriteCsvHeader(TextSink& sink, std::string_view own_columns, const std::vector<Attribute>& attributes,
                    Heading heading) {
  sink.Write(own_columns);
  for (const Attribute& attribute : attributes) {
    if (HasOwnColumn(attribute.name)) continue;
    sink.Put(',');
    sink.Write(heading(attribute));
  }
  sink.Put('\n');
}

// After the row's own cells: `cell(attribute, value)` for the other attributes, and the end of the line.
template <typename Attribute, typename Record, typename Cell>
void WriteCsvRest(TextSink& sink, const std::vector<Attribute>& attributes, const Record& record,
                  const ExportOptions& options, Cell cell) {
  for (const Attribute& attribute : attributes) {
    if (HasOwnColumn(attribute.name)) continue;
    sink.Put(',');
    sink.Write(cell(attribute.get(record, options), attribute.kind));
  }
  sink.Put('\n');
}

}  // namespace newsgraph
