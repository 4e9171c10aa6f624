#include "schema/Schema.h"

#include <rapidjson/document.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>

namespace newsgraph {
namespace {

std::string ReadFile(const std::filesystem::path& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  ok = static_cast<bool>(in);
  return buffer.str();
}

}  // namespace

Result<std::shared_ptr<const Schema>> Schema::Load(const std::filesystem::path& dir,
                                                   const std::filesystem::path& morphology_table) {
  auto schema = std::make_shared<Schema>();
  schema->dir_ = dir;
  bool ok = false;
  std::filesystem::path config_path = dir / "pipeline.json";
  std::string config_text = ReadFile(config_path, ok);
  if (!ok)
    return Error{ErrorCode::kBadSchema, "cannot read the schema configuration", {config_path.string()}};
  rapidjson::Document config;
  config.Parse(config_text.c_str());
  if (config.HasParseError() || !config.IsObject())
    return Error{ErrorCode::kBadSchema, "not a JSON object", {config_path.string()}};
  auto path_of = [&](const char* key, const char* fallback) {
    std::filesystem::path p =
        config.HasMember(key) && config[key].IsString() ? config[key].GetString() : fallback;
    return p.is_absolute() ? p : dir / p;
  };
  std::filesystem::path lexicons = path_of("lexicons", "lexicons/fr");

  auto gazetteer = Gazetteer::Load(path_of("gazetteer", "gazetteer"));
  if (!gazetteer) return gazetteer.error();
  schema->gazetteer_ = std::move(gazetteer.value());
  auto lexicon = Lexicon::Load(lexicons);
  if (!lexicon) return lexicon.error();
  schema->lexicon_ = std::move(lexicon.value());

  std::ifstream abbreviations(lexicons / "abbreviations.txt");
  for (std::string line; std::getline(abbreviations, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') schema->abbreviations_.push_back(line);
  }

  const std::filesystem::path dictionary = path_of("hunspell_dictionary", "/usr/share/hunspell/fr_FR");
  schema->dictionary_ = dictionary;
  std::unique_ptr<const MorphologyTable> table;
  if (!morphology_table.empty()) {
    auto opened = Morphology::OpenTable(dictionary, morphology_table);
    if (opened) {
      table = std::move(opened.value());
      spdlog::debug("{}: hunspell's analyses of {} forms", morphology_table.string(), table->size());
    } else if (opened.error().code == ErrorCode::kNotFound) {  // not compiled: slower, not wrong
      spdlog::debug("{}; hunspell analyses every word", opened.error().ToString());
    } else {
      spdlog::warn("{}; hunspell analyses every word (`newsgraph compile-morphology` rebuilds it)",
                   opened.error().ToString());
    }
  }
  schema->morphology_ = std::make_unique<Morphology>(dictionary, std::move(table));
  if (!schema->morphology_->available())
    spdlog::warn("{}: hunspell dictionary not found; verb cues match only their listed forms",
                 dictionary.string());
  return std::shared_ptr<const Schema>(std::move(schema));
}

}  // namespace newsgraph
