// A parsed and checked query: what to match, what to keep and what to return.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/Expression.h"
#include "query/Pattern.h"

namespace newsgraph {

enum class SlotKind { kNode, kEdge, kPath };

struct Variable {
  std::string name;  // "" for an anonymous pattern element
  SlotKind kind = SlotKind::kNode;
};

struct ReturnItem {
  Expression expression;
  std::string column;  // the AS alias, or the expression as written
};

struct OrderItem {
  int column = -1;  // a returned column, or -1 to evaluate `expression` on the match
  Expression expression;
  bool descending = false;
};

struct Query {
  std::string text;  // the query as written (for messages)
  std::vector<Variable> variables;
  std::vector<PathPattern> patterns;
  // Inline property maps and the WHERE clause, split on top-level AND: all must hold.
  std::vector<Expression> predicates;
  bool distinct = false;
  std::vector<ReturnItem> returns;
  bool aggregates = false;  // some RETURN item is a count(): the others are the grouping keys
  std::vector<OrderItem> order;
  std::optional<std::int64_t> skip;
  std::optional<std::int64_t> limit;
};

}  // namespace newsgraph
