#include "export/DotWriter.h"

#include <fmt/format.h>

#include <cmath>

#include "export/Utf8.h"

namespace newsgraph {
namespace {

// Pictures need short labels (a 10,000-character name makes a bitmap Graphviz cannot allocate); the full name
// stays in the tooltip.
constexpr std::size_t kMaxLabel = 80;

std::string Shortened(std::string_view text) {
  std::size_t pos = 0;
  for (std::size_t count = 0; pos < text.size() && count < kMaxLabel; ++count) DecodeUtf8(text, pos);
  if (pos >= text.size()) return std::string(text);
  return std::string(text.substr(0, pos)) + "\u2026";
}

// Black text on light fills, white on dark ones (relative luminance of "#rrggbb").
std::string_view TextColor(const std::string& fill) {
  if (fill.size() != 7) return "black";
  auto channel = [&](std::size_t at) { return std::stoi(fill.substr(at, 2), nullptr, 16) / 255.0; };
  double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance < 0.45 ? "white" : "black";
}

template <typename Map, typename Key>
std::string ColorOf(const Map& colors, Key key) {
  auto it = colors.find(key);
  return it == colors.end() ? "#000000" : it->second;
}

}  // namespace

std::string DotEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = DecodeUtf8(text, pos);
    if (c == '\\' || c == '"') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c >= 0x20 && c != 0x7F) {
      AppendUtf8(out, c);
    }
  }
  return out;
}

void WriteDot(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink) {
  sink.Write(
      "digraph newsgraph {\n"
      "  graph [overlap=false, splines=true, outputorder=edgesfirst];\n"
      "  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontsize=10];\n"
      "  edge [fontname=\"Helvetica\", fontsize=8];\n");
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    std::string fill = ColorOf(options.node_colors, node.type);
    sink.Write(
        fmt::format("  \"{}\" [label=\"{}\", fillcolor=\"{}\", fontcolor=\"{}\", tooltip=\"{}: {}\"];\n",
                    DotEscape(node.id), DotEscape(Shortened(node.label)), fill, TextColor(fill),
                    Name(node.type), DotEscape(node.label)));
  }
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    const EdgeRecord& edge = graph.edge(e);
    sink.Write(
        fmt::format("  \"{}\" -> \"{}\" [label=\"{}\", color=\"{}\", fontcolor=\"{}\", penwidth={:.2f}{}];\n",
                    DotEscape(edge.source), DotEscape(edge.target), Name(edge.type),
                    ColorOf(options.edge_colors, edge.type), ColorOf(options.edge_colors, edge.type),
                    1.0 + std::log2(static_cast<double>(std::max<std::size_t>(edge.weight(), 1))),
                    IsSymmetric(edge.type) ? ", dir=none" : ""));
  }
  sink.Write("}\n");
}

}  // namespace newsgraph
