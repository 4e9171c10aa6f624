// Compiles a MorphologyTable: lists the forms a hunspell dictionary spells (DictionaryForms) and has hunspell
// analyse each, and each one's capitalised form, on several threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "core/Result.h"

namespace newsgraph {

struct CompiledMorphology {
  std::string bytes;      // the table file (MorphologyTable.h)
  std::size_t forms = 0;  // forms analysed: listed from the dictionary, and capitalised
  std::size_t known = 0;  // of which hunspell knows, the table's entries
  bool complete = false;  // the table tells words it does not hold (MorphologyTable.h)
};

// `dictionary`: the path without extension (".aff" and ".dic" are added). `progress(done, total)` is called
// from the analysing threads, every few thousand forms.
Result<CompiledMorphology> CompileMorphology(
    const std::filesystem::path& dictionary, unsigned threads,
    const std::function<void(std::size_t, std::size_t)>& progress = {});

}  // namespace newsgraph
