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

bool OfCharacters(const DictionaryListing& listing, std::string_view word) {
  return MadeOf(word, listing.characters.data(), listing.characters.size());
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
                                   "cœurs", "ONU", "ONUs", "Onu", "Onus", "2CV", "2CVs", "2cv", "2cvs"));
  EXPECT_TRUE(std::is_sorted(listing.forms.begin(), listing.forms.end()));
}

TEST(DictionaryFormsTest, AliasedNumericFlagsAreExpanded) {
  EXPECT_THAT(List("aliases").forms, UnorderedElementsAre("bijou", "bijoux", "chou", "chous", "choux"));
}

TEST(DictionaryFormsTest, CompleteUnlessTheAffixFileCompounds) {
  EXPECT_TRUE(List("mini").complete);
  EXPECT_FALSE(List("compound").complete);
}

TEST(DictionaryFormsTest, CharactersAreTheLettersInBothCasesAndUncasedOnes) {
  DictionaryListing listing = List("mini");
  EXPECT_TRUE(OfCharacters(listing, "parlés"));
  EXPECT_TRUE(OfCharacters(listing, "PARLÉS"));  // a capital of a letter of the dictionary
  EXPECT_TRUE(OfCharacters(listing, "porte-parole"));
  EXPECT_TRUE(OfCharacters(listing, "parle2."));
  EXPECT_TRUE(OfCharacters(listing, "«%»"));
  EXPECT_TRUE(OfCharacters(listing, ""));
  EXPECT_FALSE(OfCharacters(listing, "Ωmega"));     // not a letter of the dictionary
  EXPECT_FALSE(OfCharacters(listing, "l'maison"));  // the apostrophe of a prefix not listed
  EXPECT_FALSE(OfCharacters(listing, "Ⓐ"));         // a symbol with a case
  // "œ" is converted by ICONV: hunspell does not look a word with it up as written.
  EXPECT_FALSE(OfCharacters(listing, "cœur"));
}

TEST(DictionaryFormsTest, MissingFilesAreNamed) {
  auto missing = ListDictionaryForms(kData / "absent.aff", kData / "mini.dic");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().where.file, (kData / "absent.aff").string());
}

}  // namespace
}  // namespace newsgraph
