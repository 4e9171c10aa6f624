#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/EdgeKey.h"
#include "graph/EdgeRecord.h"

namespace newsgraph {
namespace {

// Keys order as their ids do, also where an end is a prefix of another, is followed by a byte below or
// above ':', is empty, or shares the other key's buffer.
TEST(EdgeKeyTest, OrdersAsTheIds) {
  const std::vector<std::string> ends = {"",
                                         "a",
                                         "official:jean",
                                         "official:jean-paul",
                                         "official:jean:x",
                                         "official:jean_paul",
                                         "official:jeanne",
                                         "official:j",
                                         "x:official:jean",
                                         "official:jean_paul_de_la_fontaine_long"};
  std::vector<EdgeKey> keys;
  for (const RelationType type : {RelationType::kSpokeWith, RelationType::kReported, RelationType::kUsed})
    for (const std::string& source : ends)
      for (const std::string& target : ends) keys.push_back({type, source, target});
  keys.push_back({RelationType::kUsed, keys.back().source, keys.back().target});  // the same buffers
  const EdgeKeyLess less;
  for (const EdgeKey& a : keys)
    for (const EdgeKey& b : keys) {
      EXPECT_EQ(less(a, b), a.id() < b.id()) << a << " / " << b;
      EXPECT_EQ(less(a, std::string_view(b.id())), a.id() < b.id()) << a << " / " << b;
      EXPECT_EQ(less(std::string_view(a.id()), b), a.id() < b.id()) << a << " / " << b;
    }
}

}  // namespace
}  // namespace newsgraph
