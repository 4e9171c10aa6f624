#include "export/JsonAttributes.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "export/JsonText.h"
#include "export/RoomWriter.h"

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

// An attribute every record has a value for (the evidence, and every node attribute but "anonymous", which
// only some nodes have), read from the record straight away rather than through the table's getter (an
// indirect call, and a variant made, visited and destroyed): recognised in the table by its name and kind,
// and written as the getter's value would be (JsonAttributesTest compares them with the getters).
enum class Direct : std::uint8_t {
  kNone,
  kEvidence,
  kRelationType,
  kWeight,
  kSpeakers,
  kFirstEvidenceDate,
  kLastEvidenceDate,
  kLabel,
  kEntityType,
  kAliases,
  kMentions,
  kDocuments,
  kFirstDate,
  kLastDate,
  kAnonymous,
};

template <typename Attribute>
Direct DirectOf(const Attribute& attribute) {
  const auto is = [&](std::string_view name, AttributeKind kind) {
    return attribute.name == name && attribute.kind == kind;
  };
  if constexpr (std::is_same_v<Attribute, EdgeAttribute>) {
    // The evidence is structured here: written as JSON rather than as the flat formats' JSON text.
    if (attribute.kind == AttributeKind::kJson) return Direct::kEvidence;
    if (is("type", AttributeKind::kString)) return Direct::kRelationType;
    if (is("weight", AttributeKind::kDouble)) return Direct::kWeight;
    if (is("attributed_to", AttributeKind::kStringList)) return Direct::kSpeakers;
    if (is("first_date", AttributeKind::kString)) return Direct::kFirstEvidenceDate;
    if (is("last_date", AttributeKind::kString)) return Direct::kLastEvidenceDate;
  } else {
    if (is("label", AttributeKind::kString)) return Direct::kLabel;
    if (is("type", AttributeKind::kString)) return Direct::kEntityType;
    if (is("aliases", AttributeKind::kStringList)) return Direct::kAliases;
    if (is("mentions", AttributeKind::kLong)) return Direct::kMentions;
    if (is("documents", AttributeKind::kStringList)) return Direct::kDocuments;
    if (is("first_date", AttributeKind::kString)) return Direct::kFirstDate;
    if (is("last_date", AttributeKind::kString)) return Direct::kLastDate;
    if (is("anonymous", AttributeKind::kBool)) return Direct::kAnonymous;
  }
  return Direct::kNone;
}

// The text around the members of a node or an edge in an object at one depth, made once: before each
// member's value its lead (a comma, the new line and indent, the quoted name, ": " and a string's opening
// quote), and the pieces between the items of a list of strings, as PrettyWriter lays them out.
template <typename Attribute>
struct MemberLayout {
  // `depth`: of the members (their object's depth in `writer`'s nesting); `fixed`: the string members
  // written before the table's attributes ("id", ...).
  MemberLayout(std::size_t depth, const PrettyJson& writer, std::initializer_list<std::string_view> fixed,
               const std::vector<Attribute>& attributes)
      : attributes(attributes),
        depth(depth),
        indent_char(writer.indent_char()),
        indent_count(writer.indent_count()) {
    const auto line = [&](std::size_t level) {
      return std::string("\n").append(level * indent_count, indent_char);
    };
    const auto lead = [&](std::string_view name, bool string) {
      std::string out = std::string(",").append(line(depth));
      AppendJsonString(out, name);
      return out.append(string ? ": \"" : ": ");
    };
    for (std::string_view name : fixed) fixed_leads.push_back(lead(name, true));
    const std::vector<std::string_view>& extras = AttributeTable::EdgeExtras();
    std::vector<unsigned> extra_bit;
    for (const Attribute& attribute : attributes) {
      leads.push_back(lead(attribute.name, attribute.kind == AttributeKind::kString));
      const auto k =
          static_cast<unsigned>(std::find(extras.begin(), extras.end(), attribute.name) - extras.begin());
      extra_bit.push_back(std::is_same_v<Attribute, EdgeAttribute> && k < extras.size() ? 1u << k : 0);
    }
    asked.resize(std::is_same_v<Attribute, EdgeAttribute> ? std::size_t{1} << extras.size() : 1);
    for (std::size_t set = 0; set < asked.size(); ++set)
      for (std::size_t i = 0; i < attributes.size(); ++i)
        if (extra_bit[i] == 0 || (set & extra_bit[i]))
          asked[set].push_back({static_cast<std::uint8_t>(i), DirectOf(attributes[i])});
    first_item = std::string("[").append(line(depth + 1)).append("\"");
    next_item = std::string("\",").append(line(depth + 1)).append("\"");
    last_item = std::string("\"").append(line(depth)).append("]");
    open_object = std::string(",").append(line(depth - 1)).append("{").append(fixed_leads.front().substr(1));
    close_object = line(depth - 1).append("}");
    fixed_size = open_object.size() + close_object.size();
    for (const std::string& fixed_lead : fixed_leads) fixed_size += fixed_lead.size();
    if constexpr (std::is_same_v<Attribute, EdgeAttribute>) {
      // An edge's fixed members are "id", then "key" or not, "source" and "target".
      assert(fixed.size() == 3 || fixed.size() == 4);
      for (const RelationType type : kRelationTypes) {
        const std::string_view name = Name(type);
        const auto t = static_cast<std::size_t>(type);
        id_starts[t] = std::string(name).append(":");
        std::string source_lead("\"");
        if (fixed.size() == 4) source_lead.append(fixed_leads[1]).append(name).append("\"");
        source_leads[t] = source_lead.append(fixed_leads[fixed.size() - 2]);
        for (std::size_t i = 0; i < attributes.size(); ++i)
          if (DirectOf(attributes[i]) == Direct::kRelationType)
            type_members[t] = std::string(leads[i]).append(name).append("\"");
        typed_size =
            std::max(typed_size, id_starts[t].size() + source_leads[t].size() + type_members[t].size());
      }
      target_lead = std::string("\"").append(fixed_leads.back());
    }
  }

