// A memo of what is computed from a word form alone (its facts in the schema, its case forms), for a
// thread to keep across articles: a form seen before costs one hash lookup. Past `max_forms` distinct forms
// it starts again, so that a long run's memory stays bounded.
//
//   thread_local FormCache<Facts> cache(1 << 18);
//   const Facts& facts = cache.Get(form, [&] { return ComputeFacts(form); });
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/HashSlots.h"

namespace newsgraph {

template <typename Value>
class FormCache {
 public:
  explicit FormCache(std::size_t max_forms) : max_forms_(max_forms) {}

  // The value of `form`, computed by `compute()` the first time; valid until the next call.
  template <typename Compute>
  const Value& Get(std::string_view form, Compute&& compute) {
    const auto hash = HashSlots::Hash(form);
    // (The comparison that finds the entry keeps it: a hit, most calls, then costs no second indexing of
    // `entries_`, nor the size check that only an insertion needs.)
    const Value* found = nullptr;
    index_.Find(hash, [&](std::uint32_t p) {
      const auto& [key, value] = entries_[p];
      if (!HashSlots::Equal(key, form)) return false;
      found = &value;
      return true;
    });
    if (found != nullptr) return *found;
    if (entries_.size() >= max_forms_) Clear();
    entries_.emplace_back(std::string(form), compute());
    index_.Insert(hash, static_cast<std::uint32_t>(entries_.size() - 1));
    return entries_.back().second;
  }

  void Clear() {
    entries_.clear();
    index_.Clear();
  }

  std::size_t size() const { return entries_.size(); }

 private:
  std::size_t max_forms_;
  std::vector<std::pair<std::string, Value>> entries_;
  HashSlots index_;
};

}  // namespace newsgraph
