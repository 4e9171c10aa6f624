#include <gtest/gtest.h>

#include <string>

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

std::string Sequential(std::size_t count) {
  TextSink sink;
  WriteItems(sink, 0, count);
  return sink.TakeText();
}

TEST(InOrderTest, SameTextWhateverThreadsAndChunks) {
  for (std::size_t count : {0, 1, 2, 5, 7, 64, 100, 1001}) {
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
      for (std::size_t chunk : {1, 3, 16, 256}) {
        TextSink sink;
        sink.Write("[");
        WriteInOrder(sink, count, threads, WriteItems, chunk);
        sink.Write("]");
        EXPECT_EQ(sink.Text(), std::string("[").append(Sequential(count)).append("]"))
            << count << " items, " << threads << " threads, chunks of " << chunk;
      }
    }
  }
}

TEST(InOrderTest, OneThreadWritesStraightIntoTheSink) {
  TextSink sink;
  const TextSink* written_into = nullptr;
  WriteInOrder(sink, 10, 1, [&](TextSink& out, std::size_t, std::size_t) { written_into = &out; });
  EXPECT_EQ(written_into, &sink);
}

TEST(InOrderTest, ThreadsDrainTheSinkAsItFills) {
  std::string drained;
  TextSink sink(64, [&](std::string& buffer) {
    drained += buffer;
    buffer.clear();
  });
  WriteInOrder(sink, 5000, 4, WriteItems, 8);
  drained += sink.Text();
  EXPECT_EQ(drained, Sequential(5000));
}

}  // namespace
}  // namespace newsgraph
