#include "ingest/LineReader.h"

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
    buffer_.erase(0, start_);
    start_ = 0;
  }
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + chunk_bytes_);
  in_.read(buffer_.data() + old_size, static_cast<std::streamsize>(chunk_bytes_));
  const auto got = static_cast<std::size_t>(in_.gcount());
  buffer_.resize(old_size + got);
  if (in_.bad()) failed_ = true;
  return got > 0;
}

void LineReader::SkipRestOfLine() {
  for (;;) {
    const std::size_t newline = buffer_.find('\n', start_);
    if (newline != std::string::npos) {
      offset_ += newline + 1 - start_;
      start_ = newline + 1;
      return;
    }
    offset_ += buffer_.size() - start_;
    start_ = buffer_.size();
    if (!Fill()) return;
  }
}

bool LineReader::Next(Line& line) {
  std::size_t searched = 0;  // bytes after start_ already searched for '\n'
  std::size_t newline = std::string::npos;
  for (;;) {
    newline = buffer_.find('\n', start_ + searched);
    if (newline != std::string::npos) break;
    if (buffer_.size() - start_ > max_line_bytes_) break;  // too long already: stop reading it
    searched = buffer_.size() - start_;
    if (!Fill()) break;
  }
  std::size_t end = newline == std::string::npos ? buffer_.size() : newline;
  if (newline == std::string::npos && end == start_) return false;
  line.number = number_++;
  line.offset = offset_;
  line.too_long = end - start_ > max_line_bytes_;
  if (line.too_long) {
    line.text = {};
    SkipRestOfLine();
    return true;
  }
  const std::size_t next = newline == std::string::npos ? end : end + 1;
  if (end > start_ && buffer_[end - 1] == '\r') --end;
  line.text = std::string_view(buffer_).substr(start_, end - start_);
  offset_ += next - start_;
  start_ = next;
  return true;
}

}  // namespace newsgraph
