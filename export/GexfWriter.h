// GEXF 1.3 for Gephi and Gephi Lite: mode="dynamic" timeformat="date" with spells from the article dates (so
// Gephi's timeline replays the story), dates also as plain string attributes (Gephi Lite ignores spells),
// viz:color from the schema, viz:size from mentions, edge label and kind = relation type, weight.
// Valid against gexf-1.3/gexf.rng (no xsi:schemaLocation, which the RNG rejects).
#pragma once

#include "export/ExportOptions.h"
#include "export/TextSink.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

void WriteGexf(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);

}  // namespace newsgraph
