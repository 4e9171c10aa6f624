#include "query/NameMatch.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <string>

#include "text/Fold.h"

namespace newsgraph {
namespace {

std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> words;
  std::string current;
  for (char c : folded) {
    bool word_char =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (word_char) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

bool AnyName(const NodeRecord& node, const std::function<bool(const std::string&)>& test) {
  if (test(Fold(node.label))) return true;
  return std::any_of(node.aliases.begin(), node.aliases.end(),
                     [&](const std::string& a) { return test(Fold(a)); });
}

}  // namespace

bool NameMatches(const NodeRecord& node, std::string_view name) {
  std::vector<std::string> wanted = Words(Fold(name));
  if (wanted.empty()) return false;
  return AnyName(node, [&](const std::string& folded) {
    std::vector<std::string> words = Words(folded);
    return std::search(words.begin(), words.end(), wanted.begin(), wanted.end()) != words.end();
  });
}

bool NameContains(const NodeRecord& node, std::string_view part) {
  std::string wanted = Fold(part);
  return AnyName(node, [&](const std::string& folded) { return folded.find(wanted) != std::string::npos; });
}

bool NameStartsWith(const NodeRecord& node, std::string_view prefix) {
  std::string wanted = Fold(prefix);
  return AnyName(node, [&](const std::string& folded) { return folded.starts_with(wanted); });
}

bool NameEndsWith(const NodeRecord& node, std::string_view suffix) {
  std::string wanted = Fold(suffix);
  return AnyName(node, [&](const std::string& folded) { return folded.ends_with(wanted); });
}

std::vector<KnowledgeGraph::Vertex> FindNodesByName(const KnowledgeGraph& graph, std::string_view name) {
  if (auto v = graph.FindNode(std::string(name))) return {*v};
  std::string folded = Fold(name);
  std::vector<KnowledgeGraph::Vertex> exact, partial;
  for (KnowledgeGraph::Vertex v : graph.Nodes()) {
    const NodeRecord& node = graph.node(v);
    if (AnyName(node, [&](const std::string& f) { return f == folded; }))
      exact.push_back(v);
    else if (NameMatches(node, name))
      partial.push_back(v);
  }
  return exact.empty() ? partial : exact;
}

Result<KnowledgeGraph::Vertex> ResolveNode(const KnowledgeGraph& graph, std::string_view name) {
  constexpr std::size_t kShown = 10;
  std::vector<KnowledgeGraph::Vertex> found = FindNodesByName(graph, name);
  if (found.empty()) return Error{ErrorCode::kNotFound, fmt::format("no node is named '{}'", name), {}};
  if (found.size() == 1) return found.front();
  std::string candidates;
  for (std::size_t i = 0; i < found.size() && i < kShown; ++i)
    candidates +=
        fmt::format("{}{} ({})", i ? ", " : "", graph.node(found[i]).label, graph.node(found[i]).id);
  if (found.size() > kShown) candidates += fmt::format(" and {} more", found.size() - kShown);
  return Error{
      ErrorCode::kUsage,
      fmt::format("'{}' names {} nodes: {}; give a fuller name or an id", name, found.size(), candidates),
      {}};
}

}  // namespace newsgraph
