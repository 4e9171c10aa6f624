#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "IcuBreaks.h"
#include "text/Fold.h"
#include "text/Normalizer.h"
#include "text/Segmenter.h"

namespace newsgraph {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> LoadAbbreviations() {
  std::ifstream in(std::string(NEWSGRAPH_SOURCE_SCHEMA_DIR) + "/lexicons/fr/abbreviations.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') lines.push_back(line);
  }
  return lines;
}

const Segmenter& French() {
  static const Segmenter segmenter(LoadAbbreviations());
  return segmenter;
}

Document Segment(const std::string& text) {
  Document doc;
  doc.article.text = text;
  Normalizer().Process(doc);
  French().Process(doc);
  return doc;
}

std::vector<std::string> Tokens(const Document& doc) {
  std::vector<std::string> out;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.TokenText(i));
  return out;
}

std::vector<std::string> Sentences(const Document& doc) {
  std::vector<std::string> out;
  for (std::uint32_t i = 0; i < doc.sentences.size(); ++i) out.emplace_back(doc.SentenceText(i));
  return out;
}

// Structural invariants every segmentation must satisfy.
void ExpectWellFormed(const Document& doc) {
  std::uint32_t next_token = 0;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    ASSERT_EQ(sentence.first_token, next_token);
    ASSERT_LT(sentence.first_token, sentence.end_token);
    ASSERT_EQ(sentence.begin, doc.tokens[sentence.first_token].begin);
    ASSERT_EQ(sentence.end, doc.tokens[sentence.end_token - 1].end);
    if (s > 0) {
      ASSERT_GE(sentence.paragraph, doc.sentences[s - 1].paragraph);
    }
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t)
      ASSERT_EQ(doc.tokens[t].sentence, s);
    std::string folded;  // the sentence's folded text as MentionFinder reads it: one span of the forms
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (t > sentence.first_token && doc.tokens[t].space_before) folded += ' ';
      folded += doc.tokens[t].fold;
    }
    ASSERT_EQ(doc.FoldedText(sentence.first_token, sentence.end_token), folded);
    next_token = sentence.end_token;
  }
  ASSERT_EQ(next_token, doc.tokens.size());
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& token = doc.tokens[t];
    ASSERT_LT(token.begin, token.end);
    if (t > 0) {
      ASSERT_GE(token.begin, doc.tokens[t - 1].end);
    }
    const std::string_view text = doc.TokenText(t);
    ASSERT_EQ(text.find_first_of(" \n"), std::string_view::npos) << text;
    ASSERT_EQ(token.lower, Lower(text));
    ASSERT_EQ(token.fold, Fold(text));
    ASSERT_EQ(token.space_before, t == 0 || token.begin > doc.tokens[t - 1].end);
  }
}

