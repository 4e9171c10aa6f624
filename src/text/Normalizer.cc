#include "text/Normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsgraph {
namespace {

// Shorter repeated lines ("Photo AFP", "Lire aussi") are legitimate and kept.
constexpr std::size_t kMinRepeatedLineBytes = 40;

class Builder {
 public:
  // `newlines`: where the text's line breaks are, noted as they are written.
  Builder(std::string& text, OffsetMap& map, std::vector<std::uint32_t>& newlines)
      : text_(text), map_(map), newlines_(newlines) {}

  // Appends code point `c` that comes from `origin`; `raw` is its original UTF-8 (empty when it was produced
  // by normalisation, in which case every output byte maps to `origin`).
  void Append(UChar32 c, std::uint32_t origin, std::string_view raw) {
    switch (c) {
      case '\n':
      case 0x2028:
      case 0x2029:
        newlines_.push_back(static_cast<std::uint32_t>(text_.size()));
        Byte('\n', origin);
        return;
      case ' ':
      case '\t':
      case 0x00A0:
      case 0x1680:
      case 0x202F:
      case 0x205F:
      case 0x3000:
        Space(origin);
        return;
      case 0x00AD:
      case 0x200B:
      case 0x2060:
      case 0xFEFF:
        return;
      case 0x2018:
      case 0x2019:
      case 0x02BC:
        Byte('\'', origin);
        return;
      case 0x201C:
      case 0x201D:
      case 0x201E:
        Byte('"', origin);
        return;
      default:
        break;
    }
    if ((c >= 0x2000 && c <= 0x200A) || c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      Space(origin);
      return;
    }
    if (!raw.empty()) {
      for (std::size_t k = 0; k < raw.size(); ++k) Byte(raw[k], origin + static_cast<std::uint32_t>(k));
      return;
    }
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    for (int32_t k = 0; k < length; ++k) Byte(buffer[k], origin);
  }

  // Appends `raw`, printable ASCII and spaces that follow a printable character, from `origin` on.
  void Copy(std::string_view raw, std::uint32_t origin) {
    text_.append(raw);
    map_.Append(origin, static_cast<std::uint32_t>(raw.size()));
  }

 private:
  void Byte(char b, std::uint32_t origin) {
    text_.push_back(b);
    map_.Append(origin);
  }
  void Space(std::uint32_t origin) {
    if (!text_.empty() && text_.back() == ' ') return;
    Byte(' ', origin);
  }

