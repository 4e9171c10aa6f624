// Word boundaries of ICU's word break iterator (UAX #29 with ICU's tailoring: '@' is a letter, ':' does not
// join letters), found directly on UTF-8 for text written in the Latin, Greek and Cyrillic blocks with the
// common punctuation. Over French news it runs several times faster than ICU's rule-based iterator, which
// also needs the text in UTF-16 first; any other script (dictionary-segmented Thai or CJK, Hebrew's own
// quote rules, emoji sequences joined by ZWJ) is left to ICU.
//
//   std::vector<std::uint32_t> breaks;
//   if (!FindLatinWordBreaks(text, breaks)) { ...ask ICU... }
//   // breaks = 0, every boundary, text.size(): pieces are [breaks[i], breaks[i + 1])
//
// or, for the segmenter, the boundaries given to a PieceSplitter as they are found.
//
// tests/text/LatinWordBreaksTest.cc holds it to ICU's answer on random text over every character class.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace newsgraph {

class PieceSplitter;

// Fills `breaks` with the byte offsets of the word boundaries of `text`, 0 and text.size() included, and
// returns true; returns false, with `breaks` unspecified, when `text` holds a character outside the blocks
// above, is not well-formed UTF-8 or is 2 GiB or longer. (A std::string: the runs of letters stop at the
// null character that ends its bytes, without a bounds check per byte.)
bool FindLatinWordBreaks(const std::string& text, std::vector<std::uint32_t>& breaks);
// The same boundaries, but 0, given to `pieces` in order; false as above, when `pieces` may have been given
// some.
bool FindLatinWordBreaks(const std::string& text, PieceSplitter& pieces);

}  // namespace newsgraph
