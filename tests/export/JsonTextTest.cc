// The hand-written JSON of export/JsonText must be exactly what RapidJSON writes: the JSON exports mix both.
#include <gtest/gtest.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "export/JsonText.h"
#include "export/PlainTexts.h"
#include "export/RapidJsonSink.h"
#include "export/RoomWriter.h"
#include "export/TextSink.h"
#include "export/Utf8.h"
#include "export/XmlEscape.h"

namespace newsgraph {
namespace {

// Random bytes weighted towards what needs care: controls, quotes, backslashes, accents, invalid UTF-8, and
// what XML escapes or drops.
std::string RandomText(std::mt19937& random) {
  static const std::string kPieces[] = {
      "a",         "Z",          " ",    "\"",   "\\",           "/",
      "\n",        "\t",         "\x01", "\x1F", "\x7F",         "é",
      "«",         "’",          "🎉",    "\xFF", "\xC3",         "\xED\xA0\x80",
      "'",         "&",          "<",    ">",    "\xEF\xBF\xBE", "\xEF\xBF\xBD",
      "l'entrée ", "texte long "};
  std::string out;
  for (std::size_t n = random() % 40; n > 0; --n) out += kPieces[random() % std::size(kPieces)];
  return out;
}

// RapidJSON's own escaping of the text made valid.
template <typename Writer>
void WriteValid(Writer& writer, std::string_view text) {
  const std::string valid = ValidUtf8(text);
  writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

std::string ViaRapidJson(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  WriteValid(writer, text);
  return std::string(buffer.GetString(), buffer.GetSize());
}

TEST(JsonTextTest, StringsAreWrittenAsRapidJsonWritesThem) {
  std::mt19937 random(11);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(random);
    std::string out;
    AppendJsonString(out, text);
    ASSERT_EQ(out, ViaRapidJson(text)) << round;
  }
  std::string out;
  AppendJsonString(out, "a\"b\\c\x01\n");
  EXPECT_EQ(out, R"("a\"b\\c\u0001\n")");
  std::string list(1, '[');
  AppendJsonString(list, "ok \xC3( \xFF");
  EXPECT_EQ(list, "[\"ok \uFFFD( \uFFFD\"");  // what was appended before an invalid byte stays
}

// Texts are scanned sixteen bytes at a time, the last sixteen overlapping, short ones as two words: every
// special piece at every offset of texts around those lengths, after and before plain or accented text, by
// AppendJsonString and by RoomWriter.
TEST(JsonTextTest, SpecialBytesAreFoundAtEveryOffset) {
  static const std::string kSpecial[] = {"é", "\xC3",     "\xA9", "\"",      "\x01",
                                         "’", "\xE2\x80", "\xFF", "\xC3\xC3"};
  for (const std::string_view fill : {"a", "é"}) {
    for (std::size_t length = 0; length < 40; ++length) {
      for (std::size_t at = 0; at <= length; ++at) {
        for (const std::string& special : kSpecial) {
          std::string text;
          for (std::size_t k = 0; k < length; ++k) text += k == at ? special : std::string(fill);
          if (at == length) text += special;
          std::string out;
          AppendJsonString(out, text);
          ASSERT_EQ(out, ViaRapidJson(text)) << text;
          // RoomWriter checks short texts itself.
          std::string room;
          {
            RoomWriter writer(room);
            writer.Reserve(text.size());
            writer.PutString(text);
          }
          ASSERT_EQ("\"" + room + "\"", out) << text;
        }
      }
    }
  }
}

// The writers' RapidJSON over a TextSink escapes through AppendJsonString (export/RapidJsonSink.h).
TEST(JsonTextTest, TextSinkWritersWriteWhatRapidJsonWrites) {
  std::mt19937 random(3);
  TextSink sink;
  rapidjson::PrettyWriter<TextSink> ours(sink);
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> theirs(buffer);
  ours.StartObject();
  theirs.StartObject();
  for (int round = 0; round < 1000; ++round) {
    const std::string key = RandomText(random), value = RandomText(random);
    WriteJsonString(ours, key);
    WriteValid(theirs, key);
    ours.StartArray();
    theirs.StartArray();
    WriteJsonString(ours, value);
    WriteValid(theirs, value);
    ours.EndArray();
    theirs.EndArray();
  }
  ours.EndObject();
  theirs.EndObject();
  EXPECT_EQ(sink.Text(), std::string_view(buffer.GetString(), buffer.GetSize()));
}

EdgeRecord RandomEdge(std::mt19937& random) {
  EdgeRecord edge;
  for (std::size_t n = random() % 4; n > 0; --n) {
    Evidence e;
    e.document = RandomText(random);
    e.sentence = static_cast<std::uint32_t>(random() % 50);
    e.start = static_cast<std::uint32_t>(random());
    e.end = e.start + 10;
    e.date = random() % 2 ? "2024-02" : "";
    e.text = RandomText(random);
    if (random() % 2) e.attributed_to = RandomText(random);
    edge.evidence.insert(std::move(e));
  }
  return edge;
}

// What RapidJSON writes for the evidence at `depth` (inside that many arrays), pretty or compact.
template <typename Writer>
std::string EvidenceViaRapidJson(const EdgeRecord& edge, const ExportOptions& options, std::size_t depth) {
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  if constexpr (std::is_same_v<Writer, rapidjson::PrettyWriter<rapidjson::StringBuffer>>)
    writer.SetIndent(' ', 2);
  for (std::size_t d = 0; d < depth; ++d) writer.StartArray();
  writer.StartArray();
  for (const Evidence& e : edge.evidence) {
    writer.StartObject();
    writer.Key("document");
    WriteValid(writer, e.document);
    writer.Key("sentence");
    writer.Uint(e.sentence);
    writer.Key("start");
    writer.Uint(e.start);
    writer.Key("end");
    writer.Uint(e.end);
    writer.Key("date");
    WriteValid(writer, e.date);
    if (options.sentence_text) {
      writer.Key("text");
      WriteValid(writer, e.text);
    }
    if (!e.attributed_to.empty()) {
      writer.Key("attributed_to");
      WriteValid(writer, e.attributed_to);
    }
    writer.EndObject();
  }
  writer.EndArray();
  for (std::size_t d = 0; d < depth; ++d) writer.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// The evidence alone inside `depth` arrays, the rest written as RapidJSON does around a raw value.
std::string EvidenceByHand(const EdgeRecord& edge, const ExportOptions& options, std::size_t depth,
                           bool pretty) {
  std::string out;
  for (std::size_t d = 0; d < depth; ++d) {
    out += '[';
    if (pretty) out.append("\n").append(2 * (d + 1), ' ');
  }
  AppendEvidenceJson(out, edge, options, pretty ? std::optional<std::size_t>(depth) : std::nullopt);
  for (std::size_t d = depth; d > 0; --d) {
    if (pretty) out.append("\n").append(2 * (d - 1), ' ');
    out += ']';
  }
  return out;
}

TEST(JsonTextTest, EvidenceIsWrittenAsRapidJsonWritesIt) {
  std::mt19937 random(5);
  for (int round = 0; round < 500; ++round) {
    const EdgeRecord edge = RandomEdge(random);
    ExportOptions options;
    options.sentence_text = round % 3 != 0;
    const std::size_t depth = random() % 4;
    ASSERT_EQ(EvidenceByHand(edge, options, depth, true),
              EvidenceViaRapidJson<rapidjson::PrettyWriter<rapidjson::StringBuffer>>(edge, options, depth))
        << round;
    ASSERT_EQ(EvidenceByHand(edge, options, depth, false),
              EvidenceViaRapidJson<rapidjson::Writer<rapidjson::StringBuffer>>(edge, options, depth))
        << round;
  }
}

// The evidence escaped as XML as it is laid out is the compact evidence escaped afterwards, with a memo of
// the plain sentences or without.
TEST(JsonTextTest, EvidenceAsXmlIsTheEscapedEvidence) {
  std::mt19937 random(11);
  for (int round = 0; round < 500; ++round) {
    const EdgeRecord edge = RandomEdge(random);
    PlainTexts memo;  // (no longer than the texts it holds)
    ExportOptions options;
    options.sentence_text = round % 3 != 0;
    std::string json, expected;
    AppendEvidenceJson(json, edge, options, std::nullopt);
    AppendXmlEscaped(expected, json);
    std::string ours = "<";
    AppendEvidenceXml(ours, edge, options, round % 2 ? &memo : nullptr);
    ASSERT_EQ(ours, "<" + expected) << round;
  }
}

// Numbers are written as std::to_string writes them, those under 10,000 (from a table of digit pairs) as
// well as the others.
TEST(JsonTextTest, RoomWriterWritesNumbersAsToString) {
  std::vector<std::int64_t> numbers = {-1,
                                       -9999,
                                       99999,
                                       123456789,
                                       std::numeric_limits<std::int64_t>::min(),
                                       std::numeric_limits<std::int64_t>::max()};
  for (std::int64_t n = 0; n <= 10001; ++n) numbers.push_back(n);
  std::string out, expected;
  {
    RoomWriter writer(out);
    for (const std::int64_t n : numbers) {
      writer.Reserve(RoomWriter::kMaxDigits + 1);
      writer.PutNumber(n);
      writer.Put(',');
      expected += std::to_string(n) + ',';
    }
    writer.Reserve(RoomWriter::kMaxDigits);
    writer.PutNumber(std::uint32_t{4000000000});
    expected += "4000000000";
  }
  EXPECT_EQ(out, expected);
}

// Doubles are written as AppendJsonDouble writes them, whole ones under 10,000 (written by RoomWriter itself)
// as well as the others.
TEST(JsonTextTest, RoomWriterWritesDoublesAsAppendJsonDouble) {
  std::vector<double> numbers = {-0.0, -1.0, 0.5, 9999.5, 10000.0, 1e15, 1e300, 123456.0, 3.25e-7};
  for (int n = 0; n <= 10001; n += 7) numbers.push_back(n);
  std::string out, expected;
  {
    RoomWriter writer(out);
    for (const double n : numbers) {
      writer.Reserve(kMaxDoubleSize + 1);
      writer.PutDouble(n);
      writer.Put(',');
      AppendJsonDouble(expected, n);
      expected += ',';
    }
  }
  EXPECT_EQ(out, expected);
}

// A text is plain exactly when it is its own JSON string content: with valid sequences of any length (the
// typographic apostrophe of real text, three bytes), not with a character to escape or an invalid byte.
TEST(JsonTextTest, PlainTextIsItsOwnContent) {
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(random);
    std::string content(kMaxEscapedSize * text.size(), '\0');
    content.resize(static_cast<std::size_t>(WriteJsonStringContent(content.data(), text) - content.data()));
    ASSERT_EQ(IsPlainJsonText(text), content == text) << text;
  }
  EXPECT_TRUE(IsPlainJsonText("l’armée a déclaré qu’elle restait prête « en alerte »"));
  EXPECT_FALSE(IsPlainJsonText("l’armée a déclaré qu’elle \"restait prête\""));
}

// Of a valid UTF-8 text, IsPlainValidUtf8JsonText answers as IsPlainJsonText, and so does a memo told the
// texts are valid.
TEST(JsonTextTest, PlainValidUtf8TextIsPlainJsonText) {
  std::mt19937 random(11);
  PlainTexts memo;
  std::vector<std::string> texts;
  for (int round = 0; round < 3000; ++round) texts.push_back(ValidUtf8(RandomText(random)));
  for (const std::string& text : texts) {
    ASSERT_EQ(IsPlainValidUtf8JsonText(text), IsPlainJsonText(text)) << text;
    ASSERT_EQ(memo.IsPlain(text, true), IsPlainJsonText(text)) << text;
  }
  // An escaped byte at every offset of texts of every length up to 40, accented letters around it.
  for (std::size_t size = 1; size <= 40; ++size)
    for (std::size_t at = 0; at < size; ++at)
      for (const char escaped : {'"', '\\', '\n', '\x1F'}) {
        std::string text;
        for (std::size_t k = 0; k < size; ++k) text += k == at ? std::string(1, escaped) : k % 3 ? "a" : "é";
        ASSERT_FALSE(IsPlainValidUtf8JsonText(text)) << text;
        text[text.find(escaped)] = 'x';
        ASSERT_TRUE(IsPlainValidUtf8JsonText(text)) << text;
      }
}

// A memo of plain texts answers as IsPlainJsonText, for a text seen again as well as for a new one: through
// more texts than its first table holds, each asked twice.
TEST(JsonTextTest, PlainTextsAnswerAsIsPlainJsonText) {
  std::mt19937 random(5);
  std::vector<std::string> texts;
  for (int round = 0; round < 3000; ++round) texts.push_back(RandomText(random));
  PlainTexts memo;
  for (int pass = 0; pass < 2; ++pass)
    for (const std::string& text : texts) ASSERT_EQ(memo.IsPlain(text), IsPlainJsonText(text)) << text;
  // The same address with another size is another text (here cut after a lead byte).
  const std::string accented = "un texte assez long pour \xC3\xAAtre lu par blocs";
  ASSERT_TRUE(memo.IsPlain(accented));
  EXPECT_FALSE(memo.IsPlain(std::string_view(accented).substr(0, 26)));
}

}  // namespace
}  // namespace newsgraph
