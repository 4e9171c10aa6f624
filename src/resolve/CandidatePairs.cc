#include "resolve/CandidatePairs.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

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

enum class Channel : std::uint64_t {
  kExactKey = 1,  // keys, compared for equality
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
void AddDeletionNeighbourhood(const std::string& whole, std::uint64_t seed, std::vector<std::uint64_t>& out) {
  const std::size_t edits = AllowedEdits(whole.size());
  const std::string_view s = std::string_view(whole).substr(0, kPrefix);
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

// The hashes of one node: its keys, and the deletion neighbourhoods of the strings CompareNames measures
// with an edit distance (see CompareOfficials and CompareNames). Appended as they come: a hash the node has
// twice (a doubled letter deleted either way) is removed with the other duplicates once they are sorted.
void AddNodeHashes(const NodeProfile& p, std::uint32_t group, std::vector<std::uint64_t>& hashes) {
  for (const std::string& key : p.keys) hashes.push_back(Hash(key, Seed(group, Channel::kExactKey)));
  if (p.type == EntityType::kOfficial) {
    const std::uint64_t seed = Seed(group, Channel::kSurname);
    for (const std::vector<std::string>& words : p.full_names)
      AddDeletionNeighbourhood(words.back(), seed, hashes);
    if (p.full_names.empty()) {
      for (const std::string& key : p.keys) AddDeletionNeighbourhood(key, seed, hashes);
      AddDeletionNeighbourhood(p.label_key, seed, hashes);
    }
  } else {
    AddDeletionNeighbourhood(p.label_key, Seed(group, Channel::kLabelKey), hashes);
  }
}

}  // namespace

std::vector<MatchedPair> CandidatePairs(const std::vector<NodeProfile>& profiles) {
  std::map<std::pair<EntityType, std::string_view>, std::uint32_t> group_ids;
  std::vector<std::uint32_t> group(profiles.size());
  // (hash << 32) | node, sorted as one number: the high half of each hash is kept (a collision only adds a
  // candidate).
  std::vector<std::uint64_t> entries;
  const auto hash_of = [](std::uint64_t entry) { return entry >> 32; };
  const auto node_of = [](std::uint64_t entry) { return static_cast<std::uint32_t>(entry); };
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
  // A node alone in its group (an unnamed line of one article) has no pair: its variants are not hashed.
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    if (profiles[i].anonymous || group_size[group[i]] < 2) continue;
    const std::size_t first = entries.size();
    AddNodeHashes(profiles[i], group[i], entries);
    for (std::size_t k = first; k < entries.size(); ++k) entries[k] = entries[k] >> 32 << 32 | i;
  }
  std::sort(entries.begin(), entries.end());
  // (a node's variant twice, or two hashes with one high half)
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());

  // Nodes sharing a name share most of its variants: a run whose nodes are those of an earlier run adds
  // nothing, and skipping it keeps the pairs from being emitted once per shared variant.
  std::vector<std::uint64_t> pairs;  // (i << 32) | j: sorted as one number, in (i, j) order
  std::unordered_map<std::uint64_t, std::pair<std::size_t, std::size_t>> runs;  // nodes' hash -> a run
  for (std::size_t begin = 0, end = 0; begin < entries.size(); begin = end) {
    while (end < entries.size() && hash_of(entries[end]) == hash_of(entries[begin])) ++end;
    if (end - begin < 2) continue;
    std::uint64_t nodes = end - begin;
    for (std::size_t x = begin; x < end; ++x) nodes = Mix(nodes ^ node_of(entries[x]));
    auto [seen, added] = runs.try_emplace(nodes, begin, end);
    if (!added && seen->second.second - seen->second.first == end - begin &&
        std::equal(entries.begin() + static_cast<std::ptrdiff_t>(begin),
                   entries.begin() + static_cast<std::ptrdiff_t>(end),
                   entries.begin() + static_cast<std::ptrdiff_t>(seen->second.first),
                   [&](std::uint64_t x, std::uint64_t y) { return node_of(x) == node_of(y); }))
      continue;
    for (std::size_t x = begin; x < end; ++x) {
      for (std::size_t y = x + 1; y < end; ++y) {
        const std::uint32_t i = node_of(entries[x]), j = node_of(entries[y]);  // i < j: sorted in a run
        if (group[i] != group[j]) continue;
        if (profiles[i].from_gazetteer && profiles[j].from_gazetteer) continue;
        pairs.push_back(std::uint64_t{i} << 32 | j);
      }
    }
  }
  entries = {};
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

  std::vector<MatchedPair> out;
  out.reserve(pairs.size());  // (most pairs match or conflict: growing would move their reasons)
  for (const std::uint64_t pair : pairs) {
    const std::size_t i = pair >> 32, j = pair & 0xFFFFFFFF;
    NameMatch match = CompareNames(profiles[i], profiles[j]);
    if (match.kind != NameMatch::Kind::kNone) out.push_back({i, j, std::move(match)});
  }
  return out;
}

}  // namespace newsgraph
