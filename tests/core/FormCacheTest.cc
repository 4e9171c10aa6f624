#include <gtest/gtest.h>

#include <string>

#include "core/FormCache.h"

namespace newsgraph {

// Each form is computed once; the value comes back for the same form only.
TEST(FormCacheTest, ComputesEachFormOnce) {
  FormCache<std::string> cache(100);
  int computed = 0;
  const auto upper = [&](std::string form) {
    return [&computed, form]() mutable {
      ++computed;
      for (char& c : form) c = static_cast<char>(c - 'a' + 'A');
      return form;
    };
  };
  EXPECT_EQ(cache.Get("armee", upper("armee")), "ARMEE");
  EXPECT_EQ(cache.Get("arme", upper("arme")), "ARME");
  EXPECT_EQ(cache.Get("armee", upper("armee")), "ARMEE");
  EXPECT_EQ(computed, 2);
  EXPECT_EQ(cache.size(), 2u);
}

// Past its limit the cache starts again, and still answers.
TEST(FormCacheTest, StartsAgainPastItsLimit) {
  FormCache<int> cache(3);
  int computed = 0;
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(cache.Get(std::to_string(i), [&] { return ++computed, i; }), i);
      EXPECT_LE(cache.size(), 3u);
    }
  }
  EXPECT_EQ(computed, 10);
  cache.Clear();
  EXPECT_EQ(cache.size(), 0u);
}

}  // namespace newsgraph
