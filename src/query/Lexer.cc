#include "query/Lexer.h"

#include <fmt/format.h>

#include "query/QueryError.h"

namespace newsgraph {
namespace {

bool IsIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsIdentifierChar(char c) {
  return IsIdentifierStart(c) || IsDigit(c);
}

}  // namespace

char Lexer::Peek(std::size_t ahead) const {
  return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
}

void Lexer::Advance() {
  char c = text_[pos_++];
  if (c == '\n') {
    ++line_;
    column_ = 1;
  } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
    ++column_;  // continuation bytes of a UTF-8 character do not move the column
  }
}

Result<std::vector<QueryToken>> Lexer::Tokenize() {
  std::vector<QueryToken> tokens;
  while (true) {
    Result<QueryToken> token = Next();
    if (!token) return token.error();
    bool end = token->kind == QueryTokenKind::kEnd;
    tokens.push_back(std::move(token).value());
    if (end) return tokens;
  }
}

Result<QueryToken> Lexer::Next() {
  while (pos_ < text_.size()) {
    char c = Peek();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      Advance();
    } else if (c == '/' && Peek(1) == '/') {
      while (pos_ < text_.size() && Peek() != '\n') Advance();
    } else {
      break;
    }
  }
  QueryToken token;
  token.line = line_;
  token.column = column_;
  token.offset = pos_;
  if (pos_ >= text_.size()) {
    token.end = pos_;
    return token;
  }
  char c = Peek();
  if (c == '"' || c == '\'') return LexString(std::move(token));
  if (IsDigit(c)) return LexNumber(std::move(token));
  if (IsIdentifierStart(c)) {
    while (IsIdentifierChar(Peek())) Advance();
    token.kind = QueryTokenKind::kIdentifier;
    token.text = std::string(text_.substr(token.offset, pos_ - token.offset));
    token.end = pos_;
    return token;
  }
  if (c == '`') {
    Advance();
    while (pos_ < text_.size() && Peek() != '`' && Peek() != '\n') Advance();
    if (Peek() != '`') return QueryError(token, "unterminated `quoted name`");
    token.text = std::string(text_.substr(token.offset + 1, pos_ - token.offset - 1));
    Advance();
    token.kind = QueryTokenKind::kIdentifier;
    token.quoted = true;
    token.end = pos_;
    return token;
  }
  struct Punctuation {
    std::string_view text;
    QueryTokenKind kind;
  };
  // Longest first, so "<=" wins over "<" and ".." over ".".
  static constexpr Punctuation kPunctuation[] = {
      {"<>", QueryTokenKind::kNe},    {"!=", QueryTokenKind::kNe},       {"<=", QueryTokenKind::kLe},
      {">=", QueryTokenKind::kGe},    {"..", QueryTokenKind::kDotDot},   {"(", QueryTokenKind::kLParen},
      {")", QueryTokenKind::kRParen}, {"[", QueryTokenKind::kLBracket},  {"]", QueryTokenKind::kRBracket},
      {"{", QueryTokenKind::kLBrace}, {"}", QueryTokenKind::kRBrace},    {":", QueryTokenKind::kColon},
      {",", QueryTokenKind::kComma},  {".", QueryTokenKind::kDot},       {"|", QueryTokenKind::kPipe},
      {"*", QueryTokenKind::kStar},   {";", QueryTokenKind::kSemicolon}, {"-", QueryTokenKind::kMinus},
      {"=", QueryTokenKind::kEq},     {"<", QueryTokenKind::kLt},        {">", QueryTokenKind::kGt},
  };
  for (const Punctuation& p : kPunctuation) {
    if (text_.substr(pos_, p.text.size()) == p.text) {
      for (std::size_t i = 0; i < p.text.size(); ++i) Advance();
      token.kind = p.kind;
      token.text = std::string(p.text);
      token.end = pos_;
      return token;
    }
  }
  std::size_t length = 1;
  while (pos_ + length < text_.size() && (static_cast<unsigned char>(text_[pos_ + length]) & 0xC0) == 0x80)
    ++length;
  return QueryError(token, fmt::format("unexpected character '{}'", text_.substr(pos_, length)));
}

Result<QueryToken> Lexer::LexString(QueryToken token) {
  char quote = Peek();
  Advance();
  std::string value;
  while (true) {
    if (pos_ >= text_.size()) return QueryError(token, "unterminated string");
    char c = Peek();
    if (c == quote) {
      Advance();
      break;
    }
    if (c == '\\') {
      Advance();
      if (pos_ >= text_.size()) return QueryError(token, "unterminated string");
      char e = Peek();
      switch (e) {
        case 'n':
          value += '\n';
          break;
        case 't':
          value += '\t';
          break;
        case '\\':
        case '\'':
        case '"':
          value += e;
          break;
        default:
          return QueryError(line_, column_, fmt::format("unknown escape '\\{}' in string", e));
      }
      Advance();
      continue;
    }
    value += c;
    Advance();
  }
  token.kind = QueryTokenKind::kString;
  token.text = std::move(value);
  token.end = pos_;
  return token;
}

QueryToken Lexer::LexNumber(QueryToken token) {
  while (IsDigit(Peek())) Advance();
  token.kind = QueryTokenKind::kInteger;
  // "1..3" is a range, so a dot makes a float only when a digit follows it.
  if (Peek() == '.' && IsDigit(Peek(1))) {
    Advance();
    while (IsDigit(Peek())) Advance();
    token.kind = QueryTokenKind::kFloat;
  }
  token.text = std::string(text_.substr(token.offset, pos_ - token.offset));
  token.end = pos_;
  return token;
}

}  // namespace newsgraph
