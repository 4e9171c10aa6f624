// PrettyJson lays out its strings, and the node and edge members, itself (export/JsonAttributes.h): the text
// must be what RapidJSON's PrettyWriter writes, at every depth, in objects, in arrays and at the root.
#include <gtest/gtest.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "export/AttributeTable.h"
#include "export/JsonAttributes.h"
#include "export/JsonText.h"

namespace newsgraph {
namespace {

// Writes the same random document through both writers: nested objects and arrays of strings (some with
// quotes, controls and accents), integers, doubles and booleans.
template <typename Writer>
void WriteRandom(Writer& writer, std::mt19937& random, int depth) {
  static const std::string kStrings[] = {
      "", "id", "source", "une phrase assez longue", "\"cit\u00e9\"", "a\nb", "\u00e9t\u00e9", "tab\there"};
  // Whole numbers (PrettyJson writes them itself) and others.
  static const double kDoubles[] = {0.0,  -0.0, 1.0, 3.0, 49.0, 1e6,   123456789012.0,    999999999999999.0,
                                    1e15, -3.0, 0.5, 0.1, 2.25, 1e300, 4503599627370495.5};
  const auto string = [&] {
    const std::string& s = kStrings[random() % std::size(kStrings)];
    writer.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  const bool object = random() % 2 == 0;
  object ? writer.StartObject() : writer.StartArray();
  for (std::size_t n = random() % 5; n > 0; --n) {
    if (object) string();  // the member's name
    switch (depth < 4 ? random() % 5 : random() % 4) {
      case 0:
        string();
        break;
      case 1:
        writer.Int64(static_cast<std::int64_t>(random() % 1000));
        break;
      case 2:
        writer.Bool(random() % 2 == 0);
        break;
      case 3:
        writer.Double(kDoubles[random() % std::size(kDoubles)]);
        break;
      default:
        WriteRandom(writer, random, depth + 1);
    }
  }
  object ? writer.EndObject() : writer.EndArray();
}

TEST(JsonAttributesTest, PrettyJsonWritesWhatPrettyWriterWrites) {
  for (const unsigned indent : {2u, 4u}) {
    for (unsigned seed = 0; seed < 200; ++seed) {
      TextSink sink;
      PrettyJson ours(sink);
      rapidjson::StringBuffer buffer;
      rapidjson::PrettyWriter<rapidjson::StringBuffer> theirs(buffer);
      ours.SetIndent(' ', indent);
      theirs.SetIndent(' ', indent);
      std::mt19937 a(seed), b(seed);
      WriteRandom(ours, a, 0);
      WriteRandom(theirs, b, 0);
      ASSERT_EQ(sink.Text(), std::string_view(buffer.GetString(), buffer.GetSize())) << seed;
    }
  }
  TextSink sink;
  PrettyJson root(sink);
  root.String("seul");
  EXPECT_EQ(sink.Text(), "\"seul\"");
}

// Whole numbers below 1e15 are written by PrettyJson itself: as RapidJSON's shortest digits would be.
TEST(JsonAttributesTest, WholeDoublesAreWrittenAsPrettyWriterWritesThem) {
  std::vector<double> values;
  for (int i = 0; i <= 2000; ++i) values.push_back(i);
  for (double power = 1; power <= 1e16; power *= 10)
    values.insert(values.end(), {power - 1, power, power + 1});
  for (int k = 0; k <= 52; ++k) values.push_back(std::ldexp(1.0, k));
  TextSink sink;
  PrettyJson ours(sink);
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> theirs(buffer);
  ours.StartArray();
  theirs.StartArray();
  for (const double value : values) {
    ours.Double(value);
    theirs.Double(value);
  }
  ours.EndArray();
  theirs.EndArray();
  EXPECT_EQ(sink.Text(), std::string_view(buffer.GetString(), buffer.GetSize()));
}

// The record's attributes written by PrettyWriter from the table's names and values, the record's object
// being `depth` containers deep.
template <typename Attribute, typename Record>
void WriteViaTable(rapidjson::PrettyWriter<rapidjson::StringBuffer>& writer, std::size_t depth,
                   const std::vector<Attribute>& attributes, const Record& record,
                   const ExportOptions& options) {
  for (const Attribute& attribute : attributes) {
    if constexpr (std::is_same_v<Record, EdgeRecord>) {
      if (attribute.kind == AttributeKind::kJson) {
        writer.Key(attribute.name.data(), static_cast<rapidjson::SizeType>(attribute.name.size()));
        std::string evidence;
        AppendEvidenceJson(evidence, record, options, depth);  // (tested in JsonTextTest)
        writer.RawValue(evidence.data(), evidence.size(), rapidjson::kArrayType);
        continue;
      }
    }
    const std::optional<AttributeValue> value = attribute.get(record, options);
    if (!value) continue;
    writer.Key(attribute.name.data(), static_cast<rapidjson::SizeType>(attribute.name.size()));
    if (const auto text = TextOf(*value)) {
      writer.String(text->data(), static_cast<rapidjson::SizeType>(text->size()));
    } else if (const auto* i = std::get_if<std::int64_t>(&*value)) {
      writer.Int64(*i);
    } else if (const auto* d = std::get_if<double>(&*value)) {
      writer.Double(*d);
    } else if (const auto* b = std::get_if<bool>(&*value)) {
      writer.Bool(*b);
    } else {
      writer.StartArray();
      for (const std::string_view item : std::get<std::vector<std::string_view>>(*value))
        writer.String(item.data(), static_cast<rapidjson::SizeType>(item.size()));
      writer.EndArray();
    }
  }
}

using Theirs = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// PrettyJson and RapidJSON's PrettyWriter side by side, both indenting by two spaces.
struct TwoWriters {
  TwoWriters() {
    ours.SetIndent(' ', 2);
    theirs.SetIndent(' ', 2);
  }
  std::string_view OurText() const { return sink.Text(); }
  std::string_view TheirText() const { return {buffer.GetString(), buffer.GetSize()}; }

  TextSink sink;
  PrettyJson ours{sink};
  rapidjson::StringBuffer buffer;
  Theirs theirs{buffer};
};

// The members of a node or an edge, laid out by hand, are what PrettyWriter writes for the same names and
// values, at any depth, first in their object or after other members; and so are the whole objects, first in
// their array or after another value.
TEST(JsonAttributesTest, NodeAndEdgeMembersAreLaidOutAsPrettyWriterLaysThemOut) {
  static const std::string kTexts[] = {"id",        "\"cit\u00e9\"", "a\nb", "\u00e9t\u00e9",
                                       "tab\there", "2024-02"};
  std::mt19937 random(7);
  const auto text = [&] { return kTexts[random() % std::size(kTexts)]; };
  for (int round = 0; round < 300; ++round) {
    NodeRecord node;
    node.id = text();
    node.label = text();
    for (std::size_t n = random() % 3; n > 0; --n) node.aliases.insert(text());
    for (std::size_t n = random() % 3; n > 0; --n) node.documents.insert(SharedString(text()));
    node.mentions = random() % 100;
    node.first_date = text();
    node.anonymous = random() % 2 == 0;
    EdgeRecord edge;
    edge.type = kRelationTypes[random() % std::size(kRelationTypes)];
    edge.source = text();
    edge.target = text() + "x";
    for (std::size_t n = random() % 3; n > 0; --n) {
      Evidence e;
      e.document = text();
      e.start = static_cast<std::uint32_t>(random() % 1000);
      e.date = text();
      e.text = text();
      if (random() % 2) e.attributed_to = text();
      edge.evidence.insert(std::move(e));
    }
    // Any of the type-specific attributes (some with two values), and a key that is none of them.
    for (std::string_view key : {"role", "former", "count", "channel", "date", "other"})
      if (random() % 3 == 0) edge.attributes[std::string(key)] = {text(), text()};
    ExportOptions options;
    options.sentence_text = random() % 2 == 0;
    const bool with_key = random() % 2 == 0, after_other = random() % 2 == 0;
    const std::size_t depth = random() % 3;

    // The members as PrettyWriter writes them, in an object `object_depth` containers deep.
    const auto their_node = [&](Theirs& theirs, std::size_t object_depth) {
      theirs.Key("id");
      theirs.String(node.id.data(), static_cast<rapidjson::SizeType>(node.id.size()));
      WriteViaTable(theirs, object_depth, AttributeTable::Nodes(), node, options);
    };
    const auto their_edge = [&](Theirs& theirs, std::size_t object_depth, bool key) {
      const std::string id = edge.id();
      const std::string_view type = Name(edge.type);
      theirs.Key("id");
      theirs.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
      if (key) {
        theirs.Key("key");
        theirs.String(type.data(), static_cast<rapidjson::SizeType>(type.size()));
      }
      theirs.Key("source");
      theirs.String(edge.source.c_str(), static_cast<rapidjson::SizeType>(edge.source.size()));
      theirs.Key("target");
      theirs.String(edge.target.c_str(), static_cast<rapidjson::SizeType>(edge.target.size()));
      WriteViaTable(theirs, object_depth, AttributeTable::Edges(), edge, options);
    };

    // In an object: the members after another or first.
    TwoWriters fields;
    PrettyJson& ours = fields.ours;
    Theirs& theirs = fields.theirs;
    for (std::size_t d = 0; d < depth; ++d) {
      ours.StartArray();
      theirs.StartArray();
    }
    ours.StartObject();
    theirs.StartObject();
    if (after_other) {
      ours.Key("data");
      theirs.Key("data");
      ours.Bool(true);
      theirs.Bool(true);
    }
    WriteJsonNodeFields(ours, node, options);
    their_node(theirs, depth + 1);
    ours.EndObject();
    theirs.EndObject();
    ours.StartObject();
    theirs.StartObject();
    WriteJsonEdgeFields(ours, edge, options, with_key);
    their_edge(theirs, depth + 1, with_key);
    ours.Key("color");
    theirs.Key("color");
    ours.String("red");
    theirs.String("red");
    ours.EndObject();
    theirs.EndObject();
    for (std::size_t d = 0; d < depth; ++d) {
      ours.EndArray();
      theirs.EndArray();
    }
    ASSERT_EQ(fields.OurText(), fields.TheirText()) << round;

    // The same records as whole objects in an array `depth` + 1 containers deep, first in it or after
    // another value.
    TwoWriters whole;
    for (std::size_t d = 0; d <= depth; ++d) {
      whole.ours.StartArray();
      whole.theirs.StartArray();
    }
    if (after_other) {
      whole.ours.Bool(true);
      whole.theirs.Bool(true);
    }
    JsonObjectWriter<NodeRecord>(whole.ours, options).Write(whole.ours, node);
    whole.theirs.StartObject();
    their_node(whole.theirs, depth + 2);
    whole.theirs.EndObject();
    JsonObjectWriter<EdgeRecord>(whole.ours, options).Write(whole.ours, edge);
    whole.theirs.StartObject();
    their_edge(whole.theirs, depth + 2, true);
    whole.theirs.EndObject();
    for (std::size_t d = 0; d <= depth; ++d) {
      whole.ours.EndArray();
      whole.theirs.EndArray();
    }
    ASSERT_EQ(whole.OurText(), whole.TheirText()) << round;
  }
}

}  // namespace
}  // namespace newsgraph
