// "de l'armée américaine" as a national modifier of institution names (InstitutionIndex).
#include <gtest/gtest.h>

#include "extract/InstitutionIndex.h"
#include "schema/Schema.h"

namespace newsgraph {
namespace {

class NationalArmyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
    schema_ = std::move(loaded).value();
  }
  static void TearDownTestSuite() { schema_.reset(); }
  static std::string Found(std::string_view content_key, std::string_view country) {
    const GazetteerEntry* e = InstitutionIndex(*schema_).Find(content_key, country);
    return e ? e->id : "";
  }
  static std::shared_ptr<const Schema> schema_;
};

std::shared_ptr<const Schema> NationalArmyTest::schema_;

TEST_F(NationalArmyTest, TheArmyOfAStateQualifiesItsCommandsAsItsNationalityDoes) {
  // "Commandement européen de l'armée américaine", "Commandement central des armées américaines"
  EXPECT_EQ(Found("comandement_europen_arme", "united_states"), "us_european_command");
  EXPECT_EQ(Found("comandement_central_armes", "united_states"), "us_central_command");
  EXPECT_EQ(Found("comandement_europen", "united_states"), "us_european_command");
}

TEST_F(NationalArmyTest, AnotherStatesArmyOrTheArmyAloneIsNotACommand) {
  EXPECT_EQ(Found("comandement_europen_arme", "russia"), "");             // "de l'armée russe"
  EXPECT_EQ(Found("arme", "united_states"), "");                          // "l'armée américaine" itself
  EXPECT_EQ(Found("comandement_europen_arme_air", "united_states"), "");  // the army word is not last
}

}  // namespace
}  // namespace newsgraph