  bool Fits(std::size_t members_depth, const PrettyJson& writer, std::size_t fixed) const {
    return depth == members_depth && indent_char == writer.indent_char() &&
           indent_count == writer.indent_count() && fixed_leads.size() == fixed;
  }

  // The text before the first member's value: in an object the caller opened, or (`whole`) in an object
  // written whole as the next value of an array, from the comma before it; without that comma when `first`.
  std::string_view FirstLead(bool whole, bool first) const {
    return std::string_view(whole ? open_object : fixed_leads.front()).substr(first ? 1 : 0);
  }

  const std::vector<Attribute>&
      attributes;  // the table's (AttributeTable), which lives as long as the program
  std::size_t depth;
  char indent_char;
  unsigned indent_count;
  std::vector<std::string> fixed_leads, leads;
  // The attributes to ask a record for, by index in table order, for each set of the edge-type specific
  // ones it has (AttributeTable::ExtrasOf; nodes have none): an edge has at most one or two of them (most
  // have none), and asking for the others (a getter's call, its search of the map and the value it makes and
  // frees) cost more than finding the ones it has, once.
  struct Asked {
    std::uint8_t index;  // in table order
    Direct direct;
  };
  std::vector<std::vector<Asked>> asked;
  std::string first_item, next_item, last_item;
  // A whole object's opening (its comma, new line and indent, '{', then the first member's lead) and closing.
  std::string open_object, close_object;
  // The most room the fixed leads and a whole object's opening and closing take.
  std::size_t fixed_size;
  // An edge's text that depends on its type alone, by relation type, made once rather than from the type's
  // name and the leads around it for each edge: the id's start ("<type>:"), the text from the id's closing
  // quote to the source's opening one (with the key member), and the "type" member whole.
  std::array<std::string, kRelationTypes.size()> id_starts, source_leads, type_members;
  std::string target_lead;     // from the source's closing quote to the target's opening one
  std::size_t typed_size = 0;  // the most room an edge's typed pieces take
};

// The layout of members at `depth` in `writer`: an export writes all its nodes (edges) at one depth, so it is
// made once per thread.
template <typename Attribute>
const MemberLayout<Attribute>& LayoutFor(std::size_t depth, const PrettyJson& writer,
                                         std::initializer_list<std::string_view> fixed,
                                         const std::vector<Attribute>& attributes) {
  thread_local std::optional<MemberLayout<Attribute>> cached;
  if (!cached || !cached->Fits(depth, writer, fixed.size())) cached.emplace(depth, writer, fixed, attributes);
  return *cached;
}

