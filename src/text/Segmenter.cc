#include "text/Segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <optional>
#include <set>
#include <span>

#include "core/FormCache.h"
#include "core/ShortWord.h"
#include "text/Fold.h"
#include "text/LatinWordBreaks.h"
#include "text/PieceSplitter.h"
#include "text/SentenceBreaks.h"
#include "text/Utf16Text.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// Elided articles, pronouns and conjunctions (French grammar, a closed class): split off with the apostrophe.
constexpr std::string_view kElisions[] = {"l'", "d'", "qu'",    "s'",      "n'",      "j'",      "m'",
                                          "t'", "c'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"};
// The letters of the elisions of one letter ("l'", "d'"), most of those met: told by a table look-up.
constexpr std::array<bool, 128> kOneLetterElisions = [] {
  std::array<bool, 128> letters{};
  for (const std::string_view elision : kElisions)
    if (elision.size() == 2) letters[static_cast<std::size_t>(elision[0])] = true;
  return letters;
}();
// Inversion clitics (also a closed class), longest first so "-t-il" wins over "-il".
constexpr std::string_view kClitics[] = {"-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on",
                                         "-elles",   "-nous",   "-vous",  "-elle", "-ils",
                                         "-lui",     "-je",     "-il",    "-on",   "-ce"};
// The longest part of a clitic after its last hyphen ("elles").
constexpr std::size_t kMaxCliticPart = 5;
static_assert(std::ranges::all_of(kClitics, [](std::string_view clitic) {
  return clitic.size() - clitic.rfind('-') - 1 <= kMaxCliticPart;
}));

struct Shape {
  TokenKind kind = TokenKind::kPunct;
  bool capitalized = false;
  bool all_caps = false;
};

// Kind from the first letter or digit; capitalisation from the letters.
Shape ShapeOf(std::string_view s) {
  Shape shape;
  bool alnum = false;
  bool first_letter = true;
  int letters = 0;
  int upper = 0;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto size = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(bytes, i, size, c);
    }
    const bool digit = c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c);
    const bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c);
    if (!alnum && (digit || letter)) {
      shape.kind = digit ? TokenKind::kNumber : TokenKind::kWord;
      alnum = true;
    }
    if (letter) {
      const bool is_upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c);
      ++letters;
      upper += is_upper;
      if (first_letter) shape.capitalized = is_upper;
      first_letter = false;
    }
  }
  shape.all_caps = letters >= 2 && upper == letters;
  return shape;
}

// The ASCII classes of eight bytes (the first lowest), each byte's as its high bit; false when a byte is not
// ASCII.
struct AsciiClasses {
  std::uint64_t upper = 0, letters = 0, digits = 0;
};
bool ClassesOf(std::uint64_t word, AsciiClasses& classes) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80;
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  if ((word & kHigh) != 0) return false;
  // The bytes from `lo` to `hi` (ASCII bytes: no carry crosses a byte).
  const auto in = [&](char lo, char hi) {
    return (word + kOnes * (0x80 - lo)) & ~(word + kOnes * (0x7F - hi)) & kHigh;
  };
  classes.upper = in('A', 'Z');
  classes.letters = classes.upper | in('a', 'z');
  classes.digits = in('0', '9');
  return true;
}

// `word` in lower case ('A' + 0x20 = 'a').
std::uint64_t Lowered(std::uint64_t word, const AsciiClasses& classes) {
  return word | (classes.upper >> 2);
}

// ShapeOf of an ASCII span of at most eight bytes held in `word` (its first byte lowest, the bytes past it
// zero), writing its lower case (which is also its folded form) to `out` (room for eight bytes); false when
// the span is not ASCII.
bool ShortAsciiForms(std::uint64_t word, Shape& shape, char* out) {
  AsciiClasses c;
  if (!ClassesOf(word, c)) return false;
  if (const std::uint64_t alnum = c.letters | c.digits; alnum != 0)
    shape.kind = (c.digits & (alnum & -alnum)) != 0 ? TokenKind::kNumber : TokenKind::kWord;
  shape.capitalized = (c.upper & (c.letters & -c.letters)) != 0;
  // (Two letters or more, all upper case.)
  shape.all_caps = (c.letters & (c.letters - 1)) != 0 && c.upper == c.letters;
  word = Lowered(word, c);
  std::memcpy(out, &word, sizeof word);
  return true;
}

// The same for a span longer than eight bytes, eight at a time (the last eight read again, shifted past the
// bytes already read); `out` has room for the span rounded up to eight bytes.
bool LongAsciiForms(std::string_view s, Shape& shape, char* out) {
  bool kind_known = false, capital_known = false, all_upper = true;
  int letters = 0;  // up to two a word, as all_caps needs two (std::popcount is a libgcc call here)
  for (std::size_t at = 0; at < s.size(); at += 8) {
    std::uint64_t word;
    if (at + 8 <= s.size()) {
      std::memcpy(&word, s.data() + at, sizeof word);
    } else {
      std::memcpy(&word, s.data() + s.size() - 8, sizeof word);
      word >>= 8 * (at + 8 - s.size());
    }
    AsciiClasses c;
    if (!ClassesOf(word, c)) return false;
    if (const std::uint64_t alnum = c.letters | c.digits; !kind_known && alnum != 0) {
      shape.kind = (c.digits & (alnum & -alnum)) != 0 ? TokenKind::kNumber : TokenKind::kWord;
      kind_known = true;
    }
    if (!capital_known && c.letters != 0) {
      shape.capitalized = (c.upper & (c.letters & -c.letters)) != 0;
      capital_known = true;
    }
    letters += (c.letters != 0) + ((c.letters & (c.letters - 1)) != 0);
    all_upper &= c.upper == c.letters;
    word = Lowered(word, c);
    std::memcpy(out + at, &word, sizeof word);
  }
  shape.all_caps = letters >= 2 && all_upper;
  return true;
}

// The shape and case forms of a word that is not ASCII, kept per thread (FormCache): a word with an accent
// is worth looking up rather than decoding again, most of them recur from article to article.
struct CaseForms {
  Shape shape;
  std::string lower;
  std::string fold;
};
constexpr std::size_t kMaxCachedForms = 1 << 17;

const CaseForms& CaseFormsOf(std::string_view span) {
  thread_local FormCache<CaseForms> cache(kMaxCachedForms);
  return cache.Get(span, [&] {
    CaseForms forms{ShapeOf(span), {}, {}};
    LowerAndFold(span, forms.lower, forms.fold);
    return forms;
  });
}

