#include "core/Error.h"

#include <fmt/format.h>

namespace newsgraph {

std::string Location::ToString() const {
  std::string out = file.empty() ? "<input>" : file;
  if (line > 0) out += fmt::format(":{}", line);
  if (has_byte) out += fmt::format(" (byte {})", byte);
  return out;
}

const char* ToString(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound:
      return "not-found";
    case ErrorCode::kUnreadable:
      return "unreadable";
    case ErrorCode::kEmpty:
      return "empty";
    case ErrorCode::kBinary:
      return "binary";
    case ErrorCode::kInvalidUtf8:
      return "invalid-utf8";
    case ErrorCode::kBadEncoding:
      return "bad-encoding";
    case ErrorCode::kMalformedJson:
      return "malformed-json";
    case ErrorCode::kWrongFieldType:
      return "wrong-field-type";
    case ErrorCode::kDuplicateId:
      return "duplicate-id";
    case ErrorCode::kLineTooLong:
      return "line-too-long";
    case ErrorCode::kNoArticles:
      return "no-articles";
    case ErrorCode::kBadSchema:
      return "bad-schema";
    case ErrorCode::kBadGraph:
      return "bad-graph";
    case ErrorCode::kWriteFailed:
      return "write-failed";
    case ErrorCode::kBadQuery:
      return "bad-query";
    case ErrorCode::kUsage:
      return "usage";
  }
  return "unknown";
}

std::string Error::ToString() const {
  return fmt::format("{}: {} [{}]", where.ToString(), message, newsgraph::ToString(code));
}

}  // namespace newsgraph
