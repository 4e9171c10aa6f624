// What a later stage tells about a word form, given to the segmenter (text/Segmenter), which keeps it per
// thread with the form's case forms in its table of recent forms: a token then gets its facts as it is made,
// without a second look-up of its form by that stage (the segmenter asks for the others, longer than its
// table's forms, token by token). extract/TokenLookup gives the schema's (TokenFacts).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/Document.h"

namespace newsgraph {

class FormFacts {
 public:
  virtual ~FormFacts() = default;
  // The facts of a token whose text is `written`: they depend on its form alone (not on its offsets nor on
  // the space before it).
  virtual TokenFacts Of(const Token& token, std::string_view written) const = 0;
  // Tells this source's facts from another's (core/InstanceId.h): a thread's kept facts start again for
  // another source.
  virtual std::uint64_t instance() const = 0;
};

}  // namespace newsgraph
