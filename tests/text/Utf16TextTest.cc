#include <gtest/gtest.h>

#include <string>

#include "text/Utf16Text.h"

namespace newsgraph {
namespace {

TEST(Utf16TextTest, MapsEveryUnitBackToItsByte) {
  // 'a' (1 byte), 'é' (2), '€' (3), '🎉' (4 bytes, two UTF-16 units), 'b'.
  const std::string utf8 =
      "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x8E\x89"
      "b";
  const Utf16Text text(utf8);
  ASSERT_EQ(text.text().length(), 6);
  EXPECT_EQ(text.text(), icu::UnicodeString::fromUTF8(utf8));
  const std::uint32_t expected[] = {0, 1, 3, 6, 6, 10, 11};
  for (int32_t i = 0; i <= 6; ++i) EXPECT_EQ(text.ByteOffset(i), expected[i]) << i;
}

TEST(Utf16TextTest, IllFormedBytesBecomeReplacementCharacters) {
  const Utf16Text text("x\xFFy\xC3");
  ASSERT_EQ(text.text().length(), 4);
  EXPECT_EQ(text.text().charAt(1), 0xFFFD);
  EXPECT_EQ(text.text().charAt(3), 0xFFFD);
  EXPECT_EQ(text.ByteOffset(2), 2u);
  EXPECT_EQ(text.ByteOffset(4), 4u);
}

TEST(Utf16TextTest, EmptyText) {
  const Utf16Text text("");
  EXPECT_EQ(text.text().length(), 0);
  EXPECT_EQ(text.ByteOffset(0), 0u);
}

}  // namespace
}  // namespace newsgraph
