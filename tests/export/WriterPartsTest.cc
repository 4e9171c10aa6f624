// The small pieces every writer relies on: escapers, ids, dates, format names, schema colours.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <random>
#include <utility>

#include "TestGraph.h"
#include "export/CsvCell.h"
#include "export/DateInterval.h"
#include "export/DotWriter.h"
#include "export/Format.h"
#include "export/TextSink.h"
#include "export/Utf8.h"
#include "export/XmlEscape.h"
#include "export/XmlId.h"

namespace newsgraph {
namespace {

std::string XmlEscape(std::string_view text) {
  TextSink sink;
  WriteXmlEscaped(sink, text);
  return sink.TakeText();
}

TEST(XmlEscapeTest, EscapesSpecialsAndDropsForbiddenCharacters) {
  EXPECT_EQ(XmlEscape("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
  EXPECT_EQ(XmlEscape("]]>"), "]]&gt;");
  EXPECT_EQ(XmlEscape("x\x01y\x1Fz\x7F"), "xyz\x7F");
  EXPECT_EQ(XmlEscape("tab\tnl\ncr\r"), "tab&#9;nl&#10;cr&#13;");
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBE\xEF\xBF\xBF"), "");                          // U+FFFE, U+FFFF
  EXPECT_EQ(XmlEscape("\u202Ebidi\u200F"), "\u202Ebidi\u200F");                  // bidi marks are legal
  EXPECT_EQ(XmlEscape("bad\xFF"), "bad\xEF\xBF\xBD");                            // U+FFFD
  EXPECT_EQ(XmlEscape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate, byte by byte
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBD ok"), "\xEF\xBF\xBD ok");                    // a real U+FFFD is kept
  EXPECT_EQ(XmlEscape("café & thé"), "café &amp; thé");
  EXPECT_EQ(XmlEscape("caf\xC3"), "caf\xEF\xBF\xBD");  // a truncated two-byte sequence
}

TEST(Utf8Test, ReplacesInvalidSequences) {
  EXPECT_EQ(ValidUtf8("déjà 🎉"), "déjà 🎉");
  EXPECT_EQ(ValidUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(ValidUtf8("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated
}

TEST(Utf8Test, TellsValidText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("déjà 🎉 \xEF\xBF\xBD"));  // U+FFFD written as such is valid
  for (std::string bad :
       {"\xC0\xAF", "\xE2\x82", "ok\xFF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "caf\xC3", "\xC3(\xA9"})
    EXPECT_FALSE(IsValidUtf8(bad)) << bad;
}

TEST(TextSinkTest, DrainsWhenFullAndKeepsTheOrder) {
  std::string drained;
  int drains = 0;
  TextSink sink(4, [&](std::string& buffer, std::size_t size) {
    drained.append(buffer, 0, size);
    ++drains;
    return std::size_t{0};
  });
  sink.Write("ab");
  sink.Put('c');
  EXPECT_EQ(drains, 0);
  sink.Write("defgh");
  EXPECT_EQ(drains, 1);
  sink.Put('i');
  EXPECT_EQ(drained.append(sink.Text()), "abcdefghi");
}

// A drain may hand the sink another buffer (AtomicFile writes the full one behind the writers' back): the
// sink goes on after the bytes it kept at the new buffer's start.
TEST(TextSinkTest, GoesOnInTheBufferADrainSwappedIn) {
  std::string drained;
  std::string other(16, '#');
  TextSink sink(8, [&](std::string& buffer, std::size_t size) {
    drained.append(buffer, 0, size - 2);
    other.replace(0, 2, buffer, size - 2, 2);  // the last two bytes are kept, in the other buffer
    buffer.swap(other);
    return std::size_t{2};
  });
  for (const char* piece : {"abc", "defgh", "ijk", "lmnopq", "r"}) sink.Write(piece);
  EXPECT_EQ(drained.append(sink.Text()), "abcdefghijklmnopqr");
}

TEST(CsvCellTest, QuotesAndNeutralisesFormulas) {
  EXPECT_EQ(CsvCell("plain"), "plain");
  EXPECT_EQ(CsvCell("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvCell("two\nlines"), "\"two\nlines\"");
  for (std::string cell : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx"})
    EXPECT_EQ(CsvCell(cell).substr(0, 1), "'") << cell;
  EXPECT_EQ(CsvCell("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

// Random concatenations of pieces whose escaped form is known (plain runs of every length, specials,
// controls, multi-byte and invalid sequences next to each other): the output is the concatenation of the
// pieces' outputs.
TEST(XmlEscapeTest, EscapesEachPieceWhereverItFalls) {
  const std::pair<std::string_view, std::string_view> pieces[] = {{"a", "a"},
                                                                  {"Z", "Z"},
                                                                  {" ", " "},
                                                                  {"~", "~"},
                                                                  {"\x7F", "\x7F"},
                                                                  {"&", "&amp;"},
                                                                  {"<", "&lt;"},
                                                                  {">", "&gt;"},
                                                                  {"\"", "&quot;"},
                                                                  {"'", "&apos;"},
                                                                  {"\t", "&#9;"},
                                                                  {"\n", "&#10;"},
                                                                  {"\x01", ""},
                                                                  {"\x1F", ""},
                                                                  {"\xC3\xA9", "\xC3\xA9"},
                                                                  {"\xE2\x82\xAC", "\xE2\x82\xAC"},
                                                                  {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
                                                                  {"\xFF", "\xEF\xBF\xBD"},
                                                                  {"\xEF\xBF\xBE", ""}};
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<int> plain_run(0, 20);
  for (int round = 0; round < 2000; ++round) {
    std::string text, expected;
    // (Some long enough to fill the escaper's buffer several times.)
    for (int n = 0, pieces_count = round % 100 == 0 ? 600 : 12; n < pieces_count; ++n) {
      // Mostly plain runs of every length, as in sentences, with a piece between them.
      const std::string run(static_cast<std::size_t>(plain_run(random)), 'x');
      const auto& [piece, escaped] = pieces[pick(random)];
      text += run;
      text += piece;
      expected += run;
      expected += escaped;
    }
    ASSERT_EQ(XmlEscape(text), expected) << text;
  }
}

std::string EncodeXmlId(std::string_view id) {
  TextSink sink;
  WriteXmlId(sink, id);
  return sink.TakeText();
}

TEST(XmlIdTest, EncodesReversiblyToNmtokens) {
  EXPECT_EQ(EncodeXmlId("official:emmanuel_macron"), "official:emmanuel_macron");
  EXPECT_EQ(EncodeXmlId("a b/c#d.e"), "a.20b.2Fc.23d.2Ee");
  for (std::string id : {"a b/c#d.e", "é.", "x..41", ""}) EXPECT_EQ(DecodeXmlId(EncodeXmlId(id)), id);
  EXPECT_FALSE(DecodeXmlId("a.4").has_value());
  EXPECT_FALSE(DecodeXmlId("a.zz").has_value());
}

TEST(DateIntervalTest, ExpandsPartialDates) {
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(DateInterval("2024-03-15"), (P{"2024-03-15", "2024-03-15"}));
  EXPECT_EQ(DateInterval("2024-02"), (P{"2024-02-01", "2024-02-29"}));
  EXPECT_EQ(DateInterval("2023-02"), (P{"2023-02-01", "2023-02-28"}));
  EXPECT_EQ(DateInterval("1900-02"), (P{"1900-02-01", "1900-02-28"}));
  EXPECT_EQ(DateInterval("2024"), (P{"2024-01-01", "2024-12-31"}));
  for (std::string bad : {"", "2024-13", "2024-02-30", "2024-3-1", "24-03-01", "2024-03-15T10:00", "abcd"})
    EXPECT_FALSE(DateInterval(bad).has_value()) << bad;
}

TEST(DotEscapeTest, EscapesQuotesBackslashesAndLineBreaks) {
  EXPECT_EQ(DotEscape("a\"b\\c\nd\x01"), "a\\\"b\\\\c\\nd");
}

TEST(FormatTest, ByNameAndExtension) {
  EXPECT_EQ(ParseFormat("gexf"), Format::kGexf);
  EXPECT_EQ(ParseFormat("neo4j"), Format::kNeo4j);
  EXPECT_FALSE(ParseFormat("xml").has_value());
  EXPECT_EQ(FormatFromPath("out/g.graphml"), Format::kGraphml);
  EXPECT_EQ(FormatFromPath("g.cyjs"), Format::kCyjs);
  EXPECT_FALSE(FormatFromPath("nodes.csv").has_value());
  EXPECT_FALSE(FormatFromPath("folder").has_value());
  for (Format f : {Format::kJson, Format::kGraphml, Format::kGexf, Format::kCyjs, Format::kCsv,
                   Format::kNeo4j, Format::kDot})
    EXPECT_EQ(ParseFormat(Name(f)), f);
}

TEST(ExportOptionsTest, LoadsSchemaColours) {
  ExportOptions options = testing::SchemaOptions();
  EXPECT_EQ(options.node_colors.size(), kEntityTypes.size());
  EXPECT_EQ(options.edge_colors.size(), kRelationTypes.size());
  EXPECT_EQ(options.node_colors.at(EntityType::kOfficial), "#1f77b4");
}

TEST(ExportOptionsTest, RejectsMissingColour) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "o.json")
      << R"({"node_types": {"Official": {"color": "blue"}}, "edge_types": {}})";
  Result<ExportOptions> options = LoadExportOptions(dir.path() / "o.json");
  ASSERT_FALSE(options.ok());
  EXPECT_EQ(options.error().code, ErrorCode::kBadSchema);
  EXPECT_FALSE(LoadExportOptions(dir.path() / "none.json").ok());
}

}  // namespace
}  // namespace newsgraph
