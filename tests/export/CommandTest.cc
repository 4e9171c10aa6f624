// `newsgraph convert` and `newsgraph render` run end to end on the golden JSON graph.
#include <gtest/gtest.h>

#include "TestGraph.h"

namespace newsgraph {
namespace {

using testing::ReadText;
using testing::RunShell;
using testing::TempDir;

const std::string kBinary = NEWSGRAPH_BINARY;
const std::filesystem::path kGolden = std::filesystem::path(NEWSGRAPH_TEST_DATA_DIR) / "golden";

std::string Quote(const std::filesystem::path& p) {
  return std::string("'").append(p.string()).append("'");  // (gcc 12 warns wrongly on "'" + std::string)
}

TEST(ConvertCommandTest, ReexportsToSeveralFormats) {
  TempDir dir;
  std::string command = kBinary + " -q convert " + Quote(kGolden / "hostile.json") + " -o " +
                        Quote(dir.path() / "g.gexf") + " -o " + Quote(dir.path() / "g.graphml") + " -o " +
                        Quote(dir.path() / "g.json");
  ASSERT_EQ(RunShell(command), 0);
  // Same bytes as writing the graph directly: convert loses nothing.
  EXPECT_EQ(ReadText(dir.path() / "g.gexf"), ReadText(kGolden / "hostile.gexf"));
  EXPECT_EQ(ReadText(dir.path() / "g.graphml"), ReadText(kGolden / "hostile.graphml"));
  EXPECT_EQ(ReadText(dir.path() / "g.json"), ReadText(kGolden / "hostile.json"));
}

TEST(ConvertCommandTest, GraphmlInputAndFolderFormats) {
  TempDir dir;
  ASSERT_EQ(RunShell(kBinary + " -q convert " + Quote(kGolden / "hostile.graphml") + " --format neo4j -o " +
                     Quote(dir.path() / "neo")),
            0);
  EXPECT_EQ(ReadText(dir.path() / "neo" / "relationships.csv"),
            ReadText(kGolden / "hostile_neo4j" / "relationships.csv"));
}

TEST(ConvertCommandTest, ExitCodes) {
  TempDir dir;
  // No format for a path without extension: usage error.
  EXPECT_EQ(RunShell(kBinary + " -q convert " + Quote(kGolden / "hostile.json") + " -o " +
                     Quote(dir.path() / "x") + " 2>/dev/null"),
            2);
  // One output fails, the other is written: partial.
  EXPECT_EQ(RunShell(kBinary + " -q convert " + Quote(kGolden / "hostile.json") + " -o " +
                     Quote(dir.path() / "missing" / "g.gexf") + " -o " + Quote(dir.path() / "g.dot") +
                     " 2>/dev/null"),
            1);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "g.dot"));
}

TEST(RenderCommandTest, DrawsSvgAndPng) {
  TempDir dir;
  ASSERT_EQ(RunShell("cd " + Quote(dir.path()) + " && " + kBinary + " -q convert " +
                     Quote(kGolden / "hostile.json") + " -o g.json"),
            0);
  ASSERT_EQ(RunShell(kBinary + " -q render " + Quote(dir.path() / "g.json") + " -o " +
                     Quote(dir.path() / "g.svg") + " --layout dot"),
            0);
  std::string svg = ReadText(dir.path() / "g.svg");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("#1f77b4"), std::string::npos);  // Official colour from the schema
  EXPECT_NE(svg.find("Emmanuel Macron"), std::string::npos);
  ASSERT_EQ(
      RunShell(kBinary + " -q render " + Quote(dir.path() / "g.json") + " -o " + Quote(dir.path() / "g.png")),
      0);
  EXPECT_EQ(ReadText(dir.path() / "g.png").substr(0, 4), "\x89PNG");
  EXPECT_EQ(RunShell(kBinary + " -q render " + Quote(dir.path() / "g.json") + " -o " +
                     Quote(dir.path() / "g.gif") + " 2>/dev/null"),
            2);
}

}  // namespace
}  // namespace newsgraph