// The shape and case forms of a word of at most sixteen bytes whose forms are that short too (most words),
// in the table of recent ones (ShortFormsOf).
constexpr std::size_t kMaxShortBytes = 16;
// A word's two words of bytes tell its size too, without `size` to compare: the bytes past it are zero, and
// no piece ends with a null character but "\0" alone (UAX #29 joins it to nothing), whose bytes are (0, 0)
// and no other piece's. A slot without a word holds bytes no piece has (0xFF is never in UTF-8, and an
// ill-formed byte is a piece of its own).
struct ShortForms {
  std::uint64_t first = ~std::uint64_t{0};  // the word's first eight bytes (ShortWord)
  std::uint64_t second = 0;                 // and the next eight
  std::size_t size = SIZE_MAX;              // no word yet
  Shape shape;
  bool lower_differs = false;  // from the folded form
  std::uint8_t fold_size = 0;
  std::uint8_t lower_size = 0;
  bool displaced = false;  // in the partner of the slot its bytes index (NoteShortForms)
  std::array<char, kMaxShortBytes> fold{};
  std::array<char, kMaxShortBytes> lower{};
  TokenFacts facts;  // RecentForms::facts_source's (null `written` without one)
};
// 8,192 slots of 144 bytes (1.1 MB a thread): with 1,024, one token in twelve of 1k generated articles missed
// (a word pushed out by another since it was last met) and went the long way again; with 4,096, one in fifty;
// with 8,192, one in a hundred (on 1k vocabulary articles, whose words recur less, 27.5k misses then 19.6k);
// with a word pushed out kept in the slot next to it (NoteShortForms), one in 700 (vocabulary: 16.1k).
// No slower in CPU time than 4,096 slots on 10k vocabulary articles, though past a 512 KB L2 cache.
constexpr int kRecentBits = 13;
// The table of recent forms of a thread (ShortFormsOf), and the source of the facts its slots hold
// (FormFacts::instance(), 0 for none).
struct RecentForms {
  std::array<ShortForms, std::size_t{1} << kRecentBits> slots;
  std::uint64_t facts_source = 0;
  // That source, during a call of MakeTokens. (Here rather than an argument of ShortFormsOf: the argument of
  // its rare miss was loaded for every token.)
  const FormFacts* facts = nullptr;
};
// (Out of line: inlined, the table's address was made again from the thread pointer for every token.)
[[gnu::noinline]] RecentForms& RecentFormsOfThread() {
  thread_local RecentForms recent;
  return recent;
}

// ShortFormsOf's miss: the forms of `span` (its bytes `first` and `second`), and its facts from `recent`'s
// source if any, kept in `slot`: found in the slot's partner (the slot next to it), or computed. Two words
// met in turn at one slot pushed each other out and went the long way again each time (3.1k of the 3.6k
// misses on 1k generated articles): the word pushed out of `slot` goes to its partner when that is empty or
// holds a word pushed out of its own slot, and is moved back when met again. (Out of line: inlined, its
// registers made MakeTokens keep its cursors on the stack.)
[[gnu::noinline]] const ShortForms* NoteShortForms(std::string_view span, std::uint64_t first,
                                                   std::uint64_t second, RecentForms& recent,
                                                   ShortForms& slot) {
  ShortForms& partner = recent.slots[static_cast<std::size_t>(&slot - recent.slots.data()) ^ 1];
  if (partner.first == first && partner.second == second) {
    // (A word is in its own slot or in that slot's partner: the one moved out of `slot` changes place too.)
    std::swap(slot, partner);
    slot.displaced = false;
    partner.displaced = !partner.displaced;
    return &slot;
  }
  ShortForms forms;
  if (span.size() <= 8 ? ShortAsciiForms(first, forms.shape, forms.fold.data())
                       : LongAsciiForms(span, forms.shape, forms.fold.data())) {
    forms.fold_size = static_cast<std::uint8_t>(span.size());
  } else {
    const CaseForms& cased = CaseFormsOf(span);
    // (A form longer than its word would break MakeTokens' count of its room.)
    if (cased.fold.size() > span.size() || cased.lower.size() > span.size()) return nullptr;
    forms.shape = cased.shape;
    forms.lower_differs = cased.lower != cased.fold;
    forms.fold_size = static_cast<std::uint8_t>(cased.fold.copy(forms.fold.data(), forms.fold.size()));
    forms.lower_size = static_cast<std::uint8_t>(cased.lower.copy(forms.lower.data(), forms.lower.size()));
  }
  forms.first = first;
  forms.second = second;
  forms.size = span.size();
  if (const FormFacts* const source = recent.facts; source != nullptr) {
    const std::string_view fold(forms.fold.data(), forms.fold_size);
    const std::string_view lower =
        forms.lower_differs ? std::string_view(forms.lower.data(), forms.lower_size) : fold;
    const auto size = static_cast<std::uint32_t>(span.size());
    forms.facts = source->Of(Token(0, size, forms.shape.kind, forms.shape.capitalized, forms.shape.all_caps,
                                   false, lower, fold, TokenFacts()),
                             span);
  }
  if (slot.size != SIZE_MAX && (partner.size == SIZE_MAX || partner.displaced)) {
    partner = slot;
    partner.displaced = !partner.displaced;
  }
  slot = forms;
  return &slot;
}

// The forms of `span` (at most sixteen bytes, `readable` bytes from its start on), from `recent`, the table
// kept per thread of the last word met at each slot, indexed by its bytes: most words are short and frequent
// ("de", "la", "à", ","; "président"), worth a look-up rather than case work or a hash. Null when the folded
// or lower-case form of `span` is longer than `span` (rare). The slots hold the facts of RecentForms::facts.
// (Inlined in MakeTokens' two loops, one of which knows `readable`.)
[[gnu::always_inline]] inline const ShortForms* ShortFormsOf(RecentForms& recent, std::string_view span,
                                                             std::size_t readable) {
  const std::uint64_t first = ShortWord(span, readable);
  const std::uint64_t second = span.size() > 8 ? ShortWord(span.substr(8), readable - 8) : 0;
  const std::uint64_t hash = (first ^ (second * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL;
  ShortForms& slot = recent.slots[hash >> (64 - kRecentBits)];
  if (slot.first == first && slot.second == second) [[likely]]
    return &slot;
  return NoteShortForms(span, first, second, recent, slot);
}

// The first bytes of the punctuation FindSentences has nothing to do with: ASCII, neither a terminator (the
// ASCII ones are '.', '!' and '?') nor a quote or bracket it pairs.
constexpr std::array<bool, 256> kQuietPunctuation = [] {
  std::array<bool, 256> quiet{};
  for (std::size_t b = 0; b < 0x80; ++b) quiet[b] = true;
  for (const char loud : {'.', '!', '?', '"', ')', ']'}) quiet[static_cast<unsigned char>(loud)] = false;
  return quiet;
}();

// piece.newline_before || piece.abbreviation, in one load of both (FindSentences' loop over every token: two
// tests of a byte cost two more instructions a token).
bool NewlineOrAbbreviation(const Piece& piece) {
  static_assert(offsetof(Piece, abbreviation) == offsetof(Piece, newline_before) + 1);
  std::uint16_t both;
  std::memcpy(&both, reinterpret_cast<const char*>(&piece) + offsetof(Piece, newline_before), sizeof both);
  return both != 0;
}

bool IsFinalPunct(std::string_view s) {
  return s == "." || s == "!" || s == "?" || s == "\u2026";
}

// "F" or "J.F": single capital letters separated by periods.
bool IsInitials(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); i += 2) {
    if (s[i] < 'A' || s[i] > 'Z' || (i + 1 < s.size() && s[i + 1] != '.')) return false;
  }
  return s.size() % 2 == 1;
}

