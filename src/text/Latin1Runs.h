// For the SIMD runs of the sentence-break scanner, which reads sixteen bytes at once: the characters from
// U+00C0 to U+00FF (À to ÿ, 0xC3 then a continuation byte), the accented letters of French and a character
// in every 26 bytes of a French text, kept in a run instead of ending it.
//
//   const unsigned stops = Latin1Stops(chunk) | my_ascii_stops;  // bit k: byte k of the chunk
//   if (stops != 0) return i + std::countr_zero(stops);
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>

namespace newsgraph {

// The bytes of `chunk` (bit k for byte k) that are neither ASCII nor part of a well-formed pair 0xC3
// 0x80-0xBF within the chunk: any other lead byte, a continuation byte after anything but 0xC3, a 0xC3
// without one (or last in the chunk). In well-formed UTF-8 the first of them starts a character.
inline unsigned Latin1Stops(__m128i chunk) {
  const auto high = static_cast<unsigned>(_mm_movemask_epi8(chunk));
  // (Signed compares: the lead bytes, 0xC0 and above, are the bytes from -64 to -1.)
  const unsigned lead =
      high & static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(chunk, _mm_set1_epi8(-65))));
  const auto c3 = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('\xC3'))));
  const unsigned paired = (c3 << 1) & high & ~lead & 0xFFFFu;  // continuation bytes right after a 0xC3
  return high & ~(paired | (paired >> 1));
}

}  // namespace newsgraph
#endif
