// Splits a query into tokens. `//` starts a comment to the end of the line; strings take '...' or "..." with
// backslash escapes; `backticks` quote an identifier. Columns count characters, not bytes.
#pragma once

#include <string_view>
#include <vector>

#include "core/Result.h"
#include "query/QueryToken.h"

namespace newsgraph {

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  // All tokens, ending with one kEnd token.
  Result<std::vector<QueryToken>> Tokenize();

 private:
  char Peek(std::size_t ahead = 0) const;
  void Advance();
  Result<QueryToken> Next();
  Result<QueryToken> LexString(QueryToken token);
  QueryToken LexNumber(QueryToken token);

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

}  // namespace newsgraph