TEST(SegmenterTest, AbbreviatedTitleDoesNotEndTheSentence) {
  const Document doc = Segment("M. Kim a dit. Mme Park a répondu.");
  EXPECT_THAT(Tokens(doc), ElementsAre("M.", "Kim", "a", "dit", ".", "Mme", "Park", "a", "répondu", "."));
  EXPECT_THAT(Sentences(doc), ElementsAre("M. Kim a dit.", "Mme Park a répondu."));
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, QuotesWithoutFinalPunctuationDoNotEndTheSentence) {
  const Document doc = Segment("« Nous regrettons », a déclaré Chun. « Nous partons. Demain », a-t-il dit.");
  EXPECT_THAT(Sentences(doc),
              ElementsAre("« Nous regrettons », a déclaré Chun.", "« Nous partons. Demain », a-t-il dit."));
  EXPECT_THAT(Tokens(doc), ElementsAre("«", "Nous", "regrettons", "»", ",", "a", "déclaré", "Chun", ".", "«",
                                       "Nous", "partons", ".", "Demain", "»", ",", "a", "-t-il", "dit", "."));
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, QuoteEndingWithFinalPunctuationEndsTheSentenceAfterTheQuote) {
  const Document doc = Segment("« Nous partons. » Il a ajouté : \"C'est fini.\" Puis il est sorti.");
  EXPECT_THAT(Sentences(doc),
              ElementsAre("« Nous partons. »", "Il a ajouté : \"C'est fini.\"", "Puis il est sorti."));
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, QuestionInsideQuotesFollowedByLowerCase) {
  const Document doc = Segment("« Pourquoi ? » a-t-il demandé. Pourquoi ? a-t-elle répondu.");
  EXPECT_THAT(Sentences(doc), ElementsAre("« Pourquoi ? » a-t-il demandé.", "Pourquoi ? a-t-elle répondu."));
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, InversionCliticsAreSplitOff) {
  const Document doc = Segment("Faut-il partir, dit-il, ou reste-t-on ? Kim Jong-il est mort.");
  EXPECT_THAT(Tokens(doc), ElementsAre("Faut", "-il", "partir", ",", "dit", "-il", ",", "ou", "reste",
                                       "-t-on", "?", "Kim", "Jong-il", "est", "mort", "."));
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, ElisionsAreSplitOffWithTheirApostrophe) {
  const Document doc =
      Segment("L\u2019armée d'Estonie jusqu'à aujourd'hui, qu'aujourd'hui, presqu'île, lorsqu'il l'OTAN.");
  EXPECT_THAT(Tokens(doc),
              ElementsAre("L'", "armée", "d'", "Estonie", "jusqu'", "à", "aujourd'hui", ",", "qu'",
                          "aujourd'hui", ",", "presqu'île", ",", "lorsqu'", "il", "l'", "OTAN", "."));
  EXPECT_THAT(
      Tokens(Segment("L'« invasion », l' armée, c'est-à-dire qu'est-ce")),
      ElementsAre("L'", "«", "invasion", "»", ",", "l'", "armée", ",", "c'est-à-dire", "qu'", "est", "-ce"));
  EXPECT_TRUE(doc.tokens[0].capitalized);
  EXPECT_EQ(doc.tokens[0].fold, "l'");
  EXPECT_TRUE(doc.tokens[16].all_caps);
  EXPECT_FALSE(doc.tokens[16].space_before);
  ExpectWellFormed(doc);
}

// A word may lose its elision and its clitic both (one pass splits them); words with neither, between them,
// pass through whole.
TEST(SegmenterTest, ElisionAndCliticInOneWord) {
  const Document doc = Segment("Qu'a-t-il dit ? L'est-il, jusqu'o\u00f9 ? Le porte-parole l'a dit-il.");
  EXPECT_THAT(Tokens(doc), ElementsAre("Qu'", "a", "-t-il", "dit", "?", "L'", "est", "-il", ",", "jusqu'",
                                       "o\u00f9", "?", "Le", "porte-parole", "l'", "a", "dit", "-il", "."));
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, HyphenatedCompoundsStayWhole) {
  const Document doc =
      Segment("Les États-Unis, le porte-parole, la ligne américano-russe, Hae-sung et l'état-major.");
  EXPECT_THAT(Tokens(doc), ElementsAre("Les", "États-Unis", ",", "le", "porte-parole", ",", "la", "ligne",
                                       "américano-russe", ",", "Hae-sung", "et", "l'", "état-major", "."));
  EXPECT_EQ(doc.tokens[1].fold, "etats-unis");
  EXPECT_TRUE(doc.tokens[1].capitalized);
  EXPECT_FALSE(doc.tokens[1].all_caps);
}

TEST(SegmenterTest, Numbers) {
  const Document doc = Segment("Le 1er mars 2022-11, 3,800 soldats et 10 % - soit 2 000.");
  EXPECT_THAT(Tokens(doc), ElementsAre("Le", "1er", "mars", "2022-11", ",", "3,800", "soldats", "et", "10",
                                       "%", "-", "soit", "2", "000", "."));
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[5].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kWord);
  EXPECT_EQ(doc.tokens[9].kind, TokenKind::kPunct);
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, EraAndInitials) {
  const Document doc =
      Segment("Né en 63 av. J.-C. à Rome. John F. Kennedy est mort. Voir p. 12. J.F. Kennedy aussi.");
  EXPECT_THAT(Sentences(doc), ElementsAre("Né en 63 av. J.-C. à Rome.", "John F. Kennedy est mort.",
                                          "Voir p. 12.", "J.F. Kennedy aussi."));
  EXPECT_THAT(Tokens(doc), ::testing::Contains("J.F."));
  EXPECT_THAT(Tokens(doc), ::testing::Contains("J.-C."));
  EXPECT_THAT(Tokens(doc), ::testing::Contains("F."));
  EXPECT_THAT(Tokens(doc), ::testing::Contains("av."));
  ExpectWellFormed(doc);
}

