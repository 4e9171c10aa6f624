#include "cli/Command.h"

#include <algorithm>

namespace newsgraph::cli {

static std::vector<CommandSpec>& Registry() {
  static std::vector<CommandSpec> commands;
  return commands;
}

bool RegisterCommand(CommandSpec spec) {
  auto& commands = Registry();
  commands.push_back(std::move(spec));
  std::sort(commands.begin(), commands.end(),
            [](const CommandSpec& a, const CommandSpec& b) { return a.name < b.name; });
  return true;
}

const std::vector<CommandSpec>& Commands() {
  return Registry();
}

}  // namespace newsgraph::cli
