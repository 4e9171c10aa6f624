// Looks every token up in the schema once (morphology as written and in lower case, word classes, nationality
// adjective, the title / head / cue phrases and gazetteer names starting with it) and stores the answers in
// the Token, so that the rules of later stages ask a field instead of a hash table, as the tokens are made
// (given to the segmenter) or right after.
//
// The answers depend only on the word's form and the schema, so each thread keeps them per form across
// articles: a word seen in an earlier article costs one hash lookup instead of seven. In the pipeline the
// tokens get them from the segmenter, which keeps them with the case forms of the recent short forms
// (core/FormFacts.h); Process is for a document segmented without them.
#pragma once

#include <cstdint>

#include "core/Document.h"
#include "core/FormFacts.h"
#include "schema/Schema.h"

namespace newsgraph {

class TokenLookup : public FormFacts {
 public:
  explicit TokenLookup(const Schema& schema);
  // Fills the facts of the tokens that have none yet (null TokenFacts::written).
  void Process(Document& doc) const;

  TokenFacts Of(const Token& token, std::string_view written) const override;
  std::uint64_t instance() const override { return instance_; }

 private:
  TokenFacts Compute(const Token& token, std::string_view written) const;

  const Schema& schema_;
  const std::uint64_t instance_;  // tells this lookup's per-thread answers from another schema's
};

}  // namespace newsgraph
