#include "resolve/NodeProfile.h"

#include <algorithm>

#include "resolve/CompareNames.h"
#include "resolve/NameKey.h"
#include "schema/Gazetteer.h"

namespace newsgraph {
namespace {

std::vector<std::string> Words(std::string_view key) {
  std::vector<std::string> words;
  words.reserve(static_cast<std::size_t>(std::count(key.begin(), key.end(), '_')) + 1);  // (one allocation)
  for (std::size_t start = 0;;) {
    const std::size_t end = std::min(key.find('_', start), key.size());
    words.emplace_back(key.substr(start, end - start));
    if (end == key.size()) return words;
    start = end + 1;
  }
}

std::uint32_t Letters(const std::string& word) {
  std::uint32_t letters = 0;
  for (const char c : word)
    if (c >= 'a' && c <= 'z') letters |= 1u << (c - 'a');
  return letters;
}

}  // namespace

NodeProfile NodeProfile::Of(const NodeRecord& node, const Gazetteer* gazetteer) {
  NodeProfile p;
  p.id = node.id;
  p.type = node.type;
  p.anonymous = node.anonymous || node.id.find(":anon@") != std::string::npos;
  std::size_t at = node.id.find('@');
  if (at != std::string::npos) p.qualifier = node.id.substr(at + 1);
  // An anonymous source is never compared and a decision names it by its id: no names to keep (most nodes
  // of a large corpus are anonymous sources).
  if (p.anonymous) return p;
  p.label = node.label;
  p.label_key = NameKey(node.label);
  // (The keys are sorted below: the order the names are keyed in does not matter.)
  auto add_key = [&p](std::string key) {
    if (key.empty() || std::find(p.keys.begin(), p.keys.end(), key) != p.keys.end()) return;
    std::vector<std::string> words = Words(key);
    if (words.size() >= 2) p.full_names.push_back(std::move(words));
    p.keys.push_back(std::move(key));
  };
  p.keys.reserve(node.aliases.size() + 1);
  add_key(p.label_key);
  for (const std::string& alias : node.aliases) add_key(NameKey(alias));
  std::size_t colon = node.id.find(':');
  if (gazetteer && colon != std::string::npos && at == std::string::npos) {
    const GazetteerEntry* entry = gazetteer->FindById(std::string_view(node.id).substr(colon + 1));
    if (entry && entry->NodeId() == node.id) {
      p.from_gazetteer = true;
      for (const std::string& name : entry->names) add_key(NameKey(name));
    }
  }
  std::sort(p.keys.begin(), p.keys.end());
  std::sort(p.full_names.begin(), p.full_names.end());
  std::size_t words = 0;
  for (const std::vector<std::string>& name : p.full_names) words += name.size();
  p.word_letters.reserve(words);  // (one allocation)
  for (const std::vector<std::string>& name : p.full_names) {
    for (std::size_t w = 0; w < name.size(); ++w) {
      const std::uint32_t letters = Letters(name[w]);
      p.word_letters.push_back(letters);
      if (w + 1 == name.size()) break;  // (the surname)
      const std::string& word = name[w];
      const char first = word.empty() ? '\0' : word.front();
      const std::uint32_t first_bit = first >= 'a' && first <= 'z' ? 1u << (first - 'a') : 1u << 26;
      p.given.firsts |= first_bit;
      if (word.size() == 1) {
        p.given.initials |= first_bit;
      } else if (word.size() >= 2 && word.size() <= 4) {
        p.given.short_all &= letters;
        p.given.short_any |= letters;
      } else if (word.size() >= 5) {
        p.given.long_all &= letters;
        p.given.long_any |= letters;
        p.given.long_edits =
            std::max(p.given.long_edits, static_cast<std::uint32_t>(AllowedEdits(word.size())));
      }
    }
  }
  return p;
}

}  // namespace newsgraph
