// The word forms a hunspell dictionary spells: every stem of the .dic and what the .aff's affix rules make of
// it. This is the list `newsgraph compile-morphology` has hunspell analyse once to fill a MorphologyTable.
// It may hold forms hunspell rejects (a stem that needs an affix, a cross product the rules forbid): those
// are dropped when analysed. Prefixes that add anything but letters ("l'", "qu'": elisions, which the
// tokenizer splits off) are not applied. A stem with a capital after its first letter ("DESS") is also
// listed with one capital first ("Dess"), as hunspell stores it.
//
// When the .aff has none of what this listing does not follow (compounding, complex prefixes, prefixes of
// prefixes), the list is complete for plain words: a word of letters only, written in lower case or with
// one capital first, that hunspell knows, is in the list or its lower-case form is. The letters that count
// are those of the dictionary's forms, less any the .aff converts, ignores or breaks words at (ICONV,
// IGNORE, BREAK): a word with another character is not plain.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/Result.h"

namespace newsgraph {

struct DictionaryListing {
  std::vector<std::string> forms;  // sorted, without duplicates
  bool complete = false;           // complete for plain words (above)
  std::vector<char32_t> letters;   // sorted: the characters of plain words, both cases
};

// Errors name the .aff or .dic that cannot be read.
Result<DictionaryListing> ListDictionaryForms(const std::filesystem::path& aff,
                                              const std::filesystem::path& dic);

// `word` with one capital first and the rest in lower case ("Dess" for "DESS", "Maison" for "maison"), as
// hunspell looks up a word written so; "" if it does not start with a letter.
std::string OneCapitalFirst(std::string_view word);

// Whether `word` is a plain word over `letters` (sorted): letters only, lower case or one capital first.
bool IsPlainWord(std::string_view word, const char32_t* letters, std::size_t letter_count);

}  // namespace newsgraph