// Entries are matched capitalised too, an accented capital included, and whatever the words before them; a
// word that starts like an entry and is longer than it, before a period, is none.
TEST(SegmenterTest, AbbreviationsCapitalisedOrAfterLongerWords) {
  const Document doc = Segment(
      "Voir \u00C9d. Gallimard, c.-\u00E0-d. la Prés. de janv. 2020. Le présent. Les prés. Cf. Av. Foch.");
  EXPECT_THAT(Tokens(doc),
              ElementsAre("Voir", "\u00C9d.", "Gallimard", ",", "c.-\u00E0-d.", "la", "Prés.", "de", "janv.",
                          "2020", ".", "Le", "présent", ".", "Les", "prés.", "Cf.", "Av.", "Foch", "."));
  ExpectWellFormed(doc);
}

// Regression (found on a written article, fixed): "a écrit Mme von der Leyen sur le réseau social X. Le chef
// de la diplomatie ..." was one sentence, "X." taken for an initial: a one-letter name after a lower-case
// word, before a word that opens sentences, ends one.
TEST(SegmenterTest, AOneLetterNameBeforeAnOpeningWordEndsTheSentence) {
  Document doc =
      Segment("Elle a écrit sur le réseau social X. Le chef a répondu. Le président J. Edgar Hoover.");
  EXPECT_THAT(Sentences(doc), ElementsAre("Elle a écrit sur le réseau social X.", "Le chef a répondu.",
                                          "Le président J. Edgar Hoover."));
}

TEST(SegmenterTest, NewlinesAlwaysEndSentencesAndStartParagraphs) {
  const Document doc = Segment("Un titre sans point\n\nLe texte commence. Il continue\nUne autre ligne.");
  EXPECT_THAT(Sentences(doc),
              ElementsAre("Un titre sans point", "Le texte commence.", "Il continue", "Une autre ligne."));
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.sentences[3].paragraph, 2u);
  ExpectWellFormed(doc);
}

TEST(SegmenterTest, StrayPunctuationJoinsThePreviousSentence) {
  const Document doc = Segment("Il n'y avait aucun plan. . Fin.");
  EXPECT_THAT(Sentences(doc), ElementsAre("Il n'y avait aucun plan. .", "Fin."));
}

// A word outside the Latin, Greek and Cyrillic blocks sends the article's word boundaries to ICU's iterator

// A text with no sentence end is cut into sentences of at most kMaxSentenceTokens tokens, after a semicolon
// or a comma in the second half of that length when there is one, else at the limit.
TEST(SegmenterTest, OverlongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += i % 37 == 36 ? "mot, " : "mot ";
  const Document doc = Segment(text);
  ExpectWellFormed(doc);
  ASSERT_GT(doc.sentences.size(), 3u);
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(s.end_token - s.first_token, Segmenter::kMaxSentenceTokens);
    if (s.end_token < doc.tokens.size()) {  // every cut falls after a comma
      EXPECT_EQ(doc.TokenText(s.end_token - 1), ",");
      EXPECT_GT(s.end_token - s.first_token, Segmenter::kMaxSentenceTokens / 2);
    }
  }

  std::string bare;
  for (int i = 0; i < 700; ++i) bare += "mot ";
  const Document cut = Segment(bare);
  ASSERT_EQ(cut.sentences.size(), 3u);
  EXPECT_EQ(cut.sentences[0].end_token, Segmenter::kMaxSentenceTokens);
  EXPECT_EQ(cut.sentences[1].end_token, 2 * Segmenter::kMaxSentenceTokens);

  // A long but real sentence (154 words, 185 tokens) stays whole.
  std::string sentence = "Le ministre a déclaré";
  for (int i = 0; i < 30; ++i) sentence += ", selon les sources du ministère";
  sentence += ".";
  EXPECT_EQ(Segment(sentence).sentences.size(), 1u);
}

