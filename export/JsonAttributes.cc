#include "export/JsonAttributes.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "export/JsonText.h"

namespace newsgraph {

namespace {

// A comma, a newline and the spaces of an indent, from which the text before a member's name is appended at
// once (appending `count` copies of a character is a call that fills them one by one).
constexpr std::size_t kMaxSpaces = 64;
constexpr std::array<char, 2 + kMaxSpaces> kCommaNewlineSpaces = [] {
  std::array<char, 2 + kMaxSpaces> text{};
  text.fill(' ');
  text[0] = ',';
  text[1] = '\n';
  return text;
}();

}  // namespace

template <typename Append>
void PrettyJson::Prefixed(Append&& append) {
  // A name, or an array's value, on a new line (after a comma but for the first), indented one step per open
  // container; a member's value after ": ".
  Level& level = *level_stack_.template Top<Level>();
  const bool new_line = level.inArray || level.valueCount % 2 == 0;
  os_->Append([&](std::string& out) {
    if (new_line) {
      const bool comma = level.valueCount > 0;
      const std::size_t indent = depth() * indentCharCount_;
      if (indentChar_ == ' ' && indent <= kMaxSpaces) {
        out.append(kCommaNewlineSpaces.data() + (comma ? 0 : 1), (comma ? 2 : 1) + indent);
      } else {
        out.append(comma ? ",\n" : "\n");
        out.append(indent, indentChar_);
      }
    } else {
      out.append(": ");
    }
    append(out);
  });
  ++level.valueCount;
}

bool PrettyJson::String(std::string_view text) {
  if (level_stack_.Empty() || (formatOptions_ & rapidjson::kFormatSingleLineArray))
    return PrettyWriter::String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  Prefixed([&](std::string& out) { AppendJsonString(out, text); });
  return true;
}

bool PrettyJson::Double(double value) {
  if (level_stack_.Empty() || (formatOptions_ & rapidjson::kFormatSingleLineArray) || !std::isfinite(value))
    return PrettyWriter::Double(value);
  Prefixed([&](std::string& out) { AppendJsonDouble(out, value); });
  return true;
}

namespace {

// The text around the members of a node or an edge in an object at one depth, made once: before each
// member's value its lead (a comma, the new line and indent, the quoted name, ": " and a string's opening
// quote), and the pieces between the items of a list of strings, as PrettyWriter lays them out.
template <typename Attribute>
struct MemberLayout {
  // `fixed`: the string members written before the table's attributes ("id", ...).
  MemberLayout(const PrettyJson& writer, std::initializer_list<std::string_view> fixed,
               const std::vector<Attribute>& attributes)
      : depth(writer.depth()), indent_char(writer.indent_char()), indent_count(writer.indent_count()) {
    const auto line = [&](std::size_t level) {
      return std::string("\n").append(level * indent_count, indent_char);
    };
    const auto lead = [&](std::string_view name, bool string) {
      std::string out = std::string(",").append(line(depth));
      AppendJsonString(out, name);
      return out.append(string ? ": \"" : ": ");
    };
    for (std::string_view name : fixed) fixed_leads.push_back(lead(name, true));
    for (const Attribute& attribute : attributes)
      leads.push_back(lead(attribute.name, attribute.kind == AttributeKind::kString));
    first_item = std::string("[").append(line(depth + 1)).append("\"");
    next_item = std::string("\",").append(line(depth + 1)).append("\"");
    last_item = std::string("\"").append(line(depth)).append("]");
  }

  bool Fits(const PrettyJson& writer, std::size_t fixed) const {
    return depth == writer.depth() && indent_char == writer.indent_char() &&
           indent_count == writer.indent_count() && fixed_leads.size() == fixed;
  }

  std::size_t depth;
  char indent_char;
  unsigned indent_count;
  std::vector<std::string> fixed_leads, leads;
  std::string first_item, next_item, last_item;
};

// The layout of `writer`'s depth: an export writes all its nodes (edges) at one depth, so it is made once
// per thread.
template <typename Attribute>
const MemberLayout<Attribute>& LayoutFor(const PrettyJson& writer,
                                         std::initializer_list<std::string_view> fixed,
                                         const std::vector<Attribute>& attributes) {
  thread_local std::optional<MemberLayout<Attribute>> cached;
  if (!cached || !cached->Fits(writer, fixed.size())) cached.emplace(writer, fixed, attributes);
  return *cached;
}

// Appends a value after its lead (a string's opening quote is in the lead).
template <typename Attribute>
void AppendValue(std::string& out, const AttributeValue& value, const MemberLayout<Attribute>& layout) {
  if (const auto text = TextOf(value)) {
    AppendJsonStringContent(out, *text);
    out.push_back('"');
  } else if (const auto* i = std::get_if<std::int64_t>(&value)) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, *i).ptr);
  } else if (const auto* d = std::get_if<double>(&value)) {
    AppendJsonDouble(out, *d);
  } else if (const auto* b = std::get_if<bool>(&value)) {
    out.append(*b ? "true" : "false");
  } else {
    const auto& items = std::get<std::vector<std::string_view>>(value);
    if (items.empty()) {
      out.append("[]");
      return;
    }
    for (std::size_t k = 0; k < items.size(); ++k) {
      out.append(k == 0 ? layout.first_item : layout.next_item);
      AppendJsonStringContent(out, items[k]);
    }
    out.append(layout.last_item);
  }
}

