// Writes a knowledge graph in one of the export formats.
//
//   auto options = LoadExportOptions(SchemaDir("") / "ontology.json");
//   Status s = WriteGraph(graph, Format::kGexf, "out/graph.gexf", *options);
//
// Files are streamed to a temporary file in the same folder (export/AtomicFile.h), then renamed: the export
// is never held in memory as a whole, and a failed write leaves any previous file intact. kCsv and kNeo4j
// take a folder (created if its parent exists) and write two files. Output is deterministic: the same graph
// gives byte-identical files.
#pragma once

#include <filesystem>

#include "core/Result.h"
#include "export/ExportOptions.h"
#include "export/Format.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph {

Status WriteGraph(const KnowledgeGraph& graph, Format format, const std::filesystem::path& out,
                  const ExportOptions& options);

}  // namespace newsgraph
