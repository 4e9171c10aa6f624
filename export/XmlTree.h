// A small XML 1.0 reader for the files our own writers produce (GraphML read back by ReadGraph): elements,
// attributes, text with the predefined and numeric character references, comments, CDATA and the XML
// declaration. No DTDs, no external entities, no namespace processing (names keep their prefix).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace newsgraph {

struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::vector<XmlElement> children;
  std::string text;  // all character data directly inside the element, concatenated

  // The attribute's value, or "" when absent.
  std::string Attribute(const std::string& key) const;
};

// The root element; errors carry the byte offset of the problem.
Result<XmlElement> ParseXml(std::string_view text, const std::string& file);

}  // namespace newsgraph
