#include <gmock/gmock.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "text/DictionaryForms.h"
#include "text/Morphology.h"
#include "text/MorphologyCompiler.h"
#include "text/MorphologyTable.h"

namespace newsgraph {
namespace {

const std::filesystem::path kMini =
    std::filesystem::path(NEWSGRAPH_TEST_DATA_DIR) / "data" / "hunspell" / "mini";

std::filesystem::path WithExtension(std::filesystem::path path, const char* extension) {
  return path += extension;
}

// The mini dictionary's table, compiled once into a temporary file.
class MorphologyTableTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto compiled = CompileMorphology(kMini, 2);
    ASSERT_TRUE(compiled.ok()) << compiled.error().ToString();
    bytes_ = new std::string(compiled->bytes);
    path_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                      ("newsgraph-mini-" + std::to_string(getpid()) + ".table"));
    std::ofstream(*path_, std::ios::binary) << *bytes_;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove(*path_);
    delete path_;
    delete bytes_;
  }
  static std::unique_ptr<const MorphologyTable> Open() {
    auto table = Morphology::OpenTable(kMini, *path_);
    EXPECT_TRUE(table.ok()) << table.error().ToString();
    return table.ok() ? std::move(table.value()) : nullptr;
  }
  static std::string* bytes_;
  static std::filesystem::path* path_;
  Morphology hunspell_{kMini};
};
std::string* MorphologyTableTest::bytes_ = nullptr;
std::filesystem::path* MorphologyTableTest::path_ = nullptr;

TEST_F(MorphologyTableTest, EveryFormAndItsCapitalGetHunspellsAnalysis) {
  auto table = Open();
  ASSERT_NE(table, nullptr);
  auto listing = ListDictionaryForms(WithExtension(kMini, ".aff"), WithExtension(kMini, ".dic"));
  ASSERT_TRUE(listing.ok());
  std::size_t known = 0;
  for (const std::string& form : listing->forms) {
    std::string capital = form;
    capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
    for (const std::string& word : {form, capital}) {
      WordInfo expected = hunspell_.AnalyzeWithHunspell(word);
      known += expected.known;
      std::optional<WordInfo> found = table->Find(word);
      if (word.find("œ") != std::string::npos) {
        EXPECT_FALSE(found.has_value()) << word << ": ICONV applies, hunspell must be asked";
        continue;
      }
      ASSERT_TRUE(found.has_value()) << word;
      EXPECT_EQ(*found, expected) << word;
    }
  }
  EXPECT_GE(known, 30u);  // the comparison is not between empty analyses
  EXPECT_THAT(table->Find("relancés")->lemmas, ::testing::ElementsAre("lancer"));
  EXPECT_TRUE(table->Find("Paris")->proper);
  EXPECT_TRUE(table->Find("Onus")->known);  // hunspell's own capitalised "ONU", with its suffix
  EXPECT_TRUE(table->Find("2cvs")->known);  // and "2CV" in lower case, its first character having no case
}

TEST_F(MorphologyTableTest, WordsOfItsCharactersNotHeldAreUnknownAsHunspellSays) {
  auto table = Open();
  ASSERT_NE(table, nullptr);
  ASSERT_TRUE(table->complete());
  // Letters in lower case, one capital first, mixed capitals; digits, punctuation, hyphens (BREAK is
  // spell()'s: analyze() looks a hyphenated word up whole); a trailing dot.
  for (const char* word :
       {"parlons", "maisonne",     "Parlons",      "paye", "lancant", "Relancerait", "paris",
        "PaRis",   "parle-maison", "parler-payer", "12",   "2024",    ",",           "-",
        "%",       "parlons.",     "Parlons.",     "...",  "PARLONS", "PARLONS."}) {
    EXPECT_FALSE(hunspell_.AnalyzeWithHunspell(word).known) << word;
    std::optional<WordInfo> found = table->Find(word);
    ASSERT_TRUE(found.has_value()) << word;
    EXPECT_EQ(*found, WordInfo{}) << word;
  }
}

