#include "export/WriteBehind.h"

#include <utility>

namespace newsgraph {

WriteBehind::~WriteBehind() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stop_ = true;  // (the loop runs a task in flight first)
  }
  changed_.notify_all();
  thread_.join();
}

void WriteBehind::Run(std::function<void()> task) {
  Wait();
  if (!thread_.joinable()) thread_ = std::thread([this] { Loop(); });
  {
    std::lock_guard lock(mutex_);
    task_ = std::move(task);
  }
  changed_.notify_all();
}

void WriteBehind::Wait() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return !task_; });
}

void WriteBehind::Loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return task_ || stop_; });
    if (!task_) return;
    // (Run and Wait leave task_ alone while it is set: it is called without the lock.)
    lock.unlock();
    task_();
    lock.lock();
    task_ = nullptr;
    changed_.notify_all();
  }
}

}  // namespace newsgraph
