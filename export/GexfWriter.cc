#include "export/GexfWriter.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/AttributeTable.h"
#include "export/DateInterval.h"
#include "export/InOrder.h"
#include "export/PlainTexts.h"
#include "export/SectionSizes.h"
#include "export/XmlEscape.h"
#include "export/XmlValue.h"

namespace newsgraph {
namespace {

using Interval = std::pair<std::string, std::string>;

// Written as XML attributes of <node>/<edge> rather than attvalues.
bool IsXmlAttribute(std::string_view name, bool for_node) {
  return for_node ? name == "label" : name == "weight";
}

template <typename Attribute>
void WriteDeclarations(TextSink& out, const std::vector<Attribute>& attributes, bool for_node) {
  out.Write(fmt::format("    <attributes class=\"{}\" mode=\"static\">\n", for_node ? "node" : "edge"));
  for (const Attribute& attribute : attributes) {
    if (IsXmlAttribute(attribute.name, for_node)) continue;
    out.Write(fmt::format(R"(      <attribute id="{0}" title="{0}" type="{1}")", attribute.name,
                          AttributeTable::GexfType(attribute.kind)));
    if (attribute.kind == AttributeKind::kBool)
      out.Write("><default>false</default></attribute>\n");
    else
      out.Write("/>\n");
  }
  out.Write("    </attributes>\n");
}

// `<attvalue for="..." value="` of every attribute of the table (AttributeTable::Nodes() or Edges(), which
// live as long as the program), made once rather than written piece by piece for each value.
template <typename Attribute>
const std::vector<std::string>& ValueLeads(const std::vector<Attribute>& attributes) {
  static const std::vector<std::string> leads = [&] {
    std::vector<std::string> made;
    for (const Attribute& attribute : attributes)
      made.push_back(std::string("          <attvalue for=\"").append(attribute.name).append("\" value=\""));
    return made;
  }();
  return leads;
}

// `plain_texts`: the memo of the evidence sentences found plain (export/PlainTexts.h), if any.
template <typename Attribute, typename Record>
void WriteValues(TextSink& out, const std::vector<Attribute>& attributes, const Record& record,
                 const ExportOptions& options, bool for_node, PlainTexts* plain_texts = nullptr) {
  const std::vector<std::string>& leads = ValueLeads(attributes);
  out.Write("        <attvalues>\n");
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    const Attribute& attribute = attributes[i];
    if (IsXmlAttribute(attribute.name, for_node)) continue;
    WriteXmlValue(out, attribute, record, options, leads[i], "\"/>\n", ListStyle::kGexf, plain_texts);
  }
  out.Write("        </attvalues>\n");
}

// Sorted, with overlapping or touching intervals merged (Gephi rejects overlapping spells).
std::vector<Interval> Merge(const std::set<Interval>& intervals) {
  std::vector<Interval> out;
  for (const Interval& interval : intervals) {
    if (!out.empty() && interval.first <= out.back().second) {
      out.back().second = std::max(out.back().second, interval.second);
    } else {
      out.push_back(interval);
    }
  }
  return out;
}

// `intervals` sorted and merged (Merge).
void WriteSpells(TextSink& out, std::span<const Interval> intervals) {
  if (intervals.empty()) return;
  out.Write("        <spells>\n");
  // (Appended piece by piece: fmt writing to a string's back_inserter resized it for each piece.)
  for (const Interval& interval : intervals)
    out.Append([&](std::string& s) {
      s.append("          <spell start=\"").append(interval.first).append("\" end=\"");
      s.append(interval.second).append("\"/>\n");
    });
  out.Write("        </spells>\n");
}

// "<viz:color .../>" for each type with a colour ("#rrggbb"), made once rather than per node or edge.
template <typename Type>
std::map<Type, std::string> ColorElements(const std::map<Type, std::string>& colors) {
  std::map<Type, std::string> out;
  for (const auto& [type, hex] : colors) {
    if (hex.size() != 7) continue;
    int channels[3];
    for (std::size_t c = 0; c < 3; ++c) channels[c] = std::stoi(hex.substr(1 + 2 * c, 2), nullptr, 16);
    out[type] = fmt::format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n", channels[0], channels[1],
                            channels[2]);
  }
  return out;
}

