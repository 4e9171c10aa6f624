#include "export/Format.h"

#include <array>
#include <utility>

namespace newsgraph {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 7> kNames = {{{Format::kJson, "json"},
                                                                        {Format::kGraphml, "graphml"},
                                                                        {Format::kGexf, "gexf"},
                                                                        {Format::kCyjs, "cyjs"},
                                                                        {Format::kCsv, "csv"},
                                                                        {Format::kNeo4j, "neo4j"},
                                                                        {Format::kDot, "dot"}}};

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  for (const auto& [format, format_name] : kNames)
    if (format_name == name) return format;
  return std::nullopt;
}

std::optional<Format> FormatFromPath(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  if (extension.empty()) return std::nullopt;
  std::optional<Format> format = ParseFormat(std::string_view(extension).substr(1));
  // Folder formats have no extension of their own: "x.csv" is not a folder of CSV files.
  if (format == Format::kCsv || format == Format::kNeo4j) return std::nullopt;
  return format;
}

std::string_view Name(Format format) {
  for (const auto& [f, name] : kNames)
    if (f == format) return name;
  return "";
}

}  // namespace newsgraph
