// An article as ingested, before any processing.
#pragma once

#include <string>

#include "core/Error.h"

namespace newsgraph {

struct Article {
  std::string id;     // JSON Lines `id`, or the file name for a plain-text article
  std::string title;  // may be empty
  std::string date;   // "YYYY-MM" or "YYYY-MM-DD", or empty when unknown
  std::string url;
  std::string source;  // the outlet, when the input says it
  // The text as read, valid UTF-8. Evidence offsets are byte offsets into it. For a plain-text file this is
  // the whole file (its `date YYYY-MM Title` line included); for JSON Lines it is the title, a blank line and
  // the `text` field.
  std::string text;
  // Bytes at the start of `text` that are metadata, not prose (the `date YYYY-MM` prefix).
  std::size_t header_bytes = 0;
  Location origin;  // the file (and line, for JSON Lines) it came from
};

}  // namespace newsgraph
