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

// Folder formats: the folder itself may be new, its parent must exist.
Status WriteTwoFiles(const std::filesystem::path& dir, const std::string& first_name,
                     const std::string& first, const std::string& second_name, const std::string& second) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec) && !std::filesystem::create_directory(dir, ec))
    return Error{ErrorCode::kWriteFailed, "cannot create the folder: " + ec.message(),
                 Location{dir.string()}};
  Status status = WriteFileAtomically(dir / first_name, first);
  if (!status) return status;
  return WriteFileAtomically(dir / second_name, second);
}

}  // namespace

Status WriteGraph(const KnowledgeGraph& graph, Format format, const std::filesystem::path& out,
                  const ExportOptions& options) {
  switch (format) {
    case Format::kJson:
      return WriteFileAtomically(out, NodeLinkJson(graph, options));
    case Format::kGraphml:
      return WriteFileAtomically(out, GraphmlText(graph, options));
    case Format::kGexf:
      return WriteFileAtomically(out, GexfText(graph, options));
    case Format::kCyjs:
      return WriteFileAtomically(out, CyjsJson(graph, options));
    case Format::kDot:
      return WriteFileAtomically(out, DotText(graph, options));
    case Format::kCsv:
      return WriteTwoFiles(out, "nodes.csv", CsvNodes(graph, options), "edges.csv", CsvEdges(graph, options));
    case Format::kNeo4j:
      return WriteTwoFiles(out, "nodes.csv", Neo4jNodes(graph, options), "relationships.csv",
                           Neo4jRelationships(graph, options));
  }
  return Error{ErrorCode::kUsage, "unknown format", Location{out.string()}};
}

}  // namespace newsgraph
