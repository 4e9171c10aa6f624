// One CSV cell (RFC 4180), safe to open in a spreadsheet: valid UTF-8, quoted when it holds a comma, quote or
// line break, and neutralised with a leading ' when it starts with = + - @ (or tab/CR) so that no spreadsheet
// evaluates it as a formula.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

std::string CsvCell(std::string_view text);

}  // namespace newsgraph
