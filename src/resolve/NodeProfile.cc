#include "resolve/NodeProfile.h"

#include <algorithm>

#include "resolve/NameKey.h"
#include "schema/Gazetteer.h"

namespace newsgraph {
namespace {

std::vector<std::string> Words(const std::string& key) {
  std::vector<std::string> words(1);
  for (char c : key) {
    if (c == '_')
      words.emplace_back();
    else
      words.back() += c;
  }
  return words;
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
  std::vector<std::string> names(node.aliases.begin(), node.aliases.end());
  names.push_back(node.label);
  std::size_t colon = node.id.find(':');
  if (gazetteer && colon != std::string::npos && at == std::string::npos) {
    const GazetteerEntry* entry = gazetteer->FindById(std::string_view(node.id).substr(colon + 1));
    if (entry && entry->NodeId() == node.id) {
      p.from_gazetteer = true;
      names.insert(names.end(), entry->names.begin(), entry->names.end());
    }
  }
  p.label_key = NameKey(node.label);
  for (const std::string& name : names) {
    std::string key = NameKey(name);
    if (key.empty() || std::find(p.keys.begin(), p.keys.end(), key) != p.keys.end()) continue;
    p.keys.push_back(key);
    std::vector<std::string> words = Words(key);
    if (words.size() >= 2) p.full_names.push_back(std::move(words));
  }
  std::sort(p.keys.begin(), p.keys.end());
  std::sort(p.full_names.begin(), p.full_names.end());
  return p;
}

}  // namespace newsgraph
