#include "CliFixture.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace newsgraph::robustness {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void CliFixture::SetUp() {
  dir_ = fs::temp_directory_path() / ("newsgraph-robust-" + std::to_string(::getpid()) + "-" +
                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir_);
  fs::create_directories(dir_);
}

void CliFixture::TearDown() {
  // Restore permissions a test may have removed, so the folder can be deleted.
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir_, ec))
    fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(dir_, ec);
}

std::string CliFixture::Write(const std::string& relative, const std::string& bytes) const {
  const fs::path path = dir_ / relative;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

pid_t CliFixture::Spawn(const std::vector<std::string>& args) const {
  const std::string out = (dir_ / "stdout").string(), err = (dir_ / "stderr").string();
  std::vector<char*> argv;
  std::string binary = NEWSGRAPH_BINARY;
  argv.push_back(binary.data());
  std::vector<std::string> copy = args;
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) {
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o < 0 || e < 0 || ::dup2(o, 1) < 0 || ::dup2(e, 2) < 0) ::_exit(127);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

int CliFixture::Wait(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Outcome CliFixture::Newsgraph(const std::vector<std::string>& args) const {
  Outcome r;
  pid_t pid = Spawn(args);
  if (pid < 0) return r;
  r.exit_code = Wait(pid);
  r.out = Slurp(dir_ / "stdout");
  r.err = Slurp(dir_ / "stderr");
  return r;
}

}  // namespace newsgraph::robustness
