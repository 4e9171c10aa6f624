#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "core/SharedString.h"

namespace newsgraph {
namespace {

TEST(SharedStringTest, CopiesShareOneBuffer) {
  SharedString a(std::string("Le ministre a parlé."));
  SharedString b = a;
  EXPECT_EQ(a.c_str(), b.c_str());
  EXPECT_EQ(b.str(), "Le ministre a parlé.");
}

TEST(SharedStringTest, ComparesByValue) {
  SharedString a("alpha"), b(std::string("alpha")), c("beta");
  EXPECT_NE(a.c_str(), b.c_str());
  EXPECT_EQ(a, b);
  EXPECT_LT(a, c);
  EXPECT_GT(c, b);
  std::set<SharedString> values = {c, a, b};
  EXPECT_EQ(values.size(), 2u);
  EXPECT_EQ(values.begin()->str(), "alpha");
}

TEST(SharedStringTest, DefaultIsTheEmptyString) {
  SharedString empty, from_empty(std::string{});
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty, from_empty);
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_STREQ(empty.c_str(), "");
  EXPECT_LT(empty, SharedString("a"));
}

TEST(SharedStringTest, ReadsLikeAString) {
  SharedString s("2024-03");
  std::string_view view = s;
  std::ostringstream out;
  out << s;
  EXPECT_EQ(view, "2024-03");
  EXPECT_EQ(s.str(), "2024-03");
  EXPECT_EQ(s, "2024-03");
  EXPECT_EQ(s, std::string("2024-03"));
  EXPECT_EQ(s, std::string_view("2024-03"));
  EXPECT_EQ(std::string_view(s.c_str()), "2024-03");  // NUL-terminated after its characters
  EXPECT_EQ(out.str(), "2024-03");
  EXPECT_TRUE(s < std::string("2024-04"));
}

TEST(SharedStringTest, TheBufferLivesAsLongAsItsLastCopy) {
  auto* first = new SharedString(std::string(40, 'x'));
  SharedString copy = *first, moved;
  const char* buffer = first->c_str();
  delete first;
  EXPECT_EQ(copy.c_str(), buffer);
  moved = std::move(copy);
  EXPECT_EQ(moved.c_str(), buffer);
  EXPECT_TRUE(copy.empty());  // NOLINT: a moved-from SharedString is the empty string
  copy = moved;
  moved = SharedString("y");
  EXPECT_EQ(copy.str(), std::string(40, 'x'));
  EXPECT_EQ(sizeof(SharedString), sizeof(void*));
}

}  // namespace
}  // namespace newsgraph
