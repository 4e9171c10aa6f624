// A set kept as a sorted vector: a node's documents and an edge's evidence. They grow by absorbing the
// records of other articles, whose elements often sort after the ones already there (a dated feed, numbered
// files; when they do not, Append defers the merge), are read in order by the writers and are never looked
// up one by one. A vector appends and iterates at memory speed and costs the elements' size; a std::set
// costs an allocation and 32 more bytes an element. The first element is kept in place: most edges have one
// sentence of evidence and most nodes one article, and a set made for each new record allocated its vector.
#pragma once

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <utility>

namespace newsgraph {

template <typename T>
class SortedSet {
 public:
  using value_type = T;
  using const_iterator = typename boost::container::small_vector<T, 1>::const_iterator;
  using iterator = const_iterator;
  using size_type = std::size_t;

  SortedSet() = default;
  SortedSet(std::initializer_list<T> items) {
    for (const T& item : items) insert(item);
  }

  // Adds `value` unless an equivalent element is there already (which stays). True when added. The set must
  // be settled (see Append).
  // (By reference, as Append's: an edge's evidence taken by value was moved in twice and destroyed twice.)
  bool insert(const T& value) { return Insert(value); }
  bool insert(T&& value) { return Insert(std::move(value)); }

  // Moves in the elements of `other` that are not here (on equivalence, the element here stays), leaving
  // `other` empty. Linear; a plain append when `other` sorts after this set.
  void Absorb(SortedSet&& other) {
    Append(std::move(other));
    Settle();
  }

  // Absorb without the merge: `other`'s elements are moved to the end and the set is unsettled until
  // Settle(), which sorts and merges everything appended since in one go. A node named in many articles
  // absorbs one set per article; merging each into the whole set costs the set's size every time, which is
  // quadratic in the node's articles when they do not arrive in id order. Until Settle() only Append and
  // Settle may be used.
  void Append(SortedSet&& other) {
    if (other.items_.empty()) return;
    const bool in_order = settled_ == items_.size() && other.settled_ == other.items_.size() &&
                          (items_.empty() || items_.back() < other.items_.front());
    items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                  std::make_move_iterator(other.items_.end()));
    if (in_order) settled_ = items_.size();
    other.items_.clear();
    other.settled_ = 0;
  }

  // Append of a set of one element.
  void Append(const T& value) { AppendOne(value); }
  void Append(T&& value) { AppendOne(std::move(value)); }

  // Sorts and merges what Append added. On equivalence the element that came first stays: the stable sort
  // and merge keep arrival order among equivalents, and std::unique keeps the first.
  // (The check apart, so that it is inlined: most records are settled already when a table drains them.)
  void Settle() {
    if (settled_ != items_.size()) SettleTail();
  }

  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }

  friend bool operator==(const SortedSet& a, const SortedSet& b) { return a.items_ == b.items_; }

 private:
  void SettleTail() {
    const auto tail = items_.begin() + static_cast<std::ptrdiff_t>(settled_);
    if (!std::is_sorted(tail, items_.end())) std::stable_sort(tail, items_.end());
    std::inplace_merge(items_.begin(), tail, items_.end());
    items_.erase(std::unique(items_.begin(), items_.end(), [](const T& a, const T& b) { return !(a < b); }),
                 items_.end());
    settled_ = items_.size();
  }

  template <typename Value>
  bool Insert(Value&& value) {
    if (items_.empty() || items_.back() < value) {
      items_.push_back(std::forward<Value>(value));
      ++settled_;
      return true;
    }
    auto it = std::lower_bound(items_.begin(), items_.end(), value);
    if (it != items_.end() && !(value < *it)) return false;
    items_.insert(it, std::forward<Value>(value));
    ++settled_;
    return true;
  }

  template <typename Value>
  void AppendOne(Value&& value) {
    const bool in_order = settled_ == items_.size() && (items_.empty() || items_.back() < value);
    items_.push_back(std::forward<Value>(value));
    if (in_order) settled_ = items_.size();
  }

  boost::container::small_vector<T, 1> items_;
  std::size_t settled_ = 0;  // items_[0, settled_) is sorted and unique; the rest came from Append
};

}  // namespace newsgraph
