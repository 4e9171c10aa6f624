#include "ingest/JsonLinesParser.h"

// RapidJSON's SSE2 paths copy a string's unescaped characters 16 at a time (the article text is most of every
// line) instead of one at a time. They read whole aligned 16-byte blocks, up to 15 bytes past the string's
// end: Parse leaves that room in its buffer. Only this file parses in place, so the reader code it
// instantiates is its own and the other files' RapidJSON code is unchanged.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <optional>
#include <utility>

#include "ingest/PlainTextParser.h"

namespace newsgraph {
namespace {

// Reads the optional string member `name` into `out`; an error when it has another type.
std::optional<Error> ReadField(const rapidjson::Value& object, const char* name, std::string& out,
                               const Location& where) {
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || member->value.IsNull()) return std::nullopt;
  if (!member->value.IsString()) {
    return Error{ErrorCode::kWrongFieldType, fmt::format("field \"{}\" must be a string", name), where};
  }
  out.assign(member->value.GetString(), member->value.GetStringLength());
  return std::nullopt;
}

}  // namespace

Result<Article> JsonLinesParser::Parse(std::string_view line, const std::string& name,
                                       const Location& where) {
  // Parsed in place, in a copy of the line: the strings are unescaped where they are instead of being copied
  // into the document first. (RapidJSON ends the input at a NUL either way; the reader rejects such lines.)
  thread_local std::string buffer;
  buffer.reserve(line.size() + 16);  // (the SSE2 reads past the end, above)
  buffer.assign(line);
  rapidjson::Document json;
  json.ParseInsitu(buffer.data());
  if (json.HasParseError()) {
    Location at = where;
    at.byte += json.GetErrorOffset();
    at.has_byte = true;
    return Error{ErrorCode::kMalformedJson,
                 fmt::format("malformed JSON: {}", rapidjson::GetParseError_En(json.GetParseError())), at};
  }
  if (!json.IsObject())
    return Error{ErrorCode::kMalformedJson, "a JSON Lines record must be an object", where};

  Article article;
  article.origin = where;
  std::string text;
  std::string date;
  for (auto [field, out] :
       {std::pair{"id", &article.id}, std::pair{"title", &article.title}, std::pair{"date", &date},
        std::pair{"url", &article.url}, std::pair{"source", &article.source}, std::pair{"text", &text}}) {
    if (std::optional<Error> error = ReadField(json, field, *out, where)) return *std::move(error);
  }
  if (!json.HasMember("text") || json["text"].IsNull()) {
    return Error{ErrorCode::kWrongFieldType, "field \"text\" is missing (a string is required)", where};
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error{ErrorCode::kEmpty, "field \"text\" is empty", where};
  }
  if (article.id.empty()) article.id = fmt::format("{}:{}", name, where.line);
  // Keep only a recognisable "YYYY-MM[-DD]" prefix ("2022-11-03T10:00:00Z" → "2022-11-03").
  article.date = date.substr(0, PlainTextParser::DatePrefix(date));
  if (!article.title.empty() && !std::string_view(text).starts_with(article.title)) {
    article.text.reserve(article.title.size() + 2 + text.size());
    article.text.append(article.title).append("\n\n").append(text);
  } else {
    article.text = std::move(text);
  }
  return article;
}

}  // namespace newsgraph
