// An immutable string whose copies share one buffer. Evidence keeps its article id, date and sentence text
// in these: every edge found in a sentence points to the same text instead of holding its own copy, which is
// most of the graph's memory on a large corpus. One pointer wide, and the count, the length and the
// characters are one allocation: a graph of 100k articles holds millions of them, and writing an edge's
// evidence reads several (one cache miss each instead of two).
//
//   SharedString text(sentence);
//   Evidence a{.text = text}, b{.text = text};   // one buffer
//   std::string_view view = a.text;              // reads like a string
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstring>
#include <new>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace newsgraph {

class SharedString {
 public:
  SharedString() = default;
  SharedString(std::string_view value)  // NOLINT: implicit, a string is a valid value
      : block_(value.empty() ? nullptr : Block::Make(value)) {}
  SharedString(const std::string& value) : SharedString(std::string_view(value)) {}  // NOLINT
  SharedString(const char* value) : SharedString(std::string_view(value)) {}         // NOLINT
  SharedString(const SharedString& other) noexcept : block_(other.block_) {
    if (block_) block_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedString(SharedString&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  SharedString& operator=(SharedString other) noexcept {
    std::swap(block_, other.block_);
    return *this;
  }
  ~SharedString() {
    // Copies live on several threads (fragments are built by the workers, merged by the reader).
    if (block_ && block_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) Block::Free(block_);
  }

  std::string_view view() const { return block_ ? std::string_view(block_->chars(), block_->size) : ""; }
  operator std::string_view() const { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }
  bool empty() const { return block_ == nullptr; }
  std::size_t size() const { return block_ ? block_->size : 0; }
  const char* c_str() const { return block_ ? block_->chars() : ""; }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.block_ == b.block_ || a.view() == b.view();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    if (a.block_ == b.block_) return std::strong_ordering::equal;
    return a.view().compare(b.view()) <=> 0;
  }
  // Against any other text, without making a SharedString of it (one overload per kind of text, so that none
  // is ambiguous with the conversion to SharedString).
  friend bool operator==(const SharedString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SharedString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const SharedString& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedString& a, std::string_view b) {
    return a.view().compare(b) <=> 0;
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const std::string& b) {
    return a <=> std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const char* b) {
    return a <=> std::string_view(b);
  }
  friend std::ostream& operator<<(std::ostream& out, const SharedString& s) { return out << s.view(); }

 private:
  // The header of an allocation that goes on with the characters and a terminating NUL.
  struct Block {
    std::atomic<std::size_t> refs;
    std::size_t size;

    char* chars() { return reinterpret_cast<char*>(this + 1); }
    static Block* Make(std::string_view value) {
      auto* block = new (::operator new(sizeof(Block) + value.size() + 1)) Block{{1}, value.size()};
      std::memcpy(block->chars(), value.data(), value.size());
      block->chars()[value.size()] = '\0';
      return block;
    }
    static void Free(Block* block) {
      block->~Block();
      ::operator delete(block);
    }
  };
  Block* block_ = nullptr;
};

}  // namespace newsgraph
