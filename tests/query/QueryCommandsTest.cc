// The query, path, centrality, neighbors and components commands, run as a user would on a saved graph.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "TestGraph.h"
#include "export/GraphWriter.h"
#include "graph/GraphReader.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

struct CommandRun {
  int exit_code;
  std::string out;
  std::string err;
};

class QueryCommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, possibly in parallel: one folder per process.
    dir_ = fs::path(::testing::TempDir()) / ("newsgraph_query_commands_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    Result<ExportOptions> options =
        LoadExportOptions(fs::path(NEWSGRAPH_SOURCE_SCHEMA_DIR) / "ontology.json");
    ASSERT_TRUE(options.ok()) << options.error().ToString();
    KnowledgeGraph graph(testing::TestFragment());
    ASSERT_TRUE(WriteGraph(graph, Format::kJson, dir_ / "g.json", *options).ok());
    ASSERT_TRUE(WriteGraph(graph, Format::kGraphml, dir_ / "g.graphml", *options).ok());
  }

  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static CommandRun Newsgraph(const std::string& args) {
    fs::path err = dir_ / "stderr.txt";
    std::string command = std::string(NEWSGRAPH_BINARY) + " " + args + " 2>" + err.string();
    FILE* pipe = popen(command.c_str(), "r");
    std::string out;
    char buffer[4096];
    while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    int status = pclose(pipe);
    std::ifstream in(err);
    std::string error((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return CommandRun{WEXITSTATUS(status), out, error};
  }

  static std::string Graph(const char* name = "g.json") { return (dir_ / name).string(); }

  static fs::path dir_;
};

fs::path QueryCommandsTest::dir_;

TEST_F(QueryCommandsTest, QueryPrintsAnAlignedTable) {
  CommandRun run =
      Newsgraph("query " + Graph() + " 'MATCH (a)-[:spoke_with]-(b {name: \"Gerasimov\"}) RETURN a.label'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "a.label\n-----------\nMark Milley\n(1 row)\n");
}

TEST_F(QueryCommandsTest, QueryReadsGraphmlToo) {
  CommandRun run =
      Newsgraph("query " + Graph("g.graphml") +
                " 'MATCH (a)-[r:denied]->(x) WHERE r.date >= \"2022-11\" RETURN a.label, x.label, r.weight "
                "ORDER BY r.weight DESC LIMIT 10' --format csv");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "a.label,x.label,r.weight\r\nDmitri Peskov,ligne de déconfliction,2\r\n"
            "Russie,ligne de déconfliction,1\r\n");
}

TEST_F(QueryCommandsTest, QueryFileRunsEveryQueryAsJsonLines) {
  fs::path file = dir_ / "queries.cypher";
  std::ofstream(file) << "// lines\nMATCH (l:CommunicationLine)-[:connects]->(x) RETURN l.label, x.label;\n"
                         "MATCH (a:Official) RETURN count(*) AS officials;\n";
  CommandRun run = Newsgraph("query " + Graph() + " --file " + file.string() + " --format json");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "{\"l.label\":\"ligne de déconfliction\",\"x.label\":\"Pentagone\"}\n"
            "{\"l.label\":\"ligne de déconfliction\",\"x.label\":\"ministère russe de la Défense\"}\n"
            "{\"officials\":5}\n");
}

TEST_F(QueryCommandsTest, BadQueryExitsTwoNamingLineAndColumn) {
  CommandRun run = Newsgraph("query " + Graph() + " 'MATCH (a:Oficial) RETURN a'");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("line 1, column 10: unknown node type 'Oficial'"));
  EXPECT_EQ(run.out, "");
  fs::path file = dir_ / "bad.cypher";
  std::ofstream(file) << "MATCH (a) RETURN a.label;\nMATCH (a)\nRETURN a.lable;\n";
  run = Newsgraph("query " + Graph() + " --file " + file.string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("bad.cypher: line 3, column 10: unknown node property 'lable'"));
}

