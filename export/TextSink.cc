#include "export/TextSink.h"

#include <utility>

namespace newsgraph {

TextSink::TextSink(std::size_t drain_at, DrainFunction drain)
    : drain_at_(drain_at), drain_(std::move(drain)) {
  // The buffer is drained once an append took it to `drain_at` bytes: room for one more record's text
  // (a writer makes it a kilobyte at a time) spares the copy of the whole buffer into one twice its size.
  buffer_.reserve(drain_at + drain_at / 16);
}

}  // namespace newsgraph
