// Matching nodes by name, ignoring case and accents: "Guerassimov", "gerasimov" and "Valeri Guérassimov" all
// name the node labelled "Valery Gerasimov" with alias "Valeri Guerassimov".
//
// A name matches a node when its folded words are a run of consecutive folded words of the label or of an
// alias
// ("Gerasimov" matches "Valery Gerasimov"; "Gera" does not).
#pragma once

#include <string_view>
#include <vector>

#include "core/Result.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

bool NameMatches(const NodeRecord& node, std::string_view name);
// Substring tests on the folded label and aliases (CONTAINS, STARTS WITH, ENDS WITH on `name`).
bool NameContains(const NodeRecord& node, std::string_view part);
bool NameStartsWith(const NodeRecord& node, std::string_view prefix);
bool NameEndsWith(const NodeRecord& node, std::string_view suffix);

// The nodes a user means by `name`, best tier first: the node whose id is `name`; else the nodes whose label
// or an alias equals it (folded); else the nodes it NameMatches. Vertices in id order.
std::vector<KnowledgeGraph::Vertex> FindNodesByName(const KnowledgeGraph& graph, std::string_view name);

// The one node FindNodesByName gives: kNotFound when none, kUsage naming the candidates when several.
Result<KnowledgeGraph::Vertex> ResolveNode(const KnowledgeGraph& graph, std::string_view name);

}  // namespace newsgraph
