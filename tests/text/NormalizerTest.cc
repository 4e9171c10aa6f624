#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "text/Normalizer.h"

namespace newsgraph {
namespace {

Document Normalize(std::string text, std::size_t header_bytes = 0) {
  Document doc;
  doc.article.text = std::move(text);
  doc.article.header_bytes = header_bytes;
  Normalizer().Process(doc);
  return doc;
}

std::size_t Count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

// Every byte copied unchanged maps back to the same byte.
void ExpectIdentityWhereUnchanged(const Document& doc) {
  ASSERT_EQ(doc.to_original.size(), doc.text.size() + 1);
  for (std::size_t b = 0; b + 1 < doc.to_original.size(); ++b) {
    ASSERT_LT(doc.to_original[b], doc.article.text.size());
    if (b > 0) {
      ASSERT_GE(doc.to_original[b], doc.to_original[b - 1]) << "offsets must not go back, byte " << b;
    }
  }
}

TEST(NormalizerTest, FoldsTypographyAndMapsOffsetsBack) {
  const std::string original =
      "L\u2019arm\u00e9e a dit\u00a0: \u201cnon\u201d \u00abjamais\u00bb.\r\nFin\t \tici.";
  const Document doc = Normalize(original);
  EXPECT_EQ(doc.text, "L'armée a dit : \"non\" «jamais».\nFin ici.");
  ExpectIdentityWhereUnchanged(doc);
  // "armée" starts after the 3-byte apostrophe.
  const std::size_t armee = doc.text.find("armée");
  EXPECT_EQ(original.substr(doc.to_original[armee], std::string("armée").size()), "armée");
  const std::size_t non = doc.text.find("non");
  EXPECT_EQ(original.substr(doc.to_original[non], 3), "non");
  const std::size_t fin = doc.text.find("Fin");
  EXPECT_EQ(original.substr(doc.to_original[fin], 3), "Fin");
  const std::size_t ici = doc.text.find("ici");
  EXPECT_EQ(original.substr(doc.to_original[ici], 4), "ici.");
  EXPECT_EQ(doc.to_original.back(), original.size());
}

// Printable text is copied eight bytes at a time where it can be: on random mixes of words, single and double
// spaces, tabs, line ends, controls and accented letters, at every alignment, the text and the offsets are
// those of the rules applied character by character (here for ASCII and precomposed letters only).
TEST(NormalizerTest, CopiedRunsMatchTheRulesCharacterByCharacter) {
  const std::string pieces[] = {"a",
                                "Z",
                                "1",
                                ".",
                                " ",
                                "  ",
                                "\t",
                                "\n",
                                "\r\n",
                                "\r",
                                "\x01",
                                "\x7F",
                                "\u00e9t\u00e9",
                                "mot ",
                                "un texte plus long, avec une virgule "};
  std::mt19937 random(5);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (std::size_t n = random() % 30; n > 0; --n) text += pieces[random() % std::size(pieces)];
    std::string expected;
    std::vector<std::uint32_t> offsets;
    for (std::uint32_t k = 0; k < text.size(); ++k) {
      char c = text[k];
      if (c == '\r' && k + 1 < text.size() && text[k + 1] == '\n') continue;
      if (c == '\r') c = '\n';
      const auto u = static_cast<unsigned char>(c);
      if (c != '\n' && (u < 0x20 || u == 0x7F || c == ' ')) {
        if (!expected.empty() && expected.back() == ' ') continue;
        c = ' ';
      }
      expected += c;
      offsets.push_back(k);
    }
    offsets.push_back(static_cast<std::uint32_t>(text.size()));
    const Document doc = Normalize(text);
    ASSERT_EQ(doc.text, expected) << round;
    std::vector<std::uint32_t> map;
    for (std::size_t b = 0; b < doc.to_original.size(); ++b) map.push_back(doc.to_original[b]);
    ASSERT_EQ(map, offsets) << round;
  }
}

TEST(NormalizerTest, SkipsTheHeader) {
  const std::string original = " date 2022-11 Titre\n\nCorps.";
  const Document doc = Normalize(original, 14);
  EXPECT_EQ(doc.text, "Titre\n\nCorps.");
  EXPECT_EQ(doc.to_original[0], 14u);
  EXPECT_EQ(original.substr(doc.to_original[doc.text.find("Corps")], 5), "Corps");
}

TEST(NormalizerTest, ComposesToNfc) {
  const std::string original = "Cafe\u0301 et Chu\u0308n.";
  const Document doc = Normalize(original);
  EXPECT_EQ(doc.text, "Caf\u00e9 et Ch\u00fcn.");
  ExpectIdentityWhereUnchanged(doc);
  EXPECT_EQ(doc.to_original[doc.text.find("\u00e9")], 3u);  // the composed é comes from the 'e'
  EXPECT_EQ(original.substr(doc.to_original[doc.text.find(" et")], 3), " et");
}

TEST(NormalizerTest, ComposesAccentedLettersWithTheCombiningMarksAfterThem) {
  // Precomposed letters are copied as they are unless a combining mark follows: Å + acute is Ǻ, é + dot
  // below reorders to ẹ + acute.
  const std::string original = "L\u00c5\u0301 m\u00f4\u0301t \u00e9\u0323t\u00e9 \u00e0 a\u02BCb";
  const Document doc = Normalize(original);
  EXPECT_EQ(doc.text, "L\u01FA m\u1ED1t \u1EB9\u0301t\u00e9 \u00e0 a'b");
  ExpectIdentityWhereUnchanged(doc);
  EXPECT_EQ(original.substr(doc.to_original[doc.text.find("t\u00e9 ")], 4), "t\u00e9 ");
  EXPECT_EQ(doc.to_original[doc.text.find("\u01FA")], 1u);
}

TEST(NormalizerTest, ComposesSingletonsAndLoneCarriageReturns) {
  const Document doc = Normalize("10 \u212B\rfin");  // ANGSTROM SIGN is not NFC by itself
  EXPECT_EQ(doc.text, "10 \u00C5\nfin");
  EXPECT_EQ(doc.to_original[doc.text.find('\n')], 6u);
}

TEST(NormalizerTest, DropsZeroWidthCharacters) {
  const Document doc = Normalize("d\u00e9\u00adcon\u200bfliction");
  EXPECT_EQ(doc.text, "déconfliction");
}

TEST(NormalizerTest, DropsRepeatedParagraphsOfADevArticle) {
  std::ifstream in(std::string(NEWSGRAPH_TEST_DATA_DIR) + "/data/repeated_paragraphs.txt", std::ios::binary);
  const std::string original{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::string repeated = "Les militaires américains et russes ont établi une ligne";
  const std::string last = "Le US European Command sera en charge";
  ASSERT_EQ(Count(original, repeated), 2u);
  ASSERT_EQ(Count(original, last), 2u);
  const Document doc = Normalize(original);
  EXPECT_EQ(Count(doc.text, repeated), 1u);
  EXPECT_EQ(Count(doc.text, last), 1u);
  ExpectIdentityWhereUnchanged(doc);
  // The kept copy is the first one, and the text ends where the last kept line ends.
  EXPECT_EQ(doc.to_original[doc.text.find(repeated)], original.find(repeated));
  EXPECT_EQ(doc.to_original.back(), original.rfind("\n" + repeated) + 1);
  EXPECT_EQ(original.substr(doc.to_original[doc.text.find(last)], last.size()), last);
}

TEST(NormalizerTest, KeepsShortRepeatedLines) {
  const Document doc = Normalize("Photo AFP\nUn texte.\nPhoto AFP\nUn autre texte.");
  EXPECT_EQ(doc.text, "Photo AFP\nUn texte.\nPhoto AFP\nUn autre texte.");
}

TEST(NormalizerTest, RepeatIgnoresWhiteSpaceDifferences) {
  const std::string line = "Le Pentagone utilise déjà un canal de communication similaire.";
  const Document doc = Normalize(line + "\n\nAutre chose ici.\n\n  " + line + " \n\nFin.");
  EXPECT_EQ(Count(doc.text, line), 1u);
  EXPECT_NE(doc.text.find("Fin."), std::string::npos);
  EXPECT_EQ(doc.article.text.substr(doc.to_original[doc.text.find("Fin.")], 4), "Fin.");
}

}  // namespace
}  // namespace newsgraph
