// RapidJSON writing into a TextSink at memcpy speed: PutReserve / PutUnsafe for the sink (found by
// argument-dependent lookup), the run of a string that needs no escaping and a raw value copied at once
// instead of character by character. Included wherever a RapidJSON writer over a TextSink is instantiated.
#pragma once

#include <rapidjson/writer.h>

#include "export/JsonText.h"
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

}  // namespace newsgraph

namespace rapidjson {

// Copies the characters up to the next one to escape (or to the end); RapidJSON's loop escapes that one.
template <>
inline bool Writer<newsgraph::TextSink>::ScanWriteUnescapedString(StringStream& is, size_t length) {
  const char* end = is.head_ + length;
  const std::size_t run = newsgraph::UnescapedRun(is.src_, end);
  os_->AppendUnsafe(is.src_, run);
  is.src_ += run;
  return is.src_ < end;
}

template <>
inline bool Writer<newsgraph::TextSink>::WriteRawValue(const Ch* json, size_t length) {
  os_->Reserve(length);
  os_->AppendUnsafe(json, length);
  return true;
}

}  // namespace rapidjson