// A capitalised word that opens sentences and never a name after an initial ("sur le réseau social X. Le
// chef ...").
bool OpensSentence(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {"Le",   "La",    "Les",   "L'",   "L\u2019", "Il",
                                                  "Elle", "Ils",   "Elles", "Un",   "Une",     "Des",
                                                  "Ce",   "Cette", "Ces",   "Selon"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), s) != std::end(kOpeners);
}

// The first i from `from` on where `breaks[i]` is set, eight flags at a time: a flag past `from` must be set,
// and seven bytes must follow it.
std::size_t NextBreak(const std::vector<char>& breaks, std::size_t from) {
  for (;; from += 8) {
    std::uint64_t word;
    std::memcpy(&word, breaks.data() + from, sizeof word);
    if (word != 0) return from + static_cast<std::size_t>(std::countr_zero(word)) / 8;
  }
}

bool EndsWithAsciiNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const std::string_view tail = s.substr(s.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = tail[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

// Whether `set` holds `s` in lower case, without making a string of a short ASCII `s` (Lower's answer).
bool ContainsLower(const StringSet& set, std::string_view s) {
  std::array<char, 32> lower;
  if (s.size() > lower.size() ||
      !std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return set.contains(Lower(s));
  std::transform(s.begin(), s.end(), lower.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return set.contains(std::string_view(lower.data(), s.size()));
}

// The key of two ASCII bytes, lower-cased, in Segmenter::abbreviation_ascii_starts_; -1 when one is not
// ASCII.
int AsciiPairKey(char first, char second) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : static_cast<int>(c); };
  if (static_cast<unsigned char>(first) >= 0x80 || static_cast<unsigned char>(second) >= 0x80) return -1;
  return (lower(first) << 7) | lower(second);
}

// Room for the pieces of a text of `bytes` bytes: PieceSplitter's (one per boundary) and MergeAndSplit's (at
// most one per byte, and its sentinel). Kept per thread (786 KB) for a text of up to kKeptPieceBytes, as most
// articles are: two blocks of tens of kilobytes allocated and freed for every article took mimalloc's slower
// path.
class PieceRooms {
 public:
  static constexpr std::size_t kKeptPieceBytes = std::size_t{1} << 15;

  explicit PieceRooms(std::size_t bytes) {
    thread_local std::unique_ptr<Piece[]> kept(new Piece[2 * (kKeptPieceBytes + 1)]);
    if (bytes <= kKeptPieceBytes) {
      split_ = kept.get();
    } else {
      owned_ = std::make_unique_for_overwrite<Piece[]>(2 * (bytes + 1));
      split_ = owned_.get();
    }
    merged_ = split_ + bytes + 1;
  }
  Piece* split() const { return split_; }
  Piece* merged() const { return merged_; }

 private:
  std::unique_ptr<Piece[]> owned_;
  Piece* split_;
  Piece* merged_;
};

// Segmenter::FindSentences' working vectors, kept per thread as the pieces' rooms are: allocated for every
// article, they cost about as much again.
struct SentenceWork {
  std::vector<char> breaks, closer;
  std::vector<std::uint32_t> found;
  std::vector<std::pair<std::size_t, std::size_t>> quotes;
  std::vector<std::size_t> marks, open;
  std::vector<Sentence> sentences;
};

// The bit of a candidate's or an entry's length in Segmenter::abbreviation_lengths_at_.
std::uint64_t LengthBit(std::size_t length) {
  return std::uint64_t{1} << std::min<std::size_t>(length, 63);
}

// Notes ASCII byte `b` in `bytes` (a quick filter), and its upper case when `b` is a lower-case letter.
void NoteAscii(std::array<bool, 128>& bytes, unsigned char b, bool upper_too) {
  if (b >= 0x80) return;
  bytes[b] = true;
  if (upper_too && b >= 'a' && b <= 'z') bytes[b - 'a' + 'A'] = true;
}

std::unique_ptr<icu::BreakIterator> Make(icu::BreakIterator* (*create)(const icu::Locale&, UErrorCode&)) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(create(icu::Locale::getFrench(), status));
  return U_SUCCESS(status) ? std::move(iterator) : nullptr;
}

}  // namespace

