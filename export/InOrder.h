// Writes a section of an export (its nodes, its edges) on several threads with the bytes one thread writes:
// the items are cut into chunks of about `chunk_bytes` of text (by the caller's estimate of each item), each
// chunk is laid out into its own buffer, and the buffers are appended to the file in item order. The threads
// lay out the next batch of chunks (one per thread) while the calling thread appends the last one and plans
// the next, so memory holds two batches of text rather than the file.
//
//   WriteInOrder(sink, graph.EdgeCount(), options.threads, EdgeBytes(graph),  // export/SectionSizes.h
//                [&](TextSink& out, std::size_t begin, std::size_t end) { /* edges begin..end */ });
//
// `write(out, begin, end)` writes items [begin, end) into `out` exactly as it would after items [0, begin):
// with one thread it is called once, on `sink` itself.
#pragma once

#include <barrier>
#include <cstddef>
#include <thread>
#include <utility>
#include <vector>

#include "export/TextSink.h"

namespace newsgraph {

template <typename Estimate, typename WriteRange>
void WriteInOrder(TextSink& sink, std::size_t count, unsigned threads, Estimate&& estimate,
                  WriteRange&& write, std::size_t chunk_bytes = 64 << 10) {
  if (threads <= 1 || count == 0) {
    write(sink, std::size_t{0}, count);
    return;
  }
  // batches[parity]: one chunk (item range) per thread; an empty batch ends the section.
  using Batch = std::vector<std::pair<std::size_t, std::size_t>>;
  Batch batches[2] = {Batch(threads), Batch(threads)};
  std::vector<TextSink> buffers[2] = {std::vector<TextSink>(threads), std::vector<TextSink>(threads)};
  std::size_t next = 0;  // first item not planned yet
  const auto plan = [&](Batch& batch) {
    for (auto& [begin, end] : batch) {
      begin = end = next;
      for (std::size_t bytes = 0; end < count && (end == begin || bytes < chunk_bytes); ++end)
        bytes += estimate(end);
      next = end;
    }
  };
  const auto empty = [](const Batch& batch) { return batch.front().first == batch.front().second; };
  plan(batches[0]);
  // Phase p: the threads lay out batch p while the caller appends batch p - 1 and plans batch p + 1; all
  // meet at the barrier, and leave after the phase that planned an empty batch.
  std::barrier meet(static_cast<std::ptrdiff_t>(threads) + 1);
  std::vector<std::jthread> workers;
  for (unsigned t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      for (std::size_t p = 0;; ++p) {
        const auto [begin, end] = batches[p % 2][t];
        TextSink& buffer = buffers[p % 2][t];
        // A chunk that was one huge item (an edge with thousands of sentences) does not keep its room for the
        // rest of the section; freed here, by the thread that allocated it (an allocator keeps a block freed
        // by another thread for a while).
        if (buffer.capacity() > 4 * chunk_bytes) buffer = TextSink();
        if (begin < end) write(buffer, begin, end);
        meet.arrive_and_wait();
        if (empty(batches[(p + 1) % 2])) return;
      }
    });
  const auto append = [&](std::vector<TextSink>& laid_out) {
    for (TextSink& buffer : laid_out) {
      sink.Write(buffer.Text());
      buffer.Clear();
    }
  };
  for (std::size_t p = 0;; ++p) {
    if (p > 0) append(buffers[(p - 1) % 2]);
    plan(batches[(p + 1) % 2]);
    meet.arrive_and_wait();
    if (empty(batches[(p + 1) % 2])) {
      append(buffers[p % 2]);
      return;
    }
  }
}

}  // namespace newsgraph
