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
  // Writes out the text, the first `size` bytes of `buffer`, and returns how many bytes it left at the
  // buffer's start (moved there if need be) to write at the next call; it may swap `buffer` for another
  // string first, whose first bytes are then those. The rest of the buffer becomes room.
  using DrainFunction = std::function<std::size_t(std::string& buffer, std::size_t size)>;

  TextSink() = default;
  // `drain` is called whenever the text reaches `drain_at` bytes.
  TextSink(std::size_t drain_at, DrainFunction drain);

  void Write(std::string_view text) {
    DropRoom();
    buffer_.append(text);
    DrainWhenFull();
  }
  void Put(char c) {
    DropRoom();
    buffer_.push_back(c);
    DrainWhenFull();
  }
  void Write(std::size_t count, char c) {
    DropRoom();
    buffer_.append(count, c);
    DrainWhenFull();
  }
  // Text a writer formats straight into the buffer: `append(std::string&)` appends it.
  template <typename AppendFunction>
  void Append(AppendFunction&& append) {
    DropRoom();
    append(buffer_);
    DrainWhenFull();
  }
  // Text a writer lays out in room made ahead (a RoomWriter, export/RoomWriter.h): `write(std::string&
  // buffer, std::size_t& room)` writes into the last `room` bytes of `buffer` (growing it if need be) and
  // leaves in `room` how many it did not write. Those are kept for the next call rather than cut off, so that
  // one record after another does not make its room again: std::string::resize fills it with zeros.
  template <typename WriteFunction>
  void WriteInRoom(WriteFunction&& write) {
    write(buffer_, room_);
    DrainWhenFull();
  }
  // For RapidJSON's PutReserve / PutUnsafe (export/RapidJsonSink.h): room for `count` more characters is
  // made once, then they are appended without checking whether the buffer is full.
  void Reserve(std::size_t count) {
    DrainWhenFull();
    DropRoom();
    buffer_.reserve(buffer_.size() + count);
  }
  void PutUnsafe(char c) { buffer_.push_back(c); }
  void AppendUnsafe(const char* text, std::size_t size) { buffer_.append(text, size); }
  // RapidJSON calls this at the end of a document; the buffer is drained when full or by its owner.
  void Flush() {}

  // What was written and not drained yet (everything when there is no drain).
  std::string_view Text() const { return std::string_view(buffer_.data(), buffer_.size() - room_); }
  std::string TakeText() {
    DropRoom();
    return std::move(buffer_);
  }
  // Empties the text; the buffer is kept as room.
  void Clear() { room_ = buffer_.size(); }
  std::size_t capacity() const { return buffer_.capacity(); }

 private:
  void DropRoom() {
    if (room_ == 0) return;
    buffer_.resize(buffer_.size() - room_);  // (shrinking: nothing is filled)
    room_ = 0;
  }
  void DrainWhenFull() {
    if (buffer_.size() - room_ >= drain_at_) {
      const std::size_t kept = drain_(buffer_, buffer_.size() - room_);
      room_ = buffer_.size() - kept;
    }
  }

  // The text, then `room_` bytes of room (made for a RoomWriter and not written yet, or left by a drain):
  // kept, as std::string::resize would fill it with zeros again.
  std::string buffer_;
  std::size_t room_ = 0;
  std::size_t drain_at_ = std::numeric_limits<std::size_t>::max();
  DrainFunction drain_;
};

}  // namespace newsgraph
