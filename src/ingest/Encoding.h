// Turning raw file bytes into the valid UTF-8 every later stage assumes.
//
// `auto` accepts UTF-8 and falls back to Windows-1252 (the usual encoding of French text that is not UTF-8)
// with a warning; `utf-8` rejects anything else; `windows-1252` and `latin1` convert unconditionally.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/Result.h"

namespace newsgraph {

class Encoding {
 public:
  // Byte offset of the first invalid UTF-8 sequence, or nothing when `bytes` is valid UTF-8.
  static std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes);
  // Binary content is a NUL byte, or more than a tenth of control characters other than white space; returns
  // the offset of that NUL or of the first control character, or nothing for text.
  static std::optional<std::size_t> FindBinary(std::string_view bytes);
  // Length of a UTF-8 byte order mark at the start of `bytes` (0 or 3).
  static std::size_t BomLength(std::string_view bytes);
  // Converts `bytes` in `charset` (an ICU converter name) to UTF-8; fails on unmapped bytes.
  static Result<std::string> ToUtf8(std::string_view bytes, const char* charset, const Location& where);
  // Applies the `encoding` option (auto | utf-8 | windows-1252 | latin1) to `bytes`, which must not start
  // with a BOM. `where` locates errors: its byte is advanced by the offending offset and its line, when 0,
  // set to the line of that byte.
  // `fell_back` is set when `auto` read the bytes as Windows-1252 (the caller warns).
  static Result<std::string> Decode(std::string bytes, const std::string& encoding, const Location& where,
                                    bool& fell_back);
  // True for the encoding names Decode accepts.
  static bool IsKnown(const std::string& encoding);
};

}  // namespace newsgraph
