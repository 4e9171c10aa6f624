// Tasks run one at a time, in order, on another thread; Wait and the destructor see each one done.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>
#include <vector>

#include "export/WriteBehind.h"

namespace newsgraph {
namespace {

TEST(WriteBehindTest, RunsTasksInOrderOnAnotherThread) {
  std::vector<int> done;
  std::vector<std::thread::id> threads;
  WriteBehind behind;
  for (int i = 0; i < 50; ++i) {
    behind.Run([&, i] {
      if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));  // a slow disk now and then
      done.push_back(i);
      threads.push_back(std::this_thread::get_id());
    });
  }
  behind.Wait();
  ASSERT_EQ(done.size(), 50u);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(done[i], i);
  for (const std::thread::id id : threads) {
    EXPECT_NE(id, std::this_thread::get_id());
    EXPECT_EQ(id, threads.front());  // one thread for all
  }
}

TEST(WriteBehindTest, RunWaitsForTheTaskBefore) {
  int in_flight = 0;
  int most_in_flight = 0;
  WriteBehind behind;
  for (int i = 0; i < 20; ++i) {
    behind.Run([&] {
      most_in_flight = std::max(most_in_flight, ++in_flight);
      std::this_thread::sleep_for(std::chrono::microseconds(200));
      --in_flight;
    });
  }
  behind.Wait();
  EXPECT_EQ(most_in_flight, 1);
  EXPECT_EQ(in_flight, 0);
}

TEST(WriteBehindTest, DestructorFinishesTheTaskInFlight) {
  bool finished = false;
  {
    WriteBehind behind;
    behind.Run([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      finished = true;
    });
  }
  EXPECT_TRUE(finished);
}

TEST(WriteBehindTest, WaitWithoutTasksReturns) {
  WriteBehind behind;
  behind.Wait();
  SUCCEED();
}

}  // namespace
}  // namespace newsgraph
