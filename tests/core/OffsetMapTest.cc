#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "core/OffsetMap.h"

namespace newsgraph {
namespace {

std::vector<std::uint32_t> Offsets(const OffsetMap& map) {
  std::vector<std::uint32_t> offsets;
  for (std::size_t b = 0; b < map.size(); ++b) offsets.push_back(map[b]);
  return offsets;
}

TEST(OffsetMapTest, RunsAndSingleBytes) {
  OffsetMap map;
  EXPECT_TRUE(map.empty());
  map.Append(10, 3);  // copied: 10 11 12
  map.Append(13);     // goes on with the run
  map.Append(20);     // a byte made from 20 (a space for two)
  map.Append(20);     // and another from the same origin
  map.Append(0, 0);   // nothing
  map.Append(30, 2);
  EXPECT_EQ(map.size(), 8u);
  EXPECT_EQ(Offsets(map), (std::vector<std::uint32_t>{10, 11, 12, 13, 20, 20, 30, 31}));
  EXPECT_EQ(map.back(), 31u);
  map.clear();
  EXPECT_TRUE(map.empty());
}

TEST(OffsetMapTest, AppendsRangesOfAnother) {
  OffsetMap map;
  map.Append(0, 4);
  map.Append(10, 4);
  map.Append(20);
  OffsetMap kept;
  kept.Append(map, 1, 3);  // inside the first run
  kept.Append(map, 3, 6);  // across two runs
  kept.Append(map, 6, 6);  // nothing
  kept.Append(map, 7, 9);  // the end of a run and a single byte
  EXPECT_EQ(Offsets(kept), (std::vector<std::uint32_t>{1, 2, 3, 10, 11, 13, 20}));
}

}  // namespace
}  // namespace newsgraph
