#include <gtest/gtest.h>

#include <map>
#include <string>

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

// Enough ids to grow the index several times, each added three times: every copy lands on the first.
TEST(RecordTableTest, AbsorbsRecordsWithTheSameIdAcrossGrowth) {
  RecordTable<NodeRecord> table;
  constexpr int kIds = 5000;
  for (int round = 1; round <= 3; ++round)
    for (int i = 0; i < kIds; ++i) {
      std::string id = "official:p" + std::to_string(i * 7919 % kIds);
      table.Add(std::string(id), Mentioned(id, round));
    }
  std::map<std::string, NodeRecord> out;
  table.DrainInto(out);
  EXPECT_TRUE(table.empty());
  ASSERT_EQ(out.size(), static_cast<std::size_t>(kIds));
  for (const auto& [id, node] : out) {
    EXPECT_EQ(node.id, id);
    EXPECT_EQ(node.mentions, 1u + 2u + 3u) << id;
  }
}

TEST(RecordTableTest, AddingATableMovesEveryRecord) {
  RecordTable<NodeRecord> a, b;
  a.Add("x", Mentioned("x", 1));
  a.Add("y", Mentioned("y", 2));
  b.Add("y", Mentioned("y", 5));
  b.Add("z", Mentioned("z", 7));
  a.Add(std::move(b));
  EXPECT_TRUE(b.empty());  // NOLINT: emptied on purpose
  std::map<std::string, NodeRecord> out;
  a.DrainInto(out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out.at("y").mentions, 7u);
  EXPECT_EQ(out.at("z").mentions, 7u);
}

}  // namespace
}  // namespace newsgraph
