// Turns an extracted Document into the graph fragment it contributes: one node per entity it names, one
// edge per asserted relation, each with its evidence sentence. Negated and hypothetical relations, and
// entities that are only implied (a nationality adjective, "la ligne" with nothing before it), add nothing.
#pragma once

#include "core/Document.h"
#include "graph/ArticleRecords.h"
#include "graph/GraphFragment.h"

namespace newsgraph {

ArticleRecords BuildArticleRecords(const Document& doc);
// The same records as a fragment of their own.
GraphFragment BuildFragment(const Document& doc);

}  // namespace newsgraph
