// RapidJSON writing into a TextSink at memcpy speed: PutReserve / PutUnsafe for the sink (found by
// argument-dependent lookup), and the run of a string that needs no escaping copied at once instead of
// character by character. Included wherever a RapidJSON writer over a TextSink is instantiated.
#pragma once

#include <rapidjson/writer.h>

#include <cstdint>
#include <cstring>

#include "export/TextSink.h"

namespace newsgraph {

inline void PutReserve(TextSink& sink, std::size_t count) {
  sink.Reserve(count);
}
inline void PutUnsafe(TextSink& sink, char c) {
  sink.PutUnsafe(c);
}
inline void PutN(TextSink& sink, char c, std::size_t n) {
  sink.Reserve(n);
  for (std::size_t i = 0; i < n; ++i) sink.PutUnsafe(c);
}

// Whether one of the eight bytes is a control character, '"' or '\\' (what JSON escapes).
inline bool EightNeedEscape(const char* bytes) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  std::uint64_t word;
  std::memcpy(&word, bytes, sizeof word);
  auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHigh;
  return (below_space | has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\'))) != 0;
}

inline bool NeedsEscape(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || c == '"' || c == '\\';
}

}  // namespace newsgraph

namespace rapidjson {

// Copies the characters up to the next one to escape (or to the end); RapidJSON's loop escapes that one.
template <>
inline bool Writer<newsgraph::TextSink>::ScanWriteUnescapedString(StringStream& is, size_t length) {
  const char* p = is.src_;
  const char* end = is.head_ + length;
  while (end - p >= 8 && !newsgraph::EightNeedEscape(p)) p += 8;
  while (p < end && !newsgraph::NeedsEscape(*p)) ++p;
  os_->AppendUnsafe(is.src_, static_cast<std::size_t>(p - is.src_));
  is.src_ = p;
  return p < end;
}

}  // namespace rapidjson
