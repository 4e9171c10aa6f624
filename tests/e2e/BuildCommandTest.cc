// End to end: the `newsgraph build` binary on the bundled examples.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "CliRun.h"

namespace fs = std::filesystem;

namespace {

using newsgraph::e2e::Outcome;
using newsgraph::e2e::Slurp;

class BuildCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsgraph-e2e-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& e : fs::directory_iterator(NEWSGRAPH_EXAMPLES_DIR))
      if (e.path().extension() == ".txt") examples_.push_back(e.path().string());
    std::sort(examples_.begin(), examples_.end());
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Newsgraph(const std::vector<std::string>& args) { return newsgraph::e2e::RunNewsgraph(args, dir_); }

  fs::path dir_;
  std::vector<std::string> examples_;
};

TEST_F(BuildCommandTest, ExamplesGraphHasMilleySpokeWithGerasimovFromTwoArticles) {
  std::vector<std::string> args = {"build"};
  args.insert(args.end(), examples_.begin(), examples_.end());
  args.insert(args.end(), {"-o", (dir_ / "g.json").string()});
  Outcome r = Newsgraph(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("5 articles"), std::string::npos) << r.out;

  rapidjson::Document g;
  g.Parse(Slurp(dir_ / "g.json").c_str());
  ASSERT_TRUE(g.IsObject());
  EXPECT_TRUE(g["directed"].GetBool());
  EXPECT_TRUE(g["multigraph"].GetBool());
  auto id_of = [&](const std::string& name) -> std::string {
    for (const auto& n : g["nodes"].GetArray()) {
      if (name == n["label"].GetString()) return n["id"].GetString();
      for (const auto& a : n["aliases"].GetArray())
        if (name == a.GetString()) return n["id"].GetString();
    }
    return "";
  };
  std::string milley = id_of("Mark Milley"), gerasimov = id_of("Valery Gerasimov");
  ASSERT_FALSE(milley.empty());
  ASSERT_FALSE(gerasimov.empty());
  bool found = false;
  for (const auto& e : g["edges"].GetArray()) {
    std::set<std::string> ends = {e["source"].GetString(), e["target"].GetString()};
    if (std::string(e["type"].GetString()) != "spoke_with" ||
        ends != std::set<std::string>{milley, gerasimov})
      continue;
    found = true;
    std::set<std::string> documents;
    for (const auto& ev : e["evidence"].GetArray()) documents.insert(ev["document"].GetString());
    EXPECT_GE(documents.size(), 2u) << "the fact is stated in articles 000 and 001";
    EXPECT_GE(e["weight"].GetDouble(), 2.0);
  }
  EXPECT_TRUE(found) << "Mark Milley spoke_with Valery Gerasimov";
}

