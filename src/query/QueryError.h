// Errors of the query language: ErrorCode::kBadQuery with "line L, column C: what" as the message.
#pragma once

#include <string_view>

#include "core/Error.h"
#include "query/QueryToken.h"

namespace newsgraph {

Error QueryError(std::size_t line, std::size_t column, std::string_view what);
Error QueryError(const QueryToken& at, std::string_view what);

}  // namespace newsgraph
