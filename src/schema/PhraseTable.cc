#include "schema/PhraseTable.h"

#include <algorithm>
#include <array>

#include "text/Fold.h"

namespace newsgraph {
namespace {

// Elided words that the segmenter splits off with their apostrophe.
constexpr std::array<std::string_view, 13> kElisions = {"l", "d", "qu",    "s",      "n",      "j",     "m",
                                                        "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu"};

}  // namespace

std::vector<std::string> PhraseTable::SplitWords(std::string_view pattern) {
  return SplitFoldedWords(Fold(pattern));
}

std::vector<std::string> PhraseTable::SplitFoldedWords(std::string_view folded) {
  // (Cut as views, each word copied once into a vector sized once: a word more than the spaces, and one more
  // for each apostrophe at most.)
  std::vector<std::string> words;
  words.reserve(static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ') +
                                         std::count(folded.begin(), folded.end(), '\'')) +
                1);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    std::string_view word = folded.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    const std::size_t apostrophe = word.find('\'');
    if (apostrophe != std::string_view::npos && apostrophe + 1 < word.size() &&
        std::find(kElisions.begin(), kElisions.end(), word.substr(0, apostrophe)) != kElisions.end()) {
      words.emplace_back(word.substr(0, apostrophe + 1));
      word.remove_prefix(apostrophe + 1);
    }
    words.emplace_back(word);
  }
  return words;
}

void PhraseTable::Add(std::string cls, std::string_view pattern) {
  Phrase phrase{SplitWords(pattern), std::move(cls)};
  if (phrase.words.empty()) return;
  auto& list = by_first_[phrase.words.front()];
  // Longest first, a phrase after those of its length added before it (what a stable sort after each
  // addition gave, without its temporary buffer and moves).
  const auto place = std::upper_bound(list.begin(), list.end(), phrase, [](const Phrase& a, const Phrase& b) {
    return a.words.size() > b.words.size();
  });
  list.insert(place, std::move(phrase));
  ++size_;
}

const std::vector<Phrase>& PhraseTable::StartingWith(std::string_view folded_word) const {
  static const std::vector<Phrase> kNone;
  auto it = by_first_.find(folded_word);
  return it == by_first_.end() ? kNone : it->second;
}

}  // namespace newsgraph
