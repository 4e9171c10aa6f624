#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/MentionOrder.h"

namespace newsgraph {
namespace {

Mention At(std::uint32_t sentence, std::uint32_t first_token, std::string name) {
  Mention m;
  m.sentence = sentence;
  m.first_token = first_token;
  m.end_token = first_token + 1;
  m.name = std::move(name);
  return m;
}

std::vector<std::string> Names(const std::vector<Mention>& mentions) {
  std::vector<std::string> out;
  for (const Mention& m : mentions) out.push_back(m.name);
  return out;
}

TEST(MentionOrderTest, SortsBySentenceThenTokenKeepingTiesInOrder) {
  // As MentionFinder leaves them: the states of "américano-russe" appended after the sentence's mentions.
  std::vector<Mention> mentions = {At(0, 0, "hotline"), At(0, 4, "Moscou"), At(0, 1, "États-Unis"),
                                   At(0, 1, "Russie"),  At(1, 2, "Lavrov"), At(1, 0, "Blinken")};
  SortByPosition(mentions);
  EXPECT_EQ(Names(mentions),
            (std::vector<std::string>{"hotline", "États-Unis", "Russie", "Moscou", "Blinken", "Lavrov"}));
}

TEST(MentionOrderTest, LeavesSortedMentionsAlone) {
  std::vector<Mention> mentions = {At(0, 0, "a"), At(0, 0, "b"), At(2, 3, "c")};
  SortByPosition(mentions);
  EXPECT_EQ(Names(mentions), (std::vector<std::string>{"a", "b", "c"}));
  std::vector<Mention> none;
  SortByPosition(none);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace newsgraph
