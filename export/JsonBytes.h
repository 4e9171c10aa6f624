// Sixteen bytes of text compared at once, for the JSON string checks (export/JsonText.cc) and the short
// texts RoomWriter checks inline.
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
inline Bytes AsciiStops(Bytes bytes) {
  return (bytes < 0x20) | (bytes == '"') | (bytes == '\\');
}

// True when no byte is flagged.
inline bool NoFlag(Bytes flags) {
  const auto halves = std::bit_cast<Halves>(flags);
  return (halves[0] | halves[1]) == 0;
}

// True when the text of fewer than sixteen bytes at `begin` is plain ASCII: read as two overlapping words
// (of eight or four bytes), put side by side.
inline bool ShortTextIsPlainAscii(const char* begin, std::size_t size) {
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
  return NoFlag(AsciiStops(std::bit_cast<Bytes>(words)));
}

// True when the text of sixteen to thirty-two bytes at `begin` is plain ASCII: read as its first and last
// sixteen bytes.
inline bool MidTextIsPlainAscii(const char* begin, std::size_t size) {
  return NoFlag(AsciiStops(Load16(begin)) | AsciiStops(Load16(begin + size - 16)));
}

}  // namespace newsgraph
