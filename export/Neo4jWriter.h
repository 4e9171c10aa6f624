// `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv` files:
// nodes.csv   id:ID(Entity),name,:LABEL,<attribute>:<type>...   (labels "Entity;<Type>")
// relationships.csv :START_ID(Entity),:END_ID(Entity),:TYPE,weight:double,...  (types upper case: SPOKE_WITH)
// Arrays are typed (string[]) and split on ';' (the importer's default --array-delimiter). Evidence is
// written twice: `evidence:string[]` lists "document#sentence" references, `evidence_json` holds the full
// JSON. Names may hold line breaks (quoted cells): import with --multiline-fields=true.
#pragma once

#include "export/ExportOptions.h"
#include "export/TextSink.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

void WriteNeo4jNodes(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);
void WriteNeo4jRelationships(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);

}  // namespace newsgraph
