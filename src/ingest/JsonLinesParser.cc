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

#include <cstddef>
#include <optional>
#include <utility>

#include "ingest/PlainTextParser.h"

namespace newsgraph {
namespace {

// Reads the optional string member `name` into `out` (a view of the parsed line); an error when it has
// another type.
std::optional<Error> ReadField(const rapidjson::Value& object, const char* name, std::string_view& out,
                               const Location& where) {
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || member->value.IsNull()) return std::nullopt;
  if (!member->value.IsString()) {
    return Error{ErrorCode::kWrongFieldType, fmt::format("field \"{}\" must be a string", name), where};
  }
  out = std::string_view(member->value.GetString(), member->value.GetStringLength());
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
  // The document's values and its parse stack in a pool on the stack: RapidJSON allocated an allocator, a
  // 64 KB chunk and a stack for every line. (A record whose members outgrow it gets chunks as before.)
  using Pool = rapidjson::MemoryPoolAllocator<>;
  alignas(std::max_align_t) char pool_room[2048];
  Pool pool(pool_room, sizeof pool_room);
  rapidjson::GenericDocument<rapidjson::UTF8<>, Pool, Pool> json(&pool, 512, &pool);
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
  // (Views of the parsed line until the article's strings are made: the text is copied once, after its
  // title when it has one.)
  std::string_view id, title, date, url, source, text;
  for (auto [field, out] : {std::pair{"id", &id}, std::pair{"title", &title}, std::pair{"date", &date},
                            std::pair{"url", &url}, std::pair{"source", &source}, std::pair{"text", &text}}) {
    if (std::optional<Error> error = ReadField(json, field, *out, where)) return *std::move(error);
  }
  if (!json.HasMember("text") || json["text"].IsNull()) {
    return Error{ErrorCode::kWrongFieldType, "field \"text\" is missing (a string is required)", where};
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{ErrorCode::kEmpty, "field \"text\" is empty", where};
  }
  article.id = id.empty() ? fmt::format("{}:{}", name, where.line) : std::string(id);
  article.title = title;
  article.url = url;
  article.source = source;
  // Keep only a recognisable "YYYY-MM[-DD]" prefix ("2022-11-03T10:00:00Z" → "2022-11-03").
  article.date = date.substr(0, PlainTextParser::DatePrefix(date));
  if (!title.empty() && !text.starts_with(title)) {
    article.text.reserve(title.size() + 2 + text.size());
    article.text.append(title).append("\n\n").append(text);
  } else {
    article.text = text;
  }
  return article;
}

}  // namespace newsgraph
