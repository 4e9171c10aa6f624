// Why an edge exists: one sentence of one article.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>

#include "core/SharedString.h"

namespace newsgraph {

struct Evidence {
  SharedString document{};     // article id
  std::uint32_t sentence = 0;  // index of the sentence in the article
  std::uint32_t start = 0;     // byte offsets of the sentence in the article text (Article::text)
  std::uint32_t end = 0;
  // True when `text` is known to be valid UTF-8 (a sentence of a Document, whose text every stage keeps as
  // valid as the reader made it: core/Article.h), so that the JSON writers only look in it for the ASCII
  // bytes they escape (export/PlainTexts.h). Not part of the evidence's identity.
  bool valid_utf8_text = false;
  SharedString date{};           // the article's date, "" when unknown
  SharedString text{};           // the sentence (shared by every edge found in it)
  SharedString attributed_to{};  // node id of who said it, for facts in reported speech ("" otherwise)

  friend bool operator<(const Evidence& a, const Evidence& b) {
    return std::tie(a.document, a.start, a.end, a.attributed_to) <
           std::tie(b.document, b.start, b.end, b.attributed_to);
  }
  friend bool operator==(const Evidence& a, const Evidence& b) {
    return std::tie(a.document, a.start, a.end, a.attributed_to) ==
           std::tie(b.document, b.start, b.end, b.attributed_to);
  }
};

}  // namespace newsgraph
