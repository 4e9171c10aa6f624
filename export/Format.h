// Export formats, chosen by name (`--format graphml`) or by the output file's extension.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace newsgraph {

// kCsv and kNeo4j write a folder (nodes.csv + edges.csv / relationships.csv); the others write one file.
enum class Format { kJson, kGraphml, kGexf, kCyjs, kCsv, kNeo4j, kDot };

// "json", "graphml", "gexf", "cyjs", "csv", "neo4j", "dot".
std::optional<Format> ParseFormat(std::string_view name);
// By extension: .json .graphml .gexf .cyjs .dot (folders have no extension: pass --format csv|neo4j).
std::optional<Format> FormatFromPath(const std::filesystem::path& path);
std::string_view Name(Format format);

}  // namespace newsgraph
