// A set kept as a sorted vector: a node's documents and an edge's evidence. They grow by absorbing the
// records of other articles, whose elements mostly sort after the ones already there (a dated feed, numbered
// files), are read in order by the writers and are never looked up one by one. A vector appends and iterates
// at memory speed and costs the elements' size; a std::set costs an allocation and 32 more bytes an element.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <utility>
#include <vector>

namespace newsgraph {

template <typename T>
class SortedSet {
 public:
  using value_type = T;
  using const_iterator = typename std::vector<T>::const_iterator;
  using iterator = const_iterator;
  using size_type = std::size_t;

  SortedSet() = default;
  SortedSet(std::initializer_list<T> items) {
    for (const T& item : items) insert(item);
  }

  // Adds `value` unless an equivalent element is there already (which stays). True when added.
  bool insert(T value) {
    if (items_.empty() || items_.back() < value) {
      items_.push_back(std::move(value));
      return true;
    }
    auto it = std::lower_bound(items_.begin(), items_.end(), value);
    if (it != items_.end() && !(value < *it)) return false;
    items_.insert(it, std::move(value));
    return true;
  }

  // Moves in the elements of `other` that are not here (on equivalence, the element here stays), leaving
  // `other` empty. Linear; a plain append when `other` sorts after this set.
  void Absorb(SortedSet&& other) {
    if (other.items_.empty()) return;
    if (items_.empty() || items_.back() < other.items_.front()) {
      items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                    std::make_move_iterator(other.items_.end()));
    } else {
      std::vector<T> merged;
      merged.reserve(items_.size() + other.items_.size());
      // std::merge puts this set's element first among equivalent ones, and std::unique keeps the first.
      std::merge(std::make_move_iterator(items_.begin()), std::make_move_iterator(items_.end()),
                 std::make_move_iterator(other.items_.begin()), std::make_move_iterator(other.items_.end()),
                 std::back_inserter(merged));
      merged.erase(std::unique(merged.begin(), merged.end(), [](const T& a, const T& b) { return !(a < b); }),
                   merged.end());
      items_ = std::move(merged);
    }
    other.items_.clear();
  }

  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }

  friend bool operator==(const SortedSet& a, const SortedSet& b) { return a.items_ == b.items_; }

 private:
  std::vector<T> items_;
};

}  // namespace newsgraph
