#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "ingest/LineReader.h"

namespace newsgraph {
namespace {

struct Seen {
  std::string text;
  std::uint64_t number;
  std::uint64_t offset;
  bool too_long;
};

std::vector<Seen> ReadAll(const std::string& content, std::size_t max_line, std::size_t chunk) {
  std::istringstream in(content);
  LineReader reader(in, max_line, 1, 0, chunk);
  std::vector<Seen> seen;
  Line line;
  while (reader.Next(line)) seen.push_back({std::string(line.text), line.number, line.offset, line.too_long});
  return seen;
}

TEST(LineReaderTest, SplitsLinesAcrossChunkBoundaries) {
  const std::vector<Seen> lines = ReadAll("alpha\r\nbeta\n\ngamma", 100, 3);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "alpha");  // CRLF accepted
  EXPECT_EQ(lines[1].text, "beta");
  EXPECT_EQ(lines[1].offset, 7u);
  EXPECT_EQ(lines[2].text, "");
  EXPECT_EQ(lines[3].text, "gamma");  // no final newline
  EXPECT_EQ(lines[3].number, 4u);
  EXPECT_EQ(lines[3].offset, 13u);
}

TEST(LineReaderTest, SkipsTooLongLinesAndGoesOn) {
  const std::string content = "short\n" + std::string(50, 'x') + "\nafter\n";
  for (std::size_t chunk : {4u, 1024u}) {
    const std::vector<Seen> lines = ReadAll(content, 10, chunk);
    ASSERT_EQ(lines.size(), 3u) << "chunk " << chunk;
    EXPECT_FALSE(lines[0].too_long);
    EXPECT_TRUE(lines[1].too_long);
    EXPECT_EQ(lines[1].number, 2u);
    EXPECT_EQ(lines[1].offset, 6u);
    EXPECT_EQ(lines[2].text, "after");
    EXPECT_EQ(lines[2].offset, 57u);
  }
}

TEST(LineReaderTest, EmptyStreamHasNoLines) {
  EXPECT_TRUE(ReadAll("", 10, 4).empty());
}

}  // namespace
}  // namespace newsgraph
