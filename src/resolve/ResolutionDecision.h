// A reviewer's judgement that two names (or node ids) are, or are not, the same entity.
#pragma once

#include <string>

#include "core/Error.h"

namespace newsgraph {

struct ResolutionDecision {
  bool same = true;
  std::string a, b;  // node ids, or names matched through NameKey against labels and aliases
  Location where;    // the line of the decisions file it comes from
};

}  // namespace newsgraph
