#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "ExtractTest.h"
#include "extract/PersonGender.h"

namespace newsgraph {
namespace {

class PersonGenderTest : public ExtractTest {
 protected:
  // The gender of the first mention named `name`.
  static std::optional<Gender> GenderOf(const Document& doc, std::string_view name) {
    for (std::uint32_t k = 0; k < doc.mentions.size(); ++k)
      if (doc.mentions[k].name == name) return PersonGender(schema_->lexicon(), doc, k);
    return std::nullopt;
  }
};

TEST_F(PersonGenderTest, FirstNamesAndCourtesyTitlesSayIt) {
  const Document doc = Extract(
      "Natalia Petrova a rencontré Piotr Nowak. Mme Horvath a reçu M. Kowalski. Le ministre russe des "
      "Affaires "
      "étrangères Sergueï Lavrov a parlé avec Camille Durand.");
  EXPECT_EQ(GenderOf(doc, "Natalia Petrova"), Gender::kFeminine);
  EXPECT_EQ(GenderOf(doc, "Piotr Nowak"), Gender::kMasculine);
  EXPECT_EQ(GenderOf(doc, "Horvath"), Gender::kFeminine);
  EXPECT_EQ(GenderOf(doc, "Kowalski"), Gender::kMasculine);
  EXPECT_EQ(GenderOf(doc, "Sergueï Lavrov"), Gender::kMasculine);  // past the title
  EXPECT_EQ(GenderOf(doc, "Camille Durand"), Gender::kUnknown);    // a first name of both
}

TEST_F(PersonGenderTest, ASurnameAloneHasTheGenderOfItsEntity) {
  const Document doc =
      Extract("Irina Volkova a parlé avec la Pologne. Volkova a ensuite rencontré Pavel Horak.");
  const Mention* later = nullptr;
  std::uint32_t at = 0;
  for (std::uint32_t k = 0; k < doc.mentions.size(); ++k)
    if (doc.mentions[k].name == "Volkova") later = &doc.mentions[at = k];
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(PersonGender(schema_->lexicon(), doc, at), Gender::kFeminine);
}

TEST_F(PersonGenderTest, DisagreeingSignsSayNothing) {
  const Document doc = Extract("M. Natalia Petrova a parlé avec la Pologne.");
  EXPECT_EQ(GenderOf(doc, "Natalia Petrova"), Gender::kUnknown);
}

TEST_F(PersonGenderTest, PronounsAndTitlesMarkAGender) {
  const Document doc = Extract("Il a dit qu'elle viendrait, a-t-elle ajouté, et Mme Horvath aussi.");
  const auto marked = [&](std::string_view fold) {
    for (const Token& t : doc.tokens)
      if (t.fold == fold) return GenderMarked(schema_->lexicon(), t);
    return Gender::kUnknown;
  };
  EXPECT_EQ(marked("il"), Gender::kMasculine);
  EXPECT_EQ(marked("elle"), Gender::kFeminine);
  EXPECT_EQ(marked("-t-elle"), Gender::kFeminine);
  EXPECT_EQ(marked("mme"), Gender::kFeminine);
  EXPECT_EQ(marked("dit"), Gender::kUnknown);
  EXPECT_TRUE(Disagree(Gender::kMasculine, Gender::kFeminine));
  EXPECT_FALSE(Disagree(Gender::kUnknown, Gender::kFeminine));
  EXPECT_FALSE(Disagree(Gender::kMasculine, Gender::kMasculine));
}

}  // namespace
}  // namespace newsgraph
