// RapidJSON writing into a TextSink at memcpy speed: PutReserve / PutUnsafe / PutN for the sink (found by
// argument-dependent lookup), strings escaped by AppendJsonString and a raw value copied at once instead of
// character by character. Included wherever a RapidJSON writer over a TextSink is instantiated.
#pragma once

#include <rapidjson/writer.h>

#include <string>
#include <string_view>

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
  sink.Write(n, c);
}

}  // namespace newsgraph

namespace rapidjson {

// Every string is escaped and made valid UTF-8 in one pass, straight into the sink (AppendJsonString).
template <>
inline bool Writer<newsgraph::TextSink>::WriteString(const Ch* str, SizeType length) {
  os_->Append([&](std::string& out) { newsgraph::AppendJsonString(out, std::string_view(str, length)); });
  return true;
}

template <>
inline bool Writer<newsgraph::TextSink>::WriteRawValue(const Ch* json, size_t length) {
  os_->Reserve(length);
  os_->AppendUnsafe(json, length);
  return true;
}

}  // namespace rapidjson

namespace newsgraph {

// A string through a RapidJSON writer over a TextSink (valid UTF-8 whatever `text` holds: WriteString above).
template <typename Writer>
void WriteJsonString(Writer& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

}  // namespace newsgraph