TEST_F(QueryCommandsTest, PathPrintsEachStepWithItsEvidence) {
  CommandRun run = Newsgraph("path " + Graph() + " Milley 'ligne de deconfliction' --format csv");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(
      run.out,
      "step,from,fact,to,weight,document,date,evidence\r\n"
      "1,Mark Milley,-[spoke_with]-,Valery Gerasimov,2,a,2022-11-10,Phrase a.\r\n"
      "2,Valery Gerasimov,-[member_of]->,ministère russe de la Défense,1,a,,Phrase a.\r\n"
      "3,ministère russe de la Défense,<-[connects]-,ligne de déconfliction,1,a,2022-11-10,Phrase a.\r\n");
}

TEST_F(QueryCommandsTest, PathReadsAsSentencesByDefault) {
  CommandRun run = Newsgraph("path " + Graph() + " Peskov Russie");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "Dmitri Peskov -[denied]-> ligne de déconfliction  (weight 2)\n"
            "    d (2022-11-20): Phrase d.\n"
            "ligne de déconfliction <-[denied]- Russie  (weight 1)\n"
            "    f (2023-03-02): Phrase f.\n");
}

TEST_F(QueryCommandsTest, PathBetweenUnconnectedNodesExitsOne) {
  GraphFragment f = testing::TestFragment();
  f.AddNode(testing::TestNode("place:kherson", EntityType::kPlace, "Kherson"));
  Result<ExportOptions> options = LoadExportOptions(fs::path(NEWSGRAPH_SOURCE_SCHEMA_DIR) / "ontology.json");
  ASSERT_TRUE(options.ok());
  ASSERT_TRUE(WriteGraph(KnowledgeGraph(f), Format::kJson, dir_ / "apart.json", *options).ok());
  CommandRun run = Newsgraph("path " + Graph("apart.json") + " Kherson Milley");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no path between Kherson and Mark Milley"));
}

TEST_F(QueryCommandsTest, PathNamesAmbiguousAndUnknownNodes) {
  CommandRun run = Newsgraph("path " + Graph() + " nobody Milley");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("no node is named 'nobody'"));
  run = Newsgraph("path " + Graph() + " russe Milley");
  EXPECT_EQ(run.exit_code, 0) << run.err;  // one node has the word "russe"
  run = Newsgraph("path " + Graph() + " de Milley");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err,
              HasSubstr("'de' names 2 nodes: ministère russe de la Défense (institution:russian_mod), "
                        "ligne de déconfliction (line:deconfliction); give a fuller name or an id"));
}

TEST_F(QueryCommandsTest, CentralityRanksTheTopNodes) {
  CommandRun run = Newsgraph("centrality " + Graph() + " --measure degree --top 2 --format csv");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "rank,id,label,type,degree\r\n"
            "1,line:deconfliction,ligne de déconfliction,CommunicationLine,4\r\n"
            "2,institution:russian_mod,ministère russe de la Défense,Institution,3\r\n");
  run = Newsgraph("centrality " + Graph() + " --measure betweenness --top 1 --type Official --format csv");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("1,official:sergei_shoigu,"));
}

TEST_F(QueryCommandsTest, NeighborsWritesTheEgoNetwork) {
  fs::path out = dir_ / "ego.json";
  CommandRun run = Newsgraph("neighbors " + Graph() + " Guerassimov --depth 1 -o " + out.string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  Result<GraphFragment> ego = ReadGraph(out);
  ASSERT_TRUE(ego.ok()) << ego.error().ToString();
  EXPECT_EQ(ego->nodes().size(), 3u);
  EXPECT_EQ(ego->edges().size(), 2u);
  run = Newsgraph("neighbors " + Graph() + " Guerassimov --format csv");
  EXPECT_EQ(run.out,
            "distance,id,label,type\r\n0,official:valery_gerasimov,Valery Gerasimov,Official\r\n"
            "1,institution:russian_mod,ministère russe de la Défense,Institution\r\n"
            "1,official:mark_milley,Mark Milley,Official\r\n");
}

TEST_F(QueryCommandsTest, ComponentsLargestFirst) {
  CommandRun run = Newsgraph("components " + Graph() + " --members 3");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "component  size  members\n"
            "---------  ----  ----------------------------------------------------------\n"
            "        1     9  Russie; Pentagone; ministère russe de la Défense; … 6 more\n"
            "(1 row)\n");
}

}  // namespace
}  // namespace newsgraph
