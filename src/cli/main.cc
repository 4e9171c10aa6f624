// newsgraph: turns news articles into a knowledge graph. main() sets up logging and dispatches.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <map>

#include "cli/Command.h"

using namespace newsgraph::cli;

int main(int argc, char** argv) {
  CLI::App app{
      "newsgraph: builds a knowledge graph of who spoke with whom, through which channel, who reported it "
      "and\n"
      "who denied it, from news articles (French first, English next).",
      "newsgraph"};
  app.footer(
      "Exit codes: 0 ok; 1 some inputs failed but the output was written; 2 usage or fatal error.\n"
      "Run `newsgraph COMMAND --help` for the options of a command.");
  app.set_version_flag("--version", std::string("newsgraph ") + NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  int verbosity = 0;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbosity, "More log output (-vv for debug traces)")->configurable(false);
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr");

  std::map<CLI::App*, CommandRunner> runners;
  for (const CommandSpec& spec : Commands()) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.summary);
    sub->fallthrough();
    runners[sub] = spec.setup(*sub);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitFatal;
  }

  auto logger = spdlog::stderr_color_mt("newsgraph");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(quiet            ? spdlog::level::err
                    : verbosity >= 2 ? spdlog::level::trace
                    : verbosity == 1 ? spdlog::level::debug
                                     : spdlog::level::info);

  for (CLI::App* sub : app.get_subcommands()) {
    try {
      return runners.at(sub)();
    } catch (const std::exception& e) {
      spdlog::error("{}", e.what());
      return kExitFatal;
    }
  }
  return kExitFatal;
}
