#include "text/PieceSplitter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace newsgraph {
namespace {

// Whether `s` holds a letter or a digit.
bool HasLetterOrDigit(std::string_view s) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto size = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    // (An ASCII letter or digit told without a call: most pieces by a hyphen are words. An ill-formed
    // sequence, below 0, is neither.)
    if (c < 0x80 ? (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                 : u_isdigit(c) || u_isalpha(c))
      return true;
  }
  return false;
}

bool IsHyphen(std::string_view s) {
  return s == "-" || s == "\u2010" || s == "\u2011";
}

}  // namespace

bool PieceSplitter::WhiteSpaceCharacterAt(std::string_view text, std::uint32_t at) {
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isUWhiteSpace(c);
}

bool PieceSplitter::JoinsHyphenated(std::string_view text, const Piece* out, std::uint32_t begin,
                                    std::uint32_t end) {
  const auto slice = [&](const Piece& p) { return text.substr(p.begin, p.end - p.begin); };
  return !out[-1].space_before && IsHyphen(slice(out[-1])) &&
         HasLetterOrDigit(text.substr(begin, end - begin)) && HasLetterOrDigit(slice(out[-2]));
}

}  // namespace newsgraph
