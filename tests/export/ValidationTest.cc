// Schema validation of the XML exports with xmllint: GraphML against the 1.0 XSD (offline, through the
// catalog), GEXF 1.3 against the RNG (the published XSD rejects every viz:* element).
#include <gtest/gtest.h>

#include "TestGraph.h"
#include "export/GraphWriter.h"

namespace newsgraph {
namespace {

using testing::HostileFragment;
using testing::RunShell;
using testing::SchemaOptions;
using testing::TempDir;

const std::filesystem::path kFormats = std::filesystem::path(NEWSGRAPH_SHARED_DIR) / "formats";

bool HaveXmllint() {
  return RunShell("command -v xmllint >/dev/null 2>&1") == 0;
}

std::string ValidateGraphml(const std::filesystem::path& file) {
  return "XML_CATALOG_FILES='" + (kFormats / "graphml/catalog.xml").string() +
         "' xmllint --nonet --noout --schema '" + (kFormats / "graphml/1.0/graphml.xsd").string() + "' '" +
         file.string() + "'";
}

std::string ValidateGexf(const std::filesystem::path& file) {
  return "xmllint --nonet --noout --relaxng '" + (kFormats / "gexf-1.3/gexf.rng").string() + "' '" +
         file.string() + "'";
}

// Bytes that are not UTF-8 and characters XML 1.0 cannot hold, everywhere text goes.
GraphFragment BadBytesFragment() {
  GraphFragment g = HostileFragment();
  NodeRecord node;
  node.id = "place:\xC3\x28\x01 id";
  node.type = EntityType::kPlace;
  node.label = "bad \xFF\xFE bytes \xEF\xBF\xBE and \x0B vt \xED\xA0\x80 surrogate";
  node.aliases = {"\x1B[31m", "]]>"};
  g.AddNode(node);
  EdgeRecord edge;
  edge.type = RelationType::kConnects;
  edge.source = "line:deconfliction";
  edge.target = node.id;
  edge.evidence.insert(Evidence{.document = "a\x01",
                                .sentence = 1,
                                .start = 2,
                                .end = 3,
                                .date = "2024-02-30",
                                .text = "\xC0\xAF overlong"});
  edge.attributes["channel"] = {"\x02"};
  g.AddEdge(edge);
  return g;
}

class ValidationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HaveXmllint())
      GTEST_SKIP() << "xmllint is not installed (Debian package libxml2-utils): not validated";
  }
};

TEST_F(ValidationTest, GraphmlIsValid) {
  TempDir dir;
  for (const GraphFragment& fragment : {HostileFragment(), BadBytesFragment()}) {
    std::filesystem::path out = dir.path() / "g.graphml";
    ASSERT_TRUE(WriteGraph(KnowledgeGraph(fragment), Format::kGraphml, out, SchemaOptions()).ok());
    EXPECT_EQ(RunShell(ValidateGraphml(out)), 0);
  }
}

TEST_F(ValidationTest, GexfIsValid) {
  TempDir dir;
  for (const GraphFragment& fragment : {HostileFragment(), BadBytesFragment()}) {
    std::filesystem::path out = dir.path() / "g.gexf";
    ASSERT_TRUE(WriteGraph(KnowledgeGraph(fragment), Format::kGexf, out, SchemaOptions()).ok());
    EXPECT_EQ(RunShell(ValidateGexf(out)), 0);
  }
}

TEST_F(ValidationTest, EmptyGraphIsValid) {
  TempDir dir;
  ASSERT_TRUE(WriteGraph(KnowledgeGraph(), Format::kGraphml, dir.path() / "e.graphml", SchemaOptions()).ok());
  ASSERT_TRUE(WriteGraph(KnowledgeGraph(), Format::kGexf, dir.path() / "e.gexf", SchemaOptions()).ok());
  EXPECT_EQ(RunShell(ValidateGraphml(dir.path() / "e.graphml")), 0);
  EXPECT_EQ(RunShell(ValidateGexf(dir.path() / "e.gexf")), 0);
}

// The check itself can fail: a GraphML file with a <data> whose key is not declared is rejected.
TEST_F(ValidationTest, ValidatorRejectsUndeclaredKey) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "bad.graphml";
  ASSERT_TRUE(WriteGraph(KnowledgeGraph(HostileFragment()), Format::kGraphml, out, SchemaOptions()).ok());
  ASSERT_EQ(RunShell("sed -i 's/<data key=\"mentions\">/<data key=\"nope\">/' '" + out.string() + "'"), 0);
  EXPECT_NE(RunShell(ValidateGraphml(out) + " 2>/dev/null"), 0);
}

TEST_F(ValidationTest, XmlOutputIsValidUtf8WithoutForbiddenCharacters) {
  TempDir dir;
  KnowledgeGraph graph(BadBytesFragment());
  for (auto [format, name] : {std::pair{Format::kGraphml, "g.graphml"}, std::pair{Format::kGexf, "g.gexf"}}) {
    std::filesystem::path out = dir.path() / name;
    ASSERT_TRUE(WriteGraph(graph, format, out, SchemaOptions()).ok());
    std::string text = testing::ReadText(out);
    EXPECT_EQ(text.find('\x01'), std::string::npos);
    EXPECT_EQ(text.find('\x1B'), std::string::npos);
    EXPECT_EQ(text.find("\xEF\xBF\xBE"), std::string::npos);  // U+FFFE
    EXPECT_EQ(text.find("]]>"), std::string::npos);
    // iconv fails on invalid UTF-8.
    EXPECT_EQ(RunShell("iconv -f UTF-8 -t UTF-8 '" + out.string() + "' >/dev/null"), 0);
  }
}

}  // namespace
}  // namespace newsgraph