Segmenter::Segmenter(std::vector<std::string> abbreviations)
    : words_(Make(&icu::BreakIterator::createWordInstance)),
      sentences_(Make(&icu::BreakIterator::createSentenceInstance)) {
  std::set<std::size_t, std::greater<>> lengths;
  for (std::string& entry : abbreviations) {
    while (!entry.empty() && (entry.back() == ' ' || entry.back() == '\t' || entry.back() == '\r'))
      entry.pop_back();
    if (entry.empty() || entry.front() == '#') continue;
    if (entry.find('\'') != std::string::npos) {
      std::string word = Lower(entry);
      if (word.size() < 64) whole_word_lengths_ |= std::uint64_t{1} << word.size();
      NoteAscii(whole_word_first_ascii_, static_cast<unsigned char>(word.front()), true);
      whole_words_.insert(std::move(word));
      continue;
    }
    lengths.insert(entry.size());
    if (entry.back() != '.') lengths.insert(entry.size() + 1);
    const auto first = static_cast<unsigned char>(entry.front());
    const std::uint64_t length_bits = LengthBit(entry.size()) | LengthBit(entry.size() + 1);
    abbreviation_lengths_at_[first] |= length_bits;
    NoteAscii(abbreviation_last_ascii_, static_cast<unsigned char>(entry.back()), Lower(entry) == entry);
    // (An entry of one byte matches a candidate of two, with a final period.)
    if (const int key = AsciiPairKey(entry.front(), entry.size() > 1 ? entry[1] : '.'); key >= 0)
      abbreviation_ascii_starts_.set(static_cast<std::size_t>(key));
    for (const char c : std::string_view(entry).substr(1)) {
      const auto b = static_cast<unsigned char>(c);
      abbreviation_later_byte_[b] = true;
      // (A capital's bytes differ from its small letter's: any byte from 0x80 on may follow a capital.)
      if (b >= 0x80) std::fill(abbreviation_later_byte_.begin() + 0x80, abbreviation_later_byte_.end(), true);
      if (b >= 'a' && b <= 'z') abbreviation_later_byte_[b - 'a' + 'A'] = true;
    }
    if (Lower(entry) == entry) {
      if (first >= 'a' && first <= 'z') abbreviation_lengths_at_[first - 'a' + 'A'] |= length_bits;
      // A capitalised accented letter starts with another lead byte.
      if (first >= 0x80)
        for (std::size_t lead = 0xC0; lead < 0x100; ++lead) abbreviation_lengths_at_[lead] |= length_bits;
      lower_abbreviations_.insert(entry);
    }
    abbreviations_.insert(std::move(entry));
  }
  abbreviation_lengths_.assign(lengths.begin(), lengths.end());
  abbreviation_last_ascii_['.'] = true;  // an entry without a final period also matches with one
  abbreviation_later_byte_['.'] = true;
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

bool Segmenter::IsAbbreviation(std::string_view span) const {
  // (Most candidates are a word and the punctuation after it. Lower-casing keeps an ASCII character ASCII,
  // and no other character lower-cases to an ASCII one: a candidate that ends in an ASCII byte no entry ends
  // in is none, without a look-up.)
  if (const auto last = static_cast<unsigned char>(span.back());
      last < 0x80 && !abbreviation_last_ascii_[last])
    return false;
  // (A candidate's first two bytes, when ASCII, start its lower-case form too: when no entry starts with
  // them, lower-cased, none of the look-ups below can match.)
  if (const int key = span.size() >= 2 ? AsciiPairKey(span[0], span[1]) : -1;
      key >= 0 && !abbreviation_ascii_starts_[static_cast<std::size_t>(key)])
    return false;
  const auto matches = [this](std::string_view s) {
    if (s.empty()) return false;
    return abbreviations_.contains(s) ||
           (!lower_abbreviations_.empty() && ContainsLower(lower_abbreviations_, s));
  };
  return matches(span) || (span.size() > 1 && span.back() == '.' && matches(span.substr(0, span.size() - 1)));
}

bool Segmenter::IsWholeWord(std::string_view word) const {
  // Lower-casing keeps an ASCII word's length, and an ASCII first byte ASCII: one of a length that no entry
  // has, or that starts with an ASCII byte no entry starts with, is none (most elided words, which come
  // here).
  if (const auto first = static_cast<unsigned char>(word.front());
      first < 0x80 && !whole_word_first_ascii_[first])
    return false;
  if (word.size() < 64 && ((whole_word_lengths_ >> word.size()) & 1) == 0 &&
      std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return false;
  return !whole_words_.empty() && ContainsLower(whole_words_, word);
}

bool Segmenter::MayStartAbbreviation(std::string_view text, const Piece& piece) const {
  const std::size_t size = piece.end - piece.begin;
  const auto first = static_cast<unsigned char>(text[piece.begin]);
  // An entry starting with its first byte and longer than it, or initials ("F", "J.F").
  return (abbreviation_lengths_at_[first] >> std::min<std::size_t>(size + 1, 63)) != 0 ||
         (first >= 'A' && first <= 'Z' && (size == 1 || text[piece.begin + 1] == '.'));
}

std::size_t Segmenter::AbbreviationEnd(std::string_view text, std::span<const Piece> pieces,
                                       std::size_t i) const {
  const auto slice = [&](const Piece& p) { return std::string_view(text.data() + p.begin, p.end - p.begin); };
  const Piece& piece = pieces[i];
  const std::string_view word = slice(piece);
  // Only a merge with the following pieces matters ("M" "." → "M."): a break never follows a bare "Mme".
  if (const std::uint64_t lengths = abbreviation_lengths_at_[static_cast<unsigned char>(word.front())];
      lengths != 0) {
    for (const std::size_t length : abbreviation_lengths_) {
      if (length <= word.size()) break;
      if ((lengths & LengthBit(length)) == 0) continue;
      const std::size_t stop = piece.begin + length;
      std::size_t j = i;
      while (j + 1 < pieces.size() && pieces[j].end < stop && !pieces[j + 1].space_before) ++j;
      if (pieces[j].end == stop && IsAbbreviation(text.substr(piece.begin, length))) return j;
    }
  }
  // Capital initials before a capitalised word: "John F. Kennedy", "J.F. Kennedy" (not a one-letter name
  // after a lower-case word, before a word that opens sentences: "le réseau social X. Le chef").
  if (i + 2 < pieces.size() && IsInitials(word) && slice(pieces[i + 1]) == "." &&
      pieces[i + 2].space_before && !pieces[i + 2].newline_before &&
      ShapeOf(slice(pieces[i + 2])).capitalized &&
      !(i > 0 && !ShapeOf(slice(pieces[i - 1])).capitalized && OpensSentence(slice(pieces[i + 2])))) {
    return i + 1;
  }
  return i;
}

std::span<const Piece> Segmenter::MergeAndSplit(const std::string& text, std::span<const Piece> all,
                                                Piece* room) const {
  const std::string_view view(text);
  Piece* out = room;
  // (The elisions are ASCII, and no other character lower-cases to an ASCII one of theirs.)
  const auto is_elision = [](std::string_view s) {
    if (s.size() == 2) {
      const auto letter = static_cast<unsigned char>(s[0]);
      // (`| 0x20` gives a letter of the table from that letter or its capital only.)
      return s[1] == '\'' && letter < 0x80 && kOneLetterElisions[letter | 0x20];
    }
    return std::any_of(std::begin(kElisions), std::end(kElisions), [&](std::string_view elision) {
      return s.size() == elision.size() && EndsWithAsciiNoCase(s, elision);
    });
  };
  // `next(at, c, from)`: the first `c` from `from` on (or the text's size), `at` keeping the last answer
  // (`from` only grows).
  const auto next = [&](std::size_t& at, char c, std::uint32_t from) {
    if (at < from) at = std::min(view.find(c, from), view.size());
    return at;
  };
  std::size_t apostrophe_at = std::min(view.find('\''), view.size());
  std::size_t hyphen_at = std::min(view.find('-'), view.size());
  const std::size_t n = all.size();
  // A piece without a hyphen (most of those left of an elision: "armée" in "l'armée") holds no clitic: copied
  // without the search.
  const auto append = [&](const Piece& piece) {
    if (next(hyphen_at, '-', piece.begin) >= piece.end) {
      *out++ = piece;
    } else {
      out = AppendSplittingClitic(view, piece, room, out);
    }
  };
  // Whether AbbreviationEnd may join pieces to `piece` (most words before a period, at a sentence's end, are
  // told not without a call).
  const auto may_merge = [&](const Piece& piece) {
    return !abbreviation_lengths_.empty() && MayStartAbbreviation(view, piece);
  };
  // The first piece from `i` on that is joined to the next one by a byte that may go on an abbreviation it
  // may start (as below) or may hold an apostrophe or a hyphen, the pieces before it copied as they are (most
  // pieces) at once: the calls in the loop below made the compiler keep its counters in memory, and a
  // push_back per piece cost more than the copy. (`next`'s answers are brought up to date first: those the
  // loop below left behind, at the apostrophe or hyphen of the piece it split, would stop it at the next
  // piece for nothing.)
  const auto copy_plain = [&](const std::size_t from) {  // (`from` below n)
    const std::uint32_t begin = all[from].begin;
    const std::size_t stop = std::min(next(apostrophe_at, '\'', begin), next(hyphen_at, '-', begin));
    const Piece* next_piece = all.data() + from + 1;  // (a pointer: an index was reloaded from memory)
    // (The sentinel past the pieces, which starts at the text's end, stops it: `stop` is not past it.)
    while ((next_piece->space_before ||
            !abbreviation_later_byte_[static_cast<unsigned char>(view[next_piece->begin])] ||
            !may_merge(next_piece[-1])) &&
           stop > next_piece->begin)
      ++next_piece;
    const Piece* const plain_end = next_piece - 1;
    out = std::copy(all.data() + from, plain_end, out);
    return static_cast<std::size_t>(plain_end - all.data());
  };
  for (std::size_t i = 0; i < n; ++i) {
    i = copy_plain(i);
    Piece piece = all[i];
    // Both merges of AbbreviationEnd join the next piece, which must follow without a space and start with a
    // byte an entry holds past its first (or the initials' period): most pieces are left here, and most words
    // followed by a piece without a space are followed by punctuation no entry holds (',', ')').
    const bool joined = i + 1 < n && !all[i + 1].space_before &&
                        abbreviation_later_byte_[static_cast<unsigned char>(view[all[i + 1].begin])];
    if (const std::size_t last = joined && may_merge(piece) ? AbbreviationEnd(view, all, i) : i; last != i) {
      piece.end = all[last].end;
      piece.abbreviation = true;
      i = last;
    }
    // Only a piece holding an apostrophe or a hyphen, or followed by a piece that starts with an apostrophe,
    // can be split.
    const std::uint32_t limit = i + 1 < n ? all[i + 1].begin + 1 : piece.end;
    if (next(apostrophe_at, '\'', piece.begin) >= limit && next(hyphen_at, '-', piece.begin) >= limit) {
      *out++ = piece;
      continue;
    }
    // An elision before punctuation or a space comes as two pieces: "L" "'" in "L'« invasion »". (That "'"
    // never starts an abbreviation: no entry holding an apostrophe is one.)
    if (i + 1 < n && !all[i + 1].space_before && view.substr(all[i + 1].begin, 1) == "'" &&
        all[i + 1].end == all[i + 1].begin + 1 &&
        is_elision(view.substr(piece.begin, all[i + 1].end - piece.begin))) {
      piece.end = all[++i].end;
      append(piece);
      continue;
    }
    // (The piece's first apostrophe is `next`'s, which the pieces after it need anyway: not searched again.)
    for (;;) {
      const std::string_view word = view.substr(piece.begin, piece.end - piece.begin);
      const std::size_t apostrophe = next(apostrophe_at, '\'', piece.begin) - piece.begin;
      if (apostrophe == 0 || apostrophe + 1 >= word.size()) break;
      if (!is_elision(word.substr(0, apostrophe + 1))) break;
      if (IsWholeWord(word)) break;
      const auto split = piece.begin + static_cast<std::uint32_t>(apostrophe + 1);
      // (An elision holds no hyphen, so no clitic.)
      *out++ = Piece{piece.begin, split, piece.space_before, piece.newline_before, false};
      piece.begin = split;
      piece.space_before = false;
      piece.newline_before = false;
    }
    append(piece);
  }
  // The sentinel FindSentences stops at (one piece per byte at most leaves room for it).
  *out = Piece{static_cast<std::uint32_t>(view.size()), static_cast<std::uint32_t>(view.size()), true, true,
               true};
  return {room, out};
}

Piece* Segmenter::AppendSplittingClitic(std::string_view text, const Piece& piece, const Piece* first,
                                        Piece* out) {
  const std::string_view word = text.substr(piece.begin, piece.end - piece.begin);
  std::size_t clitic_length = 0;
  // (Most hyphenated words end in a part longer than any clitic's, "nord-coréen": not compared with each.)
  if (const std::size_t hyphen = word.rfind('-');
      !piece.abbreviation && hyphen != std::string_view::npos && word.size() - hyphen - 1 <= kMaxCliticPart) {
    for (const std::string_view clitic : kClitics) {
      // (The hyphen a clitic starts with first: most hyphenated words end in none.)
      if (word.size() > clitic.size() && word[word.size() - clitic.size()] == '-' &&
          EndsWithAsciiNoCase(word, clitic) && word[word.size() - clitic.size() - 1] != '-') {
        clitic_length = clitic.size();
        break;
      }
    }
  }
  // "Kim Jong-il": a capitalised base right after a capitalised word is a name, not an inverted verb.
  if (clitic_length > 0 && ShapeOf(word).capitalized && out > first && !piece.newline_before &&
      ShapeOf(text.substr(out[-1].begin, out[-1].end - out[-1].begin)).capitalized) {
    clitic_length = 0;
  }
  if (clitic_length == 0) {
    *out++ = piece;
    return out;
  }
  const auto split = piece.end - static_cast<std::uint32_t>(clitic_length);
  *out++ = Piece{piece.begin, split, piece.space_before, piece.newline_before, false};
  *out++ = Piece{split, piece.end, false, false, false};
  return out;
}

void Segmenter::Process(Document& doc, const FormFacts* facts) const {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.token_forms.reset();
  if (doc.text.empty() || !words_ || !sentences_) return;
  std::optional<Utf16Text> text16;  // for ICU, only when the text is outside what the UTF-8 segmenters handle
  const auto icu_breaks = [&](const icu::BreakIterator& prototype) {
    if (!text16) text16.emplace(doc.text);
    std::unique_ptr<icu::BreakIterator> iterator(prototype.clone());
    iterator->setText(text16->text());
    std::vector<std::uint32_t> breaks;
    for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next())
      breaks.push_back(text16->ByteOffset(b));
    return breaks;
  };
  // The pieces are made as FindLatinWordBreaks finds the boundaries, or from ICU's. (They are only read by
  // MergeAndSplit, which copies them: they are not copied into a vector first.)
  const PieceRooms rooms(doc.text.size());
  PieceSplitter splitter(doc.text, rooms.split());
  std::vector<std::uint32_t> breaks;
  const bool latin = FindLatinWordBreaks(doc.text, splitter);
  if (!latin) {
    breaks = icu_breaks(*words_);
    splitter = PieceSplitter(doc.text, rooms.split());
    for (std::size_t k = 1; k < breaks.size(); ++k) splitter.Break(breaks[k]);
  }
  // (MergeAndSplit's pieces are disjoint and not empty: at most one per byte.)
  // (The sentinel MergeAndSplit's loop of plain pieces stops at: room for a piece per byte leaves room for
  // it.)
  const auto size = static_cast<std::uint32_t>(doc.text.size());
  rooms.split()[splitter.pieces().size()] = Piece{size, size, false, false, false};
  const std::span<const Piece> pieces = MergeAndSplit(doc.text, splitter.pieces(), rooms.merged());

  MakeTokens(doc, pieces, facts);
  // Where FindLatinWordBreaks read the text (well-formed, every character in its table) and no paragraph
  // separator but '\n' is between the tokens (the normaliser leaves no other), the sentence boundaries are
  // found from the tokens' terminators: FindSentenceBreaks would read every byte again for them.
  if (latin && splitter.spaces_and_newlines()) {
    FindSentences(doc, pieces, nullptr);
    return;
  }
  if (!FindSentenceBreaks(doc.text, breaks)) breaks = icu_breaks(*sentences_);
  FindSentences(doc, pieces, &breaks);
}

void Segmenter::MakeTokens(Document& doc, std::span<const Piece> pieces, const FormFacts* facts) {
  // The recent forms' facts start again for another source.
  // (Reached once here: the thread's table is built on first use, which each access would check.)
  RecentForms& recent_forms = RecentFormsOfThread();
  if (const std::uint64_t source = facts != nullptr ? facts->instance() : 0;
      recent_forms.facts_source != source) {
    recent_forms.slots.fill(ShortForms{});
    recent_forms.facts_source = source;
  }
  recent_forms.facts = facts;
  auto forms = std::make_shared<Document::TokenForms>();
  // The forms are written through cursors: ASCII forms take no more room than the text they come from, and
  // the lower-case forms that differ from the folded ones (accented words) far less. Views are made as forms
  // are written, each token made once; the rare text whose forms outgrow a buffer moves them (grow).
  // (Pointers of their own into the buffer: the compiler would load the buffer's pointer again after each
  // byte written, a char may alias it; and a size was turned into an address at each token.)
  struct Cursor {
    std::unique_ptr<char[]>& buffer;
    char* end;    // where the next form goes
    char* limit;  // the buffer's end
    std::size_t room() const { return static_cast<std::size_t>(limit - end); }
  };
  const auto start = [&](std::unique_ptr<char[]>& buffer, std::size_t room) {
    buffer = std::make_unique_for_overwrite<char[]>(room);
    return Cursor{buffer, buffer.get(), buffer.get() + room};
  };
  // Each buffer keeps room for the text's bytes past the last token made and sixteen more: a recent form,
  // with its space, takes no more room than its word and the white space before it (ShortFormsOf), so it is
  // written without a check, sixteen bytes at once. (One more for the space before the first token.)
  Cursor folded = start(forms->folded, doc.text.size() + kMaxShortBytes + 1);
  Cursor lowered = start(forms->lower, doc.text.size() + kMaxShortBytes);
  // Room for `needed` more bytes in `cursor`'s buffer, the views into it of the tokens made so far moved
  // along: the folded forms and the lower-case forms that are them, or the other lower-case forms. (A
  // lower-case form is its folded one when their views start at the same byte: the folded buffer always keeps
  // a byte past its forms, so that none of its views starts where another buffer does.)
  const auto grow = [&](Cursor& cursor, std::size_t needed) {
    const char* const old = cursor.buffer.get();
    const auto size = static_cast<std::size_t>(cursor.end - old);
    const std::size_t room = std::max(2 * static_cast<std::size_t>(cursor.limit - old), size + needed);
    auto moved_to = std::make_unique_for_overwrite<char[]>(room);
    std::memcpy(moved_to.get(), old, size);
    cursor.buffer = std::move(moved_to);
    char* const data = cursor.buffer.get();
    cursor.end = data + size;
    cursor.limit = data + room;
    const auto moved = [&](std::string_view view) {
      return std::string_view(data + (view.data() - old), view.size());
    };
    for (Token& t : doc.tokens) {
      const bool folded_lower = t.lower.data() == t.fold.data();
      if (&cursor == &folded) {
        t.fold = moved(t.fold);
        if (folded_lower) t.lower = t.fold;
      } else if (!folded_lower) {
        t.lower = moved(t.lower);
      }
    }
  };
  doc.tokens.reserve(pieces.size());
  const char* const text = doc.text.data();
  const std::size_t text_size = doc.text.size();
  // The others (longer than sixteen bytes, or their forms are): most are ASCII; their facts are asked of
  // `facts` once the token is made. (Out of line: inlined, their registers made the loop above keep its
  // cursors and the text on the stack.)
  const auto make_other = [&](const Piece& piece, std::string_view span) __attribute__((noinline)) {
    // (Room for the whole word, read eight bytes at a time, and for the rest of the text as above.)
    if (const std::size_t needed = span.size() + 8 + (text_size - piece.end) + kMaxShortBytes;
        needed > folded.room())
      grow(folded, needed);
    char* const fold = folded.end;
    Shape shape;
    std::size_t fold_size = span.size();
    std::string_view lower;  // when it differs from the folded form
    if (span.size() <= kMaxShortBytes || !LongAsciiForms(span, shape, fold)) {
      const CaseForms& cached = CaseFormsOf(span);
      shape = cached.shape;
      if (const std::size_t needed = cached.fold.size() + (text_size - piece.end) + kMaxShortBytes;
          needed > folded.room())
        grow(folded, needed);
      fold_size = cached.fold.copy(folded.end, cached.fold.size());
      if (cached.lower != cached.fold) lower = cached.lower;
    }
    const std::string_view fold_view(folded.end, fold_size);
    folded.end += fold_size;
    if (!lower.empty()) {
      if (const std::size_t needed = lower.size() + (text_size - piece.end) + kMaxShortBytes;
          needed > lowered.room())
        grow(lowered, needed);
      lower = std::string_view(lowered.end, lower.copy(lowered.end, lower.size()));
      lowered.end += lower.size();
    }
    Token& token = doc.tokens.emplace_back(piece.begin, piece.end, shape.kind, shape.capitalized,
                                           shape.all_caps, piece.space_before,
                                           lower.empty() ? fold_view : lower, fold_view, TokenFacts());
    if (facts != nullptr) token.facts = facts->Of(token, span);
  };
  // (The folded buffer's end in a local of the loop: the lambdas see `folded`, and its end was kept in
  // memory.)
  char* fold_end = folded.end;
  // The token of `piece`, from whose start `readable` bytes can be read (ShortWord).
  const auto make = [&](const Piece& piece, std::size_t readable) __attribute__((always_inline)) {
    const std::string_view span(text + piece.begin, piece.end - piece.begin);
    if (piece.space_before) *fold_end++ = ' ';
    // Most words are at most sixteen bytes long and recur: made at once from their slot in the table of
    // recent forms, with their facts.
    if (span.size() <= kMaxShortBytes) {
      if (const ShortForms* recent = ShortFormsOf(recent_forms, span, readable); recent != nullptr)
          [[likely]] {
        char* const fold = fold_end;
        std::memcpy(fold, recent->fold.data(), recent->fold.size());
        const std::string_view fold_view(fold, recent->fold_size);
        fold_end += recent->fold_size;
        std::string_view lower = fold_view;
        // (Most forms are their folded form in lower case: marked so, that path runs straight on instead of
        // jumping out and back.)
        if (recent->lower_differs) [[unlikely]] {
          char* const at = lowered.end;  // (a local: the copy might change lowered.end, for the compiler)
          std::memcpy(at, recent->lower.data(), recent->lower.size());
          lower = std::string_view(at, recent->lower_size);
          lowered.end = at + recent->lower_size;
        }
        // (Room reserved above, one token per piece: said so that the compiler drops the check for it.)
        if (doc.tokens.size() == doc.tokens.capacity()) __builtin_unreachable();
        doc.tokens.emplace_back(piece.begin, piece.end, recent->shape.kind, recent->shape.capitalized,
                                recent->shape.all_caps, piece.space_before, lower, fold_view, recent->facts);
        return;
      }
    }
    folded.end = fold_end;
    make_other(piece, span);
    fold_end = folded.end;
  };
  // The pieces that start sixteen bytes or more before the text's end (all but the last few) in a loop of
  // their own, where `readable` is a constant: ShortWord's checks of it vanish (four instructions a token).
  const Piece* const end = pieces.data() + pieces.size();
  const Piece* tail = end;
  while (tail != pieces.data() && tail[-1].begin + kMaxShortBytes > text_size) --tail;
  for (const Piece* piece = pieces.data(); piece != tail; ++piece) make(*piece, kMaxShortBytes);
  for (const Piece* piece = tail; piece != end; ++piece) make(*piece, text_size - piece->begin);
  doc.token_forms = std::move(forms);
}

void Segmenter::FindSentences(Document& doc, std::span<const Piece> pieces,
                              const std::vector<std::uint32_t>* boundaries) const {
  std::vector<Token>& tokens = doc.tokens;
  const std::size_t n = tokens.size();
  if (n == 0) return;
  const char* const text = doc.text.data();
  const auto text_of = [&](std::size_t i) {
    return std::string_view(text + tokens[i].begin, tokens[i].end - tokens[i].begin);
  };
  // One flag per token, and a last one set past them so that NextBreak finds it; NextBreak reads eight at a
  // time, so the flags end in seven more bytes.
  thread_local SentenceWork work;
  std::vector<char>& breaks = work.breaks;
  breaks.assign(n + 8, 0);
  breaks[n] = 1;

  // Candidate breaks from UAX #29, kept only where they fall between tokens: `boundaries`, or those found
  // after the terminators below (the first token from `from` on that starts at a boundary or past it).
  const auto candidate = [&](std::size_t from, std::uint32_t at) {
    while (from < n && tokens[from].begin < at) ++from;
    if (from == 0 || from == n || tokens[from - 1].end > at) return;
    breaks[from] = 1;
  };
  if (boundaries != nullptr) {
    const auto before = [](const Token& t, std::uint32_t offset) { return t.begin < offset; };
    for (const std::uint32_t at : *boundaries)
      candidate(static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), at, before) -
                                         tokens.begin()),
                at);
  }
  // Without `boundaries`: the boundaries after the terminator at byte `at` of token `i`, unless an earlier
  // terminator's rules ran past it (`going_on`, where they end). (Those after a newline, SB4, are the breaks
  // made at each newline below.)
  std::uint32_t going_on = 0;
  std::vector<std::uint32_t>& found = work.found;
  const auto terminator_at = [&](std::size_t i, std::uint32_t at) {
    found.clear();
    going_on = SentenceBreaksAfterTerminator(doc.text, at, found);
    for (const std::uint32_t boundary : found) candidate(i, boundary);
  };

  // Quotes, paired within a paragraph. Straight quotes only pair when a paragraph has an even number of them.
  // A break is always made at a newline, where a paragraph starts (the rules below leave those alone).
  std::vector<char>& closer = work.closer;
  closer.assign(n, 0);
  std::vector<std::pair<std::size_t, std::size_t>>& quotes = work.quotes;  // opening and closing token
  quotes.clear();
  // The quotes and brackets of the paragraph (punctuation tokens: the words are not looked at), and the
  // straight quotes among them.
  std::vector<std::size_t>& marks = work.marks;
  marks.clear();
  std::size_t straight = 0;
  std::vector<std::size_t>& open = work.open;
  const auto pair_quotes = [&] {
    open.clear();
    for (const std::size_t i : marks) {
      const std::string_view t = text_of(i);
      if (t == "\u00AB" ||
          (t == "\"" && straight % 2 == 0 && (open.empty() || text_of(open.back()) != "\""))) {
        open.push_back(i);
      } else if (t == "\u00BB" || t == "\"") {
        closer[i] = 1;
        const std::string_view opening = t == "\"" ? "\"" : "\u00AB";
        if (!open.empty() && text_of(open.back()) == opening) {
          quotes.emplace_back(open.back(), i);
          open.pop_back();
        }
      } else {
        closer[i] = 1;
      }
    }
    marks.clear();
    straight = 0;
  };
  // (Through pointers of its own: the lambdas hold `doc` and `pieces` by reference, and the compiler loaded
  // their data again for each token.)
  const Piece* const piece_at = pieces.data();
  const Token* const token_at = tokens.data();
  for (std::size_t i = 0; i < n; ++i) {
    // The words neither after a newline nor abbreviations (most tokens), and the punctuation below has
    // nothing to do with (',' most of it), skipped in a loop of their own, which MergeAndSplit's sentinel
    // past the last piece stops without a count.
    const Piece* piece = piece_at + i;
    for (const Token* token = token_at + i;
         !NewlineOrAbbreviation(*piece) &&
         (token->kind != TokenKind::kPunct ||
          kQuietPunctuation[static_cast<unsigned char>(text[token->begin])]);
         ++token)
      ++piece;
    i = static_cast<std::size_t>(piece - piece_at);
    if (i == n) break;
    if (piece_at[i].newline_before && i > 0) {
      pair_quotes();
      breaks[i] = 1;
    }
    // The terminators: a punctuation token's first character (the others are Extend or Format), or any of
    // a merged abbreviation's. (In another word, a period is followed by a letter or a digit: SB6 to SB8, or
    // a boundary inside the word, which is not kept, and the rules are back to a sentence going on.)
    if (token_at[i].kind != TokenKind::kPunct) {
      if (piece_at[i].abbreviation && boundaries == nullptr) {
        for (std::uint32_t at = std::max(token_at[i].begin, going_on); at < token_at[i].end;) {
          if (IsSentenceTerminatorAt(doc.text, at)) {
            terminator_at(i, at);
            at = going_on;
          } else {
            U8_FWD_1(text, at, token_at[i].end);
          }
        }
      }
      continue;
    }
    const std::string_view t = text_of(i);
    if (const auto first = static_cast<unsigned char>(t[0]);
        boundaries == nullptr && token_at[i].begin >= going_on &&
        (first == '.' || first == '!' || first == '?' ||
         (first >= 0x80 && IsSentenceTerminatorAt(doc.text, token_at[i].begin))))
      terminator_at(i, token_at[i].begin);
    if (t == "\"" || t == "\u00AB" || t == "\u00BB" || t == ")" || t == "]") {
      marks.push_back(i);
      straight += t == "\"";
    }
  }
  pair_quotes();

  const auto starts_sentence = [&](std::size_t i) {
    const std::string_view t = text_of(i);
    return tokens[i].capitalized || tokens[i].kind == TokenKind::kNumber || t == "\u00AB" || t == "\"" ||
           t == "(" || t == "-" || t == "\u2013" || t == "\u2014";
  };
  for (std::size_t i = NextBreak(breaks, 1); i < n; i = NextBreak(breaks, i + 1)) {
    if (pieces[i].newline_before) continue;
    // A break just before closing quotes or brackets belongs after them: « Nous partons. » Il ...
    if (closer[i]) {
      breaks[i] = 0;
      std::size_t j = i;
      while (j < n && closer[j] && !pieces[j].newline_before) ++j;
      if (j < n && !pieces[j].newline_before && starts_sentence(j)) breaks[j] = 1;
      continue;
    }
    // No break after an abbreviation or an initial, nor before a lower-case word ("Pourquoi ? a-t-il dit").
    if (pieces[i - 1].abbreviation || (tokens[i].kind == TokenKind::kWord && !tokens[i].capitalized)) {
      breaks[i] = 0;
    }
  }
  // No break inside a quote unless it ends with final punctuation: « Nous regrettons », a déclaré Chun.
  for (const auto& [open, close] : quotes) {
    if (IsFinalPunct(text_of(close - 1))) continue;
    for (std::size_t k = open + 1; k <= close; ++k) breaks[k] = 0;
  }
  // Stray punctuation after a sentence (". .") joins it rather than making a sentence of its own.
  for (std::size_t i = NextBreak(breaks, 1); i < n; i = NextBreak(breaks, i + 1)) {
    if (pieces[i].newline_before) continue;
    std::size_t j = i;
    while (j < n && tokens[j].kind == TokenKind::kPunct && (j == i || !breaks[j])) ++j;
    if (j > i && (j == n || breaks[j])) breaks[i] = 0;
  }

  // The sentences, overlong ones cut (kMaxSentenceTokens). A paragraph starts at a newline, where a sentence
  // always does. (Made in the thread's vector, then copied at once: doc.sentences, grown from none, was moved
  // five times an article.)
  std::vector<Sentence>& sentences = work.sentences;
  sentences.clear();
  std::uint32_t paragraph = 0;
  for (std::size_t first = 0; first < n;) {
    std::size_t end = NextBreak(breaks, first + 1);
    if (end - first > kMaxSentenceTokens) {
      const std::size_t limit = first + kMaxSentenceTokens, half = first + kMaxSentenceTokens / 2;
      std::size_t cut = 0;  // the token after the mark
      for (const std::string_view mark : {";"sv, ","sv}) {
        for (std::size_t k = limit; k > half && cut == 0; --k)
          if (text_of(k - 1) == mark) cut = k;
        if (cut != 0) break;
      }
      end = cut == 0 ? limit : cut;
    }
    if (first > 0 && pieces[first].newline_before) ++paragraph;
    const auto index = static_cast<std::uint32_t>(sentences.size());
    Sentence& sentence = sentences.emplace_back();
    sentence.begin = tokens[first].begin;
    sentence.end = tokens[end - 1].end;
    sentence.first_token = static_cast<std::uint32_t>(first);
    sentence.end_token = static_cast<std::uint32_t>(end);
    sentence.paragraph = paragraph;
    // (Four tokens a turn: a turn per token cost three instructions besides its store.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
    for (std::size_t k = first; k < end; ++k) tokens[k].sentence = index;
    first = end;
  }
  doc.sentences = sentences;
}

}  // namespace newsgraph
