// libFuzzer harness: ArticleReader on an arbitrary stream, as `newsgraph build -` reads stdin (JSON Lines
// when the first non-blank byte is '{', else one plain-text article). The first byte picks the encoding
// option and a small line limit so the over-long-line path is reached too. Every article must come out as
// valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "ingest/ArticleReader.h"
#include "ingest/Encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kEncodings[] = {"auto", "utf-8", "windows-1252", "latin1"};
  newsgraph::ReadOptions options;
  options.encoding = kEncodings[data[0] % 4];
  options.max_line_bytes = data[0] & 0x80 ? 64 : std::size_t{64} << 20;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  newsgraph::ArticleReader reader(options);
  reader.ReadStream(
      in,
      [](newsgraph::Article&& article) {
        if (newsgraph::Encoding::FindInvalidUtf8(article.text) || article.header_bytes > article.text.size())
          std::abort();
      },
      [](newsgraph::Error&&) {});
  return 0;
}
