// Looks every token up in the schema once (morphology as written and in lower case, word classes, nationality
// adjective, the title / head / cue phrases and gazetteer names starting with it) and stores the answers in
// the Token, so that the rules of later stages ask a field instead of a hash table. Runs right after
// segmentation.
//
// The answers depend only on the word's form and the schema, so each thread keeps them per form across
// articles: a word seen in an earlier article costs one hash lookup instead of seven, and a frequent short
// word ("de", ",") mostly not even that (a table of the recent ones, indexed by their bytes).
#pragma once

#include <cstdint>

#include "core/Document.h"
#include "schema/Schema.h"

namespace newsgraph {

class TokenLookup {
 public:
  explicit TokenLookup(const Schema& schema);
  void Process(Document& doc) const;

 private:
  TokenFacts Compute(const Token& token, std::string_view written) const;

  const Schema& schema_;
  const std::uint64_t instance_;  // tells this lookup's per-thread answers from another schema's
};

}  // namespace newsgraph
