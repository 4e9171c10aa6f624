#include "text/MorphologyTable.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <string>

#include "text/DictionaryForms.h"

namespace newsgraph {
namespace {

// hunspell's capitalisation types (get_captype_utf8): no capital; one, first; all cased characters (a
// first character without case: kAllAfterUncased); several, otherwise. ICU's simple case mappings agree
// with hunspell's on a table's characters.
enum class Case { kNone, kInitial, kAll, kAllAfterUncased, kMixed };

Case CaseOf(std::string_view word) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto size = static_cast<std::int32_t>(word.size());
  std::size_t characters = 0, capitals = 0, uncased = 0;
  bool first_capital = false, first_uncased = false;
  for (std::int32_t i = 0; i < size; ++characters) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    const bool capital = u_tolower(c) != c;
    const bool no_case = u_toupper(c) == u_tolower(c);
    capitals += capital;
    uncased += no_case;
    if (characters == 0) {
      first_capital = capital;
      first_uncased = no_case;
    }
  }
  if (capitals == 0) return Case::kNone;
  if (capitals == 1 && first_capital) return Case::kInitial;
  if (capitals + uncased == characters) return first_uncased ? Case::kAllAfterUncased : Case::kAll;
  return Case::kMixed;
}

}  // namespace

std::uint64_t MorphologyTable::Fnv1a(std::string_view bytes, std::uint64_t hash) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

std::optional<std::uint64_t> MorphologyTable::DictionaryFingerprint(const std::filesystem::path& aff,
                                                                    const std::filesystem::path& dic) {
  // A start whose dictionary files are not the table's (FilesStamp) reads hunspell-fr's 3 MB, 32 bytes at a
  // time into four independent lanes (a multiplication for each eight bytes), the tail byte by byte. Each
  // step is a bijection of its lane, so any one changed word changes the fingerprint.
  constexpr std::uint64_t kOdd = 0x9E3779B97F4A7C15ull;
  std::uint64_t hash = Fnv1a("");
  for (const std::filesystem::path& path : {aff, dic}) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return std::nullopt;
    // (Not zero-filled first: the read overwrites every byte.)
    const auto size = static_cast<std::size_t>(in.tellg());
    const auto buffer = std::make_unique_for_overwrite<char[]>(size);
    if (!in.seekg(0).read(buffer.get(), static_cast<std::streamsize>(size))) return std::nullopt;
    const std::string_view bytes(buffer.get(), size);
    std::uint64_t lanes[4] = {hash, hash + 1, hash + 2, hash + 3};
    std::size_t i = 0;
    for (; i + sizeof lanes <= bytes.size(); i += sizeof lanes)
      for (std::size_t k = 0; k < std::size(lanes); ++k) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i + k * sizeof word, sizeof word);
        lanes[k] = (lanes[k] ^ word) * kOdd;
      }
    for (const std::uint64_t lane : lanes) {
      hash = (hash ^ lane) * kOdd;
      hash ^= hash >> 29;
    }
    hash = Fnv1a(bytes.substr(i), hash);
    hash = Fnv1a("\n--\n", hash);  // the boundary between the files counts
  }
  return hash;
}

std::uint64_t MorphologyTable::FilesStamp(const std::filesystem::path& aff,
                                          const std::filesystem::path& dic) {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  std::uint64_t hash = Fnv1a("");
  for (const std::filesystem::path& path : {aff, dic}) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || st.st_ctim.tv_sec + 2 > now.tv_sec) return 0;
    const std::uint64_t fields[] = {
        static_cast<std::uint64_t>(st.st_dev),          static_cast<std::uint64_t>(st.st_ino),
        static_cast<std::uint64_t>(st.st_size),         static_cast<std::uint64_t>(st.st_mtim.tv_sec),
        static_cast<std::uint64_t>(st.st_mtim.tv_nsec), static_cast<std::uint64_t>(st.st_ctim.tv_sec),
        static_cast<std::uint64_t>(st.st_ctim.tv_nsec)};
    hash = Fnv1a(std::string_view(reinterpret_cast<const char*>(fields), sizeof fields), hash);
  }
  return hash;
}

MorphologyTable::MorphologyTable(const void* data, std::size_t size)
    : data_(data),
      size_(size),
      header_(static_cast<const Header*>(data)),
      characters_(reinterpret_cast<const char32_t*>(header_ + 1)),
      slots_(reinterpret_cast<const std::uint32_t*>(characters_ + header_->character_count)),
      entries_(reinterpret_cast<const Entry*>(slots_ + header_->slot_count)),
      lemmas_(reinterpret_cast<const Lemma*>(entries_ + header_->entry_count)),
      strings_(reinterpret_cast<const char*>(lemmas_ + header_->lemma_count)) {}

MorphologyTable::~MorphologyTable() {
  munmap(const_cast<void*>(data_), size_);
}

