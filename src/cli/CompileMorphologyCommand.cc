// `newsgraph compile-morphology [-o TABLE]`: analyses every form of the schema's hunspell dictionary once and
// writes them to the table `build` reads (text/MorphologyTable.h). The build runs it; run it again after
// changing the dictionary (build warns when the table was compiled from another one).
#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <thread>

#include "cli/Command.h"
#include "cli/SchemaPath.h"
#include "export/AtomicFile.h"
#include "schema/Schema.h"
#include "text/MorphologyCompiler.h"

namespace newsgraph::cli {
namespace {

struct CompileMorphologyOptions {
  std::string output;
  std::string schema;
  unsigned threads = 0;
};

int CompileMorphologyTable(const CompileMorphologyOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  auto schema = Schema::Load(SchemaDir(options.schema));
  if (!schema) {
    spdlog::error("{}", schema.error().ToString());
    return kExitFatal;
  }
  const std::filesystem::path output =
      options.output.empty() ? MorphologyTablePath() : std::filesystem::path(options.output);
  if (output.empty()) {
    spdlog::error("no output: NEWSGRAPH_MORPHOLOGY_TABLE is \"none\"; give -o FILE");
    return kExitFatal;
  }
  const unsigned threads =
      options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  auto last = start;
  std::mutex progress_mutex;
  auto compiled =
      CompileMorphology((*schema)->dictionary(), threads, [&](std::size_t done, std::size_t total) {
        std::lock_guard lock(progress_mutex);
        const auto now = std::chrono::steady_clock::now();
        if (now - last < std::chrono::seconds(5)) return;
        last = now;
        spdlog::info("{} of {} forms analysed", done, total);
      });
  if (!compiled) {
    spdlog::error("{}", compiled.error().ToString());
    return kExitFatal;
  }
  if (Status written = WriteFileAtomically(output, compiled->bytes); !written) {
    spdlog::error("{}", written.error().ToString());
    return kExitFatal;
  }
  spdlog::info(
      "{}: {} forms hunspell knows, of {} listed from {}.aff/.dic or capitalised{}, in {:.1f} s on {} "
      "threads",
      output.string(), compiled->known, compiled->forms, (*schema)->dictionary().string(),
      compiled->complete ? "" : " (not complete: hunspell analyses the words not held)",
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), threads);
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"compile-morphology",
     "Analyse the hunspell dictionary's word forms once, into the table build reads (the build runs it)",
     [](CLI::App& app) {
       auto options = std::make_shared<CompileMorphologyOptions>();
       app.add_option("-o,--output", options->output,
                      "Table to write (default: $NEWSGRAPH_MORPHOLOGY_TABLE, else the one build reads: " +
                          std::string(NEWSGRAPH_MORPHOLOGY_TABLE) + ")");
       app.add_option("-j,--threads", options->threads, "Threads running hunspell (default: every core)");
       app.add_option("--schema", options->schema,
                      "Schema folder whose pipeline.json names the dictionary (default: $NEWSGRAPH_SCHEMA, "
                      "else the built-in one)");
       app.footer(
           "Without the table build gives the same graph, more slowly: hunspell analyses every new word "
           "(about\n"
           "20 us each). A table compiled from another dictionary is ignored with a warning.");
       return [options] { return CompileMorphologyTable(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
