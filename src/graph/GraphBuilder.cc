#include "graph/GraphBuilder.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "extract/ArticlePipeline.h"
#include "graph/FragmentAccumulator.h"
#include "graph/FragmentBuilder.h"
#include "resolve/Resolver.h"
#include "text/StringHash.h"

namespace newsgraph {
namespace {

// A bounded queue of articles between the reading thread and the workers.
class ArticleQueue {
 public:
  explicit ArticleQueue(std::size_t capacity) : capacity_(capacity) {}
  void Push(Article article) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return queue_.size() < capacity_; });
    queue_.push_back(std::move(article));
    not_empty_.notify_one();
  }
  std::optional<Article> Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return std::nullopt;
    Article a = std::move(queue_.front());
    queue_.pop_front();
    not_full_.notify_one();
    return a;
  }
  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::size_t capacity_;
  std::deque<Article> queue_;
  bool closed_ = false;
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
};

}  // namespace

GraphBuilder::GraphBuilder(std::shared_ptr<const Schema> schema, BuildOptions options)
    : schema_(std::move(schema)), options_(std::move(options)) {}

SortedRecords GraphBuilder::BuildRecords(const std::vector<std::string>& inputs, BuildReport& report) const {
  ArticlePipeline pipeline(schema_);
  ArticleReader reader(options_.read);
  unsigned threads = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());

  StringSet ids;  // only asked whether an id was seen: hashed, not ordered (ids share long prefixes)
  auto on_error = [&](Error&& e) { report.errors.push_back(std::move(e)); };
  // Keeps the first article of each id; a later one with the same id is reported, not merged.
  auto admit = [&](const Article& a) {
    if (ids.insert(a.id).second) return true;
    report.errors.push_back(Error{ErrorCode::kDuplicateId,
                                  "article id '" + a.id + "' was already read; this article is skipped",
                                  a.origin});
    return false;
  };
  auto read_all = [&](const std::function<void(Article &&)>& sink) {
    for (const std::string& input : inputs)
      reader.Read(
          input,
          [&](Article&& a) {
            if (!admit(a)) return;
            ++report.articles;
            sink(std::move(a));
            if (options_.progress) options_.progress(report.articles);
          },
          on_error);
  };

  using Clock = std::chrono::steady_clock;
  auto mark = Clock::now();
  const auto lap = [&mark](double& seconds) {
    const auto now = Clock::now();
    seconds = std::chrono::duration<double>(now - mark).count();
    mark = now;
  };
  FragmentAccumulator all;
  if (threads == 1) {
    read_all([&](Article&& a) { all.Add(BuildArticleRecords(pipeline.Run(std::move(a)))); });
    lap(report.seconds.extraction);
  } else {
    ArticleQueue queue(threads * 4);
    std::vector<FragmentAccumulator> partial(threads);
    std::vector<std::thread> workers;
    for (unsigned w = 0; w < threads; ++w)
      workers.emplace_back([&, w] {
        while (auto article = queue.Pop())
          partial[w].Add(BuildArticleRecords(pipeline.Run(std::move(*article))));
      });
    read_all([&](Article&& a) { queue.Push(std::move(a)); });
    queue.Close();
    for (auto& t : workers) t.join();
    lap(report.seconds.extraction);
    for (FragmentAccumulator& p : partial) all.Add(std::move(p));  // counted as merging
  }
  SortedRecords merged = std::move(all).FinishSorted(threads);
  lap(report.seconds.merging);
  Resolver(options_.decisions, &schema_->gazetteer()).Resolve(merged, threads);
  lap(report.seconds.resolution);
  return merged;
}

}  // namespace newsgraph