// (with its dictionary for Thai: "Krung Thep" is one word); the French rules on top are the same.
TEST(SegmenterTest, OtherScriptsGoThroughIcu) {
  const Document doc = Segment(
      "M. Netanyahou (\u05E0\u05EA\u05E0\u05D9\u05D4\u05D5) l'a dit. Bangkok "
      "(\u0E01\u0E23\u0E38\u0E07\u0E40\u0E17\u0E1E) a-t-il r\u00e9pondu.");
  EXPECT_THAT(Tokens(doc),
              ElementsAre("M.", "Netanyahou", "(", "\u05E0\u05EA\u05E0\u05D9\u05D4\u05D5", ")", "l'", "a",
                          "dit", ".", "Bangkok", "(", "\u0E01\u0E23\u0E38\u0E07\u0E40\u0E17\u0E1E", ")", "a",
                          "-t-il", "r\u00e9pondu", "."));
  EXPECT_EQ(doc.sentences.size(), 2u);
  ExpectWellFormed(doc);
}

// A folded form may take more bytes than its text ("Ⱥ" → "ⱥ": two bytes, then three): the buffer of forms
// grows past its first size.
TEST(SegmenterTest, FoldedFormsLongerThanTheText) {
  std::string word;
  for (int i = 0; i < 300; ++i) word += "\u023A";
  const Document doc = Segment("Le " + word + " a dit. " + word + ".");
  ASSERT_EQ(doc.tokens.size(), 7u);
  EXPECT_EQ(doc.tokens[1].fold.size(), 900u);
  EXPECT_EQ(doc.tokens[1].lower, doc.tokens[1].fold);
  ExpectWellFormed(doc);
}

// So may a lower-case form that is not the folded one ("İ" → "i̇": two bytes, then three; folded "i"): that
// buffer grows too, and the forms of the tokens made before move along.
TEST(SegmenterTest, LowerCaseFormsLongerThanTheText) {
  std::string word;
  for (int i = 0; i < 300; ++i) word += "\u0130";
  const Document doc = Segment("\u00c9t\u00e9 " + word + " a dit. " + word + " \u00e9t\u00e9.");
  ASSERT_EQ(doc.tokens.size(), 8u);
  EXPECT_EQ(doc.tokens[0].lower, "\u00e9t\u00e9");
  for (const std::uint32_t t : {1u, 5u}) {
    EXPECT_EQ(doc.tokens[t].lower, Lower(word)) << t;
    EXPECT_GT(doc.tokens[t].lower.size(), word.size()) << t;
    EXPECT_EQ(doc.tokens[t].fold, std::string(300, 'i')) << t;
  }
  EXPECT_EQ(doc.tokens[6].lower, "\u00e9t\u00e9");
  ExpectWellFormed(doc);
}

// A recent short form is written without checking the room left in its buffer (MakeTokens counts on the text
// after it): random text of words whose forms are longer than they are, as long or shorter, with or without
// white space between them, and from the text's first byte on, keeps every form right (and, in the sanitizer
// build, within its buffer).
TEST(SegmenterTest, RandomTextKeepsTheFormsOfEveryToken) {
  const std::vector<std::string> alphabet = {"\u023A",
                                             "\u0130",
                                             "\u023A\u023A\u023A\u023A\u023A\u023A\u023A\u023A",
                                             "\u00C9t\u00E9",
                                             "a",
                                             "Mot",
                                             "ABCDEFGHIJKLMNOPQ",
                                             "l'",
                                             "-",
                                             ".",
                                             ",",
                                             "\u00AB",
                                             " ",
                                             " ",
                                             "\n"};
  for (const std::string& text : testing::RandomTexts(alphabet, 30, 5000)) {
    const Document doc = Segment(text);
    ExpectWellFormed(doc);
    if (::testing::Test::HasFatalFailure()) FAIL() << text;
  }
}

// Tokens view their document's buffer of forms; a copy shares it, and keeps it when the original is gone.
TEST(SegmenterTest, ACopyOutlivesTheOriginal) {
  auto original = std::make_unique<Document>(Segment("L\u2019\u00c9lys\u00e9e a r\u00e9pondu. Fin."));
  const Document copy = *original;
  original.reset();
  std::vector<std::string> folds, lowers;
  for (const Token& t : copy.tokens) {
    folds.emplace_back(t.fold);
    lowers.emplace_back(t.lower);
  }
  EXPECT_THAT(folds, ElementsAre("l'", "elysee", "a", "repondu", ".", "fin", "."));
  EXPECT_THAT(lowers, ElementsAre("l'", "\u00e9lys\u00e9e", "a", "r\u00e9pondu", ".", "fin", "."));
  EXPECT_EQ(copy.FoldedText(0, 5), "l'elysee a repondu.");
  ExpectWellFormed(copy);
}

