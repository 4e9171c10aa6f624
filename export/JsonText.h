// JSON pieces shared by every writer that emits JSON (the node-link and Cytoscape.js files, and the evidence
// string of the flat formats): strings made valid UTF-8, and the evidence of an edge, which is most of the
// bytes of every export and is written by hand rather than value by value through RapidJSON.
#pragma once

#include <rapidjson/rapidjson.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "export/ExportOptions.h"
#include "export/Utf8.h"
#include "graph/EdgeRecord.h"

namespace newsgraph {

// A string as valid UTF-8 (invalid sequences become U+FFFD), through any RapidJSON writer; copied only when
// it is not valid already.
template <typename Writer>
void WriteJsonString(Writer& writer, std::string_view text) {
  if (IsValidUtf8(text)) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    return;
  }
  std::string valid = ValidUtf8(text);
  writer.String(valid.c_str(), static_cast<rapidjson::SizeType>(valid.size()));
}

// The length of the run at the start of [begin, end) that JSON leaves as it is (no control character, '"'
// or '\\'), checked eight bytes at a time.
inline std::size_t UnescapedRun(const char* begin, const char* end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const char* p = begin;
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    if (((word - kOnes * 0x20) & ~word & kHigh) | has_zero(word ^ (kOnes * '"')) |
        has_zero(word ^ (kOnes * '\\')))
      break;
  }
  while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\') ++p;
  return static_cast<std::size_t>(p - begin);
}

// Appends `text` as a JSON string exactly as RapidJSON's writers write it (WriteJsonString).
void AppendJsonString(std::string& out, std::string_view text);

// Appends the edge's evidence: [{"document", "sentence", "start", "end", "date", "text"?,
// "attributed_to"?}...]. Compact without `depth`; otherwise laid out as RapidJSON's PrettyWriter (two-space
// indent) lays out a value written with `depth` containers open.
void AppendEvidenceJson(std::string& out, const EdgeRecord& edge, const ExportOptions& options,
                        std::optional<std::size_t> depth);

}  // namespace newsgraph
