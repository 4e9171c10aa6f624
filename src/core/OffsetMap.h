// Where each byte of a normalised text comes from in the original (Document::to_original): one entry per run
// of bytes copied as they are rather than one per byte, as most of a text is copied (an offset per byte, four
// bytes zeroed then written, was a visible share of the normaliser).
//
//   OffsetMap map;
//   map.Append(origin, count);  // the next `count` bytes come from `origin`, `origin + 1`, ...
//   map.Append(origin);         // a byte made by normalisation (several may come from one origin)
//   map[offset];                // where byte `offset` comes from
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph {

class OffsetMap {
 public:
  // The next `count` bytes come from `origin` on, one each.
  void Append(std::uint32_t origin, std::uint32_t count = 1);
  // Bytes [begin, end) of `other`.
  void Append(const OffsetMap& other, std::size_t begin, std::size_t end);
  void clear();

  // Where byte `offset` (below size()) comes from.
  std::uint32_t operator[](std::size_t offset) const;
  std::uint32_t back() const { return (*this)[size_ - 1]; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  struct Run {
    std::size_t begin = 0;     // its first byte
    std::uint32_t origin = 0;  // where that byte comes from; the run goes on to the next one's begin
  };
  // The run holding byte `offset` (below size()).
  std::vector<Run>::const_iterator RunOf(std::size_t offset) const;

  std::vector<Run> runs_;  // by begin, the first at 0
  std::size_t size_ = 0;
};

}  // namespace newsgraph
