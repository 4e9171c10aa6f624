// A run with bad inputs processes every good article, lists every failure on stderr and exits 1; a run killed
// while writing never truncates or replaces the previous output.
#include <gmock/gmock.h>
#include <poll.h>
#include <rapidjson/document.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "CliFixture.h"
#include "CorpusGenerator.h"

namespace newsgraph::robustness {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class PartialFailureTest : public CliFixture {};

TEST_F(PartialFailureTest, GoodArticlesProcessedFailuresListedExitOne) {
  CorpusGenerator generator(3);
  std::set<std::string> good;
  for (int i = 0; i < 20; ++i) {
    Write("corpus/good" + std::to_string(i) + ".txt", generator.Article(3));
    good.insert("corpus/good" + std::to_string(i) + ".txt");
  }
  Write("corpus/bad/binary.txt", std::string("\x7f"
                                             "ELF\x02\x01\x01\0\0\0",
                                             10));
  Write("corpus/bad/empty.md", "");
  Write("corpus/bad/latin.txt", "Caf\xE9 \x81\x8D\x8F\x90\x9D.\n");  // bytes Windows-1252 leaves undefined
  Write("corpus/mixed.jsonl",
        "{\"id\": \"j1\", \"text\": \"Olaf Scholz a rencontré Joe Biden.\"}\n"
        "{\"id\": \"j2\", \"text\": 3}\n"
        "{\"id\": \"j3\", \"text\": \"Joe Biden a rencontré Justin Trudeau.\"\n"
        "{\"id\": \"j4\", \"text\": \"Justin Trudeau a rencontré Olaf Scholz.\"}\n");
  good.insert({"j1", "j4"});

  Outcome r = Newsgraph({"build", Path("corpus"), Path("missing"), "-o", Path("g.json")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("22 articles"));
  EXPECT_THAT(r.out, HasSubstr("6 input problem(s), see above"));
  for (const std::string& failure :
       {Path("corpus/bad/binary.txt") + " (byte 7): binary file",
        Path("corpus/bad/empty.md") + ": empty file",
        Path("corpus/bad/latin.txt") + ":1 (byte 3): invalid UTF-8, and not Windows-1252 either",
        Path("corpus/mixed.jsonl") + ":2: field \"text\" must be a string",
        Path("corpus/mixed.jsonl") + ":3 (byte ", Path("missing") + ": no such file or directory"})
    EXPECT_THAT(r.err, HasSubstr(failure));

  // Every good article is evidence for something in the graph.
  rapidjson::Document g;
  g.Parse(Slurp(Path("g.json")).c_str());
  ASSERT_TRUE(g.IsObject());
  std::set<std::string> documents;
  for (const auto& n : g["nodes"].GetArray())
    for (const auto& d : n["documents"].GetArray()) documents.insert(d.GetString());
  EXPECT_EQ(documents, good);
}

// Watches the output folder and SIGKILLs the build as soon as it writes into its temporary file.
TEST_F(PartialFailureTest, KilledWhileWritingLeavesThePreviousOutputIntact) {
  CorpusGenerator generator(5);
  for (int i = 0; i < 3000; ++i) Write("corpus/a" + std::to_string(i) + ".txt", generator.Article(4));
  const std::string previous = "{\"previous\": \"output of an earlier run\"}\n";
  Write("out/g.json", previous);

  const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  ASSERT_GE(watch, 0);
  ASSERT_GE(::inotify_add_watch(watch, Path("out").c_str(), IN_MODIFY), 0);
  pid_t pid = Spawn({"build", "-j", "2", Path("corpus"), "-o", Path("out/g.json")});
  ASSERT_GT(pid, 0);

  std::string killed_while_writing;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  alignas(inotify_event) char events[4096];
  while (killed_while_writing.empty() && std::chrono::steady_clock::now() < deadline) {
    pollfd p{watch, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    ssize_t n = ::read(watch, events, sizeof events);
    for (ssize_t at = 0; at < n;) {
      const auto* e = reinterpret_cast<const inotify_event*>(events + at);
      if (e->len > 0 && std::string(e->name).starts_with("g.json.tmp.")) {
        ::kill(pid, SIGKILL);
        killed_while_writing = e->name;
        break;
      }
      at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
    }
  }
  if (killed_while_writing.empty()) ::kill(pid, SIGKILL);
  EXPECT_EQ(Wait(pid), -1) << "the build should have been killed";
  ::close(watch);
  ASSERT_FALSE(killed_while_writing.empty()) << "the build never wrote its temporary file";

  EXPECT_EQ(Slurp(Path("out/g.json")), previous) << "the previous output was replaced or truncated";
  // SIGKILL cannot be caught, so the partial temporary file stays; it never takes the output's name.
  for (const auto& e : fs::directory_iterator(Path("out"))) {
    const std::string name = e.path().filename().string();
    EXPECT_TRUE(name == "g.json" || name == killed_while_writing) << "unexpected file " << name;
  }

  // The next run completes and replaces the output atomically; it also removes the temporary file of the
  // killed run (its process is gone), so only the output is left.
  Outcome r = Newsgraph({"build", Path("corpus/a0.txt"), "-o", Path("out/g.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(Slurp(Path("out/g.json")), previous);
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(Path("out"))) files.push_back(e.path().filename().string());
  EXPECT_EQ(files, std::vector<std::string>{"g.json"});
}

}  // namespace
}  // namespace newsgraph::robustness
