// Article dates are "YYYY-MM-DD", "YYYY-MM" or "YYYY"; timelines (GEXF spells) need full dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newsgraph {

// The days a date covers as [first, last] full dates: "2024-02" gives {"2024-02-01", "2024-02-29"}.
// nullopt for anything else (empty, malformed, impossible day).
std::optional<std::pair<std::string, std::string>> DateInterval(std::string_view date);

}  // namespace newsgraph