template <typename Type>
void WriteColor(TextSink& out, const std::map<Type, std::string>& elements, Type type) {
  if (auto it = elements.find(type); it != elements.end()) out.Write(it->second);
}

// The interval of each distinct date of a graph (DateInterval), by the date (whose text the graph holds): a
// graph has few dates (its articles'), and each node and edge asks for its own.
using DateIntervals = std::unordered_map<std::string_view, std::optional<Interval>>;

const std::optional<Interval>& IntervalOf(DateIntervals& known, std::string_view date) {
  auto it = known.find(date);
  if (it == known.end()) it = known.emplace(date, DateInterval(date)).first;
  return it->second;
}

// The spells of an edge: the intervals of its evidence dates, sorted and merged. An edge's evidence mostly
// shares one or two dates: each distinct date is looked up once.
std::vector<Interval> EdgeIntervals(const EdgeRecord& edge, DateIntervals& known) {
  std::vector<std::string_view> dates;
  for (const Evidence& e : edge.evidence)
    if (std::find(dates.begin(), dates.end(), e.date.view()) == dates.end()) dates.push_back(e.date.view());
  std::set<Interval> intervals;
  for (std::string_view date : dates)
    if (const auto& interval = IntervalOf(known, date)) intervals.insert(*interval);
  return Merge(intervals);
}

// The spells of each edge (EdgeIntervals), by index in graph.Edges(): made once for the nodes' spans and the
// edges' spells.
std::vector<std::vector<Interval>> EdgeSpells(const KnowledgeGraph& graph, DateIntervals& known) {
  std::vector<std::vector<Interval>> spells;
  spells.reserve(graph.EdgeCount());
  for (const KnowledgeGraph::Edge e : graph.Edges()) spells.push_back(EdgeIntervals(graph.edge(e), known));
  return spells;
}

// Each node's span: from its first to last date, widened to cover its edges' spells (dates of mixed
// precision, "2024-03" next to "2024-03-15", must not leave an edge on the timeline while one of its ends is
// not). One pass over the edges for all nodes.
std::vector<std::optional<Interval>> NodeSpans(const KnowledgeGraph& graph,
                                               const std::vector<std::vector<Interval>>& edge_spells,
                                               DateIntervals& known) {
  std::vector<std::optional<Interval>> spans(graph.NodeCount());
  auto widen = [](std::optional<Interval>& span, const Interval& interval) {
    if (!span) span = interval;
    span->first = std::min(span->first, interval.first);
    span->second = std::max(span->second, interval.second);
  };
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const auto& first = IntervalOf(known, graph.node(v).first_date);
    const auto& last = IntervalOf(known, graph.node(v).last_date);
    if (first && last) widen(spans[v], {first->first, last->second});
  }
  for (std::size_t i = 0; i < graph.EdgeCount(); ++i) {
    const KnowledgeGraph::Edge e = graph.Edges()[i];
    for (const Interval& interval : edge_spells[i]) {
      widen(spans[graph.Source(e)], interval);
      widen(spans[graph.Target(e)], interval);
    }
  }
  return spans;
}

// Each node's id escaped (WriteXmlEscaped), once for the node and the edges that end at it: an edge writes
// its ends' ids twice, in its own id and as its source and target.
std::vector<std::string> EscapedIds(const KnowledgeGraph& graph) {
  std::vector<std::string> escaped(graph.NodeCount());
  for (const KnowledgeGraph::Vertex v : graph.Nodes()) AppendXmlEscaped(escaped[v], graph.node(v).id);
  return escaped;
}

void WriteNode(TextSink& out, const NodeRecord& node, std::string_view escaped_id,
               const std::optional<Interval>& span, const std::map<EntityType, std::string>& colors,
               const ExportOptions& options) {
  out.Write("      <node id=\"");
  out.Write(escaped_id);
  out.Write("\" label=\"");
  WriteXmlEscaped(out, node.label);
  out.Write("\">\n");
  WriteValues(out, AttributeTable::Nodes(), node, options, true);
  if (span) WriteSpells(out, std::span(&*span, 1));  // (a node's one span, not copied into a list)
  WriteColor(out, colors, node.type);
  // Area grows with mentions, but slowly: a node mentioned 100 times is not 100 times bigger.
  out.Append([&](std::string& s) {
    fmt::format_to(std::back_inserter(s), FMT_COMPILE("        <viz:size value=\"{:.2f}\"/>\n"),
                   10.0 + 5.0 * std::log2(1.0 + static_cast<double>(node.mentions)));
  });
  out.Write("      </node>\n");
}