// The case forms of words that are not ASCII are kept per thread: a form met again, in the same text or in a
// later one, gets the shape and forms it got the first time, and each spelling gets its own.
TEST(SegmenterTest, RecurringAccentedFormsKeepTheirShapeAndForms) {
  const std::string text =
      "\u00c9lys\u00e9e, \u00c9LYS\u00c9E et \u00e9lys\u00e9e ; 3\u00b0 \u00e0 l'\u00c9lys\u00e9e.";
  const Document first = Segment(text);
  const Document again = Segment("Puis " + text);
  ASSERT_EQ(again.tokens.size(), first.tokens.size() + 1);
  for (std::uint32_t t = 0; t < first.tokens.size(); ++t) {
    const Token& a = first.tokens[t];
    const Token& b = again.tokens[t + 1];
    EXPECT_EQ(first.TokenText(t), again.TokenText(t + 1));
    EXPECT_EQ(a.kind, b.kind) << first.TokenText(t);
    EXPECT_EQ(a.capitalized, b.capitalized) << first.TokenText(t);
    EXPECT_EQ(a.all_caps, b.all_caps) << first.TokenText(t);
    EXPECT_EQ(a.lower, b.lower);
    EXPECT_EQ(a.fold, b.fold);
  }
  EXPECT_TRUE(first.tokens[0].capitalized);
  EXPECT_FALSE(first.tokens[0].all_caps);
  EXPECT_TRUE(first.tokens[2].all_caps);
  EXPECT_FALSE(first.tokens[4].capitalized);
  EXPECT_EQ(first.tokens[6].kind, TokenKind::kNumber);
  EXPECT_EQ(first.tokens[2].lower, "\u00e9lys\u00e9e");
  EXPECT_EQ(first.tokens[2].fold, "elysee");
  ExpectWellFormed(first);
  ExpectWellFormed(again);
}

// ASCII words of up to eight bytes are shaped eight bytes at a time (those near the end of the text one byte
// at a time): kind, capitals and case forms as the rules say, for every length and mix, in both paths.
TEST(SegmenterTest, ShortAsciiWordsAreShapedByTheRules) {
  const std::string words[] = {"A",        "b",        "Ab",        "AB",        "aB",       "1er",
                               "12",       "a1",       "1A",        "ONU",       "x_Y",      "ABCDEFGH",
                               "Abcdefgh", "abcdefgh", "ABCDEFGHI", "abcdefghi", "12345678", "%",
                               "_",        "N2O",      "2022-11",   "Z9",        "@user"};
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (std::size_t n = 1 + random() % 6; n > 0; --n) text += words[random() % std::size(words)] + " ";
    text.pop_back();  // the last word ends the text: the byte path
    const Document doc = Segment(text);
    ExpectWellFormed(doc);
    for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
      const std::string_view word = doc.TokenText(t);
      const auto first = std::find_if(word.begin(), word.end(), [](char c) { return std::isalnum(c) != 0; });
      const auto letter = std::find_if(word.begin(), word.end(), [](char c) { return std::isalpha(c) != 0; });
      const auto letters =
          std::count_if(word.begin(), word.end(), [](char c) { return std::isalpha(c) != 0; });
      const auto upper = std::count_if(word.begin(), word.end(), [](char c) { return std::isupper(c) != 0; });
      const TokenKind kind = first == word.end()         ? TokenKind::kPunct
                             : std::isdigit(*first) != 0 ? TokenKind::kNumber
                                                         : TokenKind::kWord;
      EXPECT_EQ(doc.tokens[t].kind, kind) << word;
      EXPECT_EQ(doc.tokens[t].capitalized, letter != word.end() && std::isupper(*letter) != 0) << word;
      EXPECT_EQ(doc.tokens[t].all_caps, letters >= 2 && upper == letters) << word;
    }
  }
}

