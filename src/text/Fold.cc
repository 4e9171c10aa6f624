#include "text/Fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

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
    case 0x2019: case 0x2018: case 0x02BC: case 0x2032: case 0x0060: case 0x00B4: return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
    case 0x00A0: case 0x202F: case 0x2009: case 0x2007: return ' ';
    case 0x00E6: return 'a';  // æ: "ae" would change lengths; rare in names
    case 0x0153: return 'o';  // œ
    case 0x00DF: return 's';  // ß
    case 0x0142: return 'l';  // ł
    case 0x00F8: return 'o';  // ø
    case 0x0111: return 'd';  // đ
    case 0x0131: return 'i';  // dotless i
    default: return c;
  }
}

}  // namespace

std::string Fold(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLower(utf8);
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

std::string Lower(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLower(utf8);
  std::string result;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size())).toLower(icu::Locale::getFrench()).toUTF8String(result);
  return result;
}

}  // namespace newsgraph
