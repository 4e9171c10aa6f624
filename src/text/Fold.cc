#include "text/Fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace newsgraph {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

UChar32 Simplify(UChar32 c) {
  switch (c) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
      return '\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return '-';
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case 0x2007:
      return ' ';
    case 0x00E6:
      return 'a';  // æ: "ae" would change lengths; rare in names
    case 0x0153:
      return 'o';  // œ
    case 0x00DF:
      return 's';  // ß
    case 0x0142:
      return 'l';  // ł
    case 0x00F8:
      return 'o';  // ø
    case 0x0111:
      return 'd';  // đ
    case 0x0131:
      return 'i';  // dotless i
    default:
      return c;
  }
}

std::string SlowFold(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size())), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(Simplify(u_tolower(c)));
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string SlowLower(std::string_view utf8) {
  std::string result;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()))
      .toLower(icu::Locale::getFrench())
      .toUTF8String(result);
  return result;
}

// Code points below U+0250 (the Latin blocks) fold and lower-case one by one, without context; their results
// are computed once with the full ICU algorithms and looked up, so common text never builds ICU strings.
constexpr UChar32 kTableEnd = 0x250;

// What one code point becomes (at most three bytes below kTableEnd: "İ" lower-cases to "i" and a dot above).
struct Converted {
  std::array<char, 7> bytes{};
  std::uint8_t size = 0;
  bool fits = true;  // false: longer than `bytes`, the text is converted by ICU
};
using Table = std::array<Converted, kTableEnd>;

// The code points from U+0080 on (ByTables converts ASCII itself) are converted in one call, each followed by
// a newline, which no conversion changes, makes, or reaches across below kTableEnd (no combining mark, no
// context-dependent case there): ICU's set-up for each of them cost 0.7M instructions a table at every start.
Table MakeTable(std::string (*convert)(std::string_view)) {
  std::string all;
  for (UChar32 c = 0x80; c < kTableEnd; ++c) {
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    all.append(buffer, length);
    all += '\n';
  }
  const std::string converted = convert(all);
  Table table;
  std::size_t start = 0;
  for (UChar32 c = 0x80; c < kTableEnd; ++c) {
    const std::size_t end = converted.find('\n', start);
    const std::string_view one(converted.data() + start, end - start);
    start = end + 1;
    Converted& entry = table[c];
    entry.fits = one.size() <= entry.bytes.size();
    if (!entry.fits) continue;
    std::copy(one.begin(), one.end(), entry.bytes.begin());
    entry.size = static_cast<std::uint8_t>(one.size());
  }
  return table;
}

const Table& FoldTable() {
  static const Table table = MakeTable(&SlowFold);
  return table;
}

const Table& LowerTable() {
  static const Table table = MakeTable(&SlowLower);
  return table;
}

// Applies each table to `utf8` code point by code point, appending to the matching output; false, with the
// outputs in any state, at a code point beyond the tables (including combining marks that change the
// character before them) or an ill-formed sequence.
template <std::size_t N>
bool ByTables(std::string_view utf8, const std::array<const Table*, N>& tables,
              const std::array<std::string*, N>& outs) {
  for (std::string* out : outs) out->reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto size = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      for (std::string* out : outs) out->push_back(AsciiLower(static_cast<char>(c)));
      ++i;
      continue;
    }
    U8_NEXT(bytes, i, size, c);
    if (c < 0 || c >= kTableEnd) return false;
    for (std::size_t t = 0; t < N; ++t) {
      const Converted& entry = (*tables[t])[c];
      if (!entry.fits) return false;
      outs[t]->append(entry.bytes.data(), entry.size);
    }
  }
  return true;
}

}  // namespace

std::string Fold(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLower(utf8);
  std::string out;
  if (!ByTables<1>(utf8, {&FoldTable()}, {&out})) return SlowFold(utf8);
  return out;
}

std::string FoldedHead(std::string_view name) {
  return Fold(name.substr(0, name.find(' ')));
}

std::string Lower(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLower(utf8);
  std::string out;
  if (!ByTables<1>(utf8, {&LowerTable()}, {&out})) return SlowLower(utf8);
  return out;
}

void LowerAndFold(std::string_view utf8, std::string& lower, std::string& fold) {
  lower.clear();
  fold.clear();
  if (ByTables<2>(utf8, {&LowerTable(), &FoldTable()}, {&lower, &fold})) return;
  lower = SlowLower(utf8);
  fold = SlowFold(utf8);
}

}  // namespace newsgraph
