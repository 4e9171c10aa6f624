// Looks every token up in the schema once (morphology as written and in lower case, word classes, nationality
// adjective, the title / head / cue phrases starting with it) and stores the answers in the Token, so that
// the rules of later stages ask a field instead of a hash table. Runs right after segmentation.
#pragma once

#include "core/Document.h"
#include "schema/Schema.h"

namespace newsgraph {

class TokenLookup {
 public:
  explicit TokenLookup(const Schema& schema) : schema_(schema) {}
  void Process(Document& doc) const;

 private:
  const Schema& schema_;
};

}  // namespace newsgraph
