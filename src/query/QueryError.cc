#include "query/QueryError.h"

#include <fmt/format.h>

namespace newsgraph {

Error QueryError(std::size_t line, std::size_t column, std::string_view what) {
  Location where;
  where.file = "query";
  where.line = line;
  return Error{ErrorCode::kBadQuery, fmt::format("line {}, column {}: {}", line, column, what), where};
}

Error QueryError(const QueryToken& at, std::string_view what) {
  return QueryError(at.line, at.column, what);
}

}  // namespace newsgraph