// The id, the object's first member (its lead without the comma when the object has no member yet).
template <typename Attribute, typename AppendContent>
void AppendId(std::string& out, const MemberLayout<Attribute>& layout, bool first, AppendContent&& content) {
  out.append(layout.fixed_leads.front(), first ? 1 : 0);
  content();
  out.push_back('"');
}

// Every attribute the record has, in table order, after its first members; the number written.
template <typename Attribute, typename Record>
std::size_t AppendAll(std::string& out, const MemberLayout<Attribute>& layout,
                      const std::vector<Attribute>& attributes, const Record& record,
                      const ExportOptions& options) {
  std::size_t written = 0;
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    const Attribute& attribute = attributes[i];
    if constexpr (std::is_same_v<Record, EdgeRecord>) {
      // The evidence is structured here: written as JSON rather than as the flat formats' JSON text.
      if (attribute.kind == AttributeKind::kJson) {
        out.append(layout.leads[i]);
        AppendEvidenceJson(out, record, options, layout.depth);
        ++written;
        continue;
      }
    }
    std::optional<AttributeValue> value = attribute.get(record, options);
    if (!value) continue;
    assert(TextOf(*value).has_value() == (attribute.kind == AttributeKind::kString));
    out.append(layout.leads[i]);
    AppendValue(out, *value, layout);
    ++written;
  }
  return written;
}

}  // namespace

void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options) {
  const std::vector<NodeAttribute>& attributes = AttributeTable::Nodes();
  const MemberLayout<NodeAttribute>& layout = LayoutFor(writer, {"id"}, attributes);
  writer.Members([&](std::string& out, bool first) {
    AppendId(out, layout, first, [&] { AppendJsonStringContent(out, node.id); });
    return 1 + AppendAll(out, layout, attributes, node, options);
  });
}

void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key) {
  const std::vector<EdgeAttribute>& attributes = AttributeTable::Edges();
  const MemberLayout<EdgeAttribute>& layout =
      with_key ? LayoutFor(writer, {"id", "key", "source", "target"}, attributes)
               : LayoutFor(writer, {"id", "source", "target"}, attributes);
  const std::string_view type = Name(edge.type);
  writer.Members([&](std::string& out, bool first) {
    // The id is "<type>:<source>:<target>" (EdgeRecord::MakeId), written without being made: the type's name
    // (an identifier, with nothing to escape) then the two ids escaped one by one (':' is ASCII, so the whole
    // escapes the same), each part then copied from there into the key, source and target members.
    out.append(layout.fixed_leads.front(), first ? 1 : 0);
    std::size_t starts[3], ends[3];
    starts[0] = out.size();
    out.append(type);
    ends[0] = out.size();
    for (std::size_t k = 1; k < 3; ++k) {
      out.push_back(':');
      starts[k] = out.size();
      AppendJsonStringContent(out, k == 1 ? edge.source : edge.target);
      ends[k] = out.size();
    }
    // The id's closing quote and those members, in room made at once (appending each lead, part and quote
    // is a call and a copy).
    const std::size_t first_part = with_key ? 0 : 1;
    std::size_t size = out.size() + 1;
    for (std::size_t k = first_part; k < 3; ++k)
      size += layout.fixed_leads[1 + k - first_part].size() + (ends[k] - starts[k]) + 1;
    const std::size_t start = out.size();
    out.resize(size);
    char* at = out.data() + start;
    *at++ = '"';
    std::size_t written = 1;
    for (std::size_t k = first_part; k < 3; ++k) {
      const std::string& lead = layout.fixed_leads[written++];
      at = std::copy(lead.begin(), lead.end(), at);
      at = std::copy(out.data() + starts[k], out.data() + ends[k], at);
      *at++ = '"';
    }
    return written + AppendAll(out, layout, attributes, edge, options);
  });
}

}  // namespace newsgraph
