#include "extract/ArticlePipeline.h"

namespace newsgraph {

ArticlePipeline::ArticlePipeline(std::shared_ptr<const Schema> schema)
    : schema_(std::move(schema)),
      segmenter_(schema_->abbreviations()),
      lookup_(*schema_),
      cues_(*schema_),
      institutions_(*schema_),
      mentions_(*schema_, institutions_),
      coreference_(*schema_, institutions_),
      acronyms_(*schema_),
      relations_(*schema_) {}

Document ArticlePipeline::Run(Article article) const {
  Document doc;
  doc.article = std::move(article);
  normalizer_.Process(doc);
  segmenter_.Process(doc, &lookup_);  // (which gives every token its facts)
  cues_.Process(doc);
  mentions_.Process(doc);
  coreference_.Process(doc);
  acronyms_.Process(doc);
  relations_.Process(doc);
  return doc;
}

}  // namespace newsgraph
