// The first eight bytes of a span (all of most words) as one 64-bit word, for the per-token stages that read
// a word at once rather than byte by byte: the segmenter's case forms, the token lookup's table of recent
// forms.
//
//   const std::uint64_t word = ShortWord(span, text.size() - offset);  // the bytes from span.data() on
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph {

// The first eight bytes of `s` (at most sixteen bytes), the first one lowest and those past `s` zero;
// `readable`: how many bytes can be read from s.data() on (eight of them are read at once where there are).
inline std::uint64_t ShortWord(std::string_view s, std::size_t readable) {
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  // The bits of the first n bytes, at most eight, for n from 0 to 16: one `and` keeps the span's bytes (a
  // table indexed by the span's size itself, without taking eight at most of it first).
  static constexpr auto kLowBytes = [] {
    std::array<std::uint64_t, 17> masks{};
    for (std::size_t n = 0; n < masks.size(); ++n)
      masks[n] = n < 8 ? (std::uint64_t{1} << (8 * n)) - 1 : ~0ULL;
    return masks;
  }();
  std::uint64_t word;
  if (readable >= sizeof word) {
    std::memcpy(&word, s.data(), sizeof word);
    return word & kLowBytes[s.size()];
  }
  // (Zeroed here only: zeroed before the test, it was stored to memory for every word, as the rare copy
  // below needs it there.)
  word = 0;
  std::memcpy(&word, s.data(), std::min(s.size(), sizeof word));
  return word;
}

}  // namespace newsgraph
