// Writes a section of an export (its nodes, its edges) on several threads with the bytes one thread writes:
// the items are laid out in chunks, each chunk into its own buffer, and the buffers are appended to the file
// in item order. The threads lay out the next batch of chunks while the calling thread appends the last one
// (and waits for the disk), so memory holds two batches of text rather than the file.
//
//   WriteInOrder(sink, graph.EdgeCount(), options.threads, [&](TextSink& out, std::size_t begin,
//                                                              std::size_t end) { /* items begin..end */ });
//
// `write(out, begin, end)` writes items [begin, end) into `out` exactly as it would after items [0, begin):
// with one thread it is called once, on `sink` itself.
#pragma once

#include <algorithm>
#include <barrier>
#include <cstddef>
#include <thread>
#include <vector>

#include "export/TextSink.h"

namespace newsgraph {

template <typename WriteRange>
void WriteInOrder(TextSink& sink, std::size_t count, unsigned threads, WriteRange&& write,
                  std::size_t chunk = 256) {
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, (count + chunk - 1) / chunk));
  if (threads <= 1) {
    write(sink, std::size_t{0}, count);
    return;
  }
  const std::size_t batch = chunk * threads;
  const std::size_t batches = (count + batch - 1) / batch;
  // buffers[parity][t]: thread t's chunk of the batches of that parity.
  std::vector<std::vector<TextSink>> buffers(2, std::vector<TextSink>(threads));
  // Phase p: the threads lay out batch p while the caller appends batch p - 1; all meet at the barrier.
  std::barrier meet(static_cast<std::ptrdiff_t>(threads) + 1);
  std::vector<std::jthread> workers;
  for (unsigned t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      for (std::size_t p = 0; p < batches; ++p) {
        const std::size_t begin = std::min(count, p * batch + t * chunk);
        const std::size_t end = std::min(count, begin + chunk);
        if (begin < end) write(buffers[p % 2][t], begin, end);
        meet.arrive_and_wait();
      }
      meet.arrive_and_wait();  // the caller appends the last batch
    });
  for (std::size_t p = 0; p <= batches; ++p) {
    if (p > 0) {
      for (TextSink& buffer : buffers[(p - 1) % 2]) {
        sink.Write(buffer.Text());
        buffer.Clear();
      }
    }
    meet.arrive_and_wait();
  }
}

}  // namespace newsgraph
