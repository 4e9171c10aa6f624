// WriteGraph then ReadGraph gives back the same fragment (JSON exactly; GraphML too once the characters that
// XML cannot carry are left out of the input).
#include <gtest/gtest.h>

#include <fstream>

#include "TestGraph.h"
#include "export/GraphWriter.h"
#include "graph/GraphReader.h"

namespace newsgraph {
namespace {

using testing::HostileFragment;
using testing::SchemaOptions;
using testing::TempDir;

void ExpectSameFragment(const GraphFragment& expected, const GraphFragment& actual) {
  ASSERT_EQ(expected.nodes().size(), actual.nodes().size());
  for (const auto& [id, node] : expected.nodes()) {
    ASSERT_TRUE(actual.nodes().contains(id)) << id;
    const NodeRecord& other = actual.nodes().at(id);
    EXPECT_EQ(node.type, other.type) << id;
    EXPECT_EQ(node.label, other.label) << id;
    EXPECT_EQ(node.aliases, other.aliases) << id;
    EXPECT_EQ(node.mentions, other.mentions) << id;
    EXPECT_EQ(node.documents, other.documents) << id;
    EXPECT_EQ(node.first_date, other.first_date) << id;
    EXPECT_EQ(node.last_date, other.last_date) << id;
    EXPECT_EQ(node.anonymous, other.anonymous) << id;
  }
  ASSERT_EQ(expected.edges().size(), actual.edges().size());
  for (const auto& [id, edge] : expected.edges()) {
    ASSERT_TRUE(actual.edges().contains(id)) << id;
    const EdgeRecord& other = actual.edges().at(id);
    EXPECT_EQ(edge.type, other.type) << id;
    EXPECT_EQ(edge.source, other.source) << id;
    EXPECT_EQ(edge.target, other.target) << id;
    EXPECT_EQ(edge.attributes, other.attributes) << id;
    ASSERT_EQ(edge.evidence.size(), other.evidence.size()) << id;
    for (auto a = edge.evidence.begin(), b = other.evidence.begin(); a != edge.evidence.end(); ++a, ++b) {
      EXPECT_EQ(*a, *b) << id;
      EXPECT_EQ(a->sentence, b->sentence) << id;
      EXPECT_EQ(a->date, b->date) << id;
      EXPECT_EQ(a->text, b->text) << id;
    }
  }
}

Result<GraphFragment> WriteAndRead(const GraphFragment& fragment, Format format, const std::string& name) {
  TempDir dir;
  std::filesystem::path out = dir.path() / name;
  Status status = WriteGraph(KnowledgeGraph(fragment), format, out, SchemaOptions());
  if (!status) return status.error();
  return ReadGraph(out);
}

TEST(RoundTripTest, JsonGivesTheSameFragment) {
  GraphFragment fragment = HostileFragment();
  Result<GraphFragment> back = WriteAndRead(fragment, Format::kJson, "g.json");
  ASSERT_TRUE(back.ok()) << back.error().ToString();
  ExpectSameFragment(fragment, *back);
}

TEST(RoundTripTest, GraphmlGivesTheSameFragment) {
  GraphFragment fragment = HostileFragment(/*control_chars=*/false);
  Result<GraphFragment> back = WriteAndRead(fragment, Format::kGraphml, "g.graphml");
  ASSERT_TRUE(back.ok()) << back.error().ToString();
  ExpectSameFragment(fragment, *back);
}

TEST(RoundTripTest, ReadsNetworkxLinksKey) {
  TempDir dir;
  std::filesystem::path path = dir.path() / "old.json";
  std::ofstream(path) << R"({"nodes": [{"id": "a", "type": "Country"}, {"id": "b", "type": "Country"}],
                            "links": [{"source": "a", "target": "b", "type": "spoke_with"}]})";
  Result<GraphFragment> fragment = ReadGraph(path);
  ASSERT_TRUE(fragment.ok()) << fragment.error().ToString();
  EXPECT_EQ(fragment->edges().size(), 1u);
}

struct BadInput {
  std::string name;
  std::string text;
  ErrorCode code;
};

void PrintTo(const BadInput& input, std::ostream* os) {
  *os << input.name;
}

class ReadGraphErrorTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(ReadGraphErrorTest, Fails) {
  TempDir dir;
  std::filesystem::path path = dir.path() / GetParam().name;
  std::ofstream(path) << GetParam().text;
  Result<GraphFragment> fragment = ReadGraph(path);
  ASSERT_FALSE(fragment.ok());
  EXPECT_EQ(fragment.error().code, GetParam().code) << fragment.error().ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, ReadGraphErrorTest,
    ::testing::Values(
        BadInput{"truncated.json", R"({"nodes": [)", ErrorCode::kMalformedJson},
        BadInput{"type.json", R"({"nodes": [{"id": "a", "type": "Planet"}], "edges": []})",
                 ErrorCode::kBadGraph},
        BadInput{"dangling.json",
                 R"({"nodes": [{"id": "a", "type": "Country"}],
                     "edges": [{"source": "a", "target": "zz", "type": "cites"}]})",
                 ErrorCode::kBadGraph},
        BadInput{"relation.json",
                 R"({"nodes": [{"id": "a", "type": "Country"}],
                     "edges": [{"source": "a", "target": "a", "type": "likes"}]})",
                 ErrorCode::kBadGraph},
        BadInput{"twice.json", R"({"nodes": [{"id": "a", "type": "Country"}, {"id": "a", "type": "Place"}],
                                  "edges": []})",
                 ErrorCode::kDuplicateId},
        BadInput{"wrongtype.json",
                 R"({"nodes": [{"id": "a", "type": "Country", "mentions": "3"}], "edges": []})",
                 ErrorCode::kBadGraph},
        BadInput{"unclosed.graphml", "<graphml><graph><node id=\"a\"></graph></graphml>",
                 ErrorCode::kBadGraph},
        BadInput{"entity.graphml", "<graphml><graph>&bogus;</graph></graphml>", ErrorCode::kBadGraph},
        BadInput{"deep.graphml", std::string(100000, '<'), ErrorCode::kBadGraph},
        BadInput{"nested.graphml",
                 [] {
                   std::string s;
                   for (int i = 0; i < 100000; ++i) s += "<a>";
                   return s;
                 }(),
                 ErrorCode::kBadGraph},
        BadInput{"graph.txt", "{}", ErrorCode::kUsage}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& c : name)
        if (c == '.') c = '_';
      return name;
    });

TEST(ReadGraphTest, MissingFileIsNotFound) {
  Result<GraphFragment> fragment = ReadGraph("/nonexistent/graph.json");
  ASSERT_FALSE(fragment.ok());
  EXPECT_EQ(fragment.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace newsgraph
