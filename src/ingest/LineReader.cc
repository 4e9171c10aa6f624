#include "ingest/LineReader.h"

#include <algorithm>
#include <cstring>

namespace newsgraph {

LineReader::LineReader(std::istream& in, std::size_t max_line_bytes, std::uint64_t first_number,
                       std::uint64_t first_offset, std::size_t chunk_bytes)
    : in_(in),
      max_line_bytes_(max_line_bytes),
      chunk_bytes_(chunk_bytes),
      number_(first_number),
      offset_(first_offset) {}

bool LineReader::Fill() {
  if (!in_) return false;
  if (start_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + start_, size_ - start_);
    size_ -= start_;
    start_ = 0;
  }
  if (size_ + chunk_bytes_ > room_) {
    room_ = std::max(2 * room_, size_ + chunk_bytes_);
    auto grown = std::make_unique_for_overwrite<char[]>(room_);
    if (size_ > 0) std::memcpy(grown.get(), buffer_.get(), size_);
    buffer_ = std::move(grown);
  }
  in_.read(buffer_.get() + size_, static_cast<std::streamsize>(chunk_bytes_));
  const auto got = static_cast<std::size_t>(in_.gcount());
  size_ += got;
  if (in_.bad()) failed_ = true;
  return got > 0;
}

std::size_t LineReader::FindNewline(std::size_t from) const {
  return std::string_view(buffer_.get(), size_).find('\n', from);
}

void LineReader::SkipRestOfLine() {
  for (;;) {
    const std::size_t newline = FindNewline(start_);
    if (newline != std::string_view::npos) {
      offset_ += newline + 1 - start_;
      start_ = newline + 1;
      return;
    }
    offset_ += size_ - start_;
    start_ = size_;
    if (!Fill()) return;
  }
}

bool LineReader::Next(Line& line) {
  std::size_t searched = 0;  // bytes after start_ already searched for '\n'
  std::size_t newline = std::string_view::npos;
  for (;;) {
    newline = FindNewline(start_ + searched);
    if (newline != std::string_view::npos) break;
    if (size_ - start_ > max_line_bytes_) break;  // too long already: stop reading it
    searched = size_ - start_;
    if (!Fill()) break;
  }
  std::size_t end = newline == std::string_view::npos ? size_ : newline;
  if (newline == std::string_view::npos && end == start_) return false;
  line.number = number_++;
  line.offset = offset_;
  line.too_long = end - start_ > max_line_bytes_;
  if (line.too_long) {
    line.text = {};
    SkipRestOfLine();
    return true;
  }
  const std::size_t next = newline == std::string_view::npos ? end : end + 1;
  if (end > start_ && buffer_[end - 1] == '\r') --end;
  line.text = std::string_view(buffer_.get() + start_, end - start_);
  offset_ += next - start_;
  start_ = next;
  return true;
}

}  // namespace newsgraph
