// The properties that queries can read on nodes and edges, and their values.
//   node: id label name type aliases mentions documents first_date last_date anonymous
//   edge: id type source target weight date documents attributed_to evidence role former count channel
// `name` is a pseudo-property: it reads as the label, and compares against the label and every alias ignoring
// case and accents (see NameMatch.h). An edge's `date` is the earliest date of its evidence.
#pragma once

#include <string_view>
#include <vector>

#include "graph/EdgeRecord.h"
#include "graph/NodeRecord.h"
#include "query/Value.h"

namespace newsgraph {

const std::vector<std::string_view>& NodeProperties();
const std::vector<std::string_view>& EdgeProperties();
bool IsNodeProperty(std::string_view name);
bool IsEdgeProperty(std::string_view name);

Value NodeProperty(const NodeRecord& node, std::string_view name);
Value EdgeProperty(const EdgeRecord& edge, std::string_view name);

}  // namespace newsgraph