Result<std::unique_ptr<MorphologyTable>> MorphologyTable::Open(
    const std::filesystem::path& path, std::uint64_t files,
    const std::function<Result<std::uint64_t>()>& fingerprint) {
  auto fail = [&](ErrorCode code, const char* message) { return Error{code, message, {path.string()}}; };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(ErrorCode::kNotFound, "cannot open the morphology table");
  struct stat st {};
  if (fstat(fd, &st) != 0 || static_cast<std::size_t>(st.st_size) < sizeof(Header)) {
    ::close(fd);
    return fail(ErrorCode::kBadSchema, "not a morphology table (too short)");
  }
  std::size_t size = static_cast<std::size_t>(st.st_size);
  void* data = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (data == MAP_FAILED) return fail(ErrorCode::kUnreadable, "cannot map the morphology table");
  std::unique_ptr<MorphologyTable> table(new MorphologyTable(data, size));
  const Header& h = *table->header_;
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kVersion)
    return fail(ErrorCode::kBadSchema, "not a morphology table of this version of newsgraph");
  if (files == 0 || files != h.files) {
    Result<std::uint64_t> dictionary = fingerprint();
    if (!dictionary) return dictionary.error();
    if (h.dictionary != *dictionary)
      return fail(ErrorCode::kBadSchema, "morphology table compiled from another hunspell dictionary");
  }
  std::uint64_t expected = sizeof(Header) + std::uint64_t{h.character_count} * sizeof(char32_t) +
                           std::uint64_t{h.slot_count} * sizeof(std::uint32_t) +
                           std::uint64_t{h.entry_count} * sizeof(Entry) +
                           std::uint64_t{h.lemma_count} * sizeof(Lemma) + h.strings_size;
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0 || h.entry_count >= h.slot_count ||
      expected != size)
    return fail(ErrorCode::kBadSchema, "damaged morphology table (its sizes do not add up)");
  return table;
}

MorphologyTable::Lookup MorphologyTable::Held(std::string_view form, WordInfo& info) const {
  const std::uint32_t mask = header_->slot_count - 1;
  for (std::uint32_t i = static_cast<std::uint32_t>(Fnv1a(form)) & mask, probes = 0; probes <= mask;
       i = (i + 1) & mask, ++probes) {
    // A damaged file gives no answer rather than reading out of bounds; only the pages a lookup touches
    // are read, so a short run does not read the whole table.
    const std::uint32_t slot = slots_[i];
    if (slot == 0) break;
    if (slot > header_->entry_count) return Lookup::kDamaged;
    const Entry& e = entries_[slot - 1];
    if (std::uint64_t{e.form_offset} + e.form_length > header_->strings_size ||
        std::uint64_t{e.first_lemma} + e.lemma_count > header_->lemma_count)
      return Lookup::kDamaged;
    if (std::string_view(strings_ + e.form_offset, e.form_length) != form) continue;
    info = WordInfo{};
    for (std::size_t bit = 0; bit < std::size(kFlags); ++bit) info.*kFlags[bit] = (e.flags >> bit) & 1u;
    for (std::uint32_t l = e.first_lemma; l < e.first_lemma + e.lemma_count; ++l) {
      if (std::uint64_t{lemmas_[l].offset} + lemmas_[l].length > header_->strings_size)
        return Lookup::kDamaged;
      info.lemmas.emplace_back(strings_ + lemmas_[l].offset, lemmas_[l].length);
    }
    return Lookup::kHeld;
  }
  return Lookup::kNotHeld;
}

std::optional<WordInfo> MorphologyTable::Find(std::string_view form) const {
  WordInfo info;
  switch (Held(form, info)) {
    case Lookup::kHeld:
      return info;
    case Lookup::kDamaged:
      return std::nullopt;
    case Lookup::kNotHeld:
      break;
  }
  if (!complete() || !MadeOf(form, characters_, header_->character_count)) return std::nullopt;
  return NotHeld(form);
}

// Each case follows hunspell's analyze(), which concatenates the analyses of the word's variants (its
// lookups of a written form: "sm(form)"). A variant with an analysis is a form of the listing, and the
// table holds every such form with its whole analysis, and every form with one capital first.
std::optional<WordInfo> MorphologyTable::NotHeld(std::string_view form) const {
  std::size_t dots = 0;
  while (dots < form.size() && form[form.size() - 1 - dots] == '.') ++dots;
  if (dots == form.size()) return WordInfo{};  // looked up as written
  if (dots > 1) return std::nullopt;
  const std::string_view word = form.substr(0, form.size() - dots);
  switch (CaseOf(word)) {
    case Case::kNone:
    case Case::kMixed:
    case Case::kInitial:
      // sm(word) [+ sm(lower)], then with the dot: sm(word.) [+ sm(lower.)]. The forms with the dot are
      // not held, so they have no analysis (lower.'s form with one capital first is `form`): the answer
      // is the word's without the dot, itself not held when there is none.
      return dots == 0 ? WordInfo{} : Find(word);
    case Case::kAll: {
      // sm(WORD) [+ sm(WORD.)] + sm(word) + sm(Word) [+ sm(word.) + sm(Word.)]: without WORD and WORD.,
      // which are not held, that of "Word" [+ "."].
      WordInfo held;
      if (dots == 1 && Held(word, held) != Lookup::kNotHeld) return std::nullopt;
      return Find(OneCapitalFirst(form));
    }
    case Case::kAllAfterUncased:
      return std::nullopt;  // "2CV" is also looked up as "2cv" twice: hunspell repeats its analyses
  }
  return std::nullopt;
}

}  // namespace newsgraph
