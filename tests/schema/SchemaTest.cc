#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "schema/Schema.h"

namespace newsgraph {
namespace {

const std::filesystem::path kShipped = NEWSGRAPH_SOURCE_SCHEMA_DIR;

TEST(SchemaTest, LoadsTheShippedSchema) {
  auto schema = Schema::Load(kShipped);
  ASSERT_TRUE(schema.ok()) << schema.error().ToString();
  const Schema& s = **schema;
  EXPECT_EQ(s.dir(), kShipped);
  EXPECT_FALSE(s.gazetteer().FindByName("russie").empty());
  EXPECT_TRUE(s.lexicon().Is("negation", "pas"));
  EXPECT_TRUE(s.morphology().available());
  // Abbreviations the segmenter must not split after.
  EXPECT_FALSE(s.abbreviations().empty());
}

// Every class the rules test by WordClass is spelt as in the shipped words.tsv (a typo would never match).
TEST(SchemaTest, EveryWordClassOfTheRulesHasWordsInTheShippedLexicon) {
  auto schema = Schema::Load(kShipped);
  ASSERT_TRUE(schema.ok()) << schema.error().ToString();
  for (std::string_view name : kWordClassNames) EXPECT_NE((*schema)->lexicon().ClassBit(name), 0u) << name;
}

TEST(SchemaTest, MissingFolderIsABadSchemaError) {
  auto schema = Schema::Load(kShipped / "no-such-folder");
  ASSERT_FALSE(schema.ok());
  EXPECT_EQ(schema.error().code, ErrorCode::kBadSchema);
  EXPECT_NE(schema.error().where.file.find("pipeline.json"), std::string::npos);
}

class SchemaFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("schema-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void WriteConfig(const std::string& json) { std::ofstream(dir_ / "pipeline.json") << json; }
  std::filesystem::path dir_;
};

TEST_F(SchemaFilesTest, ConfigThatIsNotAnObjectIsAnError) {
  WriteConfig("[1, 2]");
  auto schema = Schema::Load(dir_);
  ASSERT_FALSE(schema.ok());
  EXPECT_EQ(schema.error().code, ErrorCode::kBadSchema);
}

TEST_F(SchemaFilesTest, ResourcePathsMayBeAbsoluteAndADictionaryIsOptional) {
  WriteConfig(R"({"lexicons": ")" + (kShipped / "lexicons" / "fr").string() + R"(", "gazetteer": ")" +
              (kShipped / "gazetteer").string() + R"(", "hunspell_dictionary": "missing/xx_XX"})");
  auto schema = Schema::Load(dir_);
  ASSERT_TRUE(schema.ok()) << schema.error().ToString();
  EXPECT_FALSE((*schema)->morphology().available());
  EXPECT_FALSE((*schema)->gazetteer().FindByName("russie").empty());
}

TEST_F(SchemaFilesTest, MissingLexiconFolderIsAnError) {
  WriteConfig(R"({"gazetteer": ")" + (kShipped / "gazetteer").string() + R"("})");
  auto schema = Schema::Load(dir_);
  ASSERT_FALSE(schema.ok());
  EXPECT_EQ(schema.error().code, ErrorCode::kBadSchema);
}

}  // namespace
}  // namespace newsgraph
