#include <gtest/gtest.h>

#include <string>
#include <string_view>

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

TEST(FoldTest, LowerAndFoldGiveBothForms) {
  // Latin text (the tables), a capital whose lower case takes a combining dot, what only ICU converts
  // (Cyrillic, a combining accent) and ill-formed UTF-8.
  for (std::string_view text : {"Choïgou", "ÉTATS-UNIS", "Ærø ŒUVRE", "İstanbul", "Москва", "Cafe\u0301",
                                "l\u2019OTAN", "bad \xC3( byte", ""}) {
    std::string lower = "stale", fold = "stale";
    LowerAndFold(text, lower, fold);
    EXPECT_EQ(lower, Lower(text)) << text;
    EXPECT_EQ(fold, Fold(text)) << text;
  }
  std::string lower, fold;
  LowerAndFold("İstanbul", lower, fold);
  EXPECT_EQ(lower, "i\u0307stanbul");
  EXPECT_EQ(fold, "istanbul");
}

TEST(FoldTest, FoldedHeadIsTheFirstWordFolded) {
  EXPECT_EQ(FoldedHead("ministère russe de la Défense"), "ministere");
  EXPECT_EQ(FoldedHead("Agence France-Presse"), "agence");
  EXPECT_EQ(FoldedHead("Hamas"), "hamas");
  EXPECT_EQ(FoldedHead(""), "");
}

}  // namespace
}  // namespace newsgraph
