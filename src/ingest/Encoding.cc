#include "ingest/Encoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph {
namespace {

// ICU maps the five bytes Windows-1252 leaves undefined to C1 controls, which real text never contains.
bool HasUndefinedWindows1252(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t c = s.charAt(i);
    if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) return true;
  }
  return false;
}

// How many of the kChunk bytes at `p` are ASCII, or with SSE2 well-formed two-byte characters (the accented
// letters, '«', '»'): thirty-two bytes at once with SSE2, else eight ASCII bytes in a 64-bit word. The byte
// after them starts another character.
#if defined(__SSE2__)
constexpr int kChunk = 32;

// The bytes of `chunk` (bit k for byte k) from 0x80 on, the continuation bytes among them and the lead bytes
// of two-byte characters (0xC2 to 0xDF).
struct HighBytes {
  unsigned non_ascii, continuation, lead2;
};
HighBytes HighBytesOf(__m128i chunk) {
  // (Signed compares: the bytes from 0x80 to 0xBF are those below -64; 0xC2 to 0xDF moved by -0xC2 + 0x80 are
  // those below -98.)
  const __m128i continuation = _mm_cmplt_epi8(chunk, _mm_set1_epi8(-64));
  const __m128i lead2 = _mm_cmplt_epi8(_mm_add_epi8(chunk, _mm_set1_epi8(-0xC2 + 0x80)), _mm_set1_epi8(-98));
  return {static_cast<unsigned>(_mm_movemask_epi8(chunk)),
          static_cast<unsigned>(_mm_movemask_epi8(continuation)),
          static_cast<unsigned>(_mm_movemask_epi8(lead2))};
}

int PlainPrefix(const std::uint8_t* p) {
  const HighBytes first = HighBytesOf(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
  const HighBytes second = HighBytesOf(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16)));
  const std::uint32_t non_ascii = first.non_ascii | (second.non_ascii << 16);
  const std::uint32_t lead2 = first.lead2 | (second.lead2 << 16);
  const std::uint32_t paired = (lead2 << 1) & (first.continuation | (second.continuation << 16));
  // (`paired`: the continuation bytes right after a two-byte lead.)
  const std::uint32_t stops = non_ascii & ~(paired | (paired >> 1));
  return stops == 0 ? kChunk : std::countr_zero(stops);
}
#else
constexpr int kChunk = 8;

int PlainPrefix(const std::uint8_t* p) {
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  const std::uint64_t high = word & 0x8080808080808080ULL;
  return high == 0 ? kChunk : std::countr_zero(high) / 8;
}
#endif

}  // namespace

std::optional<std::size_t> Encoding::FindInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    // Most of a French text is ASCII and accented letters, and this runs on every line read: a chunk at a
    // time up to the first other character.
    if (length - i >= kChunk) {
      const int plain = PlainPrefix(s + i);
      i += plain;
      if (plain == kChunk) continue;
    } else if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

std::optional<std::size_t> Encoding::FindBinary(std::string_view bytes) {
  std::size_t controls = 0;
  std::size_t first_control = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return i;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F) {
      if (controls++ == 0) first_control = i;
    }
  }
  if (controls * 10 > bytes.size()) return first_control;
  return std::nullopt;
}

std::size_t Encoding::BomLength(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

Result<std::string> Encoding::ToUtf8(std::string_view bytes, const char* charset, const Location& where) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), &ucnv_close);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::kBadEncoding, std::string("no converter for ") + charset, where};
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
  const bool undefined = std::string_view(charset) == "windows-1252" && HasUndefinedWindows1252(decoded);
  if (U_FAILURE(status) || undefined) {
    return Error{ErrorCode::kBadEncoding, std::string("bytes not valid in ") + charset, where};
  }
  std::string out;
  decoded.toUTF8String(out);
  return out;
}

Result<std::string> Encoding::Decode(std::string bytes, const std::string& encoding, const Location& where,
                                     bool& fell_back) {
  if (encoding == "windows-1252") return ToUtf8(bytes, "windows-1252", where);
  if (encoding == "latin1") return ToUtf8(bytes, "ISO-8859-1", where);
  const std::optional<std::size_t> invalid = FindInvalidUtf8(bytes);
  if (!invalid) return bytes;
  Location at = where;
  at.byte += *invalid;
  at.has_byte = true;
  if (at.line == 0) at.line = 1 + std::count(bytes.begin(), bytes.begin() + *invalid, '\n');
  Error error{ErrorCode::kInvalidUtf8, "invalid UTF-8", at};
  if (encoding != "auto") return error;
  Result<std::string> converted = ToUtf8(bytes, "windows-1252", where);
  if (!converted) {
    error.message = "invalid UTF-8, and not Windows-1252 either";
    return error;
  }
  fell_back = true;
  return converted;
}

bool Encoding::IsKnown(const std::string& encoding) {
  return encoding == "auto" || encoding == "utf-8" || encoding == "windows-1252" || encoding == "latin1";
}

}  // namespace newsgraph
