#include <gtest/gtest.h>

#include <string>

#include "ingest/JsonLinesParser.h"

namespace newsgraph {
namespace {

const Location kWhere{"news.jsonl", 3, 120, false};

TEST(JsonLinesParserTest, EscapesAreDecoded) {
  const auto article =
      JsonLinesParser::Parse(R"({"id": "a1", "title": "Appel \"direct\"", "date": "2022-11-03T10:00:00Z",)"
                             R"( "text": "Caf\u00e9\n\tS\u00e9oul \\ \ud83d\ude00 fin"})",
                             "news", kWhere);
  ASSERT_TRUE(article) << article.error().message;
  EXPECT_EQ(article->id, "a1");
  EXPECT_EQ(article->title, "Appel \"direct\"");
  EXPECT_EQ(article->date, "2022-11-03");
  EXPECT_EQ(article->text, "Appel \"direct\"\n\nCafé\n\tSéoul \\ \U0001F600 fin");
}

TEST(JsonLinesParserTest, TextStartingWithTheTitleIsKeptAsItIs) {
  const auto article =
      JsonLinesParser::Parse(R"({"title": "Titre", "text": "Titre\n\nCorps."})", "news", kWhere);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->text, "Titre\n\nCorps.");
  EXPECT_EQ(article->id, "news:3");
}

TEST(JsonLinesParserTest, ErrorsCarryTheirByteOffset) {
  const auto article = JsonLinesParser::Parse(R"({"text": "a" "b"})", "news", kWhere);
  ASSERT_FALSE(article);
  EXPECT_EQ(article.error().code, ErrorCode::kMalformedJson);
  EXPECT_TRUE(article.error().where.has_byte);
  EXPECT_EQ(article.error().where.byte, 120u + 13u);
}

TEST(JsonLinesParserTest, NulByteInsideAStringIsMalformed) {
  const std::string line = std::string(R"({"text": "a)") + '\0' + R"(b"})";
  const auto article = JsonLinesParser::Parse(line, "news", kWhere);
  ASSERT_FALSE(article);
  EXPECT_EQ(article.error().code, ErrorCode::kMalformedJson);
}

}  // namespace
}  // namespace newsgraph
