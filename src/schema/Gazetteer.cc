#include "schema/Gazetteer.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "schema/PhraseTable.h"
#include "text/Fold.h"

namespace newsgraph {
namespace {

// The parts of `s` between `sep`s, trimmed of spaces, the empty ones left out: strings, or views of `s`.
template <typename Part = std::string>
std::vector<Part> Split(std::string_view s, char sep) {
  std::vector<Part> out;
  if (s.empty()) return out;
  out.reserve(static_cast<std::size_t>(std::count(s.begin(), s.end(), sep)) + 1);
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    std::string_view part = s.substr(start, pos == std::string_view::npos ? s.npos : pos - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

// The most lines `content` can have: the entries it can define.
std::size_t LineCount(std::string_view content) {
  return static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
}

bool StartsWithCapital(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';  // (most names: no string made and lower-cased)
  const std::size_t n = c >> 5 == 6 ? 2 : c >> 4 == 14 ? 3 : 4;
  const std::string first(word.substr(0, std::min(n, word.size())));
  return Lower(first) != first;
}

// For each word of `name` as PhraseTable::SplitWords cuts it (an elision is a word of its own: "l'Élysée"),
// whether it starts with a capital.
std::vector<bool> CapitalWords(std::string_view name) {
  std::vector<bool> out;
  for (const std::string& word : Split(name, ' ')) {
    out.push_back(StartsWithCapital(word));
    if (PhraseTable::SplitWords(word).size() == 2) {  // "l'" + the word after the apostrophe
      std::size_t after = word.find('\'');
      const std::size_t curly = word.find("\xe2\x80\x99");
      after = curly < after ? curly + 3 : after + 1;
      out.push_back(StartsWithCapital(std::string_view(word).substr(std::min(after, word.size()))));
    }
  }
  return out;
}

// Adds `name` to `list`, longest first, after the names of its length added before it (what a stable sort of
// the lists once filled gave, without its temporary buffers and moves).
void AddLongestFirst(std::vector<GazetteerName>& list, GazetteerName&& name) {
  const auto place = std::upper_bound(
      list.begin(), list.end(), name,
      [](const GazetteerName& a, const GazetteerName& b) { return a.words.size() > b.words.size(); });
  list.insert(place, std::move(name));
}

std::string TypePrefix(EntityType type) {
  switch (type) {
    case EntityType::kOfficial:
      return "official";
    case EntityType::kInstitution:
      return "institution";
    case EntityType::kCountry:
      return "country";
    case EntityType::kCommunicationLine:
      return "line";
    case EntityType::kPlace:
      return "place";
  }
  return "node";
}

}  // namespace

const std::vector<std::string>& GazetteerEntry::Attribute(std::string_view key) const {
  static const std::vector<std::string> kNone;
  auto it = attributes.find(key);
  return it == attributes.end() ? kNone : it->second;
}

Result<Gazetteer> Gazetteer::Load(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  if (ec)
    return Error{ErrorCode::kBadSchema, "cannot read the gazetteer folder: " + ec.message(), {dir.string()}};
  std::sort(files.begin(), files.end());
  // Every file read first, so that the entries get room for a line each at once and are never moved.
  std::vector<std::string> contents;
  std::size_t lines = 0;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in.good() && !in.eof())
      return Error{ErrorCode::kBadSchema, "cannot read gazetteer file", {path.string()}};
    lines += LineCount(contents.emplace_back(std::move(buffer).str()));
  }
  Gazetteer g;
  g.entries_.reserve(lines);
  for (std::size_t i = 0; i < files.size(); ++i)
    if (Status s = g.Read(contents[i], files[i].string()); !s) return s.error();
  g.Index();
  return g;
}

Status Gazetteer::Parse(std::string_view content, const std::string& file) {
  entries_.reserve(entries_.size() + LineCount(content));
  if (Status s = Read(content, file); !s) return s;
  Index();
  return Ok();
}

Status Gazetteer::Read(std::string_view content, const std::string& file) {
  std::vector<std::string_view> cols;
  std::uint64_t line_no = 0;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    cols.clear();
    std::size_t c = 0;
    while (true) {
      std::size_t tab = line.find('\t', c);
      cols.push_back(line.substr(c, tab == std::string_view::npos ? line.npos : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    Location where{file, line_no};
    if (cols.size() < 3)
      return Error{ErrorCode::kBadSchema, "expected at least 3 tab-separated columns: id, type, names",
                   where};
    GazetteerEntry e;
    e.id = std::string(cols[0]);
    auto type = ParseEntityType(cols[1]);
    if (!type) return Error{ErrorCode::kBadSchema, fmt::format("unknown entity type '{}'", cols[1]), where};
    e.type = *type;
    e.node_id = TypePrefix(e.type).append(":").append(e.id);
    e.names = Split(cols[2], '|');
    if (e.id.empty() || e.names.empty()) return Error{ErrorCode::kBadSchema, "empty id or names", where};
    if (cols.size() > 3) e.adjectives = Split(cols[3], '|');
    if (cols.size() > 4) {
      for (const std::string_view pair : Split<std::string_view>(cols[4], ';')) {
        std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos)
          return Error{ErrorCode::kBadSchema, fmt::format("attribute '{}' is not key=value", pair), where};
        e.attributes[std::string(pair.substr(0, eq))] = Split(pair.substr(eq + 1), '|');
      }
    }
    if (!by_id_.try_emplace(e.id, entries_.size()).second)
      return Error{ErrorCode::kBadSchema, fmt::format("id '{}' is defined twice", e.id), where};
    entries_.push_back(std::move(e));
  }
  return Ok();
}

void Gazetteer::Index() {
  by_id_.clear();
  by_name_.clear();
  by_adjective_.clear();
  by_first_word_.clear();
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const GazetteerEntry& e = entries_[i];
    by_id_[e.id] = i;
    const std::vector<std::string>& cases = e.Attribute("case");
    const bool exact_case = std::find(cases.begin(), cases.end(), "exact") != cases.end();
    auto add = [&](const std::string& name, bool short_name, bool contractible, bool capital) {
      const std::string folded = Fold(name);
      if (!short_name) {
        auto& list = by_name_[folded];
        if (std::find(list.begin(), list.end(), &e) == list.end()) list.push_back(&e);
      }
      // A name written with a capital ("Maison Blanche", "États-Unis") only matches capitalised text; a short
      // name's capitals always matter ("le Nord" is not "le nord du pays").
      GazetteerName g{PhraseTable::SplitFoldedWords(folded), &e, StartsWithCapital(name), {}, short_name};
      g.capitals = exact_case || short_name ? CapitalWords(name) : std::vector<bool>();
      g.capitals.resize(g.words.size(), false);
      if (g.words.empty()) return;
      if (capital) g.place = name;
      if ((contractible || capital) && g.words.size() >= 2 &&
          (name.starts_with("Le ") || name.starts_with("Les "))) {
        GazetteerName rest = g;
        rest.contracted =
            g.words.front() == "le" ? GazetteerName::Contracted::kLe : GazetteerName::Contracted::kLes;
        rest.words.erase(rest.words.begin());
        rest.capitals.erase(rest.capitals.begin());
        rest.needs_capital = true;
        AddLongestFirst(by_first_word_[rest.words.front()], std::move(rest));
      }
      AddLongestFirst(by_first_word_[g.words.front()], std::move(g));
    };
    // ("du Figaro"; not a person's "Le Drian", which French does not contract. A capital's, "au Caire", is
    // the city where something takes place.)
    for (const std::string& n : e.names) add(n, false, e.type != EntityType::kOfficial, false);
    for (const std::string& n : e.Attribute("capital")) add(n, false, false, true);
    for (const std::string& n : e.Attribute("short")) add(n, true, false, false);
    for (const std::string& a : e.adjectives) by_adjective_.try_emplace(Fold(a), &e);
  }
}

const GazetteerEntry* Gazetteer::FindById(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

const GazetteerEntry* Gazetteer::FindByNodeId(std::string_view node_id) const {
  const std::size_t colon = node_id.find(':');
  if (colon == std::string_view::npos) return nullptr;
  const GazetteerEntry* e = FindById(node_id.substr(colon + 1));
  return e && e->NodeId() == node_id ? e : nullptr;
}

std::string_view Gazetteer::StateOf(std::string_view node_id) const {
  if (const std::size_t at = node_id.find('@'); at != std::string_view::npos) return node_id.substr(at + 1);
  if (const GazetteerEntry* e = FindByNodeId(node_id))
    if (const std::vector<std::string>& countries = e->Attribute("country"); !countries.empty())
      return countries.front();
  return {};
}

std::string_view Gazetteer::Successor(std::string_view state) const {
  if (const GazetteerEntry* country = FindById(state))
    if (const std::vector<std::string>& successor = country->Attribute("successor"); !successor.empty())
      return successor.front();
  return state;
}

const std::vector<const GazetteerEntry*>& Gazetteer::FindByName(std::string_view folded) const {
  static const std::vector<const GazetteerEntry*> kNone;
  auto it = by_name_.find(folded);
  return it == by_name_.end() ? kNone : it->second;
}

const GazetteerEntry* Gazetteer::FindByAdjective(std::string_view folded) const {
  auto it = by_adjective_.find(folded);
  return it == by_adjective_.end() ? nullptr : it->second;
}

const std::vector<GazetteerName>& Gazetteer::NamesStartingWith(std::string_view folded) const {
  static const std::vector<GazetteerName> kNone;
  auto it = by_first_word_.find(folded);
  return it == by_first_word_.end() ? kNone : it->second;
}

}  // namespace newsgraph
