#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "graph/EdgeIdOrder.h"
#include "graph/EdgeRecord.h"

namespace newsgraph {
namespace {

// Node ids that extend one another by bytes below and above ':' ("p", "p-", "p0", "p_"...), random edges
// between them: the order is that of the edge ids.
TEST(EdgeIdOrderTest, SameOrderAsSortingTheIds) {
  std::mt19937 random(5);
  const std::string letters = "-0#+9a_z";
  for (int round = 0; round < 100; ++round) {
    std::vector<std::string> ids;
    for (int i = 0; i < 40; ++i) {
      std::string id = random() % 2 ? "official:p" : "institution:";
      for (std::size_t length = random() % 4; length > 0; --length) id += letters[random() % letters.size()];
      ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const std::vector<std::string_view> views(ids.begin(), ids.end());
    std::vector<EdgeEnds> edges;
    std::vector<std::string> edge_ids;
    for (int i = 0; i < 200; ++i) {
      const EdgeEnds e{kRelationTypes[random() % kRelationTypes.size()],
                       static_cast<std::uint32_t>(random() % ids.size()),
                       static_cast<std::uint32_t>(random() % ids.size())};
      const std::string id = EdgeRecord::MakeId(e.type, ids[e.source], ids[e.target]);
      if (std::find(edge_ids.begin(), edge_ids.end(), id) != edge_ids.end()) continue;
      edges.push_back(e);
      edge_ids.push_back(id);
    }
    std::vector<std::string> ordered;
    for (const std::uint32_t e : EdgeIdOrder(views, edges)) ordered.push_back(edge_ids[e]);
    std::vector<std::string> expected = edge_ids;
    std::sort(expected.begin(), expected.end());
    ASSERT_EQ(ordered, expected) << "round " << round;
  }
}

TEST(EdgeIdOrderTest, EndsThatAreNoNodeComeLast) {
  const std::vector<std::string_view> ids = {"official:a", "official:b"};
  const std::vector<EdgeEnds> edges = {{RelationType::kCites, EdgeEnds::kNoNode, 0},
                                       {RelationType::kCites, 1, 0},
                                       {RelationType::kCites, 0, EdgeEnds::kNoNode},
                                       {RelationType::kCites, 0, 1}};
  EXPECT_EQ(EdgeIdOrder(ids, edges), (std::vector<std::uint32_t>{3, 2, 1, 0}));
  EXPECT_TRUE(EdgeIdOrder(ids, {}).empty());
}

}  // namespace
}  // namespace newsgraph
