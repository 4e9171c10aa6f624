// The token whose folded form holds a given byte of a document's folded text (Document::FoldedText lays the
// forms out in token order): the token of a character found by searching that text.
#pragma once

#include <algorithm>
#include <cstdint>

#include "core/Document.h"

namespace newsgraph {

// `at` points into FoldedText(first, end).
inline std::uint32_t TokenOfFolded(const Document& doc, std::uint32_t first, std::uint32_t end,
                                   const char* at) {
  const auto after = std::upper_bound(doc.tokens.begin() + first, doc.tokens.begin() + end, at,
                                      [](const char* p, const Token& t) { return p < t.fold.data(); });
  return static_cast<std::uint32_t>(after - doc.tokens.begin()) - 1;
}

}  // namespace newsgraph
