#include "resolve/UnnamedLines.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "resolve/NameKey.h"
#include "schema/Gazetteer.h"

namespace newsgraph {
namespace {

constexpr std::string_view kCountry = "country:";

// The first word of a name's key, in the singular: "lignes téléphoniques" -> "ligne", "canaux" -> "canal".
std::string Head(const std::string& name) {
  std::string key = NameKey(name);
  std::string head = key.substr(0, key.find('_'));
  if (head.size() > 3 && head.ends_with("aux")) return head.substr(0, head.size() - 3) + "al";
  if (head.size() > 3 && head.ends_with('s')) head.pop_back();
  return head;
}

// The head noun of each of a line's names, singular.
std::set<std::string> Heads(const NodeRecord& line) {
  std::set<std::string> heads = {Head(line.label)};
  for (const std::string& alias : line.aliases) heads.insert(Head(alias));
  return heads;
}

std::string Successor(std::string_view state, const Gazetteer* gazetteer) {
  if (!gazetteer) return std::string(state);
  return std::string(kCountry).append(gazetteer->Successor(state.substr(kCountry.size())));
}

}  // namespace

bool UnnamedLines::IsKnown(std::string_view id, const States& states) const {
  const std::size_t at = id.find('@');
  if (at == std::string_view::npos) return true;
  const std::string_view pair = id.substr(at + 1);
  const std::size_t plus = pair.find('+');
  const auto connects = [&](std::string_view state) {
    const auto it = state_ids_.find(std::string(kCountry).append(state));
    return it != state_ids_.end() && std::binary_search(states.begin(), states.end(), it->second);
  };
  return plus != std::string_view::npos && connects(pair.substr(0, plus)) && connects(pair.substr(plus + 1));
}

UnnamedLines::UnnamedLines(const std::vector<const NodeRecord*>& nodes,
                           const std::vector<const EdgeRecord*>& connects, const Gazetteer* gazetteer) {
  for (std::size_t index = 0; index < nodes.size(); ++index) {
    const NodeRecord& node = *nodes[index];
    if (node.type == EntityType::kCommunicationLine) {
      Line& line =
          lines_.emplace_hint(lines_.end(), node.id, Line{})->second;  // (the nodes come in id order)
      line.index = index;
      line.node = &node;
    }
  }
  // The edges come in id order, a line's one after the other: its entry is looked up once, and each state's
  // successor once.
  auto line = lines_.end();
  std::map<std::string_view, std::uint32_t> successors;  // a state -> its successor's number
  for (const EdgeRecord* connect : connects) {
    const EdgeRecord& edge = *connect;
    if (line == lines_.end() || line->first != edge.source) line = lines_.find(edge.source);
    if (line == lines_.end() || !edge.target.view().starts_with(kCountry)) continue;
    auto [successor, added] = successors.try_emplace(edge.target);
    if (added)
      successor->second =
          state_ids_
              .try_emplace(Successor(edge.target, gazetteer), static_cast<std::uint32_t>(state_ids_.size()))
              .first->second;
    States& states = line->second.states;
    const auto place = std::lower_bound(states.begin(), states.end(), successor->second);
    if (place == states.end() || *place != successor->second) states.insert(place, successor->second);
  }
}

std::vector<std::pair<std::size_t, std::size_t>> UnnamedLines::MatchUnnamed() const {
  // The known lines by the states they connect, with their heads. An article's line has its heads made only
  // when a known line connects its states: most connect none or two that no known line does.
  struct KnownLine {
    std::size_t index;
    std::set<std::string> heads;
  };
  std::map<States, std::vector<KnownLine>> known_by_states;
  for (const auto& [id, line] : lines_)
    if (line.states.size() >= 2 && IsKnown(id, line.states))
      known_by_states[line.states].push_back({line.index, Heads(*line.node)});
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& [id, unnamed] : lines_) {
    if (unnamed.states.size() < 2 || IsKnown(id, unnamed.states)) continue;
    auto same_states = known_by_states.find(unnamed.states);
    if (same_states == known_by_states.end()) continue;
    const std::set<std::string> heads = Heads(*unnamed.node);
    std::vector<std::size_t> known;
    for (const KnownLine& named : same_states->second)
      if (std::includes(named.heads.begin(), named.heads.end(), heads.begin(), heads.end()))
        known.push_back(named.index);
    if (known.size() == 1) out.emplace_back(unnamed.index, known.front());
  }
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> UnnamedLines::MatchDescriptors() const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& [id, bare] : lines_) {
    if (id.find('@') != std::string::npos) continue;
    std::vector<std::size_t> pairs;
    const std::string prefix = std::string(id).append("@");
    for (auto pair = lines_.lower_bound(prefix); pair != lines_.end() && pair->first.starts_with(prefix);
         ++pair)
      if (IsKnown(pair->first, pair->second.states) &&
          std::includes(pair->second.states.begin(), pair->second.states.end(), bare.states.begin(),
                        bare.states.end()))
        pairs.push_back(pair->second.index);
    if (pairs.size() == 1) out.emplace_back(bare.index, pairs.front());
  }
  return out;
}

}  // namespace newsgraph
