// Sentence boundaries of ICU's sentence break iterator (the UAX #29 rules, which ICU does not tailor for
// French), found directly on UTF-8: no conversion to UTF-16 and a few times faster than ICU's rule-based
// iterator. The French rules on top (abbreviations, quotes) are Segmenter's.
//
//   std::vector<std::uint32_t> breaks;
//   if (!FindSentenceBreaks(text, breaks)) { ...ask ICU... }
//   // breaks = 0, every boundary, text.size(): sentences are [breaks[i], breaks[i + 1])
//
// tests/text/SentenceBreaksTest.cc holds it to ICU's answer on random text over every character class.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph {

// Fills `breaks` with the byte offsets of the sentence boundaries of `text`, 0 and text.size() included, and
// returns true; returns false, with `breaks` unspecified, when `text` is not well-formed UTF-8 or is 2 GiB or
// longer.
bool FindSentenceBreaks(std::string_view text, std::vector<std::uint32_t>& breaks);

}  // namespace newsgraph
