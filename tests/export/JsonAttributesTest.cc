// PrettyJson lays out its strings itself (export/JsonAttributes.h): the text must be what RapidJSON's
// PrettyWriter writes, at every depth, in objects, in arrays and at the root.
#include <gtest/gtest.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "export/JsonAttributes.h"

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

// A name given as JSON text already is laid out as PrettyWriter lays out the name it quotes, alone or with a
// string value (StringMember).
TEST(JsonAttributesTest, QuotedKeysAreLaidOutAsNames) {
  TextSink sink;
  PrettyJson ours(sink);
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> theirs(buffer);
  ours.SetIndent(' ', 2);
  theirs.SetIndent(' ', 2);
  ours.StartObject();
  theirs.StartObject();
  ours.QuotedKey(R"("id")");
  theirs.Key("id");
  ours.Int64(1);
  theirs.Int64(1);
  ours.QuotedKey(R"("inner")");
  theirs.Key("inner");
  ours.StartObject();
  theirs.StartObject();
  ours.QuotedKey("\"cit\u00e9 \\\"ici\\\"\"");
  theirs.Key("cit\u00e9 \"ici\"");
  ours.String("oui");
  theirs.String("oui");
  ours.StringMember(R"("nom")", "valeur \"cit\u00e9e\"");
  theirs.Key("nom");
  theirs.String("valeur \"cit\u00e9e\"");
  ours.EndObject();
  theirs.EndObject();
  ours.EndObject();
  theirs.EndObject();
  EXPECT_EQ(sink.Text(), std::string_view(buffer.GetString(), buffer.GetSize()));
}

}  // namespace
}  // namespace newsgraph
