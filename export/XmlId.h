// GraphML node and edge ids must be NMTOKENs (no spaces, '/', '#'...). Ids are kept as they are when they use
// only [A-Za-z0-9_:-]; any other byte (and '.', the escape character) is written ".HH" (hex), reversibly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "export/TextSink.h"

namespace newsgraph {

// Writes `id` encoded.
void WriteXmlId(TextSink& sink, std::string_view id);
// Appends `id` encoded.
void AppendXmlId(std::string& out, std::string_view id);
// nullopt when `encoded` has a malformed escape.
std::optional<std::string> DecodeXmlId(std::string_view encoded);

}  // namespace newsgraph
