// The user-editable decisions file (`--resolutions FILE`), applied on every build.
//
// One decision per line; "#" starts a comment. The verb, then the two sides separated by a tab:
//   same<TAB>Sergueï Choïgou<TAB>Sergei Shoigu
//   not-same<TAB>official:boris_johnson<TAB>official:lyndon_johnson
// A side equal to a node id names that node; otherwise it is a name, matched through NameKey against every
// node's label and aliases.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "resolve/ResolutionDecision.h"

namespace newsgraph {

Result<std::vector<ResolutionDecision>> LoadDecisions(const std::filesystem::path& file);
// Parses the content of a decisions file; `file` names it in errors.
Result<std::vector<ResolutionDecision>> ParseDecisions(std::string_view content, const std::string& file);

}  // namespace newsgraph
