#include "export/XmlId.h"

#include <fmt/format.h>

namespace newsgraph {
namespace {

bool Kept(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' ||
         c == '-';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string EncodeXmlId(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char c : id) {
    if (Kept(c))
      out += c;
    else
      out += fmt::format(".{:02X}", static_cast<unsigned char>(c));
  }
  return out;
}

std::optional<std::string> DecodeXmlId(std::string_view encoded) {
  std::string out;
  out.reserve(encoded.size());
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] != '.') {
      out += encoded[i];
      continue;
    }
    if (i + 2 >= encoded.size()) return std::nullopt;
    int high = HexValue(encoded[i + 1]);
    int low = HexValue(encoded[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

}  // namespace newsgraph
