#include "ExtractTest.h"

namespace newsgraph {

std::shared_ptr<const Schema> ExtractTest::schema_;
std::unique_ptr<ArticlePipeline> ExtractTest::pipeline_;

void ExtractTest::SetUpTestSuite() {
  if (pipeline_) return;
  auto loaded = Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  schema_ = std::move(loaded).value();
  ASSERT_TRUE(schema_->morphology().available()) << "hunspell-fr is not installed";
  pipeline_ = std::make_unique<ArticlePipeline>(schema_);
}

void ExtractTest::TearDownTestSuite() {
  pipeline_.reset();
  schema_.reset();
}

Document ExtractTest::Extract(std::string_view text, std::string id) {
  Article article;
  article.id = std::move(id);
  article.date = "2023-03";
  article.text = std::string(text);
  return pipeline_->Run(std::move(article));
}

const Mention* ExtractTest::FindMention(const Document& doc, std::string_view name) {
  for (const Mention& m : doc.mentions)
    if (m.name == name) return &m;
  return nullptr;
}

const Relation* ExtractTest::FindRelation(const Document& doc, RelationType type, std::string_view source,
                                          std::string_view target) {
  for (const Relation& r : doc.relations)
    if (r.type == type && doc.mentions[r.source].entity == source && doc.mentions[r.target].entity == target)
      return &r;
  return nullptr;
}

std::vector<std::string> ExtractTest::Edges(const Document& doc) {
  std::vector<std::string> out;
  for (const Relation& r : doc.relations)
    if (r.modality == Modality::kAsserted)
      out.push_back(std::string(Name(r.type)) + "(" + doc.mentions[r.source].entity + ", " +
                    doc.mentions[r.target].entity + ")");
  return out;
}

}  // namespace newsgraph