TEST_F(MorphologyTableTest, CapitalsAndATrailingDotGetHunspellsAnalysisOfTheirVariants) {
  auto table = Open();
  ASSERT_NE(table, nullptr);
  // "PARIS" is also looked up as "Paris", "Parlés." as "parlés" and "Parlés", "PARLÉS." as all of these.
  for (const char* word : {"PARIS", "PARLÉS", "RELANCÉS", "ONU", "ONUS", "Paris.", "parlés.", "Parlés.",
                           "PARLÉS.", "PARIS.", "ONUS."}) {
    WordInfo expected = hunspell_.AnalyzeWithHunspell(word);
    EXPECT_TRUE(expected.known) << word;
    std::optional<WordInfo> found = table->Find(word);
    ASSERT_TRUE(found.has_value()) << word;
    EXPECT_EQ(*found, expected) << word;
  }
}

TEST_F(MorphologyTableTest, OtherWordsNotHeldAreLeftToHunspell) {
  auto table = Open();
  ASSERT_NE(table, nullptr);
  // An elision (a prefix not listed), a character ICONV converts, a letter the dictionary lacks, several
  // trailing dots, capitals after a digit (hunspell repeats its analyses then).
  for (const char* word : {"l'maison", "cœur", "Erdoğan", "parlés..", "2ONU", "PARLÉS.."})
    EXPECT_FALSE(table->Find(word).has_value()) << word;
}

TEST_F(MorphologyTableTest, SameDictionaryGivesTheSameBytesWhateverTheThreads) {
  auto one = CompileMorphology(kMini, 1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->bytes, *bytes_);
  EXPECT_EQ(one->known, Open()->size());
}

TEST_F(MorphologyTableTest, TableOfAnotherDictionaryIsRefused) {
  auto other = MorphologyTable::Open(*path_, 0, [] { return Result<std::uint64_t>(12345); });
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kBadSchema);
  EXPECT_THAT(other.error().message, ::testing::HasSubstr("another hunspell dictionary"));
  EXPECT_EQ(other.error().where.file, path_->string());
}

// Opening a table reads the dictionary only when its files are not those the table was compiled from: not for
// the mini dictionary's own files; for a copy of them (which agrees) and for that copy edited in place, then
// given back its size and modification time (refused).
TEST_F(MorphologyTableTest, TheDictionaryIsReadOnlyWhenItsFilesAreNotTheTables) {
  std::size_t reads = 0;
  auto open = [&](const std::filesystem::path& dictionary) {
    return MorphologyTable::Open(
        *path_,
        MorphologyTable::FilesStamp(WithExtension(dictionary, ".aff"), WithExtension(dictionary, ".dic")),
        [&] {
          ++reads;
          return Morphology::Fingerprint(dictionary);
        });
  };
  EXPECT_TRUE(open(kMini).ok());
  EXPECT_EQ(reads, 0u);

  std::filesystem::path copy = *path_;
  copy += ".mini";
  for (const char* extension : {".aff", ".dic"})
    std::filesystem::copy_file(WithExtension(kMini, extension), WithExtension(copy, extension),
                               std::filesystem::copy_options::overwrite_existing);
  EXPECT_TRUE(open(copy).ok());
  EXPECT_EQ(reads, 1u);

  const std::filesystem::path dic = WithExtension(copy, ".dic");
  const auto modified = std::filesystem::last_write_time(dic);
  std::string words;
  std::getline(std::ifstream(dic), words, '\0');
  words.back() = words.back() == 'x' ? 'y' : 'x';
  std::ofstream(dic, std::ios::binary | std::ios::trunc) << words;
  std::filesystem::last_write_time(dic, modified);
  auto edited = open(copy);
  ASSERT_FALSE(edited.ok());
  EXPECT_THAT(edited.error().message, ::testing::HasSubstr("another hunspell dictionary"));
  EXPECT_EQ(reads, 2u);
  for (const char* extension : {".aff", ".dic"}) std::filesystem::remove(WithExtension(copy, extension));
}

