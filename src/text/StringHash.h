// Hash for unordered containers keyed by std::string that are looked up with a std::string_view: lexicon
// lookups run for every token, and a temporary std::string per lookup was a visible share of extraction time.
// The hash is HashSlots's, inline (std::hash is a call into libstdc++).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/HashSlots.h"

namespace newsgraph {

struct StringHash {
  using is_transparent = void;
  // (Not noexcept: libstdc++ then keeps each key's hash in its node, where it otherwise hashes the key of
  // every node it walks past in a bucket to tell where the bucket ends.)
  std::size_t operator()(std::string_view s) const { return HashSlots::Hash(s); }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace newsgraph
