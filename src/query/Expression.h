// An expression of WHERE, RETURN, ORDER BY and inline property maps, as the parser checked it.
#pragma once

#include <string>
#include <vector>

#include "query/Value.h"

namespace newsgraph {

enum class CompareOp { kEq, kNe, kLt, kLe, kGt, kGe, kContains, kStartsWith, kEndsWith, kIn };

struct Expression {
  enum class Kind {
    kLiteral,   // literal
    kList,      // [children...]
    kVariable,  // slot (a node as its id, an edge as its id, a path as the list of its edge ids)
    kProperty,  // slot.property
    kNot,       // NOT children[0]
    kAnd,       // children[0] AND children[1]
    kOr,
    kXor,
    kCompare,  // children[0] op children[1]
    kIsNull,   // children[0] IS NULL (negated: IS NOT NULL)
    kNegate,   // -children[0]
    kCount,    // count(*) when children is empty, else count([DISTINCT] children[0])
  };

  Kind kind = Kind::kLiteral;
  Value literal;
  CompareOp op = CompareOp::kEq;
  int slot = -1;
  std::string property;
  bool negated = false;   // IS NOT NULL
  bool distinct = false;  // count(DISTINCT x)
  std::vector<Expression> children;
  std::string text;  // as written, for column names
};

}  // namespace newsgraph
