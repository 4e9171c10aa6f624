// The bytes of a MorphologyTable file (see MorphologyTable.h for the layout): the same analyses give the
// same bytes, whatever their order.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text/WordInfo.h"

namespace newsgraph {

// `dictionary` and `files`: the DictionaryFingerprint and FilesStamp of the dictionary. `analyses`: each form
// with hunspell's analysis of it (forms must be distinct). `complete` and `characters` (sorted): as
// DictionaryListing's, for a table that also holds the capitalised forms.
std::string SerializeMorphologyTable(std::uint64_t dictionary, std::uint64_t files,
                                     std::vector<std::pair<std::string, WordInfo>> analyses, bool complete,
                                     const std::vector<char32_t>& characters);

}  // namespace newsgraph