// Writes a member whose value is text: its lead (with the opening quote), then the text. (Forced inline: gcc
// made it a call, which cost about as much as the writing.)
[[gnu::always_inline]] inline void WriteTextMember(RoomWriter& writer, const std::string& lead,
                                                   std::string_view text) {
  writer.Reserve(lead.size() + text.size() + 1);
  writer.Put(lead);
  writer.PutString(text);
  writer.Put('"');
}

// Writes a member whose value is an empty list: its lead, then "[]".
[[gnu::always_inline]] inline void WriteEmptyListMember(RoomWriter& writer, const std::string& lead) {
  writer.Reserve(lead.size() + 2);
  writer.Put(lead);
  writer.Put("[]");
}

// Writes a member whose value is a list of at least one item (of text): its lead, then the items.
template <typename Attribute, typename Items>
void WriteListMember(RoomWriter& writer, const std::string& lead, const Items& items,
                     const MemberLayout<Attribute>& layout) {
  assert(!items.empty());
  writer.Reserve(lead.size());
  writer.Put(lead);
  // Read once, into locals: for all the compiler knows, any byte written could change them.
  const std::string_view first = layout.first_item, next = layout.next_item, last = layout.last_item;
  const auto begin = items.begin(), end = items.end();
  for (auto item = begin; item != end; ++item) {
    const std::string_view text = *item;
    writer.Reserve(next.size() + text.size() + last.size());
    writer.Put(item == begin ? first : next);
    writer.PutString(text);
  }
  writer.Put(last);
}

// Writes a member whose value is a number or a boolean: its lead, then the value. (Forced inline: gcc kept
// the call, which cost more than the writing.)
[[gnu::always_inline]] inline void WriteScalarMember(RoomWriter& writer, const std::string& lead,
                                                     const AttributeValue& value) {
  writer.Reserve(lead.size() + std::max(RoomWriter::kMaxDigits, kMaxDoubleSize));
  writer.Put(lead);
  if (const auto* i = std::get_if<std::int64_t>(&value))
    writer.PutNumber(*i);
  else if (const auto* d = std::get_if<double>(&value))
    writer.PutDouble(*d);
  else
    writer.Put(std::get<bool>(value) ? "true" : "false");
}

// Writes an edge member the table's getter would give a value (Direct), that value.
[[gnu::always_inline]] inline void WriteDirect(RoomWriter& writer, Direct direct, const std::string& lead,
                                               const EdgeRecord& edge, const ExportOptions& options,
                                               const MemberLayout<EdgeAttribute>& layout,
                                               PlainTexts* plain_texts) {
  switch (direct) {
    case Direct::kEvidence:
      writer.Reserve(lead.size());
      writer.Put(lead);
      WriteEvidenceJson(writer, edge, options, layout.depth, plain_texts);
      return;
    case Direct::kRelationType: {
      const std::string& member = layout.type_members[static_cast<std::size_t>(edge.type)];
      writer.Reserve(member.size());
      writer.Put(member);
      return;
    }
    case Direct::kWeight:
      writer.Reserve(lead.size() + kMaxDoubleSize);
      writer.Put(lead);
      writer.PutDouble(static_cast<double>(edge.weight()));
      return;
    case Direct::kSpeakers:
      // EdgeRecord::attributed_to() without its vector for an edge of one sentence (most edges).
      if (edge.evidence.size() == 1) {
        const std::string_view speaker = edge.evidence.begin()->attributed_to.view();
        if (speaker.empty())
          WriteEmptyListMember(writer, lead);
        else
          WriteListMember(writer, lead, std::span<const std::string_view>(&speaker, 1), layout);
      } else {
        const std::vector<std::string_view> speakers = edge.attributed_to();
        if (speakers.empty())
          WriteEmptyListMember(writer, lead);
        else
          WriteListMember(writer, lead, speakers, layout);
      }
      return;
    case Direct::kFirstEvidenceDate:
    case Direct::kLastEvidenceDate:
      WriteTextMember(writer, lead, AttributeTable::EvidenceDate(edge, direct == Direct::kLastEvidenceDate));
      return;
    default:
      assert(false);  // a node's
  }
}

