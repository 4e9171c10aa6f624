#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "resolve/CandidatePairs.h"
#include "resolve/CompareNames.h"
#include "resolve/NameKey.h"

namespace newsgraph {
namespace {

using Pairs = std::vector<std::tuple<std::size_t, std::size_t, NameMatch::Kind, std::string>>;

// A new node that lives to the end of the tests (a profile views its node's id and label).
NodeRecord& KeptNode() {
  static std::deque<NodeRecord> nodes;
  return nodes.emplace_back();
}

NodeProfile Profile(EntityType type, const std::string& qualifier, const std::vector<std::string>& names,
                    bool anonymous = false, bool gazetteer = false) {
  NodeRecord& node = KeptNode();
  node.type = type;
  node.label = names.front();
  node.aliases.insert(names.begin() + 1, names.end());
  node.id = std::string(type == EntityType::kOfficial ? "official:" : "place:") + NameKey(node.label) +
            (qualifier.empty() ? "" : "@" + qualifier);
  node.anonymous = anonymous;
  NodeProfile p = NodeProfile::Of(node, nullptr);
  p.from_gazetteer = gazetteer;
  return p;
}

// What CandidatePairs must return, by comparing every pair of named nodes of one type and qualifier.
Pairs BruteForce(const std::vector<NodeProfile>& profiles) {
  Pairs out;
  for (std::size_t i = 0; i < profiles.size(); ++i)
    for (std::size_t j = i + 1; j < profiles.size(); ++j) {
      const NodeProfile& a = profiles[i];
      const NodeProfile& b = profiles[j];
      NameMatch m = CompareNames(a, b);
      bool implied = a.type != b.type || a.qualifier != b.qualifier || a.anonymous || b.anonymous ||
                     (a.from_gazetteer && b.from_gazetteer);
      // The pairs left out are exactly the conflicts the profiles imply.
      if (implied) {
        EXPECT_EQ(m.kind, NameMatch::Kind::kConflict) << a.id << " / " << b.id;
      }
      EXPECT_EQ(NamesConflict(a, b), !implied && m.kind == NameMatch::Kind::kConflict)
          << a.id << " / " << b.id;
      if (!implied && m.kind != NameMatch::Kind::kNone) out.emplace_back(i, j, m.kind, m.reason);
    }
  return out;
}

// The matches, and the conflicts of names among the nodes sharing a block.
Pairs Blocked(const std::vector<NodeProfile>& profiles) {
  Pairs out;
  const NamePairs pairs = CandidatePairs(profiles);
  for (const MatchedPair& p : pairs.matches) out.emplace_back(p.a, p.b, p.match.kind, p.match.reason);
  std::set<std::pair<std::size_t, std::size_t>> conflicts;
  for (std::size_t a = 0; a < profiles.size(); ++a)
    for (const std::uint32_t block : pairs.blocks.BlocksOf(a))
      for (const std::uint32_t b : pairs.blocks.Members(block))
        if (a < b && NamesConflict(profiles[a], profiles[b])) conflicts.emplace(a, b);
  for (auto [a, b] : conflicts) {
    const NameMatch m = CompareNames(profiles[a], profiles[b]);
    out.emplace_back(a, b, m.kind, m.reason);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Perturb(std::string s, std::mt19937& rng) {
  const std::string letters = "abcdeiklmnorstuvyz";
  std::uniform_int_distribution<int> edits(0, 3);
  for (int e = edits(rng); e > 0 && !s.empty(); --e) {
    std::size_t at = std::uniform_int_distribution<std::size_t>(0, s.size() - 1)(rng);
    char c = letters[std::uniform_int_distribution<std::size_t>(0, letters.size() - 1)(rng)];
    switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
      case 0:
        s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), c);
        break;
      case 1:
        s.erase(at, 1);
        break;
      case 2:
        s[at] = c;
        break;
      default:
        if (at + 1 < s.size()) std::swap(s[at], s[at + 1]);
    }
  }
  return s;
}

TEST(CandidatePairsTest, SameAsComparingEveryPairOnPerturbedNames) {
  std::mt19937 rng(20261123);
  auto pick = [&](const std::vector<std::string>& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
  };
  const std::vector<std::string> syllables = {"ka", "lo", "mi", "ne", "ro", "va",  "ch",  "ou",  "ski", "ov",
                                              "in", "e",  "a",  "sh", "tr", "ber", "ley", "ton", "z",   "i"};
  auto word = [&](int min, int max) {
    std::string w;
    for (int k = std::uniform_int_distribution<int>(min, max)(rng); k > 0; --k) w += pick(syllables);
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
  };
  std::vector<std::string> given, surnames, places;
  for (int k = 0; k < 40; ++k) given.push_back(word(1, 3));
  for (int k = 0; k < 200; ++k) surnames.push_back(word(1, 5));
  for (int k = 0; k < 150; ++k)
    places.push_back(k % 3 ? word(1, 4) : word(1, 4).append(" ").append(word(2, 6)));
  const std::vector<std::string> qualifiers = {"", "", "", "russia", "united_states"};

  std::vector<NodeProfile> profiles;
  for (int k = 0; k < 2500; ++k) {
    const std::string qualifier = pick(qualifiers);
    const bool anonymous = k % 23 == 0, gazetteer = k % 17 == 0;
    switch (k % 5) {
      case 0:  // a surname alone
        profiles.push_back(
            Profile(EntityType::kOfficial, qualifier, {Perturb(pick(surnames), rng)}, anonymous));
        break;
      case 1:  // an initial
        profiles.push_back(Profile(EntityType::kOfficial, qualifier,
                                   {pick(given).substr(0, 1) + ". " + Perturb(pick(surnames), rng)},
                                   anonymous));
        break;
      case 2: {  // a full name, sometimes with a spelling as an alias
        std::string name = Perturb(pick(given), rng) + " " + Perturb(pick(surnames), rng);
        std::vector<std::string> names = {name};
        if (k % 4 == 0) names.push_back(Perturb(name, rng));
        if (k % 7 == 0) names.push_back(Perturb(pick(surnames), rng));
        profiles.push_back(Profile(EntityType::kOfficial, qualifier, names, anonymous, gazetteer));
        break;
      }
      default: {  // places: label keys of one to many words, compared whole
        std::vector<std::string> names = {Perturb(pick(places), rng)};
        if (k % 3 == 0) names.push_back(Perturb(pick(places), rng));
        profiles.push_back(Profile(EntityType::kPlace, qualifier, names, anonymous, gazetteer));
      }
    }
  }
  profiles.push_back(Profile(EntityType::kOfficial, "", {"—"}));  // empty keys match each other
  profiles.push_back(Profile(EntityType::kOfficial, "", {"..."}));
  profiles.push_back(Profile(EntityType::kPlace, "", {"—"}));
  profiles.push_back(Profile(EntityType::kPlace, "", {"!"}));
  std::sort(profiles.begin(), profiles.end(), [](const auto& a, const auto& b) { return a.id < b.id; });

  Pairs expected = BruteForce(profiles);
  ASSERT_GT(expected.size(), 1000u);  // the corpus has matches of every kind to find
  for (auto kind : {NameMatch::Kind::kStrong, NameMatch::Kind::kWeak, NameMatch::Kind::kConflict})
    EXPECT_TRUE(
        std::any_of(expected.begin(), expected.end(), [&](const auto& p) { return std::get<2>(p) == kind; }));
  EXPECT_EQ(Blocked(profiles), expected);
}

// Officials and places with their spellings, the k-th of each type with qualifier `qualifier(k)`.
std::vector<NodeProfile> SpellingVariants(const std::function<std::string(std::size_t)>& qualifier) {
  const std::vector<std::string> officials = {"Sergueï Choïgou",
                                              "Sergei Shoigu",
                                              "Sergej Schoigu",
                                              "Valéri Guérassimov",
                                              "Valery Gerasimov",
                                              "Guerassimov",
                                              "Peskov",
                                              "Peskow",
                                              "Dmitri Peskov",
                                              "Dmitry Peskov",
                                              "Lavrov",
                                              "Lawrow",
                                              "S. Lavrov",
                                              "Sofia Lavrov",
                                              "Sergey Lavrov",
                                              "Boris Johnson",
                                              "Lyndon Johnson",
                                              "Johnson",
                                              "Jonson",
                                              "John Kerry",
                                              "Anna Kerry",
                                              "John Berry",
                                              "Berry",
                                              "Kerry",
                                              "Mark Milley",
                                              "Milley",
                                              "Hassan Rohani",
                                              "Hassan Rouhani",
                                              "Kim Jong Un",
                                              "Kim Jong Il",
                                              "Lee",
                                              "Li",
                                              "Martin",
                                              "Martine",
                                              "Smirnoff",
                                              "Smirnov"};
  const std::vector<std::string> places = {"Zaporijia", "Zaporizhzhia", "Zaporozhye", "Niger",
                                           "Nigeria",   "Iran",         "Irak",       "Austria",
                                           "Australia", "Washington",   "Russie",     "Russia"};
  std::vector<NodeProfile> profiles;
  for (std::size_t k = 0; k < officials.size(); ++k)
    profiles.push_back(Profile(EntityType::kOfficial, qualifier(k), {officials[k]}));
  for (std::size_t k = 0; k < places.size(); ++k)
    profiles.push_back(Profile(EntityType::kPlace, qualifier(k), {places[k]}));
  std::sort(profiles.begin(), profiles.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return profiles;
}

TEST(CandidatePairsTest, SameAsComparingEveryPairOnSpellingVariants) {
  const std::vector<NodeProfile> profiles = SpellingVariants([](std::size_t) { return ""; });
  Pairs expected = BruteForce(profiles);
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(Blocked(profiles), expected);
}

// Groups of a few nodes (the lines of one article) have all their pairs compared, larger ones are hashed.
TEST(CandidatePairsTest, SameAsComparingEveryPairInSmallAndLargeGroups) {
  const std::vector<NodeProfile> profiles = SpellingVariants(
      [](std::size_t k) { return k < 24 ? "article" + std::to_string(k / 6) : std::string("article"); });
  Pairs expected = BruteForce(profiles);
  for (auto kind : {NameMatch::Kind::kStrong, NameMatch::Kind::kWeak, NameMatch::Kind::kConflict})
    EXPECT_TRUE(
        std::any_of(expected.begin(), expected.end(), [&](const auto& p) { return std::get<2>(p) == kind; }));
  EXPECT_EQ(Blocked(profiles), expected);
}

}  // namespace
}  // namespace newsgraph