TEST_F(MorphologyTableTest, DamagedOrForeignFilesAreRefused) {
  auto fingerprint = [] { return Morphology::Fingerprint(kMini); };
  ASSERT_TRUE(fingerprint().ok());
  std::filesystem::path damaged = *path_;
  damaged += ".damaged";
  auto refused = [&](const std::string& content) {
    std::ofstream(damaged, std::ios::binary | std::ios::trunc) << content;
    auto table = MorphologyTable::Open(damaged, 0, fingerprint);
    return !table.ok() && table.error().code == ErrorCode::kBadSchema;
  };
  EXPECT_TRUE(refused(bytes_->substr(0, bytes_->size() - 1)));  // truncated
  EXPECT_TRUE(refused(*bytes_ + "x"));                          // trailing bytes
  EXPECT_TRUE(refused("NGMORPH"));                              // shorter than a header
  std::string foreign = *bytes_;
  foreign[0] = 'X';
  EXPECT_TRUE(refused(foreign));
  // Sizes that add up around references that do not: lookups answer nothing rather than read out of bounds.
  std::string corrupt = *bytes_;
  MorphologyTable::Header h;
  std::memcpy(&h, corrupt.data(), sizeof h);
  const std::size_t entries = sizeof h + 4 * (std::size_t{h.character_count} + h.slot_count);
  for (std::size_t e = 0; e < h.entry_count; ++e) {
    const std::uint32_t far = 0xFFFFFF00u;
    std::memcpy(corrupt.data() + entries + e * sizeof(MorphologyTable::Entry), &far, sizeof far);
  }
  std::ofstream(damaged, std::ios::binary | std::ios::trunc) << corrupt;
  auto opened = MorphologyTable::Open(damaged, 0, fingerprint);
  ASSERT_TRUE(opened.ok()) << opened.error().ToString();
  EXPECT_FALSE((*opened)->Find("parlés").has_value());
  EXPECT_FALSE((*opened)->Find("Onus").has_value());
  std::filesystem::remove(damaged);
  auto missing = MorphologyTable::Open(damaged, 0, fingerprint);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(MorphologyTableTest, MorphologyBuildsHunspellOnlyForWordsTheTableCannotTell) {
  Morphology morphology(kMini, Open());
  EXPECT_TRUE(morphology.Analyze("parlés").participle);
  EXPECT_FALSE(morphology.Analyze("Parlons").known);
  EXPECT_EQ(morphology.instances(), 0u);
  EXPECT_FALSE(morphology.Analyze("PARLONS").known);
  EXPECT_EQ(morphology.instances(), 0u);
  EXPECT_TRUE(morphology.Analyze("l'maison").known);  // an elision, which hunspell reads
  EXPECT_EQ(morphology.instances(), 1u);
  EXPECT_EQ(morphology.words(), 4u);
  EXPECT_EQ(morphology.hunspell_analyses(), 1u);
}

// The build's table of hunspell-fr (when the dictionary is installed) against hunspell itself, on every word
// of the example and development articles, and on variants of each (one letter less, an "s" more, in
// capitals, with a trailing dot).
TEST(FrenchMorphologyTableTest, AgreesWithHunspellOnRealText) {
  const std::filesystem::path french = "/usr/share/hunspell/fr_FR";
  if (!std::filesystem::exists(NEWSGRAPH_MORPHOLOGY_TABLE))
    GTEST_SKIP() << "no compiled table (hunspell-fr?)";
  auto table = Morphology::OpenTable(french, NEWSGRAPH_MORPHOLOGY_TABLE);
  ASSERT_TRUE(table.ok()) << table.error().ToString();
  Morphology hunspell(french);
  std::set<std::string> words;
  for (const char* dir : {NEWSGRAPH_EXAMPLES_DIR, NEWSGRAPH_SHARED_DIR "/eval/docs"}) {
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      std::string word;
      for (char c : text.str() + " ") {
        if (std::string_view(" \n\t,.;:!?()\"«»'’").find(c) == std::string_view::npos) {
          word += c;
          continue;
        }
        if (!word.empty()) {
          std::string capitals = word;
          for (char& letter : capitals)
            letter = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
          for (const std::string& variant : {word, word + "s", capitals, word + ".", capitals + "."})
            words.insert(variant);
          if (static_cast<unsigned char>(word.back()) < 0x80) words.insert(word.substr(0, word.size() - 1));
        }
        word.clear();
      }
    }
  }
  ASSERT_GE(words.size(), 1000u);
  std::size_t told = 0;
  for (const std::string& word : words) {
    std::optional<WordInfo> found = (*table)->Find(word);
    if (!found) continue;
    ++told;
    EXPECT_EQ(*found, hunspell.AnalyzeWithHunspell(word)) << word;
  }
  EXPECT_GE(told * 10, words.size() * 8) << "the table should tell most words";
}

}  // namespace
}  // namespace newsgraph
