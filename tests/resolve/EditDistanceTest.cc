#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "resolve/EditDistance.h"

namespace newsgraph {
namespace {

// The whole optimal-string-alignment table, unbounded: what the banded, bounded version must agree with.
std::size_t FullTable(const std::string& a, const std::string& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

TEST(EditDistanceTest, CountsEachKindOfEdit) {
  EXPECT_EQ(EditDistance("shoigu", "shoigu", 2), 0u);
  EXPECT_EQ(EditDistance("shoigu", "shoygu", 2), 1u);   // substitution
  EXPECT_EQ(EditDistance("shoigu", "shoigou", 2), 1u);  // insertion
  EXPECT_EQ(EditDistance("shoigu", "shogu", 2), 1u);    // deletion
  EXPECT_EQ(EditDistance("shoigu", "shiogu", 2), 1u);   // transposition
  EXPECT_EQ(EditDistance("", "abc", 5), 3u);
}

TEST(EditDistanceTest, StopsAtTheBound) {
  EXPECT_EQ(EditDistance("lavrov", "blinken", 2), 3u);
  EXPECT_EQ(EditDistance("abcdef", "abcdefghij", 2), 3u);  // lengths alone exceed the bound
  EXPECT_EQ(EditDistance("abcd", "dcba", 0), 1u);
}

// Random strings over a small alphabet (many near matches) and long ones (past the bit vectors' 64 bytes,
// measured on the band of the table): the bounded distance is min(exact distance, bound + 1) for every bound.
TEST(EditDistanceTest, AgreesWithTheFullTable) {
  std::mt19937 random(7);
  auto word = [&](std::size_t max_size) {
    std::string s(random() % (max_size + 1), 'a');
    for (char& c : s) c = static_cast<char>('a' + random() % 3);
    return s;
  };
  for (int round = 0; round < 4000; ++round) {
    const std::size_t max_size = round % 10 == 0 ? 90 : 9;
    std::string a = word(max_size), b = word(max_size);
    if (round % 3 == 0 && !a.empty()) {  // a near copy: a few random edits of `a`
      b = a;
      for (std::size_t e = random() % 4; e > 0 && !b.empty(); --e) b[random() % b.size()] = 'c';
    }
    const std::size_t exact = FullTable(a, b);
    for (std::size_t bound = 0; bound <= 4; ++bound)
      ASSERT_EQ(EditDistance(a, b, bound), std::min(exact, bound + 1))
          << a << " / " << b << " bound " << bound;
  }
}

}  // namespace
}  // namespace newsgraph
