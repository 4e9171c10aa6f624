// Runs one task at a time on a thread of its own while the caller goes on: AtomicFile hands it the writing of
// a block of text to the disk and lays out the next block meanwhile, so that an export waits for the disk
// only where the disk is slower than the writer. The thread starts with the first task.
//
//   WriteBehind behind;
//   behind.Run([&] { Write(block); });  // waits for the task before, then returns at once
//   behind.Wait();                      // the last task is done, and what it did is visible here
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace newsgraph {

class WriteBehind {
 public:
  WriteBehind() = default;
  // Waits for the task in flight and ends the thread.
  ~WriteBehind();
  WriteBehind(const WriteBehind&) = delete;
  WriteBehind& operator=(const WriteBehind&) = delete;

  // Waits for the task in flight, then starts `task` on the thread.
  void Run(std::function<void()> task);
  // Waits for the task in flight, if any.
  void Wait();

 private:
  void Loop();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::function<void()> task_;  // the task in flight; empty when there is none
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace newsgraph
