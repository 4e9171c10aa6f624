#include "text/MorphologyTableWriter.h"

#include <algorithm>
#include <cstring>

#include "text/MorphologyTable.h"
#include "text/StringHash.h"

namespace newsgraph {
namespace {

template <typename T>
void Append(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

std::string SerializeMorphologyTable(std::uint64_t dictionary, std::uint64_t files,
                                     std::vector<std::pair<std::string, WordInfo>> analyses, bool complete,
                                     const std::vector<char32_t>& characters) {
  using Table = MorphologyTable;
  std::sort(analyses.begin(), analyses.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::uint32_t slot_count = 2;
  while (slot_count < 2 * analyses.size() + 1) slot_count *= 2;  // at most half full
  std::vector<std::uint32_t> slots(slot_count, 0);
  std::vector<Table::Entry> entries;
  std::vector<Table::Lemma> lemmas;
  std::string strings;
  StringMap<std::uint32_t> lemma_offsets;  // each lemma's text is stored once
  for (const auto& [form, info] : analyses) {
    Table::Entry e{};
    e.form_offset = static_cast<std::uint32_t>(strings.size());
    e.form_length = static_cast<std::uint32_t>(form.size());
    strings += form;
    e.first_lemma = static_cast<std::uint32_t>(lemmas.size());
    e.lemma_count = static_cast<std::uint16_t>(info.lemmas.size());
    for (const std::string& lemma : info.lemmas) {
      auto [it, inserted] = lemma_offsets.try_emplace(lemma, static_cast<std::uint32_t>(strings.size()));
      if (inserted) strings += lemma;
      lemmas.push_back({it->second, static_cast<std::uint32_t>(lemma.size())});
    }
    for (std::size_t bit = 0; bit < std::size(Table::kFlags); ++bit)
      if (info.*Table::kFlags[bit]) e.flags |= static_cast<std::uint16_t>(1u << bit);
    std::uint32_t i = static_cast<std::uint32_t>(Table::Fnv1a(form)) & (slot_count - 1);
    while (slots[i] != 0) i = (i + 1) & (slot_count - 1);
    entries.push_back(e);
    slots[i] = static_cast<std::uint32_t>(entries.size());
  }

  Table::Header h{};
  std::memcpy(h.magic, Table::kMagic, sizeof h.magic);
  h.version = Table::kVersion;
  h.slot_count = slot_count;
  h.dictionary = dictionary;
  h.files = files;
  h.entry_count = static_cast<std::uint32_t>(entries.size());
  h.lemma_count = static_cast<std::uint32_t>(lemmas.size());
  h.strings_size = strings.size();
  h.character_count = static_cast<std::uint32_t>(characters.size());
  h.complete = complete ? 1 : 0;
  std::string out;
  out.reserve(sizeof h + characters.size() * 4 + slots.size() * 4 + entries.size() * sizeof(Table::Entry) +
              lemmas.size() * sizeof(Table::Lemma) + strings.size());
  Append(out, h);
  for (char32_t c : characters) Append(out, c);
  for (std::uint32_t slot : slots) Append(out, slot);
  for (const Table::Entry& e : entries) Append(out, e);
  for (const Table::Lemma& l : lemmas) Append(out, l);
  out += strings;
  return out;
}

}  // namespace newsgraph
