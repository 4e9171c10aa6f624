// Builds an Article from the decoded content of a plain-text file.
//
// An optional first line `date YYYY-MM[-DD] Title...` (possibly after white space) gives the date and the
// title; the title stays part of the prose, only the bytes before it are header. Without it, a short first
// line is taken as the title.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/Article.h"

namespace newsgraph {

class PlainTextParser {
 public:
  static Article Parse(std::string text, std::string id, Location origin);
  // Length of a leading "YYYY-MM" or "YYYY-MM-DD" in `s` (month 01-12, day 01-31), or 0.
  static std::size_t DatePrefix(std::string_view s);
};

}  // namespace newsgraph
