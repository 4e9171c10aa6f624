#include "query/Parser.h"

#include <fmt/format.h>

#include <algorithm>

#include "query/Lexer.h"
#include "query/Properties.h"
#include "query/QueryError.h"

namespace newsgraph {
namespace {

// One level of a nested expression for as long as it lives: a depth limit keeps a query from exhausting the
// stack of the recursive descent.
class NestingLevel {
 public:
  explicit NestingLevel(std::size_t& depth) : depth_(++depth) {}
  ~NestingLevel() { --depth_; }
  NestingLevel(const NestingLevel&) = delete;
  NestingLevel& operator=(const NestingLevel&) = delete;
  bool TooDeep() const { return depth_ > 64; }

 private:
  std::size_t& depth_;
};

constexpr int kMaxHops = 10;

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string Describe(const QueryToken& token) {
  switch (token.kind) {
    case QueryTokenKind::kEnd:
      return "the end of the query";
    case QueryTokenKind::kString:
      return fmt::format("the string \"{}\"", token.text);
    default:
      return fmt::format("'{}'", token.text);
  }
}

std::string EntityTypeList() {
  std::string out;
  for (EntityType t : kEntityTypes) out += (out.empty() ? "" : ", ") + std::string(Name(t));
  return out;
}

std::string RelationTypeList() {
  std::string out;
  for (RelationType t : kRelationTypes) out += (out.empty() ? "" : ", ") + std::string(Name(t));
  return out;
}

std::string NameList(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

// Clause words cannot name a variable unless `quoted`, so that "WHERE RETURN" reads as a missing expression.
bool IsReserved(std::string_view word) {
  static constexpr std::string_view kReserved[] = {"MATCH",    "WHERE",    "RETURN", "ORDER", "BY",  "SKIP",
                                                   "LIMIT",    "AND",      "OR",     "XOR",   "NOT", "AS",
                                                   "DISTINCT", "CONTAINS", "STARTS", "ENDS",  "IN",  "IS"};
  std::string upper = Upper(word);
  return std::find(std::begin(kReserved), std::end(kReserved), upper) != std::end(kReserved);
}

bool ContainsCount(const Expression& e) {
  if (e.kind == Expression::Kind::kCount) return true;
  return std::any_of(e.children.begin(), e.children.end(), ContainsCount);
}

void SplitAnd(Expression e, std::vector<Expression>& out) {
  if (e.kind == Expression::Kind::kAnd) {
    SplitAnd(std::move(e.children[0]), out);
    SplitAnd(std::move(e.children[1]), out);
  } else {
    out.push_back(std::move(e));
  }
}

Expression Binary(Expression::Kind kind, Expression left, Expression right) {
  Expression e;
  e.kind = kind;
  e.text = left.text + " " + right.text;
  e.children.push_back(std::move(left));
  e.children.push_back(std::move(right));
  return e;
}

}  // namespace

Result<Query> Parser::ParseQuery(std::string_view text) {
  Result<std::vector<QueryToken>> tokens = Lexer(text).Tokenize();
  if (!tokens) return tokens.error();
  Parser parser(text, std::move(tokens).value());
  Result<Query> query = parser.ParseOne();
  if (!query) return query;
  if (!parser.At(QueryTokenKind::kEnd)) return parser.Expected("the end of the query");
  return query;
}

Result<std::vector<Query>> Parser::ParseScript(std::string_view text) {
  Result<std::vector<QueryToken>> tokens = Lexer(text).Tokenize();
  if (!tokens) return tokens.error();
  std::vector<QueryToken> all = std::move(tokens).value();
  std::vector<Query> queries;
  std::size_t pos = 0;
  while (true) {
    while (all[pos].kind == QueryTokenKind::kSemicolon) ++pos;
    if (all[pos].kind == QueryTokenKind::kEnd) return queries;
    Parser parser(text, all);
    parser.pos_ = pos;
    Result<Query> query = parser.ParseOne();
    if (!query) return query.error();
    queries.push_back(std::move(query).value());
    pos = parser.pos_;
  }
}

// --- tokens
// ----------------------------------------------------------------------------------------------------

const QueryToken& Parser::Peek(std::size_t ahead) const {
  return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
}

const QueryToken& Parser::Take() {
  const QueryToken& token = Peek();
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return token;
}

bool Parser::AtKeyword(std::string_view keyword, std::size_t ahead) const {
  const QueryToken& token = Peek(ahead);
  return token.kind == QueryTokenKind::kIdentifier && !token.quoted && Upper(token.text) == keyword;
}

bool Parser::Accept(QueryTokenKind kind) {
  if (!At(kind)) return false;
  Take();
  return true;
}

bool Parser::AcceptKeyword(std::string_view keyword) {
  if (!AtKeyword(keyword)) return false;
  Take();
  return true;
}

Status Parser::Expect(QueryTokenKind kind, std::string_view what) {
  if (!Accept(kind)) return Expected(what);
  return Ok();
}

Status Parser::ExpectKeyword(std::string_view keyword, std::string_view what) {
  if (!AcceptKeyword(keyword)) return Expected(what);
  return Ok();
}

Error Parser::Expected(std::string_view what) const {
  return QueryError(Peek(), fmt::format("expected {}, found {}", what, Describe(Peek())));
}

std::string Parser::TextFrom(std::size_t begin) const {
  if (pos_ <= begin) return "";
  const QueryToken& last = tokens_[pos_ - 1];
  return std::string(text_.substr(tokens_[begin].offset, last.end - tokens_[begin].offset));
}

std::string Parser::KeyFrom(std::size_t begin) const {
  std::string key;
  for (std::size_t i = begin; i < pos_; ++i) {
    const QueryToken& t = tokens_[i];
    key += t.kind == QueryTokenKind::kString ? "\"" + t.text + "\"" : t.text;
    key += '\x1f';
  }
  return key;
}

// --- clauses
// ---------------------------------------------------------------------------------------------------

Result<Query> Parser::ParseOne() {
  std::size_t begin = pos_;
  if (Status s = ExpectKeyword("MATCH", "MATCH"); !s) return s.error();
  // Every MATCH must hold (there is no OPTIONAL MATCH), so the WHERE clauses are simply added up.
  for (int clause = 0;; ++clause) {
    do {
      if (Status s = ParsePath(clause); !s) return s.error();
    } while (Accept(QueryTokenKind::kComma));
    if (AcceptKeyword("WHERE")) {
      Result<Expression> where = ParseExpression();
      if (!where) return where.error();
      SplitAnd(std::move(where).value(), query_.predicates);
    }
    if (!AcceptKeyword("MATCH")) break;
  }
  if (Status s = ExpectKeyword("RETURN", "MATCH, WHERE or RETURN"); !s) return s.error();
  if (Status s = ParseReturn(); !s) return s.error();
  if (AcceptKeyword("ORDER")) {
    if (Status s = ExpectKeyword("BY", "BY after ORDER"); !s) return s.error();
    if (Status s = ParseOrder(); !s) return s.error();
  }
  if (AcceptKeyword("SKIP")) {
    Result<std::int64_t> skip = ParseCount("SKIP");
    if (!skip) return skip.error();
    query_.skip = *skip;
  }
  if (AcceptKeyword("LIMIT")) {
    Result<std::int64_t> limit = ParseCount("LIMIT");
    if (!limit) return limit.error();
    query_.limit = *limit;
  }
  query_.text = TextFrom(begin);
  if (!At(QueryTokenKind::kEnd) && !Accept(QueryTokenKind::kSemicolon))
    return Expected(query_.order.empty() ? "ORDER BY, SKIP, LIMIT, ';' or the end of the query"
                                         : "SKIP, LIMIT, ';' or the end of the query");
  return std::move(query_);
}

Result<std::int64_t> Parser::ParseCount(std::string_view clause) {
  if (!At(QueryTokenKind::kInteger)) return Expected(fmt::format("a whole number after {}", clause));
  const QueryToken& token = Take();
  if (token.text.size() > 12) return QueryError(token, fmt::format("{} {} is too large", clause, token.text));
  return std::stoll(token.text);
}

Status Parser::ParseReturn() {
  query_.distinct = AcceptKeyword("DISTINCT");
  allow_count_ = true;
  do {
    std::size_t begin = pos_;
    Result<Expression> expression = ParseExpression();
    if (!expression) return expression.error();
    ReturnItem item;
    item.expression = std::move(expression).value();
    bool is_count = item.expression.kind == Expression::Kind::kCount;
    if (!is_count && ContainsCount(item.expression))
      return QueryError(tokens_[begin], "count() must be a whole RETURN item");
    query_.aggregates = query_.aggregates || is_count;
    item.column = item.expression.text;
    return_keys_.push_back(KeyFrom(begin));
    if (AcceptKeyword("AS")) {
      if (!At(QueryTokenKind::kIdentifier)) return Expected("a column name after AS");
      item.column = Take().text;
    }
    query_.returns.push_back(std::move(item));
  } while (Accept(QueryTokenKind::kComma));
  return Ok();
}

Status Parser::ParseOrder() {
  do {
    OrderItem item;
    const QueryToken& first = Peek();
    // A bare column alias: `RETURN count(*) AS n ORDER BY n`.
    if (first.kind == QueryTokenKind::kIdentifier && Peek(1).kind != QueryTokenKind::kDot &&
        !slots_.contains(first.text)) {
      for (std::size_t i = 0; i < query_.returns.size(); ++i)
        if (query_.returns[i].column == first.text) item.column = static_cast<int>(i);
    }
    if (item.column >= 0) {
      Take();
    } else {
      std::size_t begin = pos_;
      Result<Expression> expression = ParseExpression();
      if (!expression) return expression.error();
      auto it = std::find(return_keys_.begin(), return_keys_.end(), KeyFrom(begin));
      if (it != return_keys_.end()) {
        item.column = static_cast<int>(it - return_keys_.begin());
      } else if (query_.aggregates || query_.distinct || ContainsCount(*expression)) {
        return QueryError(first, "with count() or DISTINCT, ORDER BY must name a returned column");
      } else {
        item.expression = std::move(expression).value();
      }
    }
    if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING"))
      item.descending = true;
    else if (!AcceptKeyword("ASC"))
      AcceptKeyword("ASCENDING");
    query_.order.push_back(std::move(item));
  } while (Accept(QueryTokenKind::kComma));
  return Ok();
}

// --- patterns
// --------------------------------------------------------------------------------------------------

Result<int> Parser::Declare(const QueryToken& name, SlotKind kind) {
  if (name.kind == QueryTokenKind::kIdentifier) {
    auto it = slots_.find(name.text);
    if (it != slots_.end()) {
      SlotKind existing = query_.variables[static_cast<std::size_t>(it->second)].kind;
      if (existing != SlotKind::kNode || kind != SlotKind::kNode)
        return QueryError(name, fmt::format("variable '{}' is already used in this query", name.text));
      return it->second;
    }
  }
  int slot = static_cast<int>(query_.variables.size());
  query_.variables.push_back(Variable{name.kind == QueryTokenKind::kIdentifier ? name.text : "", kind});
  if (name.kind == QueryTokenKind::kIdentifier) slots_[name.text] = slot;
  return slot;
}

Status Parser::ParsePath(int clause) {
  PathPattern path;
  path.clause = clause;
  Result<int> first = ParseNode(path);
  if (!first) return first.error();
  while (At(QueryTokenKind::kMinus) || At(QueryTokenKind::kLt)) {
    if (Status s = ParseEdge(path); !s) return s;
    Result<int> node = ParseNode(path);
    if (!node) return node.error();
  }
  query_.patterns.push_back(std::move(path));
  return Ok();
}

Result<int> Parser::ParseNode(PathPattern& path) {
  if (Status s = Expect(QueryTokenKind::kLParen,
                        path.nodes.empty() ? "'(' to start a node pattern" : "'(' after the edge pattern");
      !s)
    return s.error();
  QueryToken name;  // kEnd: anonymous
  if (At(QueryTokenKind::kIdentifier)) name = Take();
  Result<int> slot = Declare(name, SlotKind::kNode);
  if (!slot) return slot;
  NodePattern node;
  node.slot = *slot;
  if (Accept(QueryTokenKind::kColon)) {
    if (!At(QueryTokenKind::kIdentifier)) return Expected("a node type after ':'");
    const QueryToken& type = Take();
    node.type = ParseEntityType(type.text);
    if (!node.type)
      return QueryError(
          type, fmt::format("unknown node type '{}'; expected one of {}", type.text, EntityTypeList()));
  }
  if (At(QueryTokenKind::kLBrace))
    if (Status s = ParsePropertyMap(node.slot); !s) return s.error();
  if (Status s = Expect(QueryTokenKind::kRParen, "')' to close the node pattern"); !s) return s.error();
  path.nodes.push_back(node);
  return node.slot;
}

Status Parser::ParseEdge(PathPattern& path) {
  EdgePattern edge;
  bool backward = Accept(QueryTokenKind::kLt);
  if (Status s = Expect(QueryTokenKind::kMinus, "'-' after '<'"); !s) return s;
  QueryToken name;
  bool variable_length = false;
  std::vector<QueryToken> types;
  if (Accept(QueryTokenKind::kLBracket)) {
    if (At(QueryTokenKind::kIdentifier)) name = Take();
    if (Accept(QueryTokenKind::kColon)) {
      do {
        Accept(QueryTokenKind::kColon);  // `:a|:b` is accepted as well as `:a|b`
        if (!At(QueryTokenKind::kIdentifier)) return Expected("an edge type");
        types.push_back(Take());
      } while (Accept(QueryTokenKind::kPipe));
    }
    if (Accept(QueryTokenKind::kStar)) {
      variable_length = true;
      if (Status s = ParseRange(edge); !s) return s;
    }
    edge.variable_length = variable_length;
    Result<int> slot = Declare(name, variable_length ? SlotKind::kPath : SlotKind::kEdge);
    if (!slot) return slot.error();
    edge.slot = *slot;
    if (At(QueryTokenKind::kLBrace)) {
      if (variable_length)
        return QueryError(Peek(), "a variable-length edge takes no property map; filter its edges in WHERE");
      if (Status s = ParsePropertyMap(edge.slot); !s) return s;
    }
    if (Status s = Expect(QueryTokenKind::kRBracket, "']' to close the edge pattern"); !s) return s;
  } else {
    Result<int> slot = Declare(name, SlotKind::kEdge);
    if (!slot) return slot.error();
    edge.slot = *slot;
  }
  for (const QueryToken& type : types) {
    std::optional<RelationType> parsed = ParseRelationType(type.text);
    if (!parsed)
      return QueryError(
          type, fmt::format("unknown edge type '{}'; expected one of {}", type.text, RelationTypeList()));
    edge.types.push_back(*parsed);
  }
  if (Status s = Expect(QueryTokenKind::kMinus, "'-' to close the edge pattern"); !s) return s;
  bool forward = false;
  if (At(QueryTokenKind::kGt)) {
    if (backward)
      return QueryError(Peek(), "an edge pattern cannot point both ways; write -[...]- for either way");
    Take();
    forward = true;
  }
  edge.direction = forward ? Direction::kForward : backward ? Direction::kBackward : Direction::kBoth;
  path.edges.push_back(edge);
  return Ok();
}

Status Parser::ParseRange(EdgePattern& edge) {
  const QueryToken& start = Peek();
  std::optional<int> low, high;
  auto number = [this]() -> Result<int> {
    const QueryToken& t = Take();
    if (t.text.size() > 3)
      return QueryError(t, fmt::format("at most {} hops in a variable-length edge", kMaxHops));
    return std::stoi(t.text);
  };
  if (At(QueryTokenKind::kInteger)) {
    Result<int> n = number();
    if (!n) return n.error();
    low = *n;
    if (!At(QueryTokenKind::kDotDot)) high = low;
  }
  if (Accept(QueryTokenKind::kDotDot) && At(QueryTokenKind::kInteger)) {
    Result<int> n = number();
    if (!n) return n.error();
    high = *n;
  }
  if (!high)
    return QueryError(
        start, fmt::format("expected an upper bound on the number of hops, as in *..4 or *1..3 (at most {})",
                           kMaxHops));
  edge.min_hops = low.value_or(1);
  edge.max_hops = *high;
  if (edge.max_hops > kMaxHops)
    return QueryError(
        start, fmt::format("at most {} hops in a variable-length edge, not {}", kMaxHops, edge.max_hops));
  if (edge.min_hops > edge.max_hops)
    return QueryError(
        start, fmt::format("the lower bound {} is above the upper bound {}", edge.min_hops, edge.max_hops));
  return Ok();
}

Status Parser::ParsePropertyMap(int slot) {
  Take();  // '{'
  bool node = query_.variables[static_cast<std::size_t>(slot)].kind == SlotKind::kNode;
  if (Accept(QueryTokenKind::kRBrace)) return Ok();
  do {
    if (!At(QueryTokenKind::kIdentifier)) return Expected("a property name");
    const QueryToken& key = Take();
    Expression property;
    property.kind = Expression::Kind::kProperty;
    property.slot = slot;
    property.property = key.text;
    property.text = key.text;
    if (node ? !IsNodeProperty(key.text) : !IsEdgeProperty(key.text))
      return QueryError(
          key, fmt::format("unknown {} property '{}'; expected one of {}", node ? "node" : "edge", key.text,
                           NameList(node ? NodeProperties() : EdgeProperties())));
    if (Status s = Expect(QueryTokenKind::kColon, "':' after the property name"); !s) return s;
    Result<Expression> value = ParseExpression();
    if (!value) return value.error();
    Expression test = Binary(Expression::Kind::kCompare, std::move(property), std::move(value).value());
    test.op = CompareOp::kEq;
    query_.predicates.push_back(std::move(test));
  } while (Accept(QueryTokenKind::kComma));
  return Expect(QueryTokenKind::kRBrace, "',' or '}' in the property map");
}

// --- expressions
// -----------------------------------------------------------------------------------------------

Result<Expression> Parser::ParseExpression() {
  std::size_t begin = pos_;
  Result<Expression> left = ParseXor();
  if (!left) return left;
  while (AcceptKeyword("OR")) {
    Result<Expression> right = ParseXor();
    if (!right) return right;
    left = Binary(Expression::Kind::kOr, std::move(left).value(), std::move(right).value());
  }
  left->text = TextFrom(begin);
  return left;
}

Result<Expression> Parser::ParseXor() {
  Result<Expression> left = ParseAnd();
  if (!left) return left;
  while (AcceptKeyword("XOR")) {
    Result<Expression> right = ParseAnd();
    if (!right) return right;
    left = Binary(Expression::Kind::kXor, std::move(left).value(), std::move(right).value());
  }
  return left;
}

Result<Expression> Parser::ParseAnd() {
  Result<Expression> left = ParseNot();
  if (!left) return left;
  while (AcceptKeyword("AND")) {
    Result<Expression> right = ParseNot();
    if (!right) return right;
    left = Binary(Expression::Kind::kAnd, std::move(left).value(), std::move(right).value());
  }
  return left;
}

Result<Expression> Parser::ParseNot() {
  // Every nested expression ("((", "[[", "NOT NOT") passes here.
  const NestingLevel level(depth_);
  if (level.TooDeep()) return QueryError(Peek(), "expression nested too deeply");
  if (!AcceptKeyword("NOT")) return ParseComparison();
  Result<Expression> operand = ParseNot();
  if (!operand) return operand;
  Expression e;
  e.kind = Expression::Kind::kNot;
  e.children.push_back(std::move(operand).value());
  return e;
}

Result<Expression> Parser::ParseComparison() {
  std::size_t begin = pos_;
  Result<Expression> left = ParseUnary();
  if (!left) return left;
  std::optional<CompareOp> op;
  switch (Peek().kind) {
    case QueryTokenKind::kEq:
      op = CompareOp::kEq;
      break;
    case QueryTokenKind::kNe:
      op = CompareOp::kNe;
      break;
    case QueryTokenKind::kLt:
      op = CompareOp::kLt;
      break;
    case QueryTokenKind::kLe:
      op = CompareOp::kLe;
      break;
    case QueryTokenKind::kGt:
      op = CompareOp::kGt;
      break;
    case QueryTokenKind::kGe:
      op = CompareOp::kGe;
      break;
    default:
      break;
  }
  if (op) {
    Take();
  } else if (AcceptKeyword("CONTAINS")) {
    op = CompareOp::kContains;
  } else if (AtKeyword("STARTS") || AtKeyword("ENDS")) {
    op = AtKeyword("STARTS") ? CompareOp::kStartsWith : CompareOp::kEndsWith;
    Take();
    if (Status s = ExpectKeyword("WITH", "WITH"); !s) return s.error();
  } else if (AcceptKeyword("IN")) {
    op = CompareOp::kIn;
  } else if (AcceptKeyword("IS")) {
    Expression e;
    e.kind = Expression::Kind::kIsNull;
    e.negated = AcceptKeyword("NOT");
    if (Status s = ExpectKeyword("NULL", e.negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS"); !s)
      return s.error();
    e.children.push_back(std::move(left).value());
    e.text = TextFrom(begin);
    return e;
  } else {
    return left;
  }
  Result<Expression> right = ParseUnary();
  if (!right) return right;
  Expression e = Binary(Expression::Kind::kCompare, std::move(left).value(), std::move(right).value());
  e.op = *op;
  e.text = TextFrom(begin);
  return e;
}

Result<Expression> Parser::ParseUnary() {
  if (!At(QueryTokenKind::kMinus)) return ParsePostfix();
  std::size_t begin = pos_;
  Take();
  const NestingLevel level(depth_);  // ("- - - x")
  if (level.TooDeep()) return QueryError(Peek(), "expression nested too deeply");
  Result<Expression> operand = ParseUnary();
  if (!operand) return operand;
  Expression e;
  e.kind = Expression::Kind::kNegate;
  e.children.push_back(std::move(operand).value());
  e.text = TextFrom(begin);
  return e;
}

Result<Expression> Parser::ParsePostfix() {
  std::size_t begin = pos_;
  Result<Expression> primary = ParsePrimary();
  if (!primary) return primary;
  if (!At(QueryTokenKind::kDot)) return primary;
  if (primary->kind != Expression::Kind::kVariable)
    return QueryError(Peek(), "only a variable has properties");
  Take();
  if (!At(QueryTokenKind::kIdentifier)) return Expected("a property name after '.'");
  const QueryToken& name = Take();
  Result<Expression> property = ParseProperty(std::move(primary).value(), name);
  if (property) property->text = TextFrom(begin);
  return property;
}

Result<Expression> Parser::ParseProperty(Expression variable, const QueryToken& name) {
  const Variable& v = query_.variables[static_cast<std::size_t>(variable.slot)];
  if (v.kind == SlotKind::kPath)
    return QueryError(
        name, fmt::format("'{}' is a variable-length edge (a list of edges); it has no properties", v.name));
  bool node = v.kind == SlotKind::kNode;
  if (node ? !IsNodeProperty(name.text) : !IsEdgeProperty(name.text))
    return QueryError(
        name, fmt::format("unknown {} property '{}'; expected one of {}", node ? "node" : "edge", name.text,
                          NameList(node ? NodeProperties() : EdgeProperties())));
  Expression e;
  e.kind = Expression::Kind::kProperty;
  e.slot = variable.slot;
  e.property = name.text;
  return e;
}

Result<Expression> Parser::ParsePrimary() {
  std::size_t begin = pos_;
  const QueryToken& token = Peek();
  Expression e;
  switch (token.kind) {
    case QueryTokenKind::kString:
      e.literal = Value::String(Take().text);
      break;
    case QueryTokenKind::kInteger:
      if (token.text.size() > 18) return QueryError(token, "number too large");
      e.literal = Value::Int(std::stoll(Take().text));
      break;
    case QueryTokenKind::kFloat:
      e.literal = Value::Float(std::stod(Take().text));
      break;
    case QueryTokenKind::kLParen: {
      Take();
      Result<Expression> inner = ParseExpression();
      if (!inner) return inner;
      if (Status s = Expect(QueryTokenKind::kRParen, "')'"); !s) return s.error();
      e = std::move(inner).value();
      break;
    }
    case QueryTokenKind::kLBracket: {
      Take();
      e.kind = Expression::Kind::kList;
      if (!At(QueryTokenKind::kRBracket)) {
        do {
          Result<Expression> item = ParseExpression();
          if (!item) return item;
          e.children.push_back(std::move(item).value());
        } while (Accept(QueryTokenKind::kComma));
      }
      if (Status s = Expect(QueryTokenKind::kRBracket, "',' or ']' in the list"); !s) return s.error();
      break;
    }
    case QueryTokenKind::kIdentifier: {
      if (!token.quoted && (AtKeyword("TRUE") || AtKeyword("FALSE"))) {
        e.literal = Value::Bool(AtKeyword("TRUE"));
        Take();
        break;
      }
      if (!token.quoted && AtKeyword("NULL")) {
        Take();
        break;
      }
      if (!token.quoted && IsReserved(token.text)) return Expected("an expression");
      const QueryToken& name = Take();
      if (At(QueryTokenKind::kLParen)) return ParseCall(name);
      auto it = slots_.find(name.text);
      if (it == slots_.end()) return QueryError(name, fmt::format("unknown variable '{}'", name.text));
      e.kind = Expression::Kind::kVariable;
      e.slot = it->second;
      break;
    }
    default:
      return Expected("an expression");
  }
  e.text = TextFrom(begin);
  return e;
}

Result<Expression> Parser::ParseCall(const QueryToken& name) {
  std::size_t begin = pos_ - 1;
  const std::string function = Upper(name.text);
  if (function == "TYPE" || function == "ID") {  // type(x) and id(x) read as x.type and x.id
    Take();                                      // '('
    if (!At(QueryTokenKind::kIdentifier)) return Expected(fmt::format("a variable in {}()", name.text));
    const QueryToken& variable = Take();
    auto it = slots_.find(variable.text);
    if (it == slots_.end()) return QueryError(variable, fmt::format("unknown variable '{}'", variable.text));
    Expression v;
    v.kind = Expression::Kind::kVariable;
    v.slot = it->second;
    QueryToken property = name;
    property.text = function == "TYPE" ? "type" : "id";
    Result<Expression> e = ParseProperty(std::move(v), property);
    if (!e) return e;
    if (Status s = Expect(QueryTokenKind::kRParen, fmt::format("')' to close {}(", name.text)); !s)
      return s.error();
    e->text = TextFrom(begin);
    return e;
  }
  if (function != "COUNT")
    return QueryError(name,
                      fmt::format("unknown function '{}'; expected count(), type() or id()", name.text));
  if (!allow_count_) return QueryError(name, "count() is only allowed in RETURN and ORDER BY");
  Take();  // '('
  Expression e;
  e.kind = Expression::Kind::kCount;
  if (!Accept(QueryTokenKind::kStar)) {
    e.distinct = AcceptKeyword("DISTINCT");
    allow_count_ = false;
    Result<Expression> argument = ParseExpression();
    allow_count_ = true;
    if (!argument) return argument;
    e.children.push_back(std::move(argument).value());
  }
  if (Status s = Expect(QueryTokenKind::kRParen, "')' to close count("); !s) return s.error();
  e.text = TextFrom(begin);
  return e;
}

}  // namespace newsgraph
