// Per-article extraction: a pure function of (article, schema) giving a graph fragment.
//
//   auto schema = Schema::Load("schema/");
//   ArticlePipeline pipeline(*schema);
//   Document doc = pipeline.Run(std::move(article));   // normalise, segment, cues, mentions, relations
//   GraphFragment fragment = BuildFragment(doc);
//
// Stages run in order on one Document; each is const and thread-safe, so one pipeline serves every thread.
#pragma once

#include <memory>

#include "core/Document.h"
#include "extract/ArticleAcronyms.h"
#include "extract/Coreference.h"
#include "extract/CueFinder.h"
#include "extract/InstitutionIndex.h"
#include "extract/MentionFinder.h"
#include "extract/RelationExtractor.h"
#include "extract/TokenLookup.h"
#include "schema/Schema.h"
#include "text/Normalizer.h"
#include "text/Segmenter.h"

namespace newsgraph {

class ArticlePipeline {
 public:
  explicit ArticlePipeline(std::shared_ptr<const Schema> schema);
  Document Run(Article article) const;

 private:
  std::shared_ptr<const Schema> schema_;
  Normalizer normalizer_;
  Segmenter segmenter_;
  TokenLookup lookup_;
  CueFinder cues_;
  InstitutionIndex institutions_;  // one index for both stages that ask it (built once: 1M instructions)
  MentionFinder mentions_;
  Coreference coreference_;
  ArticleAcronyms acronyms_;
  RelationExtractor relations_;
};

}  // namespace newsgraph
