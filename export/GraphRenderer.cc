#include "export/GraphRenderer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>

#include "export/AtomicFile.h"
#include "export/DotWriter.h"

namespace newsgraph {

Status RenderGraph(const KnowledgeGraph& graph, const ExportOptions& options,
                   const std::filesystem::path& out, std::string_view layout) {
  Location where{out.string()};
  std::string extension = out.extension().string();
  if (extension != ".svg" && extension != ".png")
    return Error{ErrorCode::kUsage, "the picture must be a .svg or .png file", where};
  std::string engine(layout);
  if (engine != "sfdp" && engine != "dot" && engine != "neato")
    return Error{ErrorCode::kUsage, "unknown layout '" + engine + "' (sfdp, dot or neato)", where};

  TextSink dot;
  WriteDot(graph, options, dot);
  std::unique_ptr<GVC_t, decltype(&gvFreeContext)> context(gvContext(), &gvFreeContext);
  if (!context) return Error{ErrorCode::kWriteFailed, "cannot start Graphviz", where};
  const std::string dot_text = dot.TakeText();
  std::unique_ptr<Agraph_t, decltype(&agclose)> g(agmemread(dot_text.c_str()), &agclose);
  if (!g) return Error{ErrorCode::kWriteFailed, "Graphviz cannot read the DOT text", where};
  if (gvLayout(context.get(), g.get(), engine.c_str()) != 0)
    return Error{ErrorCode::kWriteFailed, "Graphviz layout '" + engine + "' failed", where};
  char* data = nullptr;
  unsigned int length = 0;
  int rendered = gvRenderData(context.get(), g.get(), extension.substr(1).c_str(), &data, &length);
  std::string picture = rendered == 0 && data != nullptr ? std::string(data, length) : std::string();
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(context.get(), g.get());
  if (rendered != 0)
    return Error{ErrorCode::kWriteFailed, "Graphviz cannot render " + extension.substr(1), where};
  return WriteFileAtomically(out, picture);
}

}  // namespace newsgraph
