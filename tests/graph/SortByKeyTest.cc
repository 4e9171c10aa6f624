#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "graph/SortByKey.h"

namespace newsgraph {
namespace {

struct Keyed {
  std::string id;
  const std::string& key() const { return id; }
};

std::vector<std::string> Sorted(std::vector<std::string> keys, unsigned threads = 1) {
  std::vector<Keyed> items;
  for (std::string& k : keys) items.push_back({std::move(k)});
  std::vector<std::string> out;
  for (const std::uint32_t at : KeyOrder(items, threads)) out.push_back(items[at].id);
  return out;
}

// Random keys over a few letters, with long shared prefixes, keys that are prefixes of others, NUL and
// high bytes, and repeats: the order is std::string's.
TEST(SortByKeyTest, SameOrderAsComparingWholeKeys) {
  std::mt19937 random(7);
  const std::string letters("ab:\0\xff-", 6);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> keys;
    const std::string prefix(random() % 20, 'p');
    const int n = static_cast<int>(random() % 300);
    for (int i = 0; i < n; ++i) {
      std::string key = random() % 2 ? prefix : "";
      for (std::size_t length = random() % 30; length > 0; --length)
        key += letters[random() % letters.size()];
      keys.push_back(key);
    }
    std::vector<std::string> expected = keys;
    std::sort(expected.begin(), expected.end());
    ASSERT_EQ(Sorted(keys), expected) << "round " << round;
    // The runs left after the first word sorted on several threads.
    ASSERT_EQ(Sorted(keys, 1 + round % 4), expected)
        << "round " << round << ", " << 1 + round % 4 << " threads";
  }
}

// Many ids shaped as edge ids: few distinct first words, then prefixes of tens of bytes shared by hundreds of
// keys, and keys equal on whole words up to where one of them ends.
TEST(SortByKeyTest, ManyIdsSharingLongPrefixes) {
  std::mt19937 random(11);
  const std::vector<std::string> types = {"spoke_with:", "member_of:", "reported:"};
  const std::vector<std::string> nodes = {"official:anon@gen_0000", "official:vladimir_poutine",
                                          "institution:nato", "official:anon@gen_00001"};
  std::vector<std::string> keys;
  for (int i = 0; i < 4000; ++i) {
    std::string key = types[random() % types.size()] + nodes[random() % nodes.size()];
    key += std::to_string(random() % 40);
    if (random() % 2) key += ":" + nodes[random() % nodes.size()] + std::to_string(random() % 40);
    keys.push_back(key);
  }
  std::vector<std::string> expected = keys;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(Sorted(keys), expected);
  EXPECT_EQ(Sorted(keys, 3), expected);
}

TEST(SortByKeyTest, MapNodeHandles) {
  std::map<std::string, int> from{{"spoke_with:official:b:official:c", 1},
                                  {"spoke_with:official:b", 2},
                                  {"cites:x:y", 3},
                                  {"spoke_with:official:a:official:c", 4}};
  std::vector<std::map<std::string, int>::node_type> nodes;
  for (const char* k : {"spoke_with:official:b", "cites:x:y", "spoke_with:official:b:official:c",
                        "spoke_with:official:a:official:c"})
    nodes.push_back(from.extract(k));
  std::vector<int> values;
  for (const std::uint32_t at : KeyOrder(nodes)) values.push_back(nodes[at].mapped());
  EXPECT_EQ(values, (std::vector<int>{3, 4, 2, 1}));
}

TEST(SortByKeyTest, EmptyAndSingle) {
  EXPECT_TRUE(Sorted({}).empty());
  EXPECT_EQ(Sorted({"x"}), std::vector<std::string>{"x"});
  EXPECT_TRUE(Sorted({}, 4).empty());
  EXPECT_EQ(Sorted({"x"}, 4), std::vector<std::string>{"x"});
}

}  // namespace
}  // namespace newsgraph
