// The texts of one graph that a JSON writer checked (IsPlainJsonText, export/JsonText.h), by address, with
// what it found: an evidence sentence is cited by about two edges, and checking it (a few hundred bytes) cost
// more than finding it here. Those not plain are kept too: a fifth of the sentences of real text quote
// someone between ASCII double quotes, which are escaped on every citation but need not be looked for again.
// An address stands for its text only while the text lives unchanged, so a memo belongs to one writer of one
// graph (PrettyJson, export/JsonAttributes.h), whose strings all outlive it: a memo kept across graphs would
// take a new text at a freed one's address for it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph {

class PlainTexts {
 public:
  // `expected`: how many values its writer writes (a section's edges, which cite fewer distinct sentences):
  // the table is made that large at the first text kept, rather than grown (and rehashed) step by step.
  explicit PlainTexts(std::size_t expected = 0) : expected_(expected) {}
  // IsPlainJsonText(text), checked once per text (its address and size), by IsPlainValidUtf8JsonText when
  // `valid_utf8` (the text is known to be valid UTF-8: graph/Evidence.h). A text found is answered inline; a
  // new one is checked and kept by a call.
  bool IsPlain(std::string_view text, bool valid_utf8 = false) {
    if (text.empty()) return true;
    if (!slots_.empty()) {
      const std::size_t mask = slots_.size() - 1;
      for (std::size_t i = SlotOf(text, mask); !slots_[i].text.empty(); i = (i + 1) & mask)
        if (slots_[i].text.data() == text.data() && slots_[i].text.size() == text.size())
          return slots_[i].plain;
    }
    return CheckAndKeep(text, valid_utf8);
  }

 private:
  static std::size_t SlotOf(std::string_view text, std::size_t mask) {
    // Heap addresses differ in their middle bits: the product's high half mixes them all.
    constexpr std::uint64_t kOdd = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio
    return static_cast<std::size_t>((reinterpret_cast<std::uintptr_t>(text.data()) * kOdd) >> 32) & mask;
  }
  struct Slot {
    std::string_view text;  // empty: free
    bool plain = false;
  };

  // IsPlain(text, valid_utf8) for a text not kept yet, kept with it.
  bool CheckAndKeep(std::string_view text, bool valid_utf8);
  void Grow();

  std::vector<Slot> slots_;  // open addressing, a power of two, at most half full
  std::size_t used_ = 0;
  std::size_t expected_;
};

}  // namespace newsgraph
