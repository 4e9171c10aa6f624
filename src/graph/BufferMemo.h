// Answers about the ids of edge ends, kept by the address of the id's characters. The merger gives every
// edge of a node the buffer of the node's id (SharedString, FragmentAccumulator), so a pass over the edges
// meets each buffer several times: a buffer met before is answered by its address, without its id being
// hashed and compared again. One address is one text only while that text lives, so a memo belongs to one
// pass over records that it does not change.
//
//   BufferMemo<std::optional<Vertex>> vertex_of(nodes.size());
//   const auto v = vertex_of.Get(edge.target, [&](std::string_view id) { return Find(id); });
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {

template <typename Value>
class BufferMemo {
 public:
  // `buffers`: about how many distinct buffers the pass meets (a node count): the table has twice as many
  // slots, and a buffer whose slot another took is answered by `compute` again.
  explicit BufferMemo(std::size_t buffers) : slots_(std::bit_ceil(2 * buffers + 2)) {}

  // The value kept for the characters of `text`, else `compute(text)`, kept for them.
  template <typename Compute>
  const Value& Get(std::string_view text, Compute&& compute) {
    // Heap addresses differ in their middle bits: the product's high half mixes them all.
    constexpr std::uint64_t kOdd = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio
    const auto address = reinterpret_cast<std::uintptr_t>(text.data());
    Slot& slot = slots_[static_cast<std::size_t>((address * kOdd) >> 32) & (slots_.size() - 1)];
    if (slot.data != text.data() || slot.size != text.size()) {
      slot.value = compute(text);
      slot.data = text.data();
      slot.size = text.size();
    }
    return slot.value;
  }

 private:
  struct Slot {
    const char* data = nullptr;
    std::size_t size = ~std::size_t{0};  // (no text's: a free slot)
    Value value{};
  };
  std::vector<Slot> slots_;
};

}  // namespace newsgraph
