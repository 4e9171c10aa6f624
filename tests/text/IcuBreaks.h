// Helpers of the tests that hold the UTF-8 segmenters (FindLatinWordBreaks, FindSentenceBreaks) to ICU's
// answer.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "text/Utf16Text.h"

namespace newsgraph::testing {

// The boundaries, as byte offsets, that ICU's French iterator made by `create` finds in `text`.
inline std::vector<std::uint32_t> IcuBreaks(icu::BreakIterator* (*create)(const icu::Locale&, UErrorCode&),
                                            const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(create(icu::Locale::getFrench(), status));
  if (U_FAILURE(status)) return {};
  const Utf16Text text16(text);
  iterator->setText(text16.text());
  std::vector<std::uint32_t> breaks;
  for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next())
    breaks.push_back(text16.ByteOffset(b));
  return breaks;
}

inline std::vector<std::uint32_t> IcuWordBreaks(const std::string& text) {
  return IcuBreaks(&icu::BreakIterator::createWordInstance, text);
}

inline std::vector<std::uint32_t> IcuSentenceBreaks(const std::string& text) {
  return IcuBreaks(&icu::BreakIterator::createSentenceInstance, text);
}

// The pieces of `text` between consecutive boundaries.
inline std::vector<std::string> Slices(const std::string& text, const std::vector<std::uint32_t>& breaks) {
  std::vector<std::string> pieces;
  for (std::size_t i = 0; i + 1 < breaks.size(); ++i)
    pieces.push_back(text.substr(breaks[i], breaks[i + 1] - breaks[i]));
  return pieces;
}

// `count` texts of 1 to `max_pieces` pieces drawn from `alphabet`; seeded, so the same on every run.
inline std::vector<std::string> RandomTexts(const std::vector<std::string>& alphabet, int max_pieces,
                                            int count) {
  std::mt19937 random(20261202);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, max_pieces);
  std::vector<std::string> texts(static_cast<std::size_t>(count));
  for (std::string& text : texts)
    for (int i = length(random); i > 0; --i) text += alphabet[pick(random)];
  return texts;
}

// The files of `folder` (the bundled examples), by path.
inline std::vector<std::pair<std::string, std::string>> ExampleArticles(const std::filesystem::path& folder) {
  std::vector<std::pair<std::string, std::string>> articles;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::ifstream in(entry.path(), std::ios::binary);
    articles.emplace_back(entry.path().string(),
                          std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  }
  return articles;
}

// `text` with every byte outside printable ASCII as \xNN, for a failure message.
inline std::string Escaped(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "\\x%02X", c);
    out += c >= 0x20 && c < 0x7F ? std::string(1, static_cast<char>(c)) : std::string(hex);
  }
  return out;
}

}  // namespace newsgraph::testing
