#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "export/InOrder.h"

namespace newsgraph {
namespace {

// Item i's text, with the separator that depends on what came before it (as a JSON array's comma does).
void WriteItems(TextSink& out, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (i > 0) out.Put(',');
    out.Write(std::to_string(i * i));
  }
}

std::size_t Estimate(std::size_t i) {
  return 1 + i % 7;
}

std::string Sequential(std::size_t count) {
  TextSink sink;
  WriteItems(sink, 0, count);
  return sink.TakeText();
}

TEST(InOrderTest, SameTextWhateverThreadsAndChunks) {
  for (std::size_t count : {0, 1, 2, 5, 7, 64, 100, 1001}) {
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
      for (std::size_t chunk_bytes : {1, 3, 16, 256}) {
        TextSink sink;
        sink.Write("[");
        WriteInOrder(sink, count, threads, Estimate, WriteItems, chunk_bytes);
        sink.Write("]");
        EXPECT_EQ(sink.Text(), std::string("[").append(Sequential(count)).append("]"))
            << count << " items, " << threads << " threads, chunks of " << chunk_bytes << " bytes";
      }
    }
  }
}

TEST(InOrderTest, OneThreadWritesStraightIntoTheSink) {
  TextSink sink;
  const TextSink* written_into = nullptr;
  WriteInOrder(sink, 10, 1, Estimate, [&](TextSink& out, std::size_t, std::size_t) { written_into = &out; });
  EXPECT_EQ(written_into, &sink);
}

// A chunk stops at the item that brings it to the size, so a huge item does not drag its neighbours along.
TEST(InOrderTest, ChunksAreCutByEstimatedSize) {
  const auto estimate = [](std::size_t i) -> std::size_t { return i == 50 ? 1000 : 10; };
  std::mutex mutex;
  std::vector<std::pair<std::size_t, std::size_t>> chunks;
  TextSink sink;
  WriteInOrder(
      sink, 200, 3, estimate,
      [&](TextSink&, std::size_t begin, std::size_t end) {
        std::lock_guard lock(mutex);
        chunks.emplace_back(begin, end);
      },
      100);
  std::sort(chunks.begin(), chunks.end());
  ASSERT_FALSE(chunks.empty());
  EXPECT_EQ(chunks.front().first, 0u);
  EXPECT_EQ(chunks.back().second, 200u);
  for (std::size_t k = 0; k < chunks.size(); ++k) {
    const auto [begin, end] = chunks[k];
    ASSERT_LT(begin, end);
    if (k > 0) {
      EXPECT_EQ(begin, chunks[k - 1].second);
    }
    std::size_t before_last = 0;
    for (std::size_t i = begin; i + 1 < end; ++i) before_last += estimate(i);
    EXPECT_LT(before_last, 100u) << "chunk " << begin << ".." << end;
    if (begin <= 50 && 50 < end) {
      EXPECT_EQ(end, 51u) << "the huge item ends its chunk";
    }
  }
}

TEST(InOrderTest, ThreadsDrainTheSinkAsItFills) {
  std::string drained;
  TextSink sink(64, [&](std::string& buffer, std::size_t size) {
    drained.append(buffer, 0, size);
    return std::size_t{0};
  });
  WriteInOrder(sink, 5000, 4, Estimate, WriteItems, 8);
  drained += sink.Text();
  EXPECT_EQ(drained, Sequential(5000));
}

}  // namespace
}  // namespace newsgraph
