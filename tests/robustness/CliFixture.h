// Shared fixture of the robustness tests: a fresh temporary folder per test and the real `newsgraph` binary
// (NEWSGRAPH_BINARY) run as a child process, its stdout and stderr captured.
#pragma once

#include <gtest/gtest.h>
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace newsgraph::robustness {

struct Outcome {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out, err;
};

class CliFixture : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Writes `bytes` to `relative` under the test folder (creating parents) and returns its path.
  std::string Write(const std::string& relative, const std::string& bytes) const;
  std::string Path(const std::string& relative) const { return (dir_ / relative).string(); }

  // Runs `newsgraph ARGS...` to completion.
  Outcome Newsgraph(const std::vector<std::string>& args) const;
  // Starts `newsgraph ARGS...` without waiting; stdout and stderr go to files in the test folder.
  pid_t Spawn(const std::vector<std::string>& args) const;
  // Waits for a spawned process; the exit code, or -1 when it was killed by a signal.
  static int Wait(pid_t pid);

  std::filesystem::path dir_;
};

std::string Slurp(const std::filesystem::path& path);

}  // namespace newsgraph::robustness
