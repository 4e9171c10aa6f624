// Text for XML 1.0 element content and attribute values (double-quoted).
#pragma once

#include <string>
#include <string_view>

#include "export/TextSink.h"

namespace newsgraph {

// Writes `text` escaped: & < > " ' as entities; tab, newline and carriage return as character references (so
// attribute values survive attribute-value normalisation); drops the characters XML 1.0 forbids (other C0
// controls, U+FFFE, U+FFFF) and replaces invalid UTF-8 with U+FFFD.
void WriteXmlEscaped(TextSink& sink, std::string_view text);
// Appends `text` escaped as WriteXmlEscaped writes it.
void AppendXmlEscaped(std::string& out, std::string_view text);

}  // namespace newsgraph
