#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "ingest/Encoding.h"

namespace newsgraph {
namespace {

TEST(EncodingTest, ValidTextHasNoInvalidByte) {
  EXPECT_EQ(Encoding::FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(Encoding::FindInvalidUtf8(std::string(100, 'a')), std::nullopt);
  EXPECT_EQ(Encoding::FindInvalidUtf8("Le ministre a déclaré à Moscou : « Choïgou » — 3 €"), std::nullopt);
}

// The first invalid byte is found wherever it falls: inside or after a run of ASCII read a chunk (sixteen or
// eight bytes) at a time, or in the tail shorter than a chunk.
TEST(EncodingTest, FirstInvalidByteAtEveryPosition) {
  for (std::size_t at = 0; at < 24; ++at) {
    std::string text(24, 'x');
    text[at] = '\xE9';  // a Latin-1 "é": a lead byte without its continuation
    EXPECT_EQ(Encoding::FindInvalidUtf8(text), at) << "at " << at;
  }
}

// Accented letters (0xC3 and a continuation byte) are read with the ASCII around them, wherever they fall in
// a chunk or across two; a 0xC3 without its continuation, or a continuation too many, is still found.
TEST(EncodingTest, AccentedLettersAtEveryPosition) {
  for (std::size_t at = 0; at + 3 < 40; ++at) {
    std::string text(40, 'x');
    text.replace(at, 2, "\u00E9");
    EXPECT_EQ(Encoding::FindInvalidUtf8(text), std::nullopt) << "at " << at;
    text[at + 2] = '\xA9';  // "é" then a lone continuation
    EXPECT_EQ(Encoding::FindInvalidUtf8(text), at + 2) << "at " << at;
    text[at + 1] = 'x';  // 0xC3 before an ASCII byte
    EXPECT_EQ(Encoding::FindInvalidUtf8(text), at) << "at " << at;
  }
}

TEST(EncodingTest, InvalidSequencesAfterValidOnes) {
  const std::string prefix = "Sergueï Choïgou a parlé ";                 // ASCII and two-byte sequences
  EXPECT_EQ(Encoding::FindInvalidUtf8(prefix + "\xC3"), prefix.size());  // truncated at the end
  EXPECT_EQ(Encoding::FindInvalidUtf8(prefix + "\xC0\xAF rest"), prefix.size());      // overlong
  EXPECT_EQ(Encoding::FindInvalidUtf8(prefix + "\xED\xA0\x80 rest"), prefix.size());  // a surrogate
  EXPECT_EQ(Encoding::FindInvalidUtf8(prefix + "\x80 rest"), prefix.size());          // a lone continuation
}

}  // namespace
}  // namespace newsgraph
