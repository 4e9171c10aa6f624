// hunspell's analyses of a dictionary's word forms, computed once (`newsgraph compile-morphology`) and read
// from a file mapped in memory: a lookup costs a hash probe where hunspell-fr takes about 20 us a word, and
// opening it costs nothing where building a Hunspell object takes 0.05 s. The file records a fingerprint of
// the .aff and .dic it was compiled from (and which files they were, so that they are hashed again only once
// they changed); a table of another dictionary is refused, so a table answers exactly what hunspell would for
// every form it holds.
//
// When the dictionary's listing is complete (DictionaryForms.h) and the table holds the forms with one
// capital first too, the table also answers for the words it does not hold that are made of the listing's
// characters, as hunspell's `analyze()` would: it looks a word up as written, less its trailing dots; with
// one dot, also with the dot ("M." is "M" and "M."); written with one capital first, also in lower case;
// in capitals, also in lower case and with one capital first ("OTAN" is "Otan"). So a word not held is
// unknown, unless it is in capitals, whose answer is that of its form with one capital first. Words with
// other characters ("Erdoğan"), several trailing dots, or in capitals after a character without case
// ("2CV") are left to hunspell.
//
// Layout (native byte order, version kVersion): a Header, then `character_count` u32 characters of the
// listing (sorted), `slot_count` u32 slots (entry index + 1, 0 free; open addressing, linear probing on
// Fnv1a(form)), the entries, the lemma references and the strings.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>

#include "core/Result.h"
#include "text/WordInfo.h"

namespace newsgraph {

class MorphologyTable {
 public:
  static constexpr std::uint32_t kVersion = 6;

  struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t slot_count;  // a power of two
    std::uint64_t dictionary;  // DictionaryFingerprint of the .aff and .dic
    std::uint32_t entry_count;
    std::uint32_t lemma_count;
    std::uint64_t strings_size;
    std::uint32_t character_count;
    std::uint32_t complete;  // 1: the table answers for words of its characters (above)
    std::uint64_t files;     // FilesStamp of the .aff and .dic it was compiled from (0: none)
  };
  struct Entry {
    std::uint32_t form_offset;
    std::uint32_t form_length;
    std::uint32_t first_lemma;
    std::uint16_t lemma_count;
    std::uint16_t flags;  // WordInfo's booleans, bit i for the i-th of kFlags
  };
  struct Lemma {
    std::uint32_t offset;
    std::uint32_t length;
  };
  static constexpr char kMagic[8] = {'N', 'G', 'M', 'O', 'R', 'P', 'H', '\0'};
  static constexpr bool WordInfo::*kFlags[] = {
      &WordInfo::known,      &WordInfo::verb,       &WordInfo::noun,        &WordInfo::adjective,
      &WordInfo::participle, &WordInfo::infinitive, &WordInfo::adverb,      &WordInfo::conditional,
      &WordInfo::finite,     &WordInfo::first_name, &WordInfo::feminine,    &WordInfo::masculine,
      &WordInfo::surname,    &WordInfo::proper,     &WordInfo::common_word, &WordInfo::future};
  static_assert(std::size(kFlags) <= 16, "Entry::flags holds 16 booleans");

  // The hash of the slots (FNV-1a, 64 bits): fixed, since tables outlive builds.
  static std::uint64_t Fnv1a(std::string_view bytes, std::uint64_t hash = 14695981039346656037ull);
  // What a table is tied to: the contents of the dictionary's .aff and .dic. nullopt if one is unreadable.
  static std::optional<std::uint64_t> DictionaryFingerprint(const std::filesystem::path& aff,
                                                            const std::filesystem::path& dic);

  // Which files the .aff and .dic are, as they are now: their devices, inodes, sizes, modification and
  // status-change times (any write sets the last to the clock, and no call sets it back). 0 when one is
  // unreadable or changed in the last two seconds (a write in the same tick of the file system's clock
  // might leave its times as they were).
  static std::uint64_t FilesStamp(const std::filesystem::path& aff, const std::filesystem::path& dic);

  // Maps `path`; fails if it is missing, not a table of this version, of the wrong size, or compiled from a
  // dictionary of another fingerprint than `fingerprint()`. That is asked (it reads the whole dictionary,
  // 3 MB for hunspell-fr) only when `files`, the dictionary's FilesStamp, is 0 or not the table's.
  static Result<std::unique_ptr<MorphologyTable>> Open(
      const std::filesystem::path& path, std::uint64_t files,
      const std::function<Result<std::uint64_t>()>& fingerprint);
  ~MorphologyTable();
  MorphologyTable(const MorphologyTable&) = delete;
  MorphologyTable& operator=(const MorphologyTable&) = delete;

  std::size_t size() const { return header_->entry_count; }
  bool complete() const { return header_->complete == 1; }
  // hunspell's analysis of `form` as written, if the table can tell (above). nullopt: ask hunspell.
  std::optional<WordInfo> Find(std::string_view form) const;

 private:
  MorphologyTable(const void* data, std::size_t size);
  enum class Lookup { kHeld, kNotHeld, kDamaged };
  // The form's entry, into `info` if held.
  Lookup Held(std::string_view form, WordInfo& info) const;
  // What analyze() makes of a word of the table's characters the table does not hold (nullopt: ask
  // hunspell).
  std::optional<WordInfo> NotHeld(std::string_view form) const;

  const void* data_;
  std::size_t size_;
  const Header* header_;
  const char32_t* characters_;
  const std::uint32_t* slots_;
  const Entry* entries_;
  const Lemma* lemmas_;
  const char* strings_;
};

}  // namespace newsgraph
