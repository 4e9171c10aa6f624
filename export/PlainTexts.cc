#include "export/PlainTexts.h"

#include <cstdint>
#include <utility>

#include "export/JsonText.h"

namespace newsgraph {
namespace {

std::size_t SlotOf(std::string_view text, std::size_t mask) {
  // Heap addresses differ in their middle bits: the product's high half mixes them all.
  constexpr std::uint64_t kOdd = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio
  return static_cast<std::size_t>((reinterpret_cast<std::uintptr_t>(text.data()) * kOdd) >> 32) & mask;
}

bool SameText(std::string_view a, std::string_view b) {
  return a.data() == b.data() && a.size() == b.size();
}

}  // namespace

bool PlainTexts::IsPlain(std::string_view text) {
  if (text.empty()) return true;
  if (!slots_.empty()) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = SlotOf(text, mask); !slots_[i].empty(); i = (i + 1) & mask)
      if (SameText(slots_[i], text)) return true;
  }
  if (!IsPlainJsonText(text)) return false;  // (rare: not kept)
  if ((used_ + 1) * 2 > slots_.size()) Grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = SlotOf(text, mask);
  while (!slots_[i].empty()) i = (i + 1) & mask;
  slots_[i] = text;
  ++used_;
  return true;
}

void PlainTexts::Grow() {
  std::vector<std::string_view> grown(slots_.empty() ? 1024 : 2 * slots_.size());
  const std::size_t mask = grown.size() - 1;
  for (const std::string_view text : slots_) {
    if (text.empty()) continue;
    std::size_t i = SlotOf(text, mask);
    while (!grown[i].empty()) i = (i + 1) & mask;
    grown[i] = text;
  }
  slots_ = std::move(grown);
}

}  // namespace newsgraph
