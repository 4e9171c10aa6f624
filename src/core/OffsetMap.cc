#include "core/OffsetMap.h"

#include <algorithm>

namespace newsgraph {

void OffsetMap::Append(std::uint32_t origin, std::uint32_t count) {
  if (count == 0) return;
  // (A run goes on while each byte comes from the one after the previous byte's origin.)
  if (runs_.empty() || runs_.back().origin + (size_ - runs_.back().begin) != origin)
    runs_.push_back(Run{size_, origin});
  size_ += count;
}

void OffsetMap::Append(const OffsetMap& other, std::size_t begin, std::size_t end) {
  if (begin >= end) return;
  for (auto run = other.RunOf(begin); run != other.runs_.end() && run->begin < end; ++run) {
    const std::size_t from = std::max(begin, run->begin);
    const std::size_t to =
        std::min(end, std::next(run) == other.runs_.end() ? other.size_ : std::next(run)->begin);
    Append(run->origin + static_cast<std::uint32_t>(from - run->begin),
           static_cast<std::uint32_t>(to - from));
  }
}

void OffsetMap::clear() {
  runs_.clear();
  size_ = 0;
}

std::uint32_t OffsetMap::operator[](std::size_t offset) const {
  const auto run = RunOf(offset);
  return run->origin + static_cast<std::uint32_t>(offset - run->begin);
}

std::vector<OffsetMap::Run>::const_iterator OffsetMap::RunOf(std::size_t offset) const {
  return std::prev(std::upper_bound(runs_.begin(), runs_.end(), offset,
                                    [](std::size_t at, const Run& run) { return at < run.begin; }));
}

}  // namespace newsgraph
