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

void NodeProfile::Fill(const NodeRecord& node, const Gazetteer* gazetteer) {
  id = node.id;
  type = node.type;
  anonymous = node.anonymous || node.id.find(":anon@") != std::string::npos;
  std::size_t at = node.id.find('@');
  if (at != std::string::npos) qualifier = id.substr(at + 1);
  // An anonymous source is never compared and a decision names it by its id: no names to keep (most nodes
  // of a large corpus are anonymous sources).
  if (anonymous) return;
  label = node.label;
  label_key = NameKey(node.label);
  // (The keys are sorted below: the order the names are keyed in does not matter.)
  auto add_key = [this](std::string key) {
    if (key.empty() || std::find(keys.begin(), keys.end(), key) != keys.end()) return;
    if (type == EntityType::kOfficial && key.find('_') != std::string::npos) full_names.push_back(Words(key));
    keys.push_back(std::move(key));
  };
  keys.reserve(node.aliases.size() + 1);
  add_key(label_key);
  for (const std::string& alias : node.aliases) add_key(NameKey(alias));
  std::size_t colon = node.id.find(':');
  if (gazetteer && colon != std::string::npos && at == std::string::npos) {
    const GazetteerEntry* entry = gazetteer->FindById(std::string_view(node.id).substr(colon + 1));
    if (entry && entry->NodeId() == node.id) {
      from_gazetteer = true;
      for (const std::string& name : entry->names) add_key(NameKey(name));
    }
  }
  std::sort(keys.begin(), keys.end());
  std::sort(full_names.begin(), full_names.end());
  std::size_t words = 0;
  for (const std::vector<std::string>& name : full_names) words += name.size();
  word_letters.reserve(words);  // (one allocation)
  for (const std::vector<std::string>& name : full_names) {
    for (std::size_t w = 0; w < name.size(); ++w) {
      const std::uint32_t letters = Letters(name[w]);
      word_letters.push_back(letters);
      if (w + 1 == name.size()) break;  // (the surname)
      const std::string& word = name[w];
      const char first = word.empty() ? '\0' : word.front();
      const std::uint32_t first_bit = first >= 'a' && first <= 'z' ? 1u << (first - 'a') : 1u << 26;
      given.firsts |= first_bit;
      if (word.size() == 1) {
        given.initials |= first_bit;
      } else if (word.size() >= 2 && word.size() <= 4) {
        given.short_all &= letters;
        given.short_any |= letters;
      } else if (word.size() >= 5) {
        given.long_all &= letters;
        given.long_any |= letters;
        given.long_edits = std::max(given.long_edits, static_cast<std::uint32_t>(AllowedEdits(word.size())));
      }
    }
  }
}

}  // namespace newsgraph
