// Where the writers put their text. On its own a TextSink collects everything (Text()); AtomicFile gives it a
// drain that writes the buffer to the file whenever it holds a megabyte, so an export never exists as one
// string. Also a RapidJSON output stream (Ch, Put, Flush), so JSON is written straight into it.
//
//   TextSink sink;
//   sink.Write("<graph>");
//   std::string text = sink.TakeText();
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

namespace newsgraph {

class TextSink {
 public:
  using Ch = char;
  // Writes the buffer out and clears it, or leaves in it what it writes at the next call.
  using DrainFunction = std::function<void(std::string& buffer)>;

  TextSink() = default;
  // `drain` is called whenever the buffer reaches `drain_at` bytes.
  TextSink(std::size_t drain_at, DrainFunction drain);

  void Write(std::string_view text) {
    buffer_.append(text);
    if (buffer_.size() >= drain_at_) drain_(buffer_);
  }
  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() >= drain_at_) drain_(buffer_);
  }
  void Write(std::size_t count, char c) {
    buffer_.append(count, c);
    if (buffer_.size() >= drain_at_) drain_(buffer_);
  }
  // Text a writer formats straight into the buffer: `append(std::string&)` appends it.
  template <typename AppendFunction>
  void Append(AppendFunction&& append) {
    append(buffer_);
    if (buffer_.size() >= drain_at_) drain_(buffer_);
  }
  // For RapidJSON's PutReserve / PutUnsafe (export/RapidJsonSink.h): room for `count` more characters is
  // made once, then they are appended without checking whether the buffer is full.
  void Reserve(std::size_t count) {
    if (buffer_.size() >= drain_at_) drain_(buffer_);
    buffer_.reserve(buffer_.size() + count);
  }
  void PutUnsafe(char c) { buffer_.push_back(c); }
  void AppendUnsafe(const char* text, std::size_t size) { buffer_.append(text, size); }
  // RapidJSON calls this at the end of a document; the buffer is drained when full or by its owner.
  void Flush() {}

  // What was written and not drained yet (everything when there is no drain).
  const std::string& Text() const { return buffer_; }
  std::string TakeText() { return std::move(buffer_); }
  void Clear() { buffer_.clear(); }

 private:
  std::string buffer_;
  std::size_t drain_at_ = std::numeric_limits<std::size_t>::max();
  DrainFunction drain_;
};

}  // namespace newsgraph
