// Sixteen bytes of text compared at once, for the JSON string checks (export/JsonText.cc), the short texts
// RoomWriter checks inline and the XML escaping (export/XmlEscape.cc).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace newsgraph {

// Sixteen bytes compared at once (the vector extensions of GCC and Clang: SSE2 on x86-64, NEON on ARM); a
// comparison sets a byte to all ones where it holds.
using Bytes = signed char __attribute__((vector_size(16)));
using Halves = std::uint64_t __attribute__((vector_size(16)));

inline Bytes Load16(const char* at) {
  Bytes bytes;
  std::memcpy(&bytes, at, sizeof bytes);
  return bytes;
}

// The bytes a plain ASCII run stops at: below 0x20, '"', '\\', and every byte from 0x80 (negative).
[[gnu::always_inline]] inline Bytes AsciiStops(Bytes bytes) {
  return (bytes < 0x20) | (bytes == '"') | (bytes == '\\');
}

// True when no byte is flagged.
[[gnu::always_inline]] inline bool NoFlag(Bytes flags) {
  const auto halves = std::bit_cast<Halves>(flags);
  return (halves[0] | halves[1]) == 0;
}

// The index of the first flagged byte, 16 when none is.
inline unsigned FirstFlag(Bytes flags) {
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  const auto halves = std::bit_cast<Halves>(flags);
  if (halves[0] != 0) return static_cast<unsigned>(std::countr_zero(halves[0])) / 8;
  if (halves[1] != 0) return 8 + static_cast<unsigned>(std::countr_zero(halves[1])) / 8;
  return 16;
}

// `stops` (flags of `bytes`) but for the bytes of the two-byte sequences wholly among `bytes` (a lead from
// 0xC2 to 0xDF followed by a continuation byte from 0x80 to 0xBF: the accented letters), which are copied as
// they are.
inline Bytes OutsideTwoByteSequences(Bytes bytes, Bytes stops) {
  const Bytes zero{};
  const Bytes lead = (bytes > -63) & (bytes < -32);  // 0xC2 to 0xDF
  const Bytes continuation = bytes < -64;            // 0x80 to 0xBF
  // The leads followed by a continuation (the flags of the next byte moved one down), then those
  // continuations (moved one up).
  const Bytes pair_start = lead & __builtin_shufflevector(continuation, zero, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                                                          11, 12, 13, 14, 15, 16);
  const Bytes pair_end =
      __builtin_shufflevector(pair_start, zero, 16, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
  return stops & ~pair_start & ~pair_end;
}

// The text of four to fifteen bytes at `begin` as two overlapping words (of eight or four bytes) side by
// side: each of its bytes is among them (some twice), and nothing else is.
[[gnu::always_inline]] inline Bytes LoadShort(const char* begin, std::size_t size) {
  std::uint64_t words[2];
  if (size >= 8) {
    std::memcpy(&words[0], begin, 8);
    std::memcpy(&words[1], begin + size - 8, 8);
  } else {
    std::uint32_t low, high;
    std::memcpy(&low, begin, 4);
    std::memcpy(&high, begin + size - 4, 4);
    words[0] = words[1] = low | std::uint64_t{high} << 32;
  }
  return std::bit_cast<Bytes>(words);
}

// True when the text of four to fifteen bytes at `begin` is plain ASCII (LoadShort). (This and the checks
// it is made of forced inline: RoomWriter checks every short text it writes with it, and gcc made calls of
// them in writers that write many.)
[[gnu::always_inline]] inline bool ShortTextIsPlainAscii(const char* begin, std::size_t size) {
  return NoFlag(AsciiStops(LoadShort(begin, size)));
}

// True when the text of sixteen to thirty-two bytes at `begin` is plain ASCII: read as its first and last
// sixteen bytes.
[[gnu::always_inline]] inline bool MidTextIsPlainAscii(const char* begin, std::size_t size) {
  return NoFlag(AsciiStops(Load16(begin)) | AsciiStops(Load16(begin + size - 16)));
}

}  // namespace newsgraph
