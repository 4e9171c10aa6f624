// Reads a stream line by line in bounded chunks, so a huge JSON Lines file never sits in memory at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string_view>

namespace newsgraph {

struct Line {
  std::string_view text;     // without the '\n' (and a '\r' before it); valid until the next call to Next
  std::uint64_t number = 0;  // 1-based
  std::uint64_t offset = 0;  // byte offset of the line in the stream
  bool too_long = false;     // longer than the limit: `text` is empty and the line was skipped
};

class LineReader {
 public:
  // `first_number` and `first_offset` say where the stream starts when bytes were consumed before.
  LineReader(std::istream& in, std::size_t max_line_bytes, std::uint64_t first_number = 1,
             std::uint64_t first_offset = 0, std::size_t chunk_bytes = std::size_t{1} << 20);

  // The next line; false at the end of the stream.
  bool Next(Line& line);
  bool failed() const { return failed_; }  // a read error (not the end of the stream) stopped reading

 private:
  bool Fill();  // appends one chunk to the buffer; false when nothing more can be read
  void SkipRestOfLine();
  // The first '\n' from byte `from` of the buffer on, or npos.
  std::size_t FindNewline(std::size_t from) const;

  std::istream& in_;
  std::size_t max_line_bytes_;
  std::size_t chunk_bytes_;
  // (Raw room rather than a std::string: resizing a string for each chunk read zero-filled it first.)
  std::unique_ptr<char[]> buffer_;
  std::size_t room_ = 0;   // bytes allocated
  std::size_t size_ = 0;   // bytes read into it
  std::size_t start_ = 0;  // first unconsumed byte of buffer_
  std::uint64_t number_;
  std::uint64_t offset_;  // stream offset of buffer_[start_]
  bool failed_ = false;
};

}  // namespace newsgraph
