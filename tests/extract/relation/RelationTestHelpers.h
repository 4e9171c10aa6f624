// Helpers shared by the relation rule tests.
#pragma once

#include <string>
#include <vector>

#include "core/Document.h"

namespace newsgraph {

// The asserted contacts found in the last sentence of `doc`, each as "a + b" with a < b (for rules that look
// back at the sentences before).
std::vector<std::string> ContactsInLastSentence(const Document& doc);

}  // namespace newsgraph
