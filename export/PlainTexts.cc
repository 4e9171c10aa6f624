#include "export/PlainTexts.h"

#include <utility>

#include "export/JsonText.h"

namespace newsgraph {

bool PlainTexts::CheckAndKeep(std::string_view text, bool valid_utf8) {
  const bool plain = valid_utf8 ? IsPlainValidUtf8JsonText(text) : IsPlainJsonText(text);
  if ((used_ + 1) * 2 > slots_.size()) Grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = SlotOf(text, mask);
  while (!slots_[i].text.empty()) i = (i + 1) & mask;
  slots_[i] = {text, plain};
  ++used_;
  return plain;
}

void PlainTexts::Grow() {
  std::size_t size = slots_.empty() ? 1024 : 2 * slots_.size();
  while (slots_.empty() && size < expected_) size *= 2;
  std::vector<Slot> grown(size);
  const std::size_t mask = grown.size() - 1;
  for (const Slot& slot : slots_) {
    if (slot.text.empty()) continue;
    std::size_t i = SlotOf(slot.text, mask);
    while (!grown[i].text.empty()) i = (i + 1) & mask;
    grown[i] = slot;
  }
  slots_ = std::move(grown);
}

}  // namespace newsgraph
