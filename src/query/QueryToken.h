// A lexical token of the query language, with its 1-based line and column (in characters) for error messages.
#pragma once

#include <cstddef>
#include <string>

namespace newsgraph {

enum class QueryTokenKind {
  kIdentifier,  // names and keywords (keywords are recognised by the parser, case-insensitively)
  kString,
  kInteger,
  kFloat,
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kLBrace,
  kRBrace,
  kColon,
  kComma,
  kDot,
  kDotDot,
  kPipe,
  kStar,
  kSemicolon,
  kMinus,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kEnd,
};

struct QueryToken {
  QueryTokenKind kind = QueryTokenKind::kEnd;
  std::string text;  // identifier name, string contents (unescaped) or the punctuation as written
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t offset = 0;  // byte offsets of the token in the query text
  std::size_t end = 0;
  bool quoted = false;  // `backticked` identifier: never a keyword
};

}  // namespace newsgraph
