#include "export/TextSink.h"

#include <utility>

namespace newsgraph {

TextSink::TextSink(std::size_t drain_at, DrainFunction drain)
    : drain_at_(drain_at), drain_(std::move(drain)) {
  buffer_.reserve(drain_at);
}

}  // namespace newsgraph