  std::string& text_;
  OffsetMap& map_;
  std::vector<std::uint32_t>& newlines_;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A line's hash from its length, its first sixteen bytes and its last eight only (a line of
// kMinRepeatedLineBytes or more): two lines alike there are still told apart by the set's comparison, and
// hashing every byte of every line (then its first 32) was a visible share of the normaliser.
struct LineHash {
  std::size_t operator()(std::string_view line) const {
    static_assert(kMinRepeatedLineBytes >= 16);
    std::uint64_t first, second, last;
    std::memcpy(&first, line.data(), sizeof first);
    std::memcpy(&second, line.data() + 8, sizeof second);
    std::memcpy(&last, line.data() + line.size() - 8, sizeof last);
    const std::uint64_t h =
        (first ^ (second * 0xC2B2AE3D27D4EB4FULL) ^ (last * 0x165667B19E3779F9ULL) ^ line.size()) *
        0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
  }
};

// Calls `line(key, begin, end)` for each line of `text` [begin, end) (with its '\n') whose `key`, the line
// trimmed, is long enough to be dropped as a repeat. `newlines`: the offsets of the text's '\n's (Builder's:
// not searched for again).
template <typename Line>
void ForEachRepeatableLine(std::string_view text, const std::vector<std::uint32_t>& newlines, Line&& line) {
  std::size_t begin = 0;
  const auto take = [&](std::size_t end, std::size_t newline) {
    const std::string_view key = Trim(text.substr(begin, end - begin - newline));
    if (key.size() >= kMinRepeatedLineBytes) line(key, begin, end);
    begin = end;
  };
  for (const std::uint32_t newline : newlines) take(newline + 1, 1);
  if (begin < text.size()) take(text.size(), 0);
}

// Whether two lines of `text` may repeat each other: two of their hashes are alike. (Most articles repeat no
// line: told so from their few hashes, sorted, without the set of lines DropRepeatedLines builds.)
bool MayRepeatLines(std::string_view text, const std::vector<std::uint32_t>& newlines) {
  thread_local std::vector<std::size_t> hashes;  // (kept: no allocation per article)
  hashes.clear();
  ForEachRepeatableLine(text, newlines, [](std::string_view key, std::size_t, std::size_t) {
    hashes.push_back(LineHash()(key));
  });
  std::sort(hashes.begin(), hashes.end());
  return std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end();
}

// Drops lines repeating an earlier one (the text's '\n's at `newlines`); returns false (and leaves the
// arguments alone) when there is none.
bool DropRepeatedLines(std::string& text, OffsetMap& map, const std::vector<std::uint32_t>& newlines) {
  if (!MayRepeatLines(text, newlines)) return false;
  std::unordered_set<std::string_view, LineHash> seen;
  std::vector<std::pair<std::size_t, std::size_t>> dropped;  // [begin, end) including the '\n'
  ForEachRepeatableLine(text, newlines, [&](std::string_view key, std::size_t begin, std::size_t end) {
    if (!seen.insert(key).second) dropped.emplace_back(begin, end);
  });
  if (dropped.empty()) return false;
  std::string kept;
  OffsetMap kept_map;
  kept.reserve(text.size());
  std::size_t from = 0;
  for (const auto& [begin, end] : dropped) {
    kept.append(text, from, begin - from);
    kept_map.Append(map, from, begin);
    from = end;
  }
  kept.append(text, from);
  kept_map.Append(map, from, text.size());
  // One past the end: where the last kept byte ends in the original, before any dropped lines at the end.
  std::size_t tail = text.size();
  for (auto it = dropped.rbegin(); it != dropped.rend() && it->second == tail; ++it) tail = it->first;
  kept_map.Append(map[tail]);
  text = std::move(kept);
  map = std::move(kept_map);
  return true;
}

// Which two-byte characters (U+0080 to U+07FF) are copied as they are: those in NFC that do not combine with
// what precedes them (what follows is Process's concern), and that Builder::Append does not map (spaces, soft
// hyphen, C1 controls, modifier apostrophe).
const std::array<bool, 0x800>& TwoByteCopied() {
  static const std::array<bool, 0x800> table = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    std::array<bool, 0x800> copied{};
    for (UChar32 c = 0xA1; c < 0x800 && U_SUCCESS(status); ++c)
      copied[c] = c != 0xAD && c != 0x02BC && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                  nfc->hasBoundaryBefore(c);
    return copied;
  }();
  return table;
}

// The kWindow bytes at `p` that Process's run copies as they are (`length` of them): printable ASCII, single
// spaces and the two-byte characters whose lead byte is `latin1_lead` (Latin1LettersCopied's, or 0 for none:
// in UTF-8 no continuation byte follows a null character), up to the first other byte, space before a space,
// space last (whether it is copied depends on the byte after) or space first when the run starts there;
// `last`: where the last character copied starts. Sixty-four bytes at once with SSE2, in four loads of
// sixteen (and the byte after them: the text's null character at least follows a window; a window of sixteen
// ran 1.4M instructions more on 1k generated articles), else eight in a 64-bit word, ASCII only.
struct Prefix {
  int length;
  int last;
};
#if defined(__SSE2__)
constexpr int kWindow = 64;

// Whether every two-byte character of Latin-1's letters (U+00C0 to U+00FF, lead byte 0xC3: most of a French
// text's accents) is copied as it is, so that PrintablePrefix may take them whole.
bool Latin1LettersCopied() {
  static const bool copied = [] {
    const auto& table = TwoByteCopied();
    return std::all_of(table.begin() + 0xC0, table.begin() + 0x100, [](bool c) { return c; });
  }();
  return copied;
}

Prefix PrintablePrefix(const std::uint8_t* p, bool run_starts, __m128i latin1_lead) {
  const auto load = [&](int k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)); };
  // The bits of the kWindow bytes for which `test(k)` (a vector of the sixteen from p + k) holds, the first
  // lowest.
  const auto bits = [](auto test) {
    std::uint64_t all = 0;
    for (int k = 0; k < kWindow; k += 16)
      all |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(test(k)))} << k;
    return all;
  };
  // Printable ASCII, ' ' to '~', moved to start at -128 for a signed compare (a byte from 0x80 on is past
  // it).
  std::uint64_t ok = bits([&](int k) {
    return _mm_cmplt_epi8(_mm_add_epi8(load(k), _mm_set1_epi8(static_cast<char>(0x80 - ' '))),
                          _mm_set1_epi8(static_cast<char>(-128 + ('~' - ' ' + 1))));
  });
  // Where Latin-1 letters start, a lead byte followed by a continuation byte (0x80 to 0xBF, signed below
  // 0xC0), both in the window. (An accented letter every few words: each ended the window, and the next one
  // started after it.)
  const std::uint64_t leads =
      bits([&](int k) {
        return _mm_and_si128(_mm_cmpeq_epi8(load(k), latin1_lead),
                             _mm_cmplt_epi8(load(k + 1), _mm_set1_epi8(static_cast<char>(0xC0))));
      }) &
      0x7FFFFFFFFFFFFFFF;
  const std::uint64_t tails = leads << 1;
  ok |= leads | tails;
  const std::uint64_t spaces = bits([&](int k) { return _mm_cmpeq_epi8(load(k), _mm_set1_epi8(' ')); });
  const std::uint64_t ends = 0x8000000000000000 | (run_starts ? 1 : 0);
  const std::uint64_t stops = ~ok | (spaces & (spaces >> 1)) | (spaces & ends);
  const int length = stops == 0 ? kWindow : std::countr_zero(stops);
  // (A letter's tail at `length - 1`: its lead is the last character.)
  return {length, length - 1 - static_cast<int>((tails >> ((length - 1) & 63)) & 1)};
}
#else
constexpr int kWindow = 8;

