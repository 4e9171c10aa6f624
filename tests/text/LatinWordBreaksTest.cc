#include <gtest/gtest.h>

#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "IcuBreaks.h"
#include "text/LatinWordBreaks.h"
#include "text/PieceSplitter.h"

namespace newsgraph {
namespace {

using testing::Escaped;
using testing::ExampleArticles;
using testing::IcuWordBreaks;
using testing::RandomTexts;

std::vector<std::string> Pieces(const std::string& text) {
  std::vector<std::uint32_t> breaks;
  EXPECT_TRUE(FindLatinWordBreaks(text, breaks)) << text;
  return testing::Slices(text, breaks);
}

TEST(LatinWordBreaksTest, SplitsFrenchText) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Pieces("l'armée a tiré"), (V{"l'armée", " ", "a", " ", "tiré"}));
  EXPECT_EQ(Pieces("3,5 % le 12.10"), (V{"3,5", " ", "%", " ", "le", " ", "12.10"}));
  EXPECT_EQ(Pieces("Etats-Unis."), (V{"Etats", "-", "Unis", "."}));
  EXPECT_EQ(Pieces("U.S.A. et S:t"), (V{"U.S.A", ".", " ", "et", " ", "S", ":", "t"}));
  EXPECT_EQ(Pieces("écrire à x@y.fr\r\n\n"), (V{"écrire", " ", "à", " ", "x@y.fr", "\r\n", "\n"}));
  EXPECT_EQ(Pieces("«  Oui  »"), (V{"«", "  ", "Oui", "  ", "»"}));
  // A word and a space at the text's end (read up to the null character past it).
  EXPECT_EQ(Pieces("fin "), (V{"fin", " "}));
  EXPECT_EQ(Pieces("fin ,"), (V{"fin", " ", ","}));
  EXPECT_EQ(Pieces("fin à"), (V{"fin", " ", "à"}));
  EXPECT_EQ(Pieces(""), V{});
  EXPECT_EQ(IcuWordBreaks(""), std::vector<std::uint32_t>{0});  // as FindLatinWordBreaks: one boundary
}

TEST(LatinWordBreaksTest, LeavesOtherScriptsToIcu) {
  std::vector<std::uint32_t> breaks;
  EXPECT_FALSE(FindLatinWordBreaks("Tel Aviv \u05EA\u05DC", breaks));  // Hebrew letters
  EXPECT_FALSE(FindLatinWordBreaks("Bangkok \u0E01\u0E23", breaks));   // Thai: dictionary
  EXPECT_FALSE(FindLatinWordBreaks("Tokyo \u6771\u4EAC", breaks));     // Han: dictionary
  EXPECT_FALSE(FindLatinWordBreaks("ok \U0001F44D", breaks));          // emoji
  EXPECT_FALSE(FindLatinWordBreaks("a\u200Db", breaks));               // zero-width joiner
  EXPECT_FALSE(FindLatinWordBreaks("caf\xC3", breaks));                // truncated UTF-8
  EXPECT_FALSE(FindLatinWordBreaks("a\xFF.", breaks));                 // invalid byte
  EXPECT_FALSE(FindLatinWordBreaks("Le Caire \u0627\u0644", breaks));  // Arabic
  EXPECT_TRUE(FindLatinWordBreaks("Moscou, Москва, Αθήνα, Երևան", breaks));
}

// Every word-break class the function handles.
const std::vector<std::string>& Alphabet() {
  static const std::vector<std::string> alphabet = {
      // letters: ASCII, Latin-1, Latin Extended-A and Additional, Greek, Cyrillic, Armenian, ordinal, micro
      "a", "Z", "k", "\u00E9", "\u00C9", "\u0153", "\u00DF", "\u1E9E", "\u03C9", "\u0436", "\u0561", "\u00AA",
      "\u00B5", "\u2071", "@",
      // digits
      "0", "7", "4",
      // MidNumLet and Single_Quote, MidLetter, MidNum, ExtendNumLet
      ".", "'", "\u2019", "\u2018", "\u2024", "\u00B7", "\u2027", ":", ",", ";", "\u2044", "_", "\u202F",
      "\u203F",
      // Extend and Format
      "\u0301", "\u0300", "\u00AD", "\u2060", "\u200E", "\u2062",
      // spaces and line breaks
      " ", " ", "\u2003", "\u2007", "\u00A0", "\t", "\n", "\r", "\u2028", "\u000B", "\u0085",
      // other
      "\"", "-", "\u00AB", "\u00BB", "\u00A9", "\u203C", "\u20AC", "(", "/", "%", "\u00B2", "\u2116", "\x01"};
  return alphabet;
}

// Random text over every word-break class the function handles, compared with ICU: the rules and their
// interplay (a letter, then a period, then a combining accent, then a letter...) are where a hand-written
// segmenter goes wrong.
TEST(LatinWordBreaksTest, RandomTextBreaksWhereIcuDoes) {
  int compared = 0;
  for (const std::string& text : RandomTexts(Alphabet(), 12, 30000)) {
    std::vector<std::uint32_t> breaks;
    ASSERT_TRUE(FindLatinWordBreaks(text, breaks)) << Escaped(text);
    ASSERT_EQ(breaks, IcuWordBreaks(text)) << Escaped(text);
    ++compared;
  }
  EXPECT_EQ(compared, 30000);
}

// The segmenter's pieces, made as the boundaries are found (with shortcuts after a word and a space), are
// those of the same boundaries given one by one.
TEST(LatinWordBreaksTest, RandomTextPiecesAsFromEachBoundary) {
  for (const std::string& text : RandomTexts(Alphabet(), 12, 30000)) {
    std::vector<std::uint32_t> breaks;
    ASSERT_TRUE(FindLatinWordBreaks(text, breaks)) << Escaped(text);
    std::vector<Piece> found_room(text.size() + 1), given_room(text.size() + 1);
    PieceSplitter found(text, found_room.data()), given(text, given_room.data());
    ASSERT_TRUE(FindLatinWordBreaks(text, found)) << Escaped(text);
    for (std::size_t k = 1; k < breaks.size(); ++k) given.Break(breaks[k]);
    const auto fields = [](std::span<const Piece> pieces) {
      std::vector<std::tuple<std::uint32_t, std::uint32_t, bool, bool>> out;
      for (const Piece& p : pieces) out.emplace_back(p.begin, p.end, p.space_before, p.newline_before);
      return out;
    };
    ASSERT_EQ(fields(found.pieces()), fields(given.pieces())) << Escaped(text);
    ASSERT_EQ(found.spaces_and_newlines(), given.spaces_and_newlines()) << Escaped(text);
  }
}

TEST(LatinWordBreaksTest, BundledArticlesBreakWhereIcuDoes) {
  int compared = 0;
  for (const auto& [path, text] : ExampleArticles(NEWSGRAPH_EXAMPLES_DIR)) {
    std::vector<std::uint32_t> breaks;
    if (!FindLatinWordBreaks(text, breaks)) continue;
    EXPECT_EQ(breaks, IcuWordBreaks(text)) << path;
    ++compared;
  }
  EXPECT_GE(compared, 3);
}

}  // namespace
}  // namespace newsgraph
