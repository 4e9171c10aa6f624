#include "resolve/Decisions.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace newsgraph {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<std::vector<ResolutionDecision>> ParseDecisions(std::string_view content, const std::string& file) {
  std::vector<ResolutionDecision> decisions;
  std::uint64_t line_no = 0;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = Trim(content.substr(start, end - start));
    start = end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    Location where{file, line_no};
    std::size_t verb_end = line.find_first_of(" \t");
    std::string_view verb = line.substr(0, verb_end);
    ResolutionDecision d;
    d.where = where;
    if (verb == "same") {
      d.same = true;
    } else if (verb == "not-same") {
      d.same = false;
    } else {
      return Error{ErrorCode::kBadSchema, fmt::format("expected 'same' or 'not-same', found '{}'", verb),
                   where};
    }
    std::string_view rest =
        verb_end == std::string_view::npos ? std::string_view{} : line.substr(verb_end + 1);
    std::size_t tab = rest.find('\t');
    if (tab == std::string_view::npos)
      return Error{ErrorCode::kBadSchema, "expected two tab-separated names or node ids after the verb",
                   where};
    d.a = std::string(Trim(rest.substr(0, tab)));
    d.b = std::string(Trim(rest.substr(tab + 1)));
    if (d.a.empty() || d.b.empty() || d.b.find('\t') != std::string::npos)
      return Error{ErrorCode::kBadSchema, "expected exactly two non-empty names or node ids", where};
    decisions.push_back(std::move(d));
  }
  return decisions;
}

Result<std::vector<ResolutionDecision>> LoadDecisions(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{ErrorCode::kNotFound, "cannot open the decisions file", {file.string()}};
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kUnreadable, "cannot read the decisions file", {file.string()}};
  return ParseDecisions(buffer.str(), file.string());
}

}  // namespace newsgraph
