#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "schema/Lexicon.h"

namespace newsgraph {
namespace {

const std::filesystem::path kFrench = std::filesystem::path(NEWSGRAPH_SOURCE_SCHEMA_DIR) / "lexicons" / "fr";

class ShippedLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Lexicon::Load(kFrench);
    ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
    lexicon_ = new Lexicon(std::move(loaded).value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }
  static Lexicon* lexicon_;
};
Lexicon* ShippedLexiconTest::lexicon_ = nullptr;

TEST_F(ShippedLexiconTest, ClosedWordClassesAreFolded) {
  EXPECT_TRUE(lexicon_->Is("negation", "pas"));
  EXPECT_TRUE(lexicon_->Is("negation", "n'"));
  EXPECT_TRUE(lexicon_->Is("hypothetical", "si"));
  EXPECT_TRUE(lexicon_->Is("hypothetical", "peut-etre"));  // listed as "peut-être"
  EXPECT_TRUE(lexicon_->Is("determiner", "l'"));
  EXPECT_FALSE(lexicon_->Is("negation", "si"));
  EXPECT_FALSE(lexicon_->Is("no-such-class", "pas"));
}

TEST_F(ShippedLexiconTest, AWordIsInAClassByOneOfItsLemmas) {
  WordInfo refused;
  refused.lemmas = {"refuse", "refuser"};
  EXPECT_TRUE(lexicon_->LemmaIn("refusal", refused));
  EXPECT_FALSE(lexicon_->LemmaIn("wish", refused));
  EXPECT_FALSE(lexicon_->LemmaIn("no such class", refused));
}

TEST_F(ShippedLexiconTest, CuesAreListedByTheirLemma) {
  const auto& report = lexicon_->cues().StartingWith("declarer");
  ASSERT_FALSE(report.empty());
  EXPECT_EQ(report.front().cls, "report");
  EXPECT_TRUE(lexicon_->cues().StartingWith("declare").empty());
  bool member = false;
  for (const Phrase& p : lexicon_->cues().StartingWith("membre")) member |= p.cls == "member";
  EXPECT_TRUE(member);
}

TEST_F(ShippedLexiconTest, TitlesAndHeadsAreLoaded) {
  EXPECT_FALSE(lexicon_->titles().StartingWith("porte-parole").empty());
  EXPECT_FALSE(lexicon_->heads().StartingWith("ministere").empty());
}

TEST_F(ShippedLexiconTest, NationalPrefixesNameGazetteerCountries) {
  ASSERT_NE(lexicon_->NationalPrefix("americano"), nullptr);
  EXPECT_EQ(*lexicon_->NationalPrefix("americano"), "united_states");
  ASSERT_NE(lexicon_->NationalPrefix("russo"), nullptr);
  EXPECT_EQ(*lexicon_->NationalPrefix("russo"), "russia");
  EXPECT_EQ(lexicon_->NationalPrefix("russe"), nullptr);
}

TEST_F(ShippedLexiconTest, DiscardListsKeepSuffixesAsWritten) {
  const auto& suffixes = lexicon_->discard("suffix");
  EXPECT_NE(std::find(suffixes.begin(), suffixes.end(), "SUIVRE"), suffixes.end());
  const auto& lines = lexicon_->discard("line");
  EXPECT_NE(std::find(lines.begin(), lines.end(), "a lire aussi"), lines.end());
  EXPECT_TRUE(lexicon_->discard("no-such-class").empty());
}

class LexiconFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("lexicon-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    for (const char* name :
         {"cues.tsv", "titles.tsv", "heads.tsv", "words.tsv", "discard.tsv", "national-prefixes.tsv"})
      Write(name, "# comment\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(LexiconFilesTest, ReadsClassTabEntryLinesWithCrLf) {
  Write("words.tsv", "# negation words\r\nnegation\tjamais\r\n\r\nnegation\tGuère\r\n");
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().ToString();
  EXPECT_TRUE(lexicon->Is("negation", "jamais"));
  EXPECT_TRUE(lexicon->Is("negation", "guere"));
}

TEST_F(LexiconFilesTest, ClassBitsAgreeWithIs) {
  Write("words.tsv", "negation\tjamais\nstop\tle\nnegation\tpas\ndeterminer\tle\n");
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().ToString();
  const std::uint64_t negation = lexicon->ClassBit("negation"), stop = lexicon->ClassBit("stop"),
                      determiner = lexicon->ClassBit("determiner");
  EXPECT_NE(negation, 0u);
  EXPECT_EQ(negation & (negation - 1), 0u);                               // one bit
  EXPECT_EQ(negation | stop | determiner, negation ^ stop ^ determiner);  // three different bits
  EXPECT_EQ(lexicon->ClassBit("no-such-class"), 0u);
  EXPECT_EQ(lexicon->ClassesOf("le"), stop | determiner);
  EXPECT_EQ(lexicon->ClassesOf("pas"), negation);
  EXPECT_EQ(lexicon->ClassesOf("ministre"), 0u);
  Token le;
  le.fold = "le";
  le.facts.classes = lexicon->ClassesOf(le.fold);
  EXPECT_TRUE(lexicon->Is(WordClass::kStop, le));
  EXPECT_TRUE(lexicon->Is(WordClass::kDeterminer, le));
  EXPECT_FALSE(lexicon->Is(WordClass::kNegation, le));
  EXPECT_FALSE(lexicon->Is(WordClass::kClitic, le));  // a class no word of this lexicon has
}

// A class of WordClass ending in ':' ("states:") has the bit of every valued class of that prefix.
TEST_F(LexiconFilesTest, APrefixClassHasTheBitOfItsValuedClasses) {
  Write("words.tsv", "states:a|b\tintercoréen\nstates:c|d\tinterallemand\nchannel:phone\ttéléphone\n");
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().ToString();
  std::vector<Token> tokens(3);
  tokens[0].fold = "intercoreen";
  tokens[1].fold = "interallemand";
  tokens[2].fold = "telephone";
  for (Token& t : tokens) t.facts.classes = lexicon->ClassesOf(t.fold);
  EXPECT_TRUE(lexicon->Is(WordClass::kStates, tokens[0]));
  EXPECT_TRUE(lexicon->Is(WordClass::kStates, tokens[1]));
  EXPECT_FALSE(lexicon->Is(WordClass::kStates, tokens[2]));
  EXPECT_EQ(lexicon->ValueOf("states:", tokens[1]), "c|d");
  EXPECT_EQ(lexicon->ValueOf("channel:", tokens[2]), "phone");
}

TEST_F(LexiconFilesTest, MembersOfAClassAreFoldedAndSorted) {
  Write("words.tsv", "national_force\tforces\nnational_force\tArmée\nstop\tle\n");
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().ToString();
  EXPECT_EQ(lexicon->Members("national_force"), (std::vector<std::string>{"armee", "forces"}));
  EXPECT_TRUE(lexicon->Members("no-such-class").empty());
}

// A valued class ("channel:phone") gives its value, by folded word or by looked-up token; a word in other
// classes only gives none.
TEST_F(LexiconFilesTest, ValueOfAValuedClass) {
  Write("words.tsv", "stop\tpar\nchannel:phone\tTéléphone\nnumber:2\tdeux\nstop\tdeux\n");
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().ToString();
  EXPECT_EQ(lexicon->ValueOf("channel:", "telephone"), "phone");
  EXPECT_EQ(lexicon->ValueOf("number:", "telephone"), "");
  const auto token = [&](std::string_view fold) {
    Token t;
    t.fold = fold;
    t.facts.classes = lexicon->ClassesOf(fold);
    return t;
  };
  EXPECT_EQ(lexicon->ValueOf("channel:", token("telephone")), "phone");
  EXPECT_EQ(lexicon->ValueOf("number:", token("deux")), "2");
  EXPECT_EQ(lexicon->ValueOf("channel:", token("deux")), "");
  EXPECT_EQ(lexicon->ValueOf("channel:", token("par")), "");
  EXPECT_EQ(lexicon->ValueOf("channel:", token("inconnu")), "");
}

// Classes the rules only look up by name have no token bit, so words.tsv may have any number of them; the
// token bits of the classes tested word by word stay right among them.
TEST_F(LexiconFilesTest, AnyNumberOfWordClasses) {
  std::string words;
  for (int i = 0; i < 100; ++i) words += "class" + std::to_string(i) + "\tmot" + std::to_string(i) + "\n";
  words += "negation\tpas\nchannel:phone\ttelephone\nclass7\tpas\n";
  Write("words.tsv", words);
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().ToString();
  for (int i = 0; i < 100; ++i)
    EXPECT_TRUE(lexicon->Is("class" + std::to_string(i), "mot" + std::to_string(i))) << i;
  EXPECT_FALSE(lexicon->Is("class8", "mot7"));
  EXPECT_TRUE(lexicon->Is("class7", "pas"));
  EXPECT_EQ(lexicon->ClassBit("class7"), 0u);
  EXPECT_EQ(lexicon->ClassesOf("mot7"), 0u);
  Token pas;
  pas.fold = "pas";
  pas.facts.classes = lexicon->ClassesOf(pas.fold);
  EXPECT_EQ(pas.facts.classes, lexicon->ClassBit("negation"));
  EXPECT_TRUE(lexicon->Is(WordClass::kNegation, pas));
  Token phone;
  phone.fold = "telephone";
  phone.facts.classes = lexicon->ClassesOf(phone.fold);
  EXPECT_NE(phone.facts.classes, 0u);
  EXPECT_FALSE(lexicon->Is(WordClass::kNegation, phone));
  EXPECT_EQ(lexicon->ValueOf("channel:", phone), "phone");
}

TEST_F(LexiconFilesTest, LineWithoutTabIsAnErrorWithItsLineNumber) {
  Write("cues.tsv", "report\tdéclarer\nreport dire\n");
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.error().code, ErrorCode::kBadSchema);
  EXPECT_EQ(lexicon.error().where.line, 2u);
  EXPECT_NE(lexicon.error().where.file.find("cues.tsv"), std::string::npos);
}

TEST_F(LexiconFilesTest, MissingFileIsAnError) {
  std::filesystem::remove(dir_ / "heads.tsv");
  auto lexicon = Lexicon::Load(dir_);
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(lexicon.error().where.file.find("heads.tsv"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
