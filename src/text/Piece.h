// A token in the making (text/Segmenter): a byte span of Document::text and what the tokenizer knows about
// its left side. (Without default member initialisers: the room for them is left as it is until written.)
#pragma once

#include <cstdint>

namespace newsgraph {

struct Piece {
  std::uint32_t begin;
  std::uint32_t end;
  bool space_before;
  bool newline_before;
  bool abbreviation;  // no sentence break after it
};

}  // namespace newsgraph
