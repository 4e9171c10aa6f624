// Whole-file comparison of every export of the hostile graph with tests/export/golden/.
// Regenerate after an intended change with NEWSGRAPH_UPDATE_GOLDEN=1 ctest -R Golden (then review the diff).
#include <gtest/gtest.h>

#include <cstdlib>

#include "TestGraph.h"
#include "export/AtomicFile.h"
#include "export/GraphWriter.h"

namespace newsgraph {
namespace {

using testing::HostileFragment;
using testing::ReadText;
using testing::SchemaOptions;
using testing::TempDir;

const std::filesystem::path kGolden = std::filesystem::path(NEWSGRAPH_TEST_DATA_DIR) / "golden";

bool Updating() {
  const char* env = std::getenv("NEWSGRAPH_UPDATE_GOLDEN");
  return env != nullptr && std::string(env) == "1";
}

void ExpectGolden(const std::filesystem::path& written, const std::filesystem::path& golden) {
  if (Updating()) {
    std::filesystem::create_directories(golden.parent_path());
    ASSERT_TRUE(WriteFileAtomically(golden, ReadText(written)).ok());
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing: run with NEWSGRAPH_UPDATE_GOLDEN=1";
  EXPECT_TRUE(ReadText(written) == ReadText(golden)) << written << " differs from " << golden;
}

struct Case {
  Format format;
  std::vector<std::string> files;  // one file, or the files of a folder format
  std::string name;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

class GoldenTest : public ::testing::TestWithParam<Case> {};

TEST_P(GoldenTest, MatchesGoldenFiles) {
  const Case& c = GetParam();
  TempDir dir;
  KnowledgeGraph graph(HostileFragment());
  std::filesystem::path out = dir.path() / c.name;
  Status status = WriteGraph(graph, c.format, out, SchemaOptions());
  ASSERT_TRUE(status.ok()) << status.error().ToString();
  if (c.files.empty()) {
    ExpectGolden(out, kGolden / c.name);
  } else {
    for (const std::string& file : c.files) ExpectGolden(out / file, kGolden / c.name / file);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Formats, GoldenTest,
    ::testing::Values(Case{Format::kJson, {}, "hostile.json"}, Case{Format::kGraphml, {}, "hostile.graphml"},
                      Case{Format::kGexf, {}, "hostile.gexf"}, Case{Format::kCyjs, {}, "hostile.cyjs"},
                      Case{Format::kDot, {}, "hostile.dot"},
                      Case{Format::kCsv, {"nodes.csv", "edges.csv"}, "hostile_csv"},
                      Case{Format::kNeo4j, {"nodes.csv", "relationships.csv"}, "hostile_neo4j"}),
    [](const auto& info) { return std::string(Name(info.param.format)); });

// The same facts added in another order (and merged from two fragments) give byte-identical files.
TEST(GoldenTest, OutputDoesNotDependOnInsertionOrder) {
  GraphFragment original = HostileFragment();
  GraphFragment first, second;
  bool odd = false;
  for (auto it = original.nodes().rbegin(); it != original.nodes().rend(); ++it, odd = !odd)
    (odd ? first : second).AddNode(it->second);
  for (auto it = original.edges().rbegin(); it != original.edges().rend(); ++it) second.AddEdge(it->second);
  second.Merge(first);
  TempDir dir;
  for (Format format : {Format::kJson, Format::kGraphml, Format::kGexf, Format::kCyjs, Format::kDot}) {
    std::filesystem::path a = dir.path() / "a", b = dir.path() / "b";
    ASSERT_TRUE(WriteGraph(KnowledgeGraph(original), format, a, SchemaOptions()).ok());
    ASSERT_TRUE(WriteGraph(KnowledgeGraph(second), format, b, SchemaOptions()).ok());
    EXPECT_EQ(ReadText(a), ReadText(b)) << Name(format);
  }
}

TEST(GoldenTest, SentenceTextCanBeLeftOut) {
  TempDir dir;
  ExportOptions options = SchemaOptions();
  options.sentence_text = false;
  ASSERT_TRUE(
      WriteGraph(KnowledgeGraph(HostileFragment()), Format::kJson, dir.path() / "g.json", options).ok());
  std::string text = ReadText(dir.path() / "g.json");
  EXPECT_EQ(text.find("\"text\""), std::string::npos);
  EXPECT_EQ(text.find("Macron s'est entretenu"), std::string::npos);
  EXPECT_NE(text.find("\"evidence\""), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
