// JSON pieces shared by every writer that emits JSON (the node-link and Cytoscape.js files, and the evidence
// string of the flat formats): strings made valid UTF-8, and the evidence of an edge, which is most of the
// bytes of every export and is written by hand rather than value by value through RapidJSON.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "export/ExportOptions.h"
#include "graph/EdgeRecord.h"

namespace newsgraph {

class PlainTexts;
class RoomWriter;

// Appends `text` as a JSON string, quoted and escaped as RapidJSON's writers escape, made valid UTF-8 on the
// way (invalid sequences become U+FFFD). The JSON writers' strings all go through it
// (export/RapidJsonSink.h).
void AppendJsonString(std::string& out, std::string_view text);
// The same without the quotes: what goes between them (for text laid out by hand around it).
void AppendJsonStringContent(std::string& out, std::string_view text);
// True when `text` is its own JSON string content: nothing in it to escape or to make valid.
bool IsPlainJsonText(std::string_view text);
// IsPlainJsonText of a text known to be valid UTF-8: only its ASCII bytes are looked at (a quarter of the
// work on French text, whose accented letters each stopped the check's run).
bool IsPlainValidUtf8JsonText(std::string_view text);
// The most bytes a byte of text takes once escaped: six, a control character's \u00XX.
inline constexpr std::size_t kMaxEscapedSize = 6;
// Writes at `out` what AppendJsonStringContent appends, in room for kMaxEscapedSize bytes a byte of `text`;
// returns the end of what it wrote.
char* WriteJsonStringContent(char* out, std::string_view text);

// Appends `value` as RapidJSON's writers write a double: the shortest digits that read back as it, ".0"
// after a whole number; nothing for NaN and the infinities, which they refuse.
void AppendJsonDouble(std::string& out, double value);
// The same at `out`, in room for kMaxDoubleSize bytes; returns the end of what it wrote.
inline constexpr std::size_t kMaxDoubleSize = 32;
char* WriteJsonDouble(char* out, double value);

// Appends the edge's evidence: [{"document", "sentence", "start", "end", "date", "text"?,
// "attributed_to"?}...]. Compact without `depth`; otherwise laid out as RapidJSON's PrettyWriter (two-space
// indent) lays out a value written with `depth` containers open.
void AppendEvidenceJson(std::string& out, const EdgeRecord& edge, const ExportOptions& options,
                        std::optional<std::size_t> depth);
// The same through a RoomWriter (export/RoomWriter.h), which it makes room in; the sentences found plain
// through `plain_texts` when there is one (export/PlainTexts.h).
void WriteEvidenceJson(RoomWriter& writer, const EdgeRecord& edge, const ExportOptions& options,
                       std::optional<std::size_t> depth, PlainTexts* plain_texts = nullptr);
// The compact evidence of AppendEvidenceJson escaped as XML text as WriteXmlEscaped escapes it
// (export/XmlEscape.h), appended: the GraphML and GEXF value of the evidence, whose JSON pieces are escaped
// once rather than for each edge; the sentences found plain through `plain_texts` when there is one.
void AppendEvidenceXml(std::string& out, const EdgeRecord& edge, const ExportOptions& options,
                       PlainTexts* plain_texts = nullptr);

}  // namespace newsgraph
