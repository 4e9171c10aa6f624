#include "export/JsonAttributes.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>

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
  // Below 1e15 a whole double is exact and its shortest digits are the integer's (the spacing of doubles
  // there is at most 1/8); -0.0 is left to RapidJSON, which writes its sign.
  constexpr double kExactWhole = 1e15;
  if (level_stack_.Empty() || (formatOptions_ & rapidjson::kFormatSingleLineArray) || !(value >= 0) ||
      value >= kExactWhole || std::signbit(value) || value != std::floor(value))
    return PrettyWriter::Double(value);
  Prefixed([&](std::string& out) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, static_cast<std::uint64_t>(value));
    out.append(digits, result.ptr).append(".0");
  });
  return true;
}

void PrettyJson::QuotedKey(std::string_view quoted) {
  assert(!level_stack_.Empty() && !level_stack_.template Top<Level>()->inArray &&
         level_stack_.template Top<Level>()->valueCount % 2 == 0);
  Prefixed([&](std::string& out) { out.append(quoted); });
}

void PrettyJson::StringMember(std::string_view quoted, std::string_view text) {
  Prefixed([&](std::string& out) {
    out.append(quoted).append(": ");
    AppendJsonString(out, text);
  });
  ++level_stack_.template Top<Level>()->valueCount;  // the value
}

namespace {

// A value other than a string (StringMember writes those with their name).
void WriteValue(PrettyJson& writer, const AttributeValue& value) {
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    writer.Int64(*i);
  } else if (const auto* d = std::get_if<double>(&value)) {
    writer.Double(*d);
  } else if (const auto* b = std::get_if<bool>(&value)) {
    writer.Bool(*b);
  } else {
    writer.StartArray();
    for (const std::string& item : std::get<std::vector<std::string>>(value)) WriteJsonString(writer, item);
    writer.EndArray();
  }
}

// The names of a table's attributes as JSON text, made once.
template <typename Attribute>
const std::vector<std::string>& QuotedNames(const std::vector<Attribute>& attributes) {
  static const std::vector<std::string> quoted = [&] {
    std::vector<std::string> names;
    for (const Attribute& attribute : attributes) AppendJsonString(names.emplace_back(), attribute.name);
    return names;
  }();
  return quoted;
}

template <typename Attribute, typename Record>
void WriteAll(PrettyJson& writer, const std::vector<Attribute>& attributes, const Record& record,
              const ExportOptions& options) {
  const std::vector<std::string>& names = QuotedNames(attributes);
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    const Attribute& attribute = attributes[i];
    if constexpr (std::is_same_v<Record, EdgeRecord>) {
      // The evidence is structured here: written as JSON rather than as the flat formats' JSON text.
      if (attribute.kind == AttributeKind::kJson) {
        writer.QuotedKey(names[i]);
        writer.Raw(rapidjson::kArrayType,
                   [&](std::string& out) { AppendEvidenceJson(out, record, options, writer.depth()); });
        continue;
      }
    }
    std::optional<AttributeValue> value = attribute.get(record, options);
    if (!value) continue;
    if (const auto* text = std::get_if<std::string>(&*value)) {
      writer.StringMember(names[i], *text);
      continue;
    }
    writer.QuotedKey(names[i]);
    WriteValue(writer, *value);
  }
}

}  // namespace

void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options) {
  writer.StringMember(R"("id")", node.id);
  WriteAll(writer, AttributeTable::Nodes(), node, options);
}

void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key) {
  writer.StringMember(R"("id")", edge.id());
  if (with_key) writer.StringMember(R"("key")", Name(edge.type));
  writer.StringMember(R"("source")", edge.source);
  writer.StringMember(R"("target")", edge.target);
  WriteAll(writer, AttributeTable::Edges(), edge, options);
}

}  // namespace newsgraph
