#include <gmock/gmock.h>

#include <algorithm>
#include <string>

#include "text/DictionaryForms.h"

namespace newsgraph {
namespace {

using ::testing::UnorderedElementsAre;

const std::filesystem::path kData = std::filesystem::path(NEWSGRAPH_TEST_DATA_DIR) / "data" / "hunspell";

DictionaryListing List(const std::string& name) {
  auto listing = ListDictionaryForms(kData / (name + ".aff"), kData / (name + ".dic"));
  EXPECT_TRUE(listing.ok()) << (listing.ok() ? "" : listing.error().ToString());
  return listing.ok() ? std::move(listing.value()) : DictionaryListing{};
}

bool Plain(const DictionaryListing& listing, std::string_view word) {
  return IsPlainWord(word, listing.letters.data(), listing.letters.size());
}

// mini.aff: suffixes with strips and conditions ([^y]er, [^cg]er, [aou]yer), a suffix continued by another
// (é then s), a prefix of letters (re) and an elision (l'), which is not applied; an all-capitals stem is
// also listed with one capital, as hunspell stores it.
TEST(DictionaryFormsTest, ListsStemsSuffixesTwofoldSuffixesAndLetterPrefixes) {
  DictionaryListing listing = List("mini");
  EXPECT_THAT(listing.forms,
              UnorderedElementsAre("parler", "parlé", "parlés", "parle", "parlant", "payer", "payé", "payés",
                                   "paie", "payant", "maison", "maisons", "Paris", "lancer", "lancé",
                                   "lancés", "lance", "relancer", "relancé", "relancés", "relance", "cœur",
                                   "cœurs", "ONU", "ONUs", "Onu", "Onus"));
  EXPECT_TRUE(std::is_sorted(listing.forms.begin(), listing.forms.end()));
}

TEST(DictionaryFormsTest, AliasedNumericFlagsAreExpanded) {
  EXPECT_THAT(List("aliases").forms, UnorderedElementsAre("bijou", "bijoux", "chou", "chous", "choux"));
}

TEST(DictionaryFormsTest, CompleteForPlainWordsUnlessTheAffixFileCompounds) {
  EXPECT_TRUE(List("mini").complete);
  EXPECT_FALSE(List("compound").complete);
}

TEST(DictionaryFormsTest, PlainWordsAreLettersOfTheDictionaryInLowerCaseOrCapitalisedFirst) {
  DictionaryListing listing = List("mini");
  EXPECT_TRUE(Plain(listing, "parlés"));
  EXPECT_TRUE(Plain(listing, "Parlés"));
  EXPECT_TRUE(Plain(listing, "Élancé"));  // a capital of a letter of the dictionary
  EXPECT_FALSE(Plain(listing, "PARLÉS"));
  EXPECT_FALSE(Plain(listing, "l'maison"));
  EXPECT_FALSE(Plain(listing, "porte-voix"));
  EXPECT_FALSE(Plain(listing, "parle2"));
  EXPECT_FALSE(Plain(listing, "Ωmega"));  // not a letter of the dictionary
  EXPECT_FALSE(Plain(listing, ""));
  // "œ" is converted by ICONV: hunspell does not look a word with it up as written.
  EXPECT_FALSE(Plain(listing, "cœur"));
}

TEST(DictionaryFormsTest, MissingFilesAreNamed) {
  auto missing = ListDictionaryForms(kData / "absent.aff", kData / "mini.dic");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().where.file, (kData / "absent.aff").string());
}

}  // namespace
}  // namespace newsgraph
