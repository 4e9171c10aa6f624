#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "IcuBreaks.h"
#include "text/SentenceBreaks.h"

namespace newsgraph {
namespace {

using testing::Escaped;
using testing::ExampleArticles;
using testing::IcuSentenceBreaks;
using testing::RandomTexts;

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::uint32_t> breaks;
  EXPECT_TRUE(FindSentenceBreaks(text, breaks)) << text;
  return testing::Slices(text, breaks);
}

TEST(SentenceBreaksTest, SplitsFrenchText) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Sentences("Il a parlé. Elle aussi ! Et vous ?"),
            (V{"Il a parlé. ", "Elle aussi ! ", "Et vous ?"}));
  // A closing quote after the space opens the next sentence (Segmenter moves that break after the quote).
  EXPECT_EQ(Sentences("« C'est fini. » Puis rien."), (V{"« C'est fini. ", "» Puis rien."}));
  // No break inside a number, nor before a lower-case word; a break before a capital after a space.
  EXPECT_EQ(Sentences("Le 3.5 et l'U.S. Army. etc. le reste"),
            (V{"Le 3.5 et l'U.S. ", "Army. etc. le reste"}));
  EXPECT_EQ(Sentences("Titre\nTexte"), (V{"Titre\n", "Texte"}));
  EXPECT_EQ(Sentences(""), V{});
  EXPECT_EQ(IcuSentenceBreaks(""), std::vector<std::uint32_t>{0});  // as FindSentenceBreaks: one boundary
}

TEST(SentenceBreaksTest, RejectsIllFormedUtf8) {
  std::vector<std::uint32_t> breaks;
  EXPECT_FALSE(FindSentenceBreaks("Fin. D\xC3", breaks));
  EXPECT_FALSE(FindSentenceBreaks(std::string("a\xFF. B"), breaks));
  // In a run read sixteen bytes at a time: a 0xC3 without its continuation, a continuation too many.
  EXPECT_FALSE(FindSentenceBreaks("Il a parl\xC3 longuement de la situation.", breaks));
  EXPECT_FALSE(FindSentenceBreaks("Il a parl\xC3\xA9\xA9 longuement de la situation.", breaks));
  EXPECT_TRUE(FindSentenceBreaks("Fin. \u05D0\u05D1. \u6771\u4EAC\u3002 \U0001F44D", breaks));
}

// Random text over every sentence-break class, compared with ICU: the rules after a period (a number, a
// lower-case word after closing quotes and spaces, an upper-case initial) are where a segmenter goes wrong.
TEST(SentenceBreaksTest, RandomTextBreaksWhereIcuDoes) {
  const std::vector<std::string> alphabet = {
      // Lower, Upper, OLetter
      "a", "z", "\u00E9", "\u00DF", "\u00AA", "\u03C9", "A", "Q", "\u00C9", "\u0416", "\u05D0", "\u4E1C",
      // Numeric
      "0", "7", "\u0663",
      // ATerm, STerm
      ".", ".", "\u2024", "!", "?", "\u3002", "\u203C", "\u2026",
      // Close
      "\"", "'", "(", ")", "[", "\u00AB", "\u00BB", "\u201D", "\u2019",
      // Sp, Sep, CR, LF
      " ", " ", "\t", "\u00A0", "\u2003", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\r", "\n",
      // Extend, Format
      "\u0301", "\u00AD", "\u200B", "\u2060", "\uFEFF",
      // SContinue, Other
      ",", "-", ":", ";", "\u2013", "%", "/", "\u20AC", "\U0001F44D", "\x01"};
  int compared = 0;
  for (const std::string& text : RandomTexts(alphabet, 14, 30000)) {
    std::vector<std::uint32_t> breaks;
    ASSERT_TRUE(FindSentenceBreaks(text, breaks)) << Escaped(text);
    ASSERT_EQ(breaks, IcuSentenceBreaks(text)) << Escaped(text);
    ++compared;
  }
  EXPECT_EQ(compared, 30000);
}

TEST(SentenceBreaksTest, BundledArticlesBreakWhereIcuDoes) {
  int compared = 0;
  for (const auto& [path, text] : ExampleArticles(NEWSGRAPH_EXAMPLES_DIR)) {
    std::vector<std::uint32_t> breaks;
    ASSERT_TRUE(FindSentenceBreaks(text, breaks)) << path;
    EXPECT_EQ(breaks, IcuSentenceBreaks(text)) << path;
    ++compared;
  }
  EXPECT_GE(compared, 3);
}

}  // namespace
}  // namespace newsgraph
