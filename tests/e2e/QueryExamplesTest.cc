// End to end: the queries documented in the README and examples/queries.cypher, on the examples graph.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "CliRun.h"

namespace fs = std::filesystem;

namespace {

using newsgraph::e2e::Outcome;

class QueryExamplesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("newsgraph-query-e2e-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    graph_ = new std::string((*dir_ / "examples.json").string());
    Outcome built = Run({"build", NEWSGRAPH_EXAMPLES_DIR, "-o", *graph_, "--no-summary"});
    ASSERT_EQ(built.exit_code, 0) << built.err;
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete graph_;
  }

  static Outcome Run(const std::vector<std::string>& args) {
    return newsgraph::e2e::RunNewsgraph(args, *dir_);
  }
  static Outcome Query(const std::string& q, const std::string& format = "csv") {
    return Run({"query", *graph_, q, "--format", format});
  }

  static fs::path* dir_;
  static std::string* graph_;
};

fs::path* QueryExamplesTest::dir_ = nullptr;
std::string* QueryExamplesTest::graph_ = nullptr;

TEST_F(QueryExamplesTest, WhoSpokeWithGerasimov) {
  Outcome r = Query(R"(MATCH (a)-[:spoke_with]-(b {name: "Gerasimov"}) RETURN a.label)");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "a.label\r\nMark Milley\r\n");  // CSV rows end with CRLF (RFC 4180)
}

TEST_F(QueryExamplesTest, WhichLinesConnectWhom) {
  Outcome r = Query("MATCH (l:CommunicationLine)-[:connects]->(x) RETURN l.label, x.label");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ligne de « déconfliction »,Russie"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ligne de « déconfliction »,États-Unis"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ligne de « déconfliction »,Centre national de gestion de la défense"),
            std::string::npos);
}

TEST_F(QueryExamplesTest, WhoDeniedWhatSinceNovember2022) {
  Outcome r = Query(
      R"(MATCH (a)-[r:denied]->(x) WHERE r.date >= "2022-11" RETURN a.label, x.label, r.weight ORDER BY r.weight DESC LIMIT 10)");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("a.label,x.label,r.weight\r\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(",Pologne,1"), std::string::npos)
      << "the article of 2022-11 denies the missile in Poland";
}

TEST_F(QueryExamplesTest, TheExampleFileRunsEveryQuery) {
  Outcome r = Run({"query", *graph_, "--file", std::string(NEWSGRAPH_EXAMPLES_DIR) + "/queries.cypher"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Mark Milley"), std::string::npos);
  EXPECT_NE(r.out.find("Dmitri Peskov"), std::string::npos);
}

TEST_F(QueryExamplesTest, ErrorsNameLineColumnAndExitTwo) {
  Outcome unknown_type = Query("MATCH (a:Nope) RETURN a");
  EXPECT_EQ(unknown_type.exit_code, 2);
  EXPECT_NE(unknown_type.err.find("line 1, column 10: unknown node type 'Nope'"), std::string::npos)
      << unknown_type.err;
  Outcome syntax = Query("MATCH (a RETURN a");
  EXPECT_EQ(syntax.exit_code, 2);
  EXPECT_NE(syntax.err.find("expected ')'"), std::string::npos) << syntax.err;
  Outcome property = Query("MATCH (a) RETURN a.nope");
  EXPECT_EQ(property.exit_code, 2);
  EXPECT_NE(property.err.find("unknown node property 'nope'"), std::string::npos) << property.err;
}

TEST_F(QueryExamplesTest, PathShowsTheEvidenceOfEachStep) {
  Outcome r = Run({"path", *graph_, "Milley", "Gerasimov"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("spoke_with"), std::string::npos);
  EXPECT_NE(r.out.find("aurait parlé avec son homologue russe"), std::string::npos) << r.out;
}

}  // namespace
