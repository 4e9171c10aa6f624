// A UTF-8 text as UTF-16 for ICU's break iterators, which run about a third faster over a UnicodeString
// than over a UTF-8 UText, with the byte offset of every UTF-16 unit to map their boundaries back.
//
//   Utf16Text text16(doc.text);
//   iterator->setText(text16.text());
//   std::uint32_t byte = text16.ByteOffset(iterator->next());
#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph {

class Utf16Text {
 public:
  // An ill-formed sequence (the readers never let one through) becomes U+FFFD, as in ICU's UTF-8 UText.
  explicit Utf16Text(std::string_view utf8);

  const icu::UnicodeString& text() const { return text_; }
  // The byte offset in the UTF-8 text of UTF-16 index `index` (0 to text().length()).
  std::uint32_t ByteOffset(int32_t index) const { return byte_offsets_[static_cast<std::size_t>(index)]; }

 private:
  icu::UnicodeString text_;
  std::vector<std::uint32_t> byte_offsets_;  // one per UTF-16 unit, then the UTF-8 length
};

}  // namespace newsgraph