Prefix PrintablePrefix(const std::uint8_t* p, bool run_starts, int) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80, kLow = kOnes * 0x7F;
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  // The zero bytes of `x`, each as its high bit (exactly: no carry crosses a byte).
  const auto zero_bytes = [&](std::uint64_t x) { return ~(((x & kLow) + kLow) | x) & kHigh; };
  const std::uint64_t spaces = zero_bytes(word ^ (kOnes * ' '));
  const std::uint64_t ends = (std::uint64_t{0x80} << 56) | (run_starts ? 0x80 : 0);
  // (A byte below ' ' borrows from the next one, which may flag it too: only the first stop counts.)
  const std::uint64_t stops = (word & kHigh) | ((word - kOnes * ' ') & kHigh) |
                              zero_bytes(word ^ (kOnes * 0x7F)) | (spaces & (spaces >> 8)) | (spaces & ends);
  const int length = stops == 0 ? kWindow : std::countr_zero(stops) / 8;
  return {length, length - 1};
}
#endif

}  // namespace

void Normalizer::Process(Document& doc) const {
  // (A view: the runs copied are cut from it, and std::string::substr made a string of each.)
  const std::string_view source = doc.article.text;
  const auto size = static_cast<int32_t>(source.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(source.data());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);

  doc.text.clear();
  doc.to_original.clear();
  doc.text.reserve(source.size());
  thread_local std::vector<std::uint32_t> newlines;  // (kept: no allocation per article)
  newlines.clear();
  Builder out(doc.text, doc.to_original, newlines);
  int32_t i = static_cast<int32_t>(std::min(doc.article.header_bytes, source.size()));
  const auto& two_byte_copied = TwoByteCopied();
#if defined(__SSE2__)
  const __m128i latin1_lead = _mm_set1_epi8(static_cast<char>(Latin1LettersCopied() ? 0xC3 : 0));
#else
  const int latin1_lead = 0;
#endif
  // The length of a printable character copied as it is at `k` ('a', 'é', '«'), or 0.
  auto copied = [&](int32_t k) -> int32_t {
    const std::uint8_t lead = bytes[k];
    if (lead < 0x80) return lead > ' ' && lead < 0x7F ? 1 : 0;
    if (lead < 0xC2 || lead >= 0xE0 || k + 1 >= size || (bytes[k + 1] & 0xC0) != 0x80) return 0;
    return two_byte_copied[((lead & 0x1F) << 6) | (bytes[k + 1] & 0x3F)] ? 2 : 0;
  };
  // A single space between two printable characters stays as it is.
  auto lone_space = [&](int32_t k) { return bytes[k] == ' ' && k + 1 < size && copied(k + 1) > 0; };
  while (i < size) {
    const int32_t start = i;
    // Most of a French text is runs of printable characters and single spaces, copied as they are. The last
    // character before another non-ASCII one goes the long way: a combining accent may follow it.
    int32_t run = i;
    int32_t last = i;  // where the last character of the run starts
    while (run < size) {
      // A window at a time, up to the first byte not simply copied (an accented letter every few words).
      if (size - run >= kWindow) {
        const Prefix printable = PrintablePrefix(bytes + run, run == i, latin1_lead);
        if (printable.length > 0) last = run + printable.last;
        run += printable.length;
        if (printable.length == kWindow) continue;
      }
      int32_t length = copied(run);
      if (length == 0 && run > i && lone_space(run)) length = 1;
      // A newline before an ASCII byte (a paragraph's end) goes on with the run too, noted where the run will
      // put it. (Before another byte, it might end the run, below: it goes the long way.)
      if (length == 0 && bytes[run] == '\n' && run + 1 < size && bytes[run + 1] < 0x80) {
        newlines.push_back(static_cast<std::uint32_t>(doc.text.size() + (run - i)));
        length = 1;
      }
      if (length == 0) break;
      last = run;
      run += length;
    }
    if (run < size && bytes[run] >= 0x80) run = last;
    if (run > i) {
      out.Copy(source.substr(i, run - i), static_cast<std::uint32_t>(i));
      i = run;
      continue;
    }
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(bytes, i, size, c);
      if (c < 0) c = 0xFFFD;  // the reader guarantees UTF-8; stay safe anyway
    }
    // A normalisation segment runs until the next character with a boundary before it; it only needs ICU when
    // it holds several characters ("e" + U+0301) or a character that is not NFC by itself.
    bool stable = c < 0x80 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
    int32_t end = i;
    while (end < size && bytes[end] >= 0x80) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(bytes, next, size, d);
      if (d < 0 || nfc->hasBoundaryBefore(d)) break;
      stable = false;
      end = next;
    }
    if (stable) {
      if (c == '\r' && i < size && bytes[i] == '\n') continue;  // CRLF: the '\n' makes the line break
      out.Append(c == '\r' ? '\n' : c, static_cast<std::uint32_t>(start), source.substr(start, i - start));
      continue;
    }
    const icu::UnicodeString composed = nfc->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(source.data() + start, end - start)), status);
    for (int32_t k = 0; k < composed.length();) {
      const UChar32 d = composed.char32At(k);
      k += U16_LENGTH(d);
      out.Append(d, static_cast<std::uint32_t>(start), {});
    }
    i = end;
  }
  doc.to_original.Append(static_cast<std::uint32_t>(source.size()));
  DropRepeatedLines(doc.text, doc.to_original, newlines);
}

}  // namespace newsgraph
