#include "export/PlainTexts.h"

#include <utility>

#include "export/JsonText.h"

namespace newsgraph {

bool PlainTexts::CheckAndKeep(std::string_view text) {
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
  std::size_t size = slots_.empty() ? 1024 : 2 * slots_.size();
  while (slots_.empty() && size < expected_) size *= 2;
  std::vector<std::string_view> grown(size);
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
