// Runs `task(i)` for every i in [0, count) on up to `threads` threads, the caller's among them; each thread
// takes the next index as it finishes one, so tasks of uneven size even out when the longest come first.
// Returns when every task is done. Tasks must not depend on each other's order.
//
//   std::vector<Result> results(parts.size());
//   ParallelFor(parts.size(), threads, [&](std::size_t i) { results[i] = Work(parts[i]); });
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace newsgraph {

template <typename Task>
void ParallelFor(std::size_t count, unsigned threads, Task&& task) {
  std::atomic<std::size_t> next = 0;
  const auto run = [&] {
    for (std::size_t i; (i = next++) < count;) task(i);
  };
  std::vector<std::jthread> helpers;
  for (std::size_t t = 1; t < std::min<std::size_t>(threads, count); ++t) helpers.emplace_back(run);
  run();
}

}  // namespace newsgraph
