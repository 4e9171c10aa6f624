#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/SharedString.h"
#include "graph/BufferMemo.h"

namespace newsgraph {
namespace {

TEST(BufferMemoTest, AsksOncePerBufferAndTellsEqualTextsInOtherBuffersApart) {
  BufferMemo<int> memo(4);
  int asked = 0;
  const auto length = [&](std::string_view text) {
    ++asked;
    return static_cast<int>(text.size());
  };
  const SharedString a("official:sergei_lavrov"), copy_of_a = a, b("official:sergei_lavrov");
  EXPECT_EQ(memo.Get(a, length), 22);
  EXPECT_EQ(memo.Get(copy_of_a, length), 22);  // the same buffer
  EXPECT_EQ(asked, 1);
  EXPECT_EQ(memo.Get(b, length), 22);  // the same text in a buffer of its own: asked again
  EXPECT_EQ(asked, 2);
  // A view of part of a buffer starts at the buffer's address but is another text.
  EXPECT_EQ(memo.Get(std::string_view(a).substr(0, 8), length), 8);
  EXPECT_EQ(asked, 3);
}

TEST(BufferMemoTest, EmptyTextsAreAnsweredToo) {
  BufferMemo<int> memo(1);
  const auto answer = [](std::string_view text) { return text.empty() ? 7 : 1; };
  EXPECT_EQ(memo.Get(std::string_view(), answer), 7);
  EXPECT_EQ(memo.Get(SharedString(), answer), 7);
}

}  // namespace
}  // namespace newsgraph
