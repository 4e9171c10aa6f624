// Gephi spreadsheet import (Data Laboratory > Import spreadsheet): nodes.csv with Id,Label,Type then the
// other node attributes; edges.csv with Source,Target,Type,Kind,Label,Weight,Id then the other edge
// attributes. Gephi reads the edge `Type` column as the direction, so it holds "Directed" and the relation
// type goes in Kind (how Gephi keeps parallel edges apart) and Label. Lists are written "[a, b]".
#pragma once

#include "export/ExportOptions.h"
#include "export/TextSink.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

void WriteCsvNodes(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);
void WriteCsvEdges(const KnowledgeGraph& graph, const ExportOptions& options, TextSink& sink);

}  // namespace newsgraph
