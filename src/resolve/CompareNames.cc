#include "resolve/CompareNames.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resolve/EditDistance.h"

namespace newsgraph {
namespace {

using Words = std::vector<std::string>;

NameMatch Conflict(std::string_view reason) {
  return {NameMatch::Kind::kConflict, 0, reason};
}

// The reason of a match of names `edits` (at most 2: AllowedEdits) apart.
std::string_view EditsApart(std::size_t edits, const std::array<std::string_view, 3>& reasons) {
  return reasons.at(edits);
}

bool SharesKey(const NodeProfile& a, const NodeProfile& b, std::size_t min_words) {
  for (const std::string& key : a.keys) {
    std::size_t words = static_cast<std::size_t>(std::count(key.begin(), key.end(), '_')) + 1;
    if (words >= min_words && std::binary_search(b.keys.begin(), b.keys.end(), key)) return true;
  }
  return false;
}

std::size_t Distance(const std::string& a, const std::string& b) {
  std::size_t bound = AllowedEdits(std::min(a.size(), b.size()));
  return EditDistance(a, b, bound);
}

bool Within(const std::string& a, const std::string& b) {
  return Distance(a, b) <= AllowedEdits(std::min(a.size(), b.size()));
}

// Given names agree when one of them is the same word (or a one-letter initial of it) in both, the first of
// one name at least: "ben" and "al" inside "Tamim ben Hamad Al-Thani" and "Mohammed ben Abdelrahmane
// Al-Thani" are no given names they share.
enum class Given { kSame, kInitial, kDifferent };

// Each edit brings at most one letter into a word and takes at most one away: words whose sets of letters
// (NodeProfile::word_letters) differ by more than two an edit are too far apart to be measured.
bool LettersWithin(std::uint32_t a, std::uint32_t b, std::size_t edits) {
  return static_cast<std::size_t>(std::popcount(a ^ b)) <= 2 * edits;
}

// `a_letters`, `b_letters`: the letters of each word of `a`, `b` (NodeProfile::word_letters).
Given CompareGiven(const Words& a, const std::uint32_t* a_letters, const Words& b,
                   const std::uint32_t* b_letters) {
  Given best = Given::kDifferent;
  for (std::size_t i = 0; i + 1 < a.size(); ++i) {
    for (std::size_t j = 0; j + 1 < b.size() && (i == 0 || j == 0); ++j) {
      const std::string& x = a[i];
      const std::string& y = b[j];
      const std::size_t shorter = std::min(x.size(), y.size());
      if (x.size() > 1 && y.size() > 1 &&
          (x == y || (shorter >= 5 && LettersWithin(a_letters[i], b_letters[j], AllowedEdits(shorter)) &&
                      Within(x, y))))
        return Given::kSame;
      if ((x.size() == 1 || y.size() == 1) && x[0] == y[0]) best = Given::kInitial;
    }
  }
  return best;
}

bool AllInitials(const Words& name) {
  return std::all_of(name.begin(), name.end() - 1, [](const std::string& w) { return w.size() == 1; });
}

NameMatch CompareOfficials(const NodeProfile& a, const NodeProfile& b) {
  bool surname_pair = false;
  NameMatch best;
  // (Where the letters of x's words and of y's are in word_letters.)
  const std::uint32_t* x_letters = a.word_letters.data();
  for (const Words& x : a.full_names) {
    const std::uint32_t* y_letters = b.word_letters.data();
    for (const Words& y : b.full_names) {
      const std::uint32_t* const these_y_letters = std::exchange(y_letters, y_letters + y.size());
      std::size_t d = Distance(x.back(), y.back());
      if (d > AllowedEdits(std::min(x.back().size(), y.back().size()))) continue;
      surname_pair = true;
      Given given = CompareGiven(x, x_letters, y, these_y_letters);
      NameMatch m;
      if (given == Given::kSame && !AllInitials(x) && !AllInitials(y)) {
        m = {NameMatch::Kind::kStrong, d == 0 ? 1.0 : 0.9 - 0.1 * static_cast<double>(d),
             EditsApart(d, {"same name", "same given name, surname 1 edit(s) apart",
                            "same given name, surname 2 edit(s) apart"})};
      } else if (given != Given::kDifferent) {
        m = {NameMatch::Kind::kWeak, 0.7 - 0.1 * static_cast<double>(d),
             "same surname, given name as an initial"};
      }
      if (m.score > best.score) best = m;
    }
    x_letters += x.size();
  }
  if (best.kind != NameMatch::Kind::kNone) return best;
  if (surname_pair) return Conflict("same surname, different given names");
  // A surname alone on either side ("Milley") against a full name ending with it.
  auto surname_only = [](const NodeProfile& lone, const NodeProfile& full) {
    if (!lone.full_names.empty()) return false;
    for (const std::string& key : lone.keys)
      for (const Words& name : full.full_names)
        if (Within(key, name.back())) return true;
    return SharesKey(lone, full, 1);
  };
  if (surname_only(a, b) || surname_only(b, a)) return {NameMatch::Kind::kWeak, 0.6, "surname alone"};
  if (a.full_names.empty() && b.full_names.empty() && Within(a.label_key, b.label_key))
    return {NameMatch::Kind::kWeak, 0.5, "same surname alone"};
  return {};
}

// The conflict the profiles imply whatever the names, "" when none.
std::string_view ImpliedConflict(const NodeProfile& a, const NodeProfile& b) {
  if (a.type != b.type) return "different types";
  if (a.anonymous || b.anonymous) return "anonymous source";
  if (a.qualifier != b.qualifier) return "different countries";
  if (a.from_gazetteer && b.from_gazetteer) return "two gazetteer entities";
  return {};
}

}  // namespace

std::size_t AllowedEdits(std::size_t length) {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

NameMatch CompareNames(const NodeProfile& a, const NodeProfile& b) {
  if (const std::string_view implied = ImpliedConflict(a, b); !implied.empty()) return Conflict(implied);
  if (a.type == EntityType::kOfficial) return CompareOfficials(a, b);
  if (SharesKey(a, b, 1)) return {NameMatch::Kind::kStrong, 1.0, "same name"};
  std::size_t d = Distance(a.label_key, b.label_key);
  if (d <= AllowedEdits(std::min(a.label_key.size(), b.label_key.size())))
    return {NameMatch::Kind::kStrong, 0.9 - 0.1 * static_cast<double>(d),
            EditsApart(d, {"name 0 edit(s) apart", "name 1 edit(s) apart", "name 2 edit(s) apart"})};
  return {};
}

bool NamesConflict(const NodeProfile& a, const NodeProfile& b) {
  return ImpliedConflict(a, b).empty() && a.type == EntityType::kOfficial &&
         CompareOfficials(a, b).kind == NameMatch::Kind::kConflict;
}

}  // namespace newsgraph
