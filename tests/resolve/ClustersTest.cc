#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resolve/Clusters.h"

namespace newsgraph {
namespace {

NodeProfile Profile(std::string_view qualifier, bool anonymous = false, bool gazetteer = false) {
  NodeProfile p;
  p.qualifier = qualifier;
  p.anonymous = anonymous;
  p.from_gazetteer = gazetteer;
  return p;
}

TEST(ClustersTest, ConflictsOfAnyTwoMembersRefuseTheJoin) {
  Clusters c(std::vector<NodeProfile>(5, Profile("")));
  c.SetConflicts(NodeBlocks({0, 4, 1, 3}, {0, 2, 4}, 5),
                 [](std::size_t x, std::size_t y) { return std::min(x, y) == 0; });
  EXPECT_TRUE(c.Join(0, 1, Clusters::Check::kAll));
  EXPECT_TRUE(c.Join(3, 4, Clusters::Check::kAll));
  EXPECT_TRUE(c.Join(2, 3, Clusters::Check::kAll));
  EXPECT_FALSE(c.Join(1, 2, Clusters::Check::kAll));      // 0 and 4 would be together (1 and 3 may)
  EXPECT_TRUE(c.Join(1, 2, Clusters::Check::kRefusals));  // a same decision overrides a name conflict
  EXPECT_EQ(c.Find(4), 0u);                               // the smaller root
  std::vector<std::size_t> members(c.Members(0).begin(), c.Members(0).end());
  std::sort(members.begin(), members.end());
  EXPECT_EQ(members, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(ClustersTest, NodesOfABlockAreAskedWhenAJoinPutsThemTogether) {
  Clusters c(std::vector<NodeProfile>(4, Profile("")));
  std::vector<std::pair<std::size_t, std::size_t>> asked;
  c.SetConflicts(NodeBlocks({0, 1, 3}, {0, 3}, 4), [&](std::size_t x, std::size_t y) {
    asked.emplace_back(std::min(x, y), std::max(x, y));
    return false;
  });
  EXPECT_TRUE(c.Join(1, 2, Clusters::Check::kAll));
  EXPECT_TRUE(asked.empty());
  EXPECT_TRUE(c.Join(0, 2, Clusters::Check::kAll));  // 0 and 1 do not conflict after all
  EXPECT_EQ(asked, (std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}}));
}

TEST(ClustersTest, RefusalsHoldForEveryCheck) {
  Clusters c(std::vector<NodeProfile>(3, Profile("")));
  c.AddRefusal(0, 2);
  EXPECT_TRUE(c.Join(1, 2, Clusters::Check::kRefusals));
  EXPECT_FALSE(c.Join(0, 1, Clusters::Check::kRefusals));
  EXPECT_FALSE(c.Join(0, 1, Clusters::Check::kAll));
}

TEST(ClustersTest, ProfilesImplyConflictsForEveryCheckButRefusalsOnly) {
  Clusters c({Profile("russia"), Profile("united_states"), Profile(""), Profile("", true),
              Profile("", false, true), Profile("", false, true), Profile("russia")});
  EXPECT_FALSE(c.Join(0, 1, Clusters::Check::kAll));  // two qualifiers
  EXPECT_FALSE(c.Join(2, 3, Clusters::Check::kAll));  // an anonymous source
  EXPECT_FALSE(c.Join(4, 5, Clusters::Check::kAll));  // two gazetteer entries
  EXPECT_TRUE(c.Join(2, 4, Clusters::Check::kAll));
  EXPECT_FALSE(c.Join(2, 5, Clusters::Check::kAll));  // the cluster of 2 holds a gazetteer entry now
  EXPECT_TRUE(c.Join(0, 1, Clusters::Check::kRefusals));
  EXPECT_FALSE(c.Join(6, 0, Clusters::Check::kAll));  // same qualifier as 0, but 1's differs
}

}  // namespace
}  // namespace newsgraph