TEST(SegmenterTest, EmptyText) {
  const Document doc = Segment("");
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
}

TEST(SegmenterTest, EveryDevArticleIsWellFormed) {
  const std::filesystem::path docs = std::filesystem::path(NEWSGRAPH_SHARED_DIR) / "eval" / "docs";
  if (!std::filesystem::exists(docs)) GTEST_SKIP() << "no shared eval docs";
  std::size_t articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(docs)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    SCOPED_TRACE(entry.path().string());
    const Document doc = Segment(text);
    EXPECT_FALSE(doc.sentences.empty());
    ExpectWellFormed(doc);
    ++articles;
  }
  EXPECT_GT(articles, 0u);
}

// The sentences found from the tokens' terminators are those FindSentenceBreaks' boundaries give: a tab at
// the end (white space other than spaces and newlines) has the segmenter read every byte for them instead,
// and changes no token. Random text over the characters around a sentence end, and some abbreviations.
TEST(SegmenterTest, SentencesFromTerminatorsAreThoseOfTheFullScan) {
  const std::vector<std::string> alphabet = {"a",
                                             "mot",
                                             "Le",
                                             "\u00C9t\u00E9",
                                             "X",
                                             "3",
                                             "2,5",
                                             "U.S",
                                             ".",
                                             ".",
                                             "!",
                                             "?",
                                             "\u2026",
                                             "\u2024",
                                             "\u203C",
                                             "\"",
                                             "'",
                                             "(",
                                             ")",
                                             "\u00AB",
                                             "\u00BB",
                                             "\u2019",
                                             " ",
                                             " ",
                                             " ",
                                             "\n",
                                             "\u0301",
                                             "\u00AD",
                                             "-",
                                             ",",
                                             ";",
                                             "M.",
                                             "av.",
                                             "J.-C.",
                                             "c.-\u00E0-d.",
                                             "F"};
  std::mt19937 random(20261206);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  const auto segment = [](const std::string& text) {
    Document doc;
    doc.text = text;
    French().Process(doc);
    std::vector<std::string> summary = Tokens(doc);
    for (const Sentence& sentence : doc.sentences) {
      for (const std::uint32_t bound : {sentence.first_token, sentence.end_token, sentence.paragraph})
        summary.push_back(std::to_string(bound));
      summary.emplace_back("|");
    }
    return summary;
  };
  // The terminators' shortcuts (before a capital, a guillemet that opens a quote, a newline, the end), which
  // random text seldom makes, with their neighbours.
  for (const std::string text :
       {"Fin. Le mot.", "Fin. \u00AB Le mot. \u00BB", "Fin! \u00AB Le mot", "Fin. \u00AB le mot",
        "Fin. \u00AB 3 mots", "Fin. \u00ABLe", "M. \u00AB Le mot", "Fin.\nLe", "Fin?\n\nle", "Fin.",
        "Fin.\u2026", "Fin.. \u00AB Le"})
    ASSERT_EQ(segment(text), segment(text + "\t")) << text;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int i = length(random); i > 0; --i) text += alphabet[pick(random)];
    ASSERT_EQ(segment(text), segment(text + "\t")) << text;
  }
}

// One Segmenter shared by several threads gives every thread the sequential result.
TEST(SegmenterTest, ConcurrentUseIsDeterministic) {
  const std::vector<std::string> texts = {
      "M. Kim a dit. « Nous regrettons », a déclaré Chun.\nLes États-Unis l'ont confirmé, a-t-il dit.",
      "Washington aurait lancé le seul appel\n\nUne hotline américano-russe n'aurait été utilisée qu'une "
      "fois.",
      "John F. Kennedy est mort. Voir p. 12. Pourquoi ? a-t-elle demandé."};
  const auto run = [&] {
    std::vector<std::vector<std::string>> out;
    for (int round = 0; round < 50; ++round) {
      for (const std::string& text : texts) {
        const Document doc = Segment(text);
        std::vector<std::string> summary = Tokens(doc);
        for (const std::string& sentence : Sentences(doc)) summary.push_back("|" + sentence);
        out.push_back(std::move(summary));
      }
    }
    return out;
  };
  const auto expected = run();
  std::vector<std::vector<std::vector<std::string>>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) threads.emplace_back([&result, &run] { result = run(); });
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace newsgraph
