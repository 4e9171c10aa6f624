// First per-article stage: builds Document::text from the article text (after its header) and the byte map
// Document::to_original back to it.
//
// Unicode NFC; typographic apostrophes (’ ‘ ʼ) become ', double quotes (“ ” „) become " (« » are kept);
// non-breaking, thin and other spaces become ' ' and runs of spaces and tabs collapse to one; CRLF and CR
// become '\n'; zero-width characters and soft hyphens are dropped. A line that repeats an earlier line of the
// same article (40 bytes or more once white space is folded) is dropped: agencies' copies often paste
// paragraphs twice. Lines are the unit because a repeated blank-line paragraph repeats all its lines too.
#pragma once

#include "core/Document.h"

namespace newsgraph {

class Normalizer {
 public:
  void Process(Document& doc) const;
};

}  // namespace newsgraph
