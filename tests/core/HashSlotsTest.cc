#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/HashSlots.h"

namespace newsgraph {
namespace {

// Every key inserted is found at its position, through several doublings of the index, from its default
// size or a small one; absent keys are not found, even when their hash collides with a present one.
void ExpectFindsEveryKeyAtItsPosition(HashSlots slots) {
  std::vector<std::string> keys;
  // A deliberately poor hash (many keys share one) so that probing and collisions are exercised.
  const auto hash = [](const std::string& key) { return static_cast<std::uint32_t>(key.size() * 7919); };
  const auto find = [&](const std::string& key) {
    return slots.Find(hash(key), [&](std::uint32_t p) { return keys[p] == key; });
  };
  for (int i = 0; i < 3000; ++i) {
    const std::string key = std::to_string(i * 37) + "k";
    ASSERT_FALSE(find(key)) << key;
    keys.push_back(key);
    slots.Insert(hash(key), static_cast<std::uint32_t>(keys.size() - 1));
  }
  for (std::uint32_t p = 0; p < keys.size(); ++p) {
    const auto at = find(keys[p]);
    ASSERT_TRUE(at) << keys[p];
    EXPECT_EQ(*at, p);
  }
  EXPECT_FALSE(find("1k"));
  EXPECT_FALSE(find("absent"));
  slots.Clear();
  EXPECT_FALSE(find(keys[0]));
}

TEST(HashSlotsTest, FindsEveryKeyAtItsPosition) {
  ExpectFindsEveryKeyAtItsPosition(HashSlots());
  ExpectFindsEveryKeyAtItsPosition(HashSlots(0));
  ExpectFindsEveryKeyAtItsPosition(HashSlots(3));
}

// Equal answers as == does for keys of every length around its fixed-size loads, differing at any byte.
TEST(HashSlotsTest, EqualComparesEveryByte) {
  for (std::size_t n = 0; n <= 24; ++n) {
    std::string a;
    for (std::size_t i = 0; i < n; ++i) a.push_back(static_cast<char>('a' + i));
    EXPECT_TRUE(HashSlots::Equal(a, std::string(a))) << n;
    EXPECT_FALSE(HashSlots::Equal(a, a + "x")) << n;
    for (std::size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = 'Z';
      EXPECT_FALSE(HashSlots::Equal(a, b)) << n << " " << i;
    }
  }
}

TEST(HashSlotsTest, EmptyIndexFindsNothing) {
  const HashSlots slots;
  EXPECT_FALSE(slots.Find(0, [](std::uint32_t) { return true; }));
}

// The index keeps the low bits of the hash: distinct keys, however alike, must spread over them about as well
// as random numbers would (1 - 1/e of the slots used when there are as many keys as slots).
TEST(HashSlotsTest, HashSpreadsAlikeKeys) {
  constexpr std::uint32_t kKeys = 1 << 16;
  for (const std::string prefix : {"", "official:", "spoke_with:official:sergei_shoigu:official:"}) {
    std::vector<bool> used(kKeys);
    std::uint32_t distinct = 0;
    for (std::uint32_t i = 0; i < kKeys; ++i) {
      const std::uint32_t low = HashSlots::Hash(prefix + std::to_string(i)) & (kKeys - 1);
      distinct += !used[low];
      used[low] = true;
    }
    EXPECT_GT(distinct, kKeys * 6 / 10) << prefix;
  }
  EXPECT_NE(HashSlots::Hash(std::string_view("a\0", 2)), HashSlots::Hash("a"));  // the length counts
  EXPECT_EQ(HashSlots::Hash("lavrov"), HashSlots::Hash(std::string("lavrov")));
}

}  // namespace
}  // namespace newsgraph
