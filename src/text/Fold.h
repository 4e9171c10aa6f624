// Folding for matching: lower case, accents removed, typographic apostrophes and dashes made ASCII.
// "Choïgou" → "choigou", "États-Unis" → "etats-unis", "l’OTAN" → "l'otan". Lexicons and the gazetteer are
// matched on folded text, so a data file entry matches every capitalisation and accentuation.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

std::string Fold(std::string_view utf8);
// The first word of a name, folded: its head ("ministère russe de la Défense" → "ministere").
std::string FoldedHead(std::string_view name);
// Lower case only (accents kept).
std::string Lower(std::string_view utf8);
// Both at once (one pass over the text), into the given strings.
void LowerAndFold(std::string_view utf8, std::string& lower, std::string& fold);

}  // namespace newsgraph
