// Everything extraction reads from the schema folder at run time (see schema/pipeline.json): the gazetteer,
// the lexicons, the abbreviations the segmenter must not split after, and the morphology dictionary.
// A user extends the extraction by editing these files; nothing here is compiled in.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/Result.h"
#include "schema/Gazetteer.h"
#include "schema/Lexicon.h"
#include "text/Morphology.h"

namespace newsgraph {

class Schema {
 public:
  // `morphology_table`: a table compiled from the schema's hunspell dictionary (`newsgraph
  // compile-morphology`), or empty. A missing or stale table only costs speed: hunspell analyses every word.
  static Result<std::shared_ptr<const Schema>> Load(const std::filesystem::path& dir,
                                                    const std::filesystem::path& morphology_table = {});

  const std::filesystem::path& dir() const { return dir_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const Morphology& morphology() const { return *morphology_; }
  // The hunspell dictionary, without extension (pipeline.json's "hunspell_dictionary").
  const std::filesystem::path& dictionary() const { return dictionary_; }
  const std::vector<std::string>& abbreviations() const { return abbreviations_; }

 private:
  std::filesystem::path dir_;
  Gazetteer gazetteer_;
  Lexicon lexicon_;
  std::filesystem::path dictionary_;
  std::unique_ptr<Morphology> morphology_;
  std::vector<std::string> abbreviations_;
};

}  // namespace newsgraph
