#include "text/Fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace newsgraph {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
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
using Table = std::array<std::string, kTableEnd>;

Table MakeTable(std::string (*convert)(std::string_view)) {
  Table table;
  for (UChar32 c = 0; c < kTableEnd; ++c) {
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    table[c] = convert(std::string_view(buffer, length));
  }
  return table;
}

// Applies `table` code point by code point; falls back to `slow` on the whole string for anything else.
std::string ByTable(std::string_view utf8, const Table& table, std::string (*slow)(std::string_view)) {
  std::string out;
  out.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto size = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      ++i;
      continue;
    }
    U8_NEXT(bytes, i, size, c);
    // Beyond the table, including combining marks that change the character before them: ICU on everything.
    if (c < 0 || c >= kTableEnd) return slow(utf8);
    out += table[c];
  }
  return out;
}

}  // namespace

std::string Fold(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLower(utf8);
  static const Table table = MakeTable(&SlowFold);
  return ByTable(utf8, table, &SlowFold);
}

std::string Lower(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLower(utf8);
  static const Table table = MakeTable(&SlowLower);
  return ByTable(utf8, table, &SlowLower);
}

}  // namespace newsgraph
