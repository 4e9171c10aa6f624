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

// Laid out on several threads (ExportOptions::threads), every format gives the bytes one thread gives, on
// the hostile graph joined by a chain of 2,000 nodes and edges: sections of many batches of chunks
// (export/InOrder.h), one of them partly filled.
// "prefix<n>" (built by appending: gcc 12 at -O3 warns falsely on `"literal" + std::string`).
std::string Numbered(std::string_view prefix, int n) {
  return std::string(prefix).append(std::to_string(n));
}

TEST(GoldenTest, OutputDoesNotDependOnThreads) {
  GraphFragment fragment = HostileFragment();
  for (int i = 0; i < 2000; ++i) {
    NodeRecord node;
    node.id = Numbered("official:p", i);
    node.label = Numbered("Personne ", i);
    node.mentions = static_cast<std::uint64_t>(1 + i % 7);
    node.documents.insert(SharedString(Numbered("d", i / 3)));
    fragment.AddNode(node);
    if (i == 0) continue;
    EdgeRecord edge;
    edge.type = i % 2 ? RelationType::kSpokeWith : RelationType::kReported;
    edge.source = Numbered("official:p", i - 1);
    edge.target = node.id;
    const std::string text =
        Numbered("Phrase « ", i).append(" » & <").append(std::to_string(i - 1)).append(">.");
    edge.evidence.insert(Evidence{SharedString(Numbered("d", i / 3)), static_cast<std::uint32_t>(i % 5), 0,
                                  static_cast<std::uint32_t>(text.size()), /*valid_utf8_text=*/false,
                                  SharedString(Numbered("2024-0", 1 + i % 9)), SharedString(text),
                                  SharedString()});
    fragment.AddEdge(edge);
  }
  const KnowledgeGraph graph(std::move(fragment));
  TempDir dir;
  for (Format format :
       {Format::kJson, Format::kGraphml, Format::kGexf, Format::kCyjs, Format::kDot, Format::kCsv}) {
    std::string one;
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
      ExportOptions options = SchemaOptions();
      options.threads = threads;
      const std::filesystem::path out =
          dir.path() / Numbered(std::string(Name(format)).append("-"), static_cast<int>(threads));
      ASSERT_TRUE(WriteGraph(graph, format, out, options).ok()) << Name(format);
      const std::string text = format == Format::kCsv
                                   ? ReadText(out / "nodes.csv").append(ReadText(out / "edges.csv"))
                                   : ReadText(out);
      if (threads == 1) {
        one = text;
        EXPECT_GT(one.size(), 200000u) << Name(format);
      } else {
        EXPECT_TRUE(text == one) << Name(format) << " differs with " << threads << " threads";
      }
    }
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
