// Sub-commands register themselves (one file per command, `XxxCommand.cc`); main() only dispatches.
//
//   static const bool kRegistered = RegisterCommand({"render", "Draw a graph with Graphviz",
//       [](CLI::App& app) {
//         auto options = std::make_shared<RenderOptions>();
//         app.add_option("graph", options->graph)->required();
//         return [options] { return Render(*options); };   // runs after parsing, returns the exit code
//       }});
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace newsgraph::cli {

// Exit codes, documented in `newsgraph --help` and the README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;  // some inputs failed, output written
inline constexpr int kExitFatal = 2;    // usage error or nothing could be done

using CommandRunner = std::function<int()>;

struct CommandSpec {
  std::string name;
  std::string summary;
  // Declares the command's options on its sub-app and returns what to run once parsing succeeded.
  std::function<CommandRunner(CLI::App&)> setup;
};

bool RegisterCommand(CommandSpec spec);
const std::vector<CommandSpec>& Commands();

}  // namespace newsgraph::cli