// The same for a node; false when it has no value (only "anonymous" may have none).
[[gnu::always_inline]] inline bool WriteDirect(RoomWriter& writer, Direct direct, const std::string& lead,
                                               const NodeRecord& node, const ExportOptions&,
                                               const MemberLayout<NodeAttribute>& layout, PlainTexts*) {
  const auto list = [&](const auto& items) {
    if (items.empty())
      WriteEmptyListMember(writer, lead);
    else
      WriteListMember(writer, lead, items, layout);
  };
  switch (direct) {
    case Direct::kLabel:
      WriteTextMember(writer, lead, node.label);
      return true;
    case Direct::kEntityType: {
      const std::string_view name = Name(node.type);  // an identifier: nothing to escape
      writer.Reserve(lead.size() + name.size() + 1);
      writer.Put(lead);
      writer.Put(name);
      writer.Put('"');
      return true;
    }
    case Direct::kAliases:
      list(node.aliases);
      return true;
    case Direct::kMentions:
      writer.Reserve(lead.size() + RoomWriter::kMaxDigits);
      writer.Put(lead);
      writer.PutNumber(static_cast<std::int64_t>(node.mentions));
      return true;
    case Direct::kDocuments:
      list(node.documents);
      return true;
    case Direct::kFirstDate:
      WriteTextMember(writer, lead, node.first_date);
      return true;
    case Direct::kLastDate:
      WriteTextMember(writer, lead, node.last_date);
      return true;
    case Direct::kAnonymous:
      if (!node.anonymous) return false;
      writer.Reserve(lead.size() + 4);
      writer.Put(lead);
      writer.Put("true");
      return true;
    default:
      assert(false);  // an edge's
      return false;
  }
}

// Every attribute the record has, in table order, after its first members; the number written.
template <typename Attribute, typename Record>
std::size_t WriteAll(RoomWriter& writer, const MemberLayout<Attribute>& layout, const Record& record,
                     const ExportOptions& options, PlainTexts* plain_texts) {
  // Read once, into locals: for all the compiler knows, any byte written could change the vectors' and the
  // record's fields, which it would read again after each member.
  const Attribute* const table = layout.attributes.data();
  const std::string* const leads = layout.leads.data();
  unsigned extras = 0;
  if constexpr (std::is_same_v<Record, EdgeRecord>) extras = AttributeTable::ExtrasOf(record);
  const auto& asked = layout.asked[extras];
  const auto* const asked_end = asked.data() + asked.size();
  std::size_t written = 0;
  for (const auto* at = asked.data(); at != asked_end; ++at) {
    const std::size_t i = at->index;
    if (at->direct != Direct::kNone) {
      if constexpr (std::is_same_v<Record, EdgeRecord>) {
        WriteDirect(writer, at->direct, leads[i], record, options, layout, plain_texts);
        ++written;
      } else {
        written += WriteDirect(writer, at->direct, leads[i], record, options, layout, plain_texts);
      }
      continue;
    }
    std::optional<AttributeValue> value = table[i].get(record, options);
    if (!value) continue;
    assert(TextOf(*value).has_value() == (table[i].kind == AttributeKind::kString));
    // Every value is written inline but a list's items: their loop stays in a call of its own, which saves
    // the registers it needs only for a list that has items (most edges' speakers and most nodes' aliases
    // have none). Writing a number or an empty list cost less than such a call.
    if (const auto text = TextOf(*value))
      WriteTextMember(writer, leads[i], *text);
    else if (const auto* items = std::get_if<std::vector<std::string_view>>(&*value)) {
      if (items->empty())
        WriteEmptyListMember(writer, leads[i]);
      else
        WriteListMember(writer, leads[i], *items, layout);
    } else {
      WriteScalarMember(writer, leads[i], *value);
    }
    ++written;
  }
  return written;
}

// The node's members, the id first, the text before it `first_lead`; the number written.
std::size_t WriteNodeMembers(RoomWriter& room, std::string_view first_lead,
                             const MemberLayout<NodeAttribute>& layout, const NodeRecord& node,
                             const ExportOptions& options, PlainTexts* plain_texts) {
  room.Reserve(layout.fixed_size + node.id.size() + 1);
  room.Put(first_lead);
  room.PutString(node.id);
  room.Put('"');
  return 1 + WriteAll(room, layout, node, options, plain_texts);
}

