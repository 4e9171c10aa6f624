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

// The same boundaries from the terminators alone, for a caller that knows where the paragraph separators are
// and breaks after them (SB4; text/Segmenter: its tokens, and '\n' its only separator): every other boundary
// follows a terminator and the closing punctuation and spaces after it (SB11), and the rules there read only
// the character before the terminator and those after it.
//
//   if (at >= going_on && IsSentenceTerminatorAt(text, at))
//     going_on = SentenceBreaksAfterTerminator(text, at, breaks);
//
// Both read well-formed UTF-8, at a character's first byte. Whether the character at byte `at` of `text` is a
// terminator ('.', '!', '?': Sentence_Break ATerm or STerm).
bool IsSentenceTerminatorAt(std::string_view text, std::uint32_t at);
// The boundaries FindSentenceBreaks finds after the terminator at byte `at` of `text`, where no earlier
// terminator's rules still run, but those after a paragraph separator: past the closing punctuation, spaces
// and terminators chained to it (SB6 to SB11), appended to `breaks`. Returns where those rules end (SB998, or
// past a paragraph separator): the terminators before it are answered.
std::uint32_t SentenceBreaksAfterTerminator(std::string_view text, std::uint32_t at,
                                            std::vector<std::uint32_t>& breaks);

}  // namespace newsgraph
