#include <gtest/gtest.h>

#include "text/Fold.h"

namespace newsgraph {
namespace {

TEST(FoldTest, RemovesAccentsAndCase) {
  EXPECT_EQ(Fold("Choïgou"), "choigou");
  EXPECT_EQ(Fold("États-Unis"), "etats-unis");
  EXPECT_EQ(Fold("l\u2019OTAN"), "l'otan");
  EXPECT_EQ(Fold("ŒUVRE Ça"), "ouvre ca");
  EXPECT_EQ(Fold("Łódź"), "lodz");
  EXPECT_EQ(Fold("Cafe\u0301"), "cafe");
  EXPECT_EQ(Fold("Москва"), "москва");
  EXPECT_EQ(Fold("ASCII only"), "ascii only");
}

TEST(FoldTest, LowerKeepsAccents) {
  EXPECT_EQ(Lower("ÉTATS-UNIS"), "états-unis");
  EXPECT_EQ(Lower("Choïgou"), "choïgou");
  EXPECT_EQ(Lower("ABC"), "abc");
}

}  // namespace
}  // namespace newsgraph
