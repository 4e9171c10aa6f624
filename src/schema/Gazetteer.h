// Widely known entities with their names in French and English, loaded from schema/gazetteer/*.tsv.
//
// One entity per line, tab-separated; '#' starts a comment line:
//   id  type  names  adjectives  attributes
//   russia  Country  Russie|Russia|Fédération de Russie  russe|russes|Russian  capital=Moscou|Moscow
//   pentagon  Institution  Pentagone|Pentagon|département de la Défense|DoD    country=united_states
// `names` are '|'-separated, the first is the label. `adjectives` are demonym / nationality forms (for a
// Country). `attributes` are ';'-separated key=value pairs whose value may be '|'-separated:
// capital (names of the capital, which stand for the country's government), country (the state an
// institution belongs to), acronym, successor (for a state that no longer exists, the id of the state that
// continued it: the Soviet Union's hotlines are Russia's when lines are matched by the states they link),
// seat (a city that stands for an organisation in an article naming it: "Bruxelles" for the European Union)
// and part_of (the organisation an institution is a body of).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/Ontology.h"
#include "core/Result.h"
#include "text/StringHash.h"

namespace newsgraph {

struct GazetteerEntry {
  std::string id;
  EntityType type = EntityType::kInstitution;
  std::vector<std::string> names;       // names[0] is the label
  std::vector<std::string> adjectives;  // nationality adjectives, any inflection
  std::map<std::string, std::vector<std::string>, std::less<>> attributes;
  std::string node_id;  // "country:russia": the id of its node, made once (mentions ask for it all the time)

  const std::string& label() const { return names.front(); }
  const std::string& NodeId() const { return node_id; }
  // The values of `key` (none when the entry does not have it).
  const std::vector<std::string>& Attribute(std::string_view key) const;
};

// One name (or capital) of an entry split into folded words, for matching in running text.
struct GazetteerName {
  std::vector<std::string> words;
  const GazetteerEntry* entry = nullptr;
  bool needs_capital = false;  // written with a capital ("Maison Blanche"): only matches capitalised text
  // Per word: matches only a capitalised token. Set for the capitalised words of a case=exact entry ("Le
  // Monde" is not "le monde entier").
  std::vector<bool> capitals;
  // A short name (attribute short=, "le Nord" for North Korea): it names the entry only in an article that
  // names the entry in full too.
  bool short_name = false;
  // The name without its article "Le" / "Les", which the preposition before it took in: "du Caire", "au
  // Figaro", "aux Emirats" ("du", "au" for "le"; "des", "aux" for "les"). Set on the copy made for that.
  enum class Contracted : std::uint8_t { kNo, kLe, kLes } contracted = Contracted::kNo;
  // On a capital's names, its whole name ("Le Caire", "Vienne"): the contracted copy ("au Caire", "du Caire")
  // always names the city where something takes place, a Place, not its state acting; the others do so after
  // a locative preposition (MentionFinder).
  std::string place = {};
};

class Gazetteer {
 public:
  Gazetteer() = default;
  // The indexes point into entries_: a copy rebuilds them (a move keeps the vector's buffer, so they stay
  // valid).
  Gazetteer(const Gazetteer& other) : entries_(other.entries_) { Index(); }
  Gazetteer& operator=(const Gazetteer& other) {
    if (this != &other) {
      entries_ = other.entries_;
      Index();
    }
    return *this;
  }
  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;

  // Loads every *.tsv under `dir` (sorted by file name; a later file may not redefine an id).
  static Result<Gazetteer> Load(const std::filesystem::path& dir);
  // Parses one file's content (Read) and indexes every entry; `file` names it in errors.
  Status Parse(std::string_view content, const std::string& file);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const GazetteerEntry* FindById(std::string_view id) const;
  // The entry whose node is `node_id` ("institution:kcna"), if any.
  const GazetteerEntry* FindByNodeId(std::string_view node_id) const;
  // The state (a country id) an institution or official node belongs to: the "@state" of a national one
  // ("institution:ministere_defense@russia"), else its entry's first country= ("institution:kcna"); empty
  // when none.
  std::string_view StateOf(std::string_view node_id) const;
  // The state that carries on a former one's lines and treaties (its entry's successor=: the Soviet Union's
  // are Russia's), else `state` itself.
  std::string_view Successor(std::string_view state) const;
  // Entries having a name whose Fold() is `folded`.
  const std::vector<const GazetteerEntry*>& FindByName(std::string_view folded) const;
  // The country whose nationality adjective folds to `folded`, or nullptr.
  const GazetteerEntry* FindByAdjective(std::string_view folded) const;
  // Names whose first folded word is `folded`, longest first.
  const std::vector<GazetteerName>& NamesStartingWith(std::string_view folded) const;

 private:
  // Adds one file's entries, indexed by id only (Index makes the other indexes once every file is read).
  Status Read(std::string_view content, const std::string& file);
  void Index();

  std::vector<GazetteerEntry> entries_;
  StringMap<std::size_t> by_id_;
  StringMap<std::vector<const GazetteerEntry*>> by_name_;
  StringMap<const GazetteerEntry*> by_adjective_;
  StringMap<std::vector<GazetteerName>> by_first_word_;
};

}  // namespace newsgraph
