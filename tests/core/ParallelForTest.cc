#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "core/ParallelFor.h"

namespace newsgraph {
namespace {

TEST(ParallelForTest, RunsEveryTaskOnceOnAtMostTheThreadsAsked) {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    for (std::size_t count : {0u, 1u, 2u, 7u, 1000u}) {
      std::vector<std::atomic<int>> runs(count);
      std::mutex mutex;
      std::set<std::thread::id> ran_on;
      ParallelFor(count, threads, [&](std::size_t i) {
        ++runs[i];
        std::lock_guard lock(mutex);
        ran_on.insert(std::this_thread::get_id());
      });
      for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(runs[i], 1) << "task " << i;
      EXPECT_LE(ran_on.size(), std::min<std::size_t>(threads, std::max<std::size_t>(count, 1)));
      if (threads == 1 && count > 0) {
        EXPECT_EQ(*ran_on.begin(), std::this_thread::get_id());
      }
    }
  }
}

}  // namespace
}  // namespace newsgraph