// The edge's members, "id" first, the text before it `first_lead`; the number written.
std::size_t WriteEdgeMembers(RoomWriter& room, std::string_view first_lead,
                             const MemberLayout<EdgeAttribute>& layout, const EdgeRecord& edge,
                             const ExportOptions& options, PlainTexts* plain_texts) {
  const auto type = static_cast<std::size_t>(edge.type);
  const std::string_view source = edge.source, target = edge.target;
  // Room for the id and its ends again.
  room.Reserve(layout.fixed_size + layout.typed_size + 2 * (source.size() + target.size()));
  // The id is "<type>:<source>:<target>" (EdgeRecord::MakeId), written without being made: the type's name
  // (an identifier, with nothing to escape) then the two ids escaped one by one (':' is ASCII, so the whole
  // escapes the same), which are then copied from there into the source and target members. (As offsets:
  // escaping an id may move the string.)
  room.Put(first_lead);
  room.Put(layout.id_starts[type]);
  const std::size_t source_start = room.size();
  room.PutString(source);
  const std::size_t source_end = room.size();
  room.Put(':');
  room.PutString(target);
  const std::size_t target_end = room.size();
  room.Reserve(layout.fixed_size + layout.typed_size + target_end - source_start);
  room.Put(layout.source_leads[type]);
  room.Put(room.Written(source_start, source_end));
  room.Put(layout.target_lead);
  room.Put(room.Written(source_end + 1, target_end));
  room.Put('"');
  return layout.fixed_leads.size() + WriteAll(room, layout, edge, options, plain_texts);
}

const MemberLayout<EdgeAttribute>& EdgeLayout(std::size_t depth, const PrettyJson& writer, bool with_key) {
  return with_key ? LayoutFor(depth, writer, {"id", "key", "source", "target"}, AttributeTable::Edges())
                  : LayoutFor(depth, writer, {"id", "source", "target"}, AttributeTable::Edges());
}

}  // namespace

void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options) {
  const MemberLayout<NodeAttribute>& layout =
      LayoutFor(writer.depth(), writer, {"id"}, AttributeTable::Nodes());
  writer.Members([&](RoomWriter& room, bool first) {
    return WriteNodeMembers(room, layout.FirstLead(false, first), layout, node, options,
                            writer.plain_texts());
  });
}

void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key) {
  const MemberLayout<EdgeAttribute>& layout = EdgeLayout(writer.depth(), writer, with_key);
  writer.Members([&](RoomWriter& room, bool first) {
    return WriteEdgeMembers(room, layout.FirstLead(false, first), layout, edge, options,
                            writer.plain_texts());
  });
}

template <typename Record>
struct JsonObjectWriter<Record>::Layout {
  static constexpr bool kEdges = std::is_same_v<Record, EdgeRecord>;
  MemberLayout<std::conditional_t<kEdges, EdgeAttribute, NodeAttribute>> members;
};

template <typename Record>
JsonObjectWriter<Record>::JsonObjectWriter(const PrettyJson& writer, const ExportOptions& options)
    : options_(options) {
  // The members are at the depth of an object open in the array: one container more than `writer` has open.
  if constexpr (Layout::kEdges)
    layout_.reset(
        new Layout{{writer.depth() + 1, writer, {"id", "key", "source", "target"}, AttributeTable::Edges()}});
  else
    layout_.reset(new Layout{{writer.depth() + 1, writer, {"id"}, AttributeTable::Nodes()}});
}

template <typename Record>
JsonObjectWriter<Record>::~JsonObjectWriter() = default;

template <typename Record>
void JsonObjectWriter<Record>::Write(PrettyJson& writer, const Record& record) const {
  const auto& layout = layout_->members;
  writer.ArrayObject([&](RoomWriter& room, bool first) {
    if constexpr (Layout::kEdges)
      WriteEdgeMembers(room, layout.FirstLead(true, first), layout, record, options_, writer.plain_texts());
    else
      WriteNodeMembers(room, layout.FirstLead(true, first), layout, record, options_, writer.plain_texts());
    room.Reserve(layout.close_object.size());
    room.Put(layout.close_object);
  });
}

template class JsonObjectWriter<NodeRecord>;
template class JsonObjectWriter<EdgeRecord>;

}  // namespace newsgraph
