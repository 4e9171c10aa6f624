#include "resolve/CandidatePairs.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/HashSlots.h"
#include "resolve/CompareNames.h"

namespace newsgraph {
namespace {

// Blocking. Every outcome of CompareNames other than kNone needs two of the nodes' strings to be equal (a
// shared key) or within AllowedEdits(shorter length) Damerau edits of each other (surnames, label keys). Two
// strings within d such edits become one string after at most d deletions on each side (a substitution or a
// transposition is one deletion on each side, an insertion one on the other), and d never exceeds
// AllowedEdits(own length). The same holds for their first kPrefix characters: the common string's
// characters that fall in both prefixes leave at most d characters of each prefix out. So each string's
// prefix is hashed with every variant it has after up to that many deletions (its deletion neighbourhood);
// nodes sharing a hash are the candidates, and CompareNames decides. A hash collision, or a long shared
// prefix, only adds a candidate.
constexpr std::size_t kPrefix = 12;  // at most 79 variants a string

// The largest group of nodes whose pairs are all compared rather than found by hashing: comparing a node
// with seven others (a few hundred operations each) costs less than hashing its strings' variants, sorting
// them and reading their runs (about two thousand).
constexpr std::size_t kPairwiseGroup = 8;

enum class Channel : std::uint64_t {
  kExactKey = 1,  // keys, compared for equality (of officials, those of one word: see AddNodeStrings)
  kSurname = 2,   // officials: last words of full names, and every key of a node without a full name
  kLabelKey = 3,  // other types: label keys
};

std::uint64_t Mix(std::uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// FNV-1a over `s`, from `h`.
std::uint64_t Feed(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::uint64_t Start(std::uint64_t seed) {
  return 0xcbf29ce484222325ULL ^ Mix(seed);
}

std::uint64_t Hash(std::string_view s, std::uint64_t seed) {
  return Mix(Feed(Start(seed), s));
}

// The variants' hashes are fed piece by piece from the hash of the prefix before the first deletion (FNV-1a
// reads left to right), without making the variants.
void AddDeletionNeighbourhood(std::string_view whole, std::uint64_t seed, std::vector<std::uint64_t>& out) {
  const std::size_t edits = AllowedEdits(whole.size());
  const std::string_view s = whole.substr(0, kPrefix);
  out.push_back(Hash(s, seed));
  if (edits == 0) return;
  std::uint64_t before_i = Start(seed);  // s[0, i)
  for (std::size_t i = 0; i < s.size(); before_i = Feed(before_i, s.substr(i, 1)), ++i) {
    // s without s[i]
    out.push_back(Mix(Feed(before_i, s.substr(i + 1))));
    if (edits == 1) continue;
    // s without s[i] and s[j + 1], j >= i: the variant of one deletion less its j-th character
    std::uint64_t before_j = before_i;  // s[0, i) s[i + 1, j + 1)
    for (std::size_t j = i; j + 1 < s.size(); before_j = Feed(before_j, s.substr(j + 1, 1)), ++j)
      out.push_back(Mix(Feed(before_j, s.substr(j + 2))));
  }
}

std::uint64_t Seed(std::uint32_t group, Channel channel) {
  return (static_cast<std::uint64_t>(group) << 2) | static_cast<std::uint64_t>(channel);
}

// The strings whose hashes relate nodes, each (seed, text) once with the nodes that have it: most nodes
// share their surname with others (a surname of ten letters has 56 variants), and each string's hashes are
// made and sorted once, not once per node.
class Strings {
 public:
  // Notes that node `node` has `text` under `seed`. Nodes come in increasing order.
  void Add(std::uint64_t seed, std::string_view text, std::uint32_t node) {
    const std::uint32_t hash =
        HashSlots::Hash(text) ^ static_cast<std::uint32_t>(seed * 0x9E3779B97F4A7C15ULL);
    const auto same = [&](std::uint32_t s) { return strings_[s].seed == seed && strings_[s].text == text; };
    std::uint32_t s;
    if (const auto at = index_.Find(hash, same)) {
      s = *at;
    } else {
      s = static_cast<std::uint32_t>(strings_.size());
      strings_.push_back({seed, text, kNoNode});
      index_.Insert(hash, s);
    }
    if (strings_[s].last_node != node) uses_.emplace_back(s, node);  // (a node's key and surname may be one)
    strings_[s].last_node = node;
  }

  // Gathers each string's nodes (in increasing order, once each) and appends its hashes to `entries` as
  // (hash << 32) | string (see CandidatePairs).
  void Finish(std::vector<std::uint64_t>& entries) {
    node_starts_.assign(strings_.size() + 1, 0);
    for (const auto& [s, node] : uses_) ++node_starts_[s + 1];
    for (std::size_t s = 1; s < node_starts_.size(); ++s) node_starts_[s] += node_starts_[s - 1];
    nodes_.resize(uses_.size());
    std::vector<std::uint32_t> next(node_starts_.begin(), node_starts_.end() - 1);
    for (const auto& [s, node] : uses_) nodes_[next[s]++] = node;
    uses_ = {};
    for (std::uint32_t s = 0; s < strings_.size(); ++s) {
      const std::size_t first = entries.size();
      const std::uint64_t seed = strings_[s].seed;
      if ((seed & 3) == static_cast<std::uint64_t>(Channel::kExactKey))
        entries.push_back(Hash(strings_[s].text, seed));
      else
        AddDeletionNeighbourhood(strings_[s].text, seed, entries);
      for (std::size_t k = first; k < entries.size(); ++k) entries[k] = entries[k] >> 32 << 32 | s;
    }
  }

  // The nodes having string `s`, in increasing order (after Finish).
  std::span<const std::uint32_t> NodesOf(std::uint32_t s) const {
    return {nodes_.data() + node_starts_[s], nodes_.data() + node_starts_[s + 1]};
  }

 private:
  struct String {
    std::uint64_t seed;
    std::string_view text;  // in a profile
    std::uint32_t last_node;
  };
  static constexpr std::uint32_t kNoNode = ~std::uint32_t{0};
  std::vector<String> strings_;
  HashSlots index_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> uses_;  // (string, node) as added
  std::vector<std::uint32_t> node_starts_, nodes_;             // string s's nodes: [starts[s], starts[s + 1])
};

// The strings of one node: its keys, and those CompareNames measures with an edit distance (see
// CompareOfficials and CompareNames), whose deletion neighbourhoods are hashed.
void AddNodeStrings(const NodeProfile& p, std::uint32_t group, std::uint32_t node, Strings& strings) {
  // (An official's key of several words is one of its full names: the nodes sharing it share its surname.)
  for (const std::string& key : p.keys)
    if (p.type != EntityType::kOfficial || key.find('_') == std::string::npos)
      strings.Add(Seed(group, Channel::kExactKey), key, node);
  if (p.type == EntityType::kOfficial) {
    const std::uint64_t seed = Seed(group, Channel::kSurname);
    for (const std::vector<std::string>& words : p.full_names) strings.Add(seed, words.back(), node);
    if (p.full_names.empty()) {
      for (const std::string& key : p.keys) strings.Add(seed, key, node);
      strings.Add(seed, p.label_key, node);
    }
  } else {
    strings.Add(Seed(group, Channel::kLabelKey), p.label_key, node);
  }
}

}  // namespace

NamePairs CandidatePairs(const std::vector<NodeProfile>& profiles) {
  std::map<std::pair<EntityType, std::string_view>, std::uint32_t> group_ids;
  std::vector<std::uint32_t> group(profiles.size());
  std::vector<std::uint32_t> group_size;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    const NodeProfile& p = profiles[i];
    if (p.anonymous) continue;
    auto [it, added] =
        group_ids.try_emplace({p.type, p.qualifier}, static_cast<std::uint32_t>(group_ids.size()));
    group[i] = it->second;
    if (added) group_size.push_back(0);
    ++group_size[group[i]];
  }
  // A node alone in its group (an unnamed line of one article) has no pair. The nodes of a small group (the
  // lines of one article) are one block, all their pairs compared; the strings of the larger groups are
  // hashed.
  std::vector<std::uint32_t> members;
  std::vector<std::size_t> member_starts = {0};  // (NodeBlocks)
  Strings strings;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    if (profiles[i].anonymous || group_size[group[i]] < 2) continue;
    if (group_size[group[i]] <= kPairwiseGroup)
      members.push_back(static_cast<std::uint32_t>(i));
    else
      AddNodeStrings(profiles[i], group[i], static_cast<std::uint32_t>(i), strings);
  }
  std::stable_sort(members.begin(), members.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return group[x] < group[y]; });
  for (std::size_t k = 1; k <= members.size(); ++k)  // (a block per group)
    if (k == members.size() || group[members[k]] != group[members[k - 1]]) member_starts.push_back(k);
  // (hash << 32) | string, sorted as one number: the high half of each hash is kept (a collision only adds a
  // candidate).
  std::vector<std::uint64_t> entries;
  strings.Finish(entries);
  const auto hash_of = [](std::uint64_t entry) { return entry >> 32; };
  const auto string_of = [](std::uint64_t entry) { return static_cast<std::uint32_t>(entry); };
  std::sort(entries.begin(), entries.end());
  // (a string's variant twice, or two hashes with one high half)
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());

  // Strings that are close share most of their variants: a run whose strings are those of an earlier run
  // adds nothing, and skipping it keeps the pairs from being found once per shared variant. The nodes of
  // each run kept are a block.
  std::unordered_map<std::uint64_t, std::pair<std::size_t, std::size_t>> runs;  // strings' hash -> a run
  for (std::size_t begin = 0, end = 0; begin < entries.size(); begin = end) {
    while (end < entries.size() && hash_of(entries[end]) == hash_of(entries[begin])) ++end;
    if (end - begin < 2 && strings.NodesOf(string_of(entries[begin])).size() < 2) continue;
    std::uint64_t run_strings = end - begin;
    for (std::size_t x = begin; x < end; ++x) run_strings = Mix(run_strings ^ string_of(entries[x]));
    auto [seen, added] = runs.try_emplace(run_strings, begin, end);
    if (!added && seen->second.second - seen->second.first == end - begin &&
        std::equal(entries.begin() + static_cast<std::ptrdiff_t>(begin),
                   entries.begin() + static_cast<std::ptrdiff_t>(end),
                   entries.begin() + static_cast<std::ptrdiff_t>(seen->second.first),
                   [&](std::uint64_t x, std::uint64_t y) { return string_of(x) == string_of(y); }))
      continue;
    const auto first = members.end() - members.begin();
    for (std::size_t x = begin; x < end; ++x) {
      const std::span<const std::uint32_t> nodes = strings.NodesOf(string_of(entries[x]));
      members.insert(members.end(), nodes.begin(), nodes.end());
    }
    if (end - begin > 1) {
      std::sort(members.begin() + first, members.end());
      members.erase(std::unique(members.begin() + first, members.end()), members.end());
    }
    member_starts.push_back(members.size());
  }
  entries = {};

  // The pairs worth comparing, block by block, each in (i, j) order; a pair in several blocks is found in
  // each. Each block's members are first copied side by side with what the pair tests read of them: tens of
  // thousands of pairs of officials sharing a surname are tried, and their given names alone tell most apart.
  struct Member {
    NodeProfile::GivenNames given;
    std::uint32_t node = 0;
    std::uint32_t group = 0;
    bool gazetteer = false;
    bool given_names = false;  // an official with full names (GivenNamesMayAgree applies)
  };
  std::vector<Member> block;
  std::vector<std::uint64_t> candidates;  // (i << 32) | j
  for (std::size_t b = 0; b + 1 < member_starts.size(); ++b) {
    block.clear();
    for (std::size_t k = member_starts[b]; k < member_starts[b + 1]; ++k) {
      const NodeProfile& p = profiles[members[k]];
      block.push_back({p.given, members[k], group[members[k]], p.from_gazetteer,
                       p.type == EntityType::kOfficial && !p.full_names.empty()});
    }
    for (auto x = block.begin(); x != block.end(); ++x)
      for (auto y = x + 1; y != block.end(); ++y) {
        if (x->group != y->group || (x->gazetteer && y->gazetteer)) continue;
        if (x->given_names && y->given_names && !GivenNamesMayAgree(x->given, y->given)) continue;
        candidates.push_back(std::uint64_t{x->node} << 32 | y->node);
      }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  NamePairs out;
  for (const std::uint64_t candidate : candidates) {
    const auto i = static_cast<std::uint32_t>(candidate >> 32);
    const auto j = static_cast<std::uint32_t>(candidate);
    const NameMatch match = CompareNames(profiles[i], profiles[j]);
    if (match.kind == NameMatch::Kind::kStrong || match.kind == NameMatch::Kind::kWeak)
      out.matches.push_back({i, j, match});
  }
  out.blocks = NodeBlocks(std::move(members), std::move(member_starts), profiles.size());
  return out;
}

}  // namespace newsgraph
