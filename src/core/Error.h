// Errors cross the library boundary as values: a stable code, a human message and where it happened.
#pragma once

#include <cstdint>
#include <string>

namespace newsgraph {

// Where an error happened: a file (or "-" for stdin), and when known a 1-based line and a byte offset.
struct Location {
  std::string file;
  std::uint64_t line = 0;
  std::uint64_t byte = 0;
  bool has_byte = false;

  std::string ToString() const;
};

// Stable error codes: the CLI maps them to messages and exit codes, tests assert on them.
enum class ErrorCode {
  kNotFound,
  kUnreadable,
  kEmpty,
  kBinary,
  kInvalidUtf8,
  kBadEncoding,
  kMalformedJson,
  kWrongFieldType,
  kDuplicateId,
  kLineTooLong,
  kNoArticles,
  kBadSchema,
  kBadGraph,
  kWriteFailed,
  kBadQuery,
  kUsage,
};

const char* ToString(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;
  Location where;

  // "FILE:LINE: message [code]", the form the CLI prints.
  std::string ToString() const;
};

}  // namespace newsgraph
