#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/BySentence.h"

namespace newsgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct Item {
  std::size_t sentence;
};

TEST(BySentenceTest, IndicesOfEachSentenceInOrder) {
  const std::vector<Item> items = {{0}, {2}, {0}, {2}, {2}};
  const auto by_sentence = BySentence(3, items, [](const Item& i) { return i.sentence; });
  ASSERT_EQ(by_sentence.size(), 3u);
  EXPECT_THAT(by_sentence[0], ElementsAre(0u, 2u));
  EXPECT_THAT(by_sentence[1], IsEmpty());
  EXPECT_THAT(by_sentence[2], ElementsAre(1u, 3u, 4u));
}

TEST(BySentenceTest, GrowsForAnItemPastTheSentences) {
  const std::vector<Item> items = {{4}};
  const auto by_sentence = BySentence(2, items, [](const Item& i) { return i.sentence; });
  ASSERT_EQ(by_sentence.size(), 5u);
  EXPECT_THAT(by_sentence[4], ElementsAre(0u));
}

}  // namespace
}  // namespace newsgraph
