// The texts of one graph that a JSON writer found plain (IsPlainJsonText, export/JsonText.h), by address: an
// evidence sentence is cited by about two edges, and checking it (a few hundred bytes) cost more than finding
// it here. An address stands for its text only while the text lives unchanged, so a memo belongs to one
// writer of one graph (PrettyJson, export/JsonAttributes.h), whose strings all outlive it: a memo kept
// across graphs would take a new text at a freed one's address for it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph {

class PlainTexts {
 public:
  // IsPlainJsonText(text), checked once per text (its address and size).
  bool IsPlain(std::string_view text);

 private:
  void Grow();

  std::vector<std::string_view> slots_;  // open addressing, a power of two, at most half full; empty = free
  std::size_t used_ = 0;
};

}  // namespace newsgraph
