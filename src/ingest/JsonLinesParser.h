// Builds an Article from one JSON Lines record:
//   {"id": "...", "title": "...", "date": "2022-11-03", "url": "...", "source": "...", "text": "..."}
// Every field is a string (null counts as absent); `text` is required. The article text is the title, a blank
// line and `text`, unless `text` already starts with the title.
#pragma once

#include <string>
#include <string_view>

#include "core/Article.h"
#include "core/Result.h"

namespace newsgraph {

class JsonLinesParser {
 public:
  // `line` is valid UTF-8; `name` names the file in the default id `<name>:<line>`; `where` is the line.
  static Result<Article> Parse(std::string_view line, const std::string& name, const Location& where);
};

}  // namespace newsgraph
