// Groups a document's items (mentions, cues, relations) by sentence: for each sentence, the indices of its
// items in their order. Work done per sentence over a long article then costs the article's length, not its
// sentences times its items.
//
//   const auto by_sentence = BySentence(doc.sentences.size(), doc.mentions,
//                                       [](const Mention& m) { return m.sentence; });
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph {

// One list per sentence (more when an item names a sentence past `sentences`).
template <typename Item, typename SentenceOf>
std::vector<std::vector<std::uint32_t>> BySentence(std::size_t sentences, const std::vector<Item>& items,
                                                   SentenceOf sentence_of) {
  std::vector<std::vector<std::uint32_t>> out(sentences);
  for (std::uint32_t k = 0; k < items.size(); ++k) {
    const std::size_t s = sentence_of(items[k]);
    if (s >= out.size()) out.resize(s + 1);
    out[s].push_back(k);
  }
  return out;
}

}  // namespace newsgraph
