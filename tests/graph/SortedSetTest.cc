#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "graph/SortedSet.h"

namespace newsgraph {
namespace {

// Ordered by `key` only, so that which of two equivalent elements stays is visible in `origin`.
struct Item {
  int key = 0;
  std::string origin;
  friend bool operator<(const Item& a, const Item& b) { return a.key < b.key; }
  friend bool operator==(const Item& a, const Item& b) { return a.key == b.key && a.origin == b.origin; }
};

std::vector<int> Keys(const SortedSet<Item>& set) {
  std::vector<int> out;
  for (const Item& item : set) out.push_back(item.key);
  return out;
}

TEST(SortedSetTest, InsertKeepsOrderAndTheFirstOfEquivalents) {
  SortedSet<Item> set;
  EXPECT_TRUE(set.insert({5, "a"}));
  EXPECT_TRUE(set.insert({9, "a"}));
  EXPECT_TRUE(set.insert({1, "a"}));
  EXPECT_TRUE(set.insert({7, "a"}));
  EXPECT_FALSE(set.insert({5, "b"}));
  EXPECT_FALSE(set.insert({9, "b"}));
  EXPECT_THAT(Keys(set), ::testing::ElementsAre(1, 5, 7, 9));
  for (const Item& item : set) EXPECT_EQ(item.origin, "a");
}

TEST(SortedSetTest, AbsorbAppendsOrMergesKeepingThisSetsElements) {
  SortedSet<Item> set{{1, "a"}, {4, "a"}};
  SortedSet<Item> after{{6, "b"}, {8, "b"}};
  set.Absorb(std::move(after));
  EXPECT_THAT(Keys(set), ::testing::ElementsAre(1, 4, 6, 8));
  EXPECT_TRUE(after.empty());

  SortedSet<Item> overlapping{{0, "c"}, {4, "c"}, {5, "c"}, {8, "c"}, {9, "c"}};
  set.Absorb(std::move(overlapping));
  EXPECT_THAT(Keys(set), ::testing::ElementsAre(0, 1, 4, 5, 6, 8, 9));
  EXPECT_EQ(set, (SortedSet<Item>{{0, "c"}, {1, "a"}, {4, "a"}, {5, "c"}, {6, "b"}, {8, "b"}, {9, "c"}}));
  set.Absorb(SortedSet<Item>{});
  EXPECT_EQ(set.size(), 7u);
}

// Whatever the order of insertions and merges, the same elements as a std::set in the same order.
TEST(SortedSetTest, AgreesWithStdSet) {
  std::mt19937 random(3);
  for (int round = 0; round < 200; ++round) {
    std::set<int> expected;
    SortedSet<Item> set;
    for (int step = 0; step < 30; ++step) {
      if (random() % 3 == 0) {
        SortedSet<Item> other;
        for (int k = 0; k < 5; ++k) {
          const int key = static_cast<int>(random() % 60);
          other.insert({key, ""});
          expected.insert(key);
        }
        set.Absorb(std::move(other));
      } else {
        const int key = static_cast<int>(random() % 60);
        set.insert({key, ""});
        expected.insert(key);
      }
    }
    ASSERT_EQ(Keys(set), std::vector<int>(expected.begin(), expected.end()));
  }
}

// Appended sets stay where they are until Settle(), which leaves what Absorb would have: the element that
// came first stays among equivalents, whether it was there before or came in an earlier Append.
TEST(SortedSetTest, SettleAfterAppendsKeepsTheFirstOfEquivalents) {
  SortedSet<Item> set{{1, "a"}, {4, "a"}};
  set.Append(SortedSet<Item>{{0, "b"}, {4, "b"}, {6, "b"}});
  set.Append(SortedSet<Item>{{0, "c"}, {2, "c"}, {6, "c"}});
  set.Append(SortedSet<Item>{{7, "d"}});
  set.Settle();
  EXPECT_EQ(set, (SortedSet<Item>{{0, "b"}, {1, "a"}, {2, "c"}, {4, "a"}, {6, "b"}, {7, "d"}}));
  set.Settle();  // settling a settled set changes nothing
  EXPECT_EQ(set.size(), 6u);

  SortedSet<Item> in_order{{1, "a"}};
  in_order.Append(SortedSet<Item>{{3, "b"}});
  in_order.Append(SortedSet<Item>{{2, "c"}, {3, "c"}});  // after an in-order append: still merged
  in_order.Settle();
  EXPECT_EQ(in_order, (SortedSet<Item>{{1, "a"}, {2, "c"}, {3, "b"}}));
}

// Many small sets appended in any order and settled once: the same as absorbing them one by one.
TEST(SortedSetTest, AppendThenSettleAgreesWithAbsorb) {
  std::mt19937 random(5);
  for (int round = 0; round < 100; ++round) {
    SortedSet<Item> absorbed, appended;
    const int sets = 1 + static_cast<int>(random() % 40);
    for (int i = 0; i < sets; ++i) {
      SortedSet<Item> other;
      const int size = static_cast<int>(random() % 4);
      for (int k = 0; k < size; ++k)
        other.insert({static_cast<int>(random() % 50), std::to_string(i)});  // origin tells the sets apart
      SortedSet<Item> copy = other;
      absorbed.Absorb(std::move(other));
      appended.Append(std::move(copy));
    }
    appended.Settle();
    ASSERT_EQ(appended, absorbed);
  }
}

// Appending one element is appending the set of it.
TEST(SortedSetTest, AppendOfOneElementAgreesWithAppendOfItsSet) {
  std::mt19937 random(7);
  for (int round = 0; round < 100; ++round) {
    SortedSet<Item> one_by_one, as_sets;
    const int elements = static_cast<int>(random() % 20);
    for (int i = 0; i < elements; ++i) {
      const Item item{static_cast<int>(random() % 30), std::to_string(i)};
      one_by_one.Append(item);
      as_sets.Append(SortedSet<Item>{item});
    }
    one_by_one.Settle();
    as_sets.Settle();
    ASSERT_EQ(one_by_one, as_sets);
  }
}

}  // namespace
}  // namespace newsgraph
