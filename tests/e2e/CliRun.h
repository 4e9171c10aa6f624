// Runs the real `newsgraph` binary (NEWSGRAPH_BINARY) for the end-to-end tests and captures its output.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::e2e {

struct Outcome {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out, err;
};

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// `newsgraph ARGS...`, its stdout and stderr captured through files in `scratch`.
inline Outcome RunNewsgraph(const std::vector<std::string>& args, const std::filesystem::path& scratch) {
  std::string cmd = std::string("'") + NEWSGRAPH_BINARY + "'";
  for (const auto& a : args) cmd += " '" + a + "'";
  cmd += " >'" + (scratch / "stdout").string() + "' 2>'" + (scratch / "stderr").string() + "'";
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(scratch / "stdout"), Slurp(scratch / "stderr")};
}

}  // namespace newsgraph::e2e
