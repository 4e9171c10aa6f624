// A number given to one object of the process only: a per-thread cache of answers that point into a schema
// keeps its owner's, and starts again for another owner (a freed schema's addresses may come back in the next
// one, so the owner's address would not tell them apart).
#pragma once

#include <atomic>
#include <cstdint>

namespace newsgraph {

inline std::uint64_t NewInstanceId() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace newsgraph
