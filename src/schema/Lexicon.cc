#include "schema/Lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/Fold.h"

namespace newsgraph {
namespace {

// Calls `add(cls, entry)` for each `CLASS <TAB> ENTRY` line of `path` (read whole, the lines cut as views).
template <typename Add>
Status ReadTable(const std::filesystem::path& path, Add add) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kBadSchema, "cannot open lexicon file", {path.string()}};
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = std::move(buffer).str();
  std::uint64_t line_no = 0;
  for (std::size_t start = 0; start < content.size();) {
    std::size_t end = content.find('\n', start);
    if (end == std::string::npos) end = content.size();
    std::string_view line(content.data() + start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size())
      return Error{ErrorCode::kBadSchema, "expected CLASS<TAB>ENTRY", {path.string(), line_no}};
    add(line.substr(0, tab), line.substr(tab + 1));
  }
  return Ok();
}

}  // namespace

Result<Lexicon> Lexicon::Load(const std::filesystem::path& dir) {
  Lexicon lex;
  auto to_table = [](PhraseTable& table) {
    return [&table](std::string_view cls, std::string_view entry) { table.Add(std::string(cls), entry); };
  };
  if (Status s = ReadTable(dir / "cues.tsv", to_table(lex.cues_)); !s) return s.error();
  if (Status s = ReadTable(dir / "titles.tsv", to_table(lex.titles_)); !s) return s.error();
  if (Status s = ReadTable(dir / "heads.tsv", to_table(lex.heads_)); !s) return s.error();
  if (Status s = ReadTable(dir / "words.tsv",
                           [&](std::string_view cls, std::string_view entry) {
                             std::string folded = Fold(entry);
                             std::string name(cls);
                             lex.words_[name].insert(folded);
                             lex.classes_of_[std::move(folded)].push_back(std::move(name));
                           });
      !s)
    return s.error();
  // Only the classes the rules test token by token have a bit: those of WordClass, by enum order (one ending
  // in ':' stands for every valued class of that prefix: "states:" for "states:north_korea|south_korea"), and
  // one bit shared by the valued classes ("channel:phone", for ValueOf's quick no); the others are looked up
  // by name, so that words.tsv may have any number of classes.
  static_assert(kWordClassNames.size() < 64);
  const std::uint64_t valued_bit = std::uint64_t{1} << kWordClassNames.size();
  for (std::size_t k = 0; k < kWordClassNames.size(); ++k) {
    const std::string_view name = kWordClassNames[k];
    const bool listed = name.ends_with(':')
                            ? std::any_of(lex.words_.begin(), lex.words_.end(),
                                          [&](const auto& c) { return c.first.starts_with(name); })
                            : lex.words_.count(name) != 0;
    if (listed) lex.class_bits_[std::string(name)] = Bit(static_cast<WordClass>(k));
  }
  for (const auto& [cls, words] : lex.words_) {
    std::uint64_t bits = lex.ClassBit(cls);
    if (const std::size_t colon = cls.find(':'); colon != std::string::npos)
      bits |= (lex.valued_bits_ = valued_bit) | lex.ClassBit(std::string_view(cls).substr(0, colon + 1));
    if (bits != 0)
      for (const std::string& word : words) lex.word_bits_[word] |= bits;
  }
  if (Status s = ReadTable(dir / "discard.tsv",
                           [&](std::string_view cls, std::string_view entry) {
                             lex.discard_[std::string(cls)].push_back(cls == "suffix" ? std::string(entry)
                                                                                      : Fold(entry));
                           });
      !s)
    return s.error();
  if (Status s = ReadTable(dir / "national-prefixes.tsv",
                           [&](std::string_view prefix, std::string_view country) {
                             lex.national_prefixes_[Fold(prefix)] = country;
                           });
      !s)
    return s.error();
  return lex;
}

const std::string* Lexicon::NationalPrefix(std::string_view folded) const {
  auto it = national_prefixes_.find(folded);
  return it == national_prefixes_.end() ? nullptr : &it->second;
}

bool Lexicon::Is(std::string_view cls, std::string_view folded) const {
  // (By the word's classes: one look-up, where the class's words were a second one, and most words asked
  // have no class at all.)
  auto it = classes_of_.find(folded);
  return it != classes_of_.end() && std::find(it->second.begin(), it->second.end(), cls) != it->second.end();
}

bool Lexicon::LemmaIn(std::string_view cls, const WordInfo& info) const {
  auto it = words_.find(cls);
  return it != words_.end() && std::any_of(info.lemmas.begin(), info.lemmas.end(),
                                           [&](const std::string& l) { return it->second.count(l) > 0; });
}

std::uint64_t Lexicon::ClassesOf(std::string_view folded) const {
  auto it = word_bits_.find(folded);
  return it == word_bits_.end() ? 0 : it->second;
}

std::uint64_t Lexicon::ClassBit(std::string_view cls) const {
  auto it = class_bits_.find(cls);
  return it == class_bits_.end() ? 0 : it->second;
}

std::vector<std::string> Lexicon::Members(std::string_view cls) const {
  auto it = words_.find(cls);
  if (it == words_.end()) return {};
  std::vector<std::string> out(it->second.begin(), it->second.end());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Lexicon::ValueOf(std::string_view prefix, std::string_view folded) const {
  auto it = classes_of_.find(folded);
  if (it == classes_of_.end()) return "";
  for (const std::string& cls : it->second)
    if (cls.size() > prefix.size() && cls.compare(0, prefix.size(), prefix) == 0)
      return cls.substr(prefix.size());
  return "";
}

const std::vector<std::string>& Lexicon::discard(std::string_view cls) const {
  static const std::vector<std::string> kNone;
  auto it = discard_.find(cls);
  return it == discard_.end() ? kNone : it->second;
}

}  // namespace newsgraph
