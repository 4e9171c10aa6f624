// An immutable string whose copies share one buffer. Evidence keeps its article id, date and sentence text
// in these: every edge found in a sentence points to the same text instead of holding its own copy, which is
// most of the graph's memory on a large corpus. One pointer wide (the count lives with the characters):
// a graph of 100k articles holds millions of them.
//
//   SharedString text(std::string(sentence));
//   Evidence a{.text = text}, b{.text = text};   // one buffer
//   std::string_view view = a.text;              // reads like a string
#pragma once

#include <atomic>
#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace newsgraph {

class SharedString {
 public:
  SharedString() = default;
  SharedString(std::string value)  // NOLINT: implicit, a string is a valid value
      : block_(value.empty() ? nullptr : new Block{{1}, std::move(value)}) {}
  SharedString(std::string_view value) : SharedString(std::string(value)) {}  // NOLINT
  SharedString(const char* value) : SharedString(std::string(value)) {}       // NOLINT
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
    if (block_ && block_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete block_;
  }

  const std::string& str() const { return block_ ? block_->value : Empty(); }
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT
  bool empty() const { return block_ == nullptr; }
  std::size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.block_ == b.block_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    if (a.block_ == b.block_) return std::strong_ordering::equal;
    return a.str().compare(b.str()) <=> 0;
  }
  friend std::ostream& operator<<(std::ostream& out, const SharedString& s) { return out << s.str(); }

 private:
  struct Block {
    std::atomic<std::uint32_t> refs;
    const std::string value;
  };
  static const std::string& Empty() {
    static const std::string kEmpty;
    return kEmpty;
  }
  Block* block_ = nullptr;
};

}  // namespace newsgraph