// The edge's id is "<type>:<source>:<target>" (EdgeRecord::MakeId), escaped character by character and ':'
// kept as it is: it is written from its parts, the ends' ids escaped once (`source_id`, `target_id`).
void WriteEdge(TextSink& out, const EdgeRecord& edge, std::string_view source_id, std::string_view target_id,
               std::span<const Interval> spells, const std::map<RelationType, std::string>& colors,
               const ExportOptions& options, PlainTexts* plain_texts) {
  const std::string_view type = Name(edge.type);
  out.Write("      <edge id=\"");
  WriteXmlEscaped(out, type);
  out.Put(':');
  out.Write(source_id);
  out.Put(':');
  out.Write(target_id);
  out.Write("\" source=\"");
  out.Write(source_id);
  out.Write("\" target=\"");
  out.Write(target_id);
  // The weight formatted into a buffer and the rest appended: fmt writing to the string's back_inserter
  // resized it for each piece.
  char weight[32];  // "{}" writes a double in 24 characters at most
  const char* const weight_end =
      fmt::format_to(weight, FMT_COMPILE("{}"), static_cast<double>(edge.weight()));
  out.Append([&](std::string& s) {
    s.append("\" label=\"").append(type).append("\" kind=\"").append(type).append("\" weight=\"");
    s.append(weight, static_cast<std::size_t>(weight_end - weight)).append("\">\n");
  });
  WriteValues(out, AttributeTable::Edges(), edge, options, false, plain_texts);
  WriteSpells(out, spells);
  WriteColor(out, colors, edge.type);
  out.Write("      </edge>\n");
}

}  // namespace

void WriteGexf(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& out) {
  out.Write(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>newsgraph " NEWSGRAPH_VERSION
      "</creator>\n"
      "  </meta>\n"
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n");
  WriteDeclarations(out, AttributeTable::Nodes(), true);
  WriteDeclarations(out, AttributeTable::Edges(), false);
  out.Write(fmt::format("    <nodes count=\"{}\">\n", graph.NodeCount()));
  const std::vector<std::string> ids = EscapedIds(graph);
  DateIntervals known_intervals;
  const std::vector<std::vector<Interval>> edge_spells = EdgeSpells(graph, known_intervals);
  const std::vector<std::optional<Interval>> spans = NodeSpans(graph, edge_spells, known_intervals);
  const auto node_colors = ColorElements(options.node_colors);
  const auto edge_colors = ColorElements(options.edge_colors);
  WriteInOrder(out, graph.NodeCount(), options.threads, NodeBytes(graph),
               [&](TextSink& part, std::size_t begin, std::size_t end) {
                 for (std::size_t v = begin; v < end; ++v)
                   WriteNode(part, graph.node(static_cast<KnowledgeGraph::Vertex>(v)), ids[v], spans[v],
                             node_colors, options);
               });
  out.Write("    </nodes>\n");
  out.Write(fmt::format("    <edges count=\"{}\">\n", graph.EdgeCount()));
  WriteInOrder(out, graph.EdgeCount(), options.threads, EdgeBytes(graph),
               [&](TextSink& part, std::size_t begin, std::size_t end) {
                 // A memo pays over the whole section only, as in the JSON writers (WriteJsonArrayInOrder).
                 PlainTexts plain_texts(graph.EdgeCount());
                 PlainTexts* const memo = begin == 0 && end == graph.EdgeCount() ? &plain_texts : nullptr;
                 for (std::size_t e = begin; e < end; ++e) {
                   const KnowledgeGraph::Edge edge = graph.Edges()[e];
                   WriteEdge(part, graph.edge(edge), ids[edge.source], ids[edge.target], edge_spells[e],
                             edge_colors, options, memo);
                 }
               });
  out.Write("    </edges>\n  </graph>\n</gexf>\n");
}

}  // namespace newsgraph
