#include <gtest/gtest.h>

#include "query/Lexer.h"

namespace newsgraph {
namespace {

std::vector<QueryToken> Lex(std::string_view text) {
  Result<std::vector<QueryToken>> tokens = Lexer(text).Tokenize();
  EXPECT_TRUE(tokens.ok()) << (tokens.ok() ? "" : tokens.error().message);
  return tokens.ok() ? *tokens : std::vector<QueryToken>{};
}

TEST(LexerTest, SplitsPatternPunctuation) {
  std::vector<QueryToken> tokens = Lex("(a)<-[r:denied*1..3]->");
  std::vector<QueryTokenKind> kinds;
  for (const QueryToken& t : tokens) kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<QueryTokenKind>{
                       QueryTokenKind::kLParen, QueryTokenKind::kIdentifier, QueryTokenKind::kRParen,
                       QueryTokenKind::kLt, QueryTokenKind::kMinus, QueryTokenKind::kLBracket,
                       QueryTokenKind::kIdentifier, QueryTokenKind::kColon, QueryTokenKind::kIdentifier,
                       QueryTokenKind::kStar, QueryTokenKind::kInteger, QueryTokenKind::kDotDot,
                       QueryTokenKind::kInteger, QueryTokenKind::kRBracket, QueryTokenKind::kMinus,
                       QueryTokenKind::kGt, QueryTokenKind::kEnd}));
}

TEST(LexerTest, StringsAreUnescapedAndColumnsCountCharacters) {
  std::vector<QueryToken> tokens = Lex("\"Choïgou\" 'l\\'OTAN' x");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].text, "Choïgou");
  EXPECT_EQ(tokens[1].text, "l'OTAN");
  EXPECT_EQ(tokens[1].column, 11u);
  EXPECT_EQ(tokens[2].column, 21u);
}

TEST(LexerTest, CommentsAndLinesAreTracked) {
  std::vector<QueryToken> tokens = Lex("MATCH // who\n  (a) <> 2.5");
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[1].line, 2u);
  EXPECT_EQ(tokens[1].column, 3u);
  EXPECT_EQ(tokens[4].kind, QueryTokenKind::kNe);
  EXPECT_EQ(tokens[5].kind, QueryTokenKind::kFloat);
}

TEST(LexerTest, UnterminatedStringNamesItsStart) {
  Result<std::vector<QueryToken>> tokens = Lexer("MATCH (a {name: \"Gera})").Tokenize();
  ASSERT_FALSE(tokens.ok());
  EXPECT_EQ(tokens.error().code, ErrorCode::kBadQuery);
  EXPECT_EQ(tokens.error().message, "line 1, column 17: unterminated string");
}

TEST(LexerTest, UnexpectedCharacter) {
  Result<std::vector<QueryToken>> tokens = Lexer("MATCH (a)\nRETURN a.label # 2").Tokenize();
  ASSERT_FALSE(tokens.ok());
  EXPECT_EQ(tokens.error().message, "line 2, column 16: unexpected character '#'");
}

}  // namespace
}  // namespace newsgraph
