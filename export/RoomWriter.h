// Appends JSON text to a string through a pointer, in room made ahead and cut to what was written when the
// writer goes: appending piece by piece is a length check, a capacity check and a call each, which was most
// of the cost of an edge's members and evidence besides their strings.
//
//   RoomWriter writer(out);                            // nothing may append to `out` while it lives
//   writer.Reserve(lead.size() + name.size());          // strings counted at their size
//   writer.Put(lead);
//   writer.PutString(name);                             // escaped, with more room made when it must be
//
// In a TextSink, the room left over when the writer goes is kept for the next one (TextSink::WriteInRoom).
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "export/JsonBytes.h"
#include "export/JsonText.h"

namespace newsgraph {

class RoomWriter {
 public:
  static constexpr std::size_t kMaxDigits = 20;  // of a 64-bit number, its sign with it
  // (Not more: past a few kilobytes memset fills with `rep stosb`, which callgrind counts a byte at a time.)
  static constexpr std::size_t kMinGrowth = 1024;

  // Appends to `out`, cut to what was written when the writer goes.
  explicit RoomWriter(std::string& out) : out_(out), at_(out.data() + out.size()), end_(at_) {}
  // Writes into the last `room` bytes of `out`, room made before (TextSink::WriteInRoom); when the writer
  // goes, `room` is what is left of it, still in `out`.
  RoomWriter(std::string& out, std::size_t& room)
      : out_(out), at_(out.data() + out.size() - room), end_(out.data() + out.size()), room_(&room) {}
  RoomWriter(const RoomWriter&) = delete;
  RoomWriter& operator=(const RoomWriter&) = delete;
  ~RoomWriter() {
    if (room_)
      *room_ = static_cast<std::size_t>(end_ - at_);
    else
      out_.resize(Used());
  }

  // The pieces below are forced inline: a writer of many members outgrows gcc's budget for inlining in its
  // file, and a call each (with the writer's state stored and read back around it) cost more than the piece.
  //
  // Makes room for `size` more bytes at least, strings counted at their size (PutString makes the room an
  // escaping takes more). Made kMinGrowth at a time at least, so that most calls find it made.
  [[gnu::always_inline]] void Reserve(std::size_t size) {
    const auto left = static_cast<std::size_t>(end_ - at_);
    if (left < size) Grow(std::max(size - left, kMinGrowth));
  }
  [[gnu::always_inline]] void Put(std::string_view piece) {
    CopySmall(piece.data(), piece.size(), at_);
    at_ += piece.size();
  }
  void Put(char c) { *at_++ = c; }
  template <typename Integer>
  void PutNumber(Integer value) {
    // Most numbers written are an evidence's sentence index and byte offsets, under 10,000: their digits
    // come from a table of pairs, without the count of digits and the loop of std::to_chars.
    if (value >= 0 && value < 10000) {
      at_ = PutUnder10000(static_cast<unsigned>(value), at_);
      return;
    }
    at_ = std::to_chars(at_, at_ + kMaxDigits, value).ptr;
  }
  // In room for kMaxDoubleSize. A whole number under 10,000 (an edge's weight, its count of sentences) is
  // written here as WriteJsonDouble writes it, its digits then ".0", without the call. (-0.0 is left to it.)
  void PutDouble(double value) {
    if (value >= 0 && value < 10000 && !std::signbit(value) &&
        value == static_cast<double>(static_cast<unsigned>(value))) {
      at_ = PutUnder10000(static_cast<unsigned>(value), at_);
      Put(".0");
      return;
    }
    at_ = WriteJsonDouble(at_, value);
  }
  // `text` as JSON string content (AppendJsonStringContent), in the room Reserve made for its size.
  [[gnu::always_inline]] void PutString(std::string_view text) {
    // Most texts are short (ids, dates): up to 32 bytes checked here, as the call costs as much as the check.
    const std::size_t size = text.size();
    const bool short_plain =
        size >= 4 && size <= 32 &&
        (size < 16 ? ShortTextIsPlainAscii(text.data(), size) : MidTextIsPlainAscii(text.data(), size));
    if (short_plain || IsPlainJsonText(text))
      Put(text);
    else
      PutEscaped(text);  // rare
  }
  // `text`, known not to be plain (IsPlainJsonText), escaped: more room made for it.
  void PutEscaped(std::string_view text) {
    Grow((kMaxEscapedSize - 1) * text.size());
    at_ = WriteJsonStringContent(at_, text);
  }
  // The length of the string with what was written (an offset that stays when the room moves).
  std::size_t size() const { return Used(); }
  // What was written from offset `begin` to `end` (until the room next grows).
  std::string_view Written(std::size_t begin, std::size_t end) const {
    return std::string_view(out_.data() + begin, end - begin);
  }

 private:
  std::size_t Used() const { return static_cast<std::size_t>(at_ - out_.data()); }
  void Grow(std::size_t more) {
    const std::size_t used = Used();
    out_.resize(out_.size() + more);
    at_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }

  // Writes `value` (under 10,000) in decimal at `to`; returns the end.
  static char* PutUnder10000(unsigned value, char* to) {
    static constexpr char kPairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    const auto pair = [&](unsigned two_digits, char* at) { std::memcpy(at, kPairs + 2 * two_digits, 2); };
    if (value < 10) {
      *to = static_cast<char>('0' + value);
      return to + 1;
    }
    if (value < 100) {
      pair(value, to);
      return to + 2;
    }
    if (value < 1000) {
      *to = static_cast<char>('0' + value / 100);
      pair(value % 100, to + 1);
      return to + 3;
    }
    pair(value / 100, to);
    pair(value % 100, to + 2);
    return to + 4;
  }

  // Copies `size` bytes from `from` to `to`; up to 32 as two overlapping words (most pieces: leads, ids,
  // dates), without the call to memcpy that costs more than them.
  [[gnu::always_inline]] static void CopySmall(const char* from, std::size_t size, char* to) {
    const auto two_words = [&]<std::size_t kWord>() {
      char first[kWord], last[kWord];
      std::memcpy(first, from, kWord);
      std::memcpy(last, from + size - kWord, kWord);
      std::memcpy(to, first, kWord);
      std::memcpy(to + size - kWord, last, kWord);
    };
    if (size > 32)
      std::memcpy(to, from, size);
    else if (size >= 16)
      two_words.template operator()<16>();
    else if (size >= 8)
      two_words.template operator()<8>();
    else if (size >= 4)
      two_words.template operator()<4>();
    else
      for (std::size_t i = 0; i < size; ++i) to[i] = from[i];
  }

  std::string& out_;
  char* at_;
  char* end_;                    // of the room: out_'s end, kept here as Reserve asks for it at every piece
  std::size_t* room_ = nullptr;  // where the room left is kept, when it is kept
};

}  // namespace newsgraph
