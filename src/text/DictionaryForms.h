// The word forms a hunspell dictionary spells: every stem of the .dic and what the .aff's affix rules make of
// it. This is the list `newsgraph compile-morphology` has hunspell analyse once to fill a MorphologyTable.
// It may hold forms hunspell rejects (a stem that needs an affix, a cross product the rules forbid): those
// are dropped when analysed. Prefixes that add anything but letters ("l'", "qu'": elisions, which the
// tokenizer splits off) are not applied. A stem with a capital after its first letter ("DESS") is also
// listed with one capital first ("Dess"), as hunspell stores it.
//
// When the .aff has none of what this listing does not follow (compounding, complex prefixes, prefixes of
// prefixes), the list is complete: a word hunspell finds as written (in its .dic or through affix rules)
// is in the list, if the word is made of the listing's letters and uncased characters. The letters are
// those of the dictionary's forms, in both cases, less any the .aff converts, ignores or breaks words at
// (ICONV, IGNORE, BREAK); the uncased characters are digits, punctuation and symbols without case, less
// those of such patterns and of the prefixes not listed (the apostrophe of "l'"). How hunspell's
// `analyze()` then varies the case of a word and its trailing dot is MorphologyTable's business.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/Result.h"

namespace newsgraph {

struct DictionaryListing {
  std::vector<std::string> forms;    // sorted, without duplicates
  bool complete = false;             // complete for words of `characters` (above)
  std::vector<char32_t> characters;  // sorted: the letters, in both cases, and the uncased characters
};

// Errors name the .aff or .dic that cannot be read.
Result<DictionaryListing> ListDictionaryForms(const std::filesystem::path& aff,
                                              const std::filesystem::path& dic);

// `word` in lower case with its first character in upper case ("Dess" for "DESS", "Maison" for "maison",
// "2cv" for "2CV"), as hunspell looks up a word written so and stores a stem with inner capitals.
std::string OneCapitalFirst(std::string_view word);

// Whether `word` is made of `characters` (sorted) only.
bool MadeOf(std::string_view word, const char32_t* characters, std::size_t count);
}  // namespace newsgraph
