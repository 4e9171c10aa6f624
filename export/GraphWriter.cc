#include "export/GraphWriter.h"

#include <system_error>

#include "export/AtomicFile.h"
#include "export/CsvWriter.h"
#include "export/CyjsWriter.h"
#include "export/DotWriter.h"
#include "export/GexfWriter.h"
#include "export/GraphmlWriter.h"
#include "export/Neo4jWriter.h"
#include "export/NodeLinkWriter.h"

namespace newsgraph {
namespace {

using Writer = void (*)(const KnowledgeGraph&, const ExportOptions&, TextSink&);

// Streams the writer's text into `out` through an atomic file.
Status WriteFile(const KnowledgeGraph& graph, const ExportOptions& options, const std::filesystem::path& out,
                 Writer writer) {
  AtomicFile file(out);
  writer(graph, options, file.sink());
  return file.Commit();
}

// Folder formats: the folder itself may be new, its parent must exist.
Status WriteTwoFiles(const KnowledgeGraph& graph, const ExportOptions& options,
                     const std::filesystem::path& dir, const char* first_name, Writer first,
                     const char* second_name, Writer second) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec) && !std::filesystem::create_directory(dir, ec))
    return Error{ErrorCode::kWriteFailed, "cannot create the folder: " + ec.message(),
                 Location{dir.string()}};
  Status status = WriteFile(graph, options, dir / first_name, first);
  if (!status) return status;
  return WriteFile(graph, options, dir / second_name, second);
}

}  // namespace

Status WriteGraph(const KnowledgeGraph& graph, Format format, const std::filesystem::path& out,
                  const ExportOptions& options) {
  switch (format) {
    case Format::kJson:
      return WriteFile(graph, options, out, WriteNodeLinkJson);
    case Format::kGraphml:
      return WriteFile(graph, options, out, WriteGraphml);
    case Format::kGexf:
      return WriteFile(graph, options, out, WriteGexf);
    case Format::kCyjs:
      return WriteFile(graph, options, out, WriteCyjsJson);
    case Format::kDot:
      return WriteFile(graph, options, out, WriteDot);
    case Format::kCsv:
      return WriteTwoFiles(graph, options, out, "nodes.csv", WriteCsvNodes, "edges.csv", WriteCsvEdges);
    case Format::kNeo4j:
      return WriteTwoFiles(graph, options, out, "nodes.csv", WriteNeo4jNodes, "relationships.csv",
                           WriteNeo4jRelationships);
  }
  return Error{ErrorCode::kUsage, "unknown format", Location{out.string()}};
}

}  // namespace newsgraph
