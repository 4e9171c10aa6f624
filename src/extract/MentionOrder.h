// Mentions in text order: by sentence, then first token; mentions starting at the same token keep the order
// in which they were found.
#pragma once

#include <vector>

#include "core/Document.h"

namespace newsgraph {

void SortByPosition(std::vector<Mention>& mentions);

}  // namespace newsgraph
