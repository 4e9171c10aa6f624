#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "graph/GraphFragment.h"
#include "graph/NodeRecord.h"
#include "graph/RecordTable.h"

namespace newsgraph {
namespace {

NodeRecord Mentioned(std::string id, std::uint64_t mentions) {
  NodeRecord node;
  node.id = id;
  node.label = std::move(id);
  node.mentions = mentions;
  return node;
}

// The record in a map node of its own, as a fragment holds it.
RecordTable<GraphFragment::NodeMap>::Handle InNode(NodeRecord node) {
  GraphFragment::NodeMap map;
  map.emplace(node.id, std::move(node));
  return map.extract(map.begin());
}

// Enough ids to grow the index several times, each added three times: every copy lands on the first.
TEST(RecordTableTest, AbsorbsRecordsWithTheSameIdAcrossGrowth) {
  RecordTable<GraphFragment::NodeMap> table;
  constexpr int kIds = 5000;
  for (int round = 1; round <= 3; ++round)
    for (int i = 0; i < kIds; ++i) {
      std::string id = "official:p" + std::to_string(i * 7919 % kIds);
      table.Add(InNode(Mentioned(id, round)));
    }
  std::map<std::string, NodeRecord> out;
  for (auto& node : std::move(table).Take()) out.insert(std::move(node));
  EXPECT_TRUE(table.empty());
  ASSERT_EQ(out.size(), static_cast<std::size_t>(kIds));
  for (const auto& [id, node] : out) {
    EXPECT_EQ(node.id, id);
    EXPECT_EQ(node.mentions, 1u + 2u + 3u) << id;
  }
}

TEST(RecordTableTest, AddingATableMovesEveryRecord) {
  RecordTable<GraphFragment::NodeMap> a, b;
  a.Add(InNode(Mentioned("x", 1)));
  a.Add(InNode(Mentioned("y", 2)));
  b.Add(InNode(Mentioned("y", 5)));
  b.Add(InNode(Mentioned("z", 7)));
  a.Add(std::move(b));
  EXPECT_TRUE(b.empty());  // NOLINT: emptied on purpose
  std::map<std::string, NodeRecord> out;
  for (auto& node : std::move(a).Take()) out.insert(std::move(node));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out.at("y").mentions, 7u);
  EXPECT_EQ(out.at("z").mentions, 7u);
}

// A record absorbed once per article, the articles out of id order: its documents come out sorted and once.
TEST(RecordTableTest, DrainedRecordsAreSettled) {
  RecordTable<GraphFragment::NodeMap> table;
  for (int article : {5, 2, 9, 2, 0, 7, 5}) {
    NodeRecord node = Mentioned("x", 1);
    node.documents.insert(SharedString("doc-" + std::to_string(article)));
    table.Add(InNode(std::move(node)));
  }
  std::map<std::string, NodeRecord> out;
  for (auto& node : std::move(table).Take()) out.insert(std::move(node));
  std::vector<std::string> documents;
  for (const SharedString& d : out.at("x").documents) documents.emplace_back(d.view());
  EXPECT_EQ(documents, (std::vector<std::string>{"doc-0", "doc-2", "doc-5", "doc-7", "doc-9"}));
  EXPECT_EQ(out.at("x").mentions, 7u);
}

}  // namespace
}  // namespace newsgraph
