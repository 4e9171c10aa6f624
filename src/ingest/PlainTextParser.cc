#include "ingest/PlainTextParser.h"

namespace newsgraph {
namespace {

constexpr std::size_t kMaxUndatedTitleBytes = 200;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool IsDigits(std::string_view s, std::size_t at, std::size_t n) {
  if (s.size() < at + n) return false;
  for (std::size_t i = at; i < at + n; ++i)
    if (!IsDigit(s[i])) return false;
  return true;
}
int TwoDigits(std::string_view s, std::size_t at) {
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

std::string_view TrimEnd(std::string_view s) {
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::size_t PlainTextParser::DatePrefix(std::string_view s) {
  if (!IsDigits(s, 0, 4) || s.size() < 7 || s[4] != '-' || !IsDigits(s, 5, 2)) return 0;
  const int month = TwoDigits(s, 5);
  if (month < 1 || month > 12) return 0;
  if (s.size() >= 10 && s[7] == '-' && IsDigits(s, 8, 2)) {
    const int day = TwoDigits(s, 8);
    if (day >= 1 && day <= 31 && (s.size() == 10 || !IsDigit(s[10]))) return 10;
  }
  return s.size() == 7 || !IsDigit(s[7]) ? 7 : 0;
}

Article PlainTextParser::Parse(std::string text, std::string id, Location origin) {
  Article article;
  article.id = std::move(id);
  article.origin = std::move(origin);
  article.text = std::move(text);
  const std::string_view all = article.text;
  std::size_t start = 0;
  while (start < all.size() && IsBlank(all[start])) ++start;
  std::size_t line_end = all.find('\n', start);
  if (line_end == std::string_view::npos) line_end = all.size();
  const std::string_view first = all.substr(start, line_end - start);

  constexpr std::string_view kDate = "date ";
  if (first.starts_with(kDate)) {
    const std::size_t date_length = DatePrefix(first.substr(kDate.size()));
    const std::size_t after = kDate.size() + date_length;
    if (date_length > 0 &&
        (after == first.size() || first[after] == ' ' || first[after] == '\t' || first[after] == '\r')) {
      article.date = std::string(first.substr(kDate.size(), date_length));
      std::size_t title = after;
      while (title < first.size() && (first[title] == ' ' || first[title] == '\t')) ++title;
      article.title = std::string(TrimEnd(first.substr(title)));
      article.header_bytes = start + title;
      return article;
    }
  }
  const std::string_view title = TrimEnd(first);
  if (title.size() < kMaxUndatedTitleBytes) article.title = std::string(title);
  return article;
}

}  // namespace newsgraph
