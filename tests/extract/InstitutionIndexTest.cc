// InstitutionIndex: gazetteer institutions by content words and state; "de l'armée américaine" as a
// national modifier of institution names.
#include <gtest/gtest.h>

#include "ExtractTest.h"
#include "extract/InstitutionIndex.h"

namespace newsgraph {
namespace {

class InstitutionIndexTest : public ExtractTest {
 protected:
  static std::string Found(std::string_view content_key, std::string_view country) {
    const GazetteerEntry* e = InstitutionIndex(*schema_).Find(content_key, country);
    return e ? e->id : "";
  }
};

TEST_F(InstitutionIndexTest, TheArmyOfAStateQualifiesItsCommandsAsItsNationalityDoes) {
  // "Commandement européen de l'armée américaine", "Commandement central des armées américaines"
  EXPECT_EQ(Found("comandement_europen_arme", "united_states"), "us_european_command");
  EXPECT_EQ(Found("comandement_central_armes", "united_states"), "us_central_command");
  EXPECT_EQ(Found("comandement_europen", "united_states"), "us_european_command");
}

TEST_F(InstitutionIndexTest, AnotherStatesArmyOrTheArmyAloneIsNotACommand) {
  EXPECT_EQ(Found("comandement_europen_arme", "russia"), "");             // "de l'armée russe"
  EXPECT_EQ(Found("arme", "united_states"), "");                          // "l'armée américaine" itself
  EXPECT_EQ(Found("comandement_europen_arme_air", "united_states"), "");  // the army word is not last
}

}  // namespace
}  // namespace newsgraph
