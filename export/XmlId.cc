#include "export/XmlId.h"

#include <array>

namespace newsgraph {
namespace {

// The bytes kept as they are, as a table: ids are encoded once per node and three times per edge.
constexpr std::array<bool, 256> kKept = [] {
  std::array<bool, 256> kept{};
  for (int c = 0; c < 256; ++c)
    kept[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == ':' || c == '-';
  return kept;
}();

bool Kept(char c) {
  return kKept[static_cast<unsigned char>(c)];
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void AppendXmlId(std::string& out, std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t run = 0;  // start of the bytes kept as they are
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (Kept(id[i])) continue;
    out.append(id.substr(run, i - run));
    auto byte = static_cast<unsigned char>(id[i]);
    const char escape[] = {'.', kHex[byte >> 4], kHex[byte & 0xF]};
    out.append(escape, 3);
    run = i + 1;
  }
  out.append(id.substr(run));
}

void WriteXmlId(TextSink& sink, std::string_view id) {
  sink.Append([&](std::string& out) { AppendXmlId(out, id); });
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
