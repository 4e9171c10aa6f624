// Fixture for the extraction tests: the shipped schema (loaded once per test suite: hunspell takes about a
// second) and one ArticlePipeline, with helpers to look up what a Document holds.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/Document.h"
#include "extract/ArticlePipeline.h"
#include "schema/Schema.h"

namespace newsgraph {

class ExtractTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();

  // Runs the pipeline on `text` as the prose of an article with id `id`.
  static Document Extract(std::string_view text, std::string id = "test");
  // The first mention whose surface name is `name`, or nullptr.
  static const Mention* FindMention(const Document& doc, std::string_view name);
  // The first relation `type(source, target)` between these entity ids, whatever its modality, or nullptr.
  static const Relation* FindRelation(const Document& doc, RelationType type, std::string_view source,
                                      std::string_view target);
  // Asserted relations as "type(source entity, target entity)".
  static std::vector<std::string> Edges(const Document& doc);

  static std::shared_ptr<const Schema> schema_;
  static std::unique_ptr<ArticlePipeline> pipeline_;
};

}  // namespace newsgraph
