// Parses and checks queries of the Cypher subset newsgraph understands:
//
//   MATCH (a:Official)-[r:spoke_with|denied]-(b {name: "Gerasimov"}), (b)-[*..3]->(c)
//   WHERE r.date >= "2022-11" AND NOT a.label CONTAINS "Milley" OR c.type IN ["Country", "Place"]
//   MATCH (c)-[:connects]-(i) WHERE i.type = "Institution"
//   RETURN DISTINCT a.label AS who, type(r), count(*) AS n ORDER BY n DESC, who SKIP 0 LIMIT 10
//
// Comma-separated patterns share one MATCH (an edge is used once per MATCH); further MATCH clauses add
// patterns that must hold too. Functions: count(*), count([DISTINCT] x), type(x) and id(x). Node and edge
// types, property names and variables are checked here, so a query that parses runs. Every error is
// ErrorCode::kBadQuery with "line L, column C: ..." saying what was expected.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "query/Query.h"
#include "query/QueryToken.h"

namespace newsgraph {

class Parser {
 public:
  // One query (a trailing ';' is allowed).
  static Result<Query> ParseQuery(std::string_view text);
  // Several queries separated by ';' (empty statements are skipped); lines count from the start of `text`.
  static Result<std::vector<Query>> ParseScript(std::string_view text);

 private:
  Parser(std::string_view text, std::vector<QueryToken> tokens) : text_(text), tokens_(std::move(tokens)) {}

  Result<Query> ParseOne();
  Status ParsePath(int clause);
  Result<int> ParseNode(PathPattern& path);
  Status ParseEdge(PathPattern& path);
  Status ParseRange(EdgePattern& edge);
  Status ParsePropertyMap(int slot);
  Result<int> Declare(const QueryToken& name, SlotKind kind);
  Status ParseReturn();
  Status ParseOrder();
  Result<std::int64_t> ParseCount(std::string_view clause);

  Result<Expression> ParseExpression();
  Result<Expression> ParseXor();
  Result<Expression> ParseAnd();
  Result<Expression> ParseNot();
  Result<Expression> ParseComparison();
  Result<Expression> ParseUnary();
  Result<Expression> ParsePostfix();
  Result<Expression> ParsePrimary();
  Result<Expression> ParseCall(const QueryToken& name);
  Result<Expression> ParseProperty(Expression variable, const QueryToken& name);

  const QueryToken& Peek(std::size_t ahead = 0) const;
  const QueryToken& Take();
  bool At(QueryTokenKind kind) const { return Peek().kind == kind; }
  bool AtKeyword(std::string_view keyword, std::size_t ahead = 0) const;
  bool Accept(QueryTokenKind kind);
  bool AcceptKeyword(std::string_view keyword);
  Status Expect(QueryTokenKind kind, std::string_view what);
  Status ExpectKeyword(std::string_view keyword, std::string_view what);
  Error Expected(std::string_view what) const;
  // The source text and a whitespace-insensitive key of tokens [begin, pos_).
  std::string TextFrom(std::size_t begin) const;
  std::string KeyFrom(std::size_t begin) const;

  std::size_t depth_ = 0;  // nesting of the expression being parsed (see ParseNot)
  std::string_view text_;
  std::vector<QueryToken> tokens_;
  std::size_t pos_ = 0;
  Query query_;
  std::map<std::string, int> slots_;  // named variables
  std::vector<std::string> return_keys_;
  bool allow_count_ = false;
};

}  // namespace newsgraph