TEST_F(BuildCommandTest, EvidenceOffsetsPointAtTheSentenceInTheOriginalFile) {
  Outcome r = Newsgraph({"build", examples_[0], "-o", (dir_ / "g.json").string(), "--no-summary"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string original = Slurp(examples_[0]);
  rapidjson::Document g;
  g.Parse(Slurp(dir_ / "g.json").c_str());
  int checked = 0;
  for (const auto& e : g["edges"].GetArray())
    for (const auto& ev : e["evidence"].GetArray()) {
      std::size_t start = ev["start"].GetUint(), end = ev["end"].GetUint();
      ASSERT_LE(end, original.size());
      std::string slice = original.substr(start, end - start);
      // Normalisation turns typographic apostrophes and double quotes into ASCII ones (text/Normalizer.h).
      for (std::size_t p; (p = slice.find("\xe2\x80\x99")) != std::string::npos;)
        slice.replace(p, 3, 1, '\'');
      for (const char* quote : {"\xe2\x80\x9c", "\xe2\x80\x9d"})
        for (std::size_t p; (p = slice.find(quote)) != std::string::npos;) slice.replace(p, 3, 1, '"');
      EXPECT_EQ(slice, ev["text"].GetString());
      ++checked;
    }
  EXPECT_GT(checked, 5);
}

TEST_F(BuildCommandTest, OutputIsByteIdenticalWhateverThreadsAndInputOrder) {
  std::vector<std::string> forward = {"build", "-j", "1"}, backward = {"build", "-j", "2"};
  forward.insert(forward.end(), examples_.begin(), examples_.end());
  backward.insert(backward.end(), examples_.rbegin(), examples_.rend());
  for (const char* ext : {"json", "graphml", "gexf"}) {
    forward.insert(forward.end(), {"-o", (dir_ / (std::string("a.") + ext)).string()});
    backward.insert(backward.end(), {"-o", (dir_ / (std::string("b.") + ext)).string()});
  }
  ASSERT_EQ(Newsgraph(forward).exit_code, 0);
  ASSERT_EQ(Newsgraph(backward).exit_code, 0);  // (with -j2, two of the three outputs are written at once)
  for (const char* ext : {"json", "graphml", "gexf"}) {
    std::string a = Slurp(dir_ / (std::string("a.") + ext)), b = Slurp(dir_ / (std::string("b.") + ext));
    EXPECT_FALSE(a.empty());
    EXPECT_TRUE(a == b) << ext << " differs between -j1 in order and -j2 in reverse order";
  }
}

TEST_F(BuildCommandTest, VerboseBuildSaysWhereTheTimeWent) {
  std::vector<std::string> args = {"-v", "build", "-j", "1"};
  args.insert(args.end(), examples_.begin(), examples_.end());
  args.insert(args.end(), {"-o", (dir_ / "g.json").string(), "--no-summary"});
  Outcome r = Newsgraph(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* phase : {"5 articles read and extracted in ", " s, merged in ", " s, resolved in ",
                            " s; graph made in ", " distinct words looked up, ", "g.json (json: "})
    EXPECT_NE(r.err.find(phase), std::string::npos) << phase << " not in:\n" << r.err;
  // Without -v only the outputs are logged, each with its time.
  args.erase(args.begin());
  r = Newsgraph(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("extracted in"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" edges) in "), std::string::npos) << r.err;
}

// The compiled morphology table only saves time: with it, without it, or with a stale one, the same graph.
TEST_F(BuildCommandTest, SameGraphWithOrWithoutTheMorphologyTable) {
  if (!fs::exists(NEWSGRAPH_MORPHOLOGY_TABLE)) GTEST_SKIP() << "no compiled table (hunspell-fr?)";
  std::vector<std::string> args = {"build", "-j", "1", "--no-summary"};
  args.insert(args.end(), examples_.begin(), examples_.end());
  auto build = [&](const char* table, const std::string& out) {
    std::vector<std::string> with = args;
    with.insert(with.end(), {"-o", (dir_ / out).string()});
    if (table != nullptr) setenv("NEWSGRAPH_MORPHOLOGY_TABLE", table, 1);
    Outcome r = Newsgraph(with);
    unsetenv("NEWSGRAPH_MORPHOLOGY_TABLE");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r;
  };
  build(nullptr, "table.json");
  EXPECT_EQ(build("none", "none.json").err.find("morphology"), std::string::npos);

  // A table compiled from another dictionary (the test one, through a schema naming it) is refused.
  fs::copy(NEWSGRAPH_SOURCE_SCHEMA_DIR, dir_ / "schema", fs::copy_options::recursive);
  std::ofstream(dir_ / "schema" / "pipeline.json")
      << R"({"hunspell_dictionary": ")" << NEWSGRAPH_TEST_DATA_DIR << R"(/../text/data/hunspell/mini"})";
  const std::string stale = (dir_ / "mini.table").string();
  Outcome compiled = Newsgraph({"compile-morphology", "--schema", (dir_ / "schema").string(), "-o", stale});
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_NE(compiled.err.find("forms hunspell knows"), std::string::npos) << compiled.err;
  Outcome r = build(stale.c_str(), "stale.json");
  EXPECT_NE(r.err.find("compiled from another hunspell dictionary"), std::string::npos) << r.err;

  const std::string graph = Slurp(dir_ / "table.json");
  EXPECT_FALSE(graph.empty());
  EXPECT_TRUE(graph == Slurp(dir_ / "none.json"));
  EXPECT_TRUE(graph == Slurp(dir_ / "stale.json"));
}

TEST_F(BuildCommandTest, CompileMorphologyNamesAMissingDictionary) {
  fs::copy(NEWSGRAPH_SOURCE_SCHEMA_DIR, dir_ / "schema", fs::copy_options::recursive);
  std::ofstream(dir_ / "schema" / "pipeline.json") << R"({"hunspell_dictionary": "/nonexistent/xx_XX"})";
  Outcome r = Newsgraph(
      {"compile-morphology", "--schema", (dir_ / "schema").string(), "-o", (dir_ / "t.table").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/xx_XX"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "t.table"));
}

TEST_F(BuildCommandTest, MissingInputIsReportedAndTheOthersAreStillWritten) {
  Outcome r =
      Newsgraph({"build", examples_[0], (dir_ / "nope.txt").string(), "-o", (dir_ / "g.json").string()});
  EXPECT_EQ(r.exit_code, 1) << "partial failure";
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "g.json"));
}

TEST_F(BuildCommandTest, NothingReadableIsFatalAndWritesNothing) {
  Outcome r = Newsgraph({"build", (dir_ / "nope.txt").string(), "-o", (dir_ / "g.json").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(fs::exists(dir_ / "g.json"));
}

TEST_F(BuildCommandTest, UnknownOutputExtensionIsAUsageError) {
  Outcome r = Newsgraph({"build", examples_[0], "-o", (dir_ / "g.xyz").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format"), std::string::npos) << r.err;
}

TEST_F(BuildCommandTest, HelpListsTheCommandsAndExitCodes) {
  Outcome r = Newsgraph({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* word : {"build", "annotate", "query", "convert", "Exit codes"})
    EXPECT_NE(r.out.find(word), std::string::npos) << word;
}

TEST_F(BuildCommandTest, AnnotateShowsTheRuleBehindAnEdge) {
  Outcome r = Newsgraph({"annotate", examples_[0]});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("spoke_with(official:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[contact:"), std::string::npos);
  Outcome j = Newsgraph({"annotate", "--format", "json", examples_[0]});
  ASSERT_EQ(j.exit_code, 0);
  rapidjson::Document first;
  first.Parse(j.out.substr(0, j.out.find('\n')).c_str());
  ASSERT_TRUE(first.IsObject());
  EXPECT_TRUE(first.HasMember("mentions"));
}

}  // namespace
