#include "graph/NodeRecord.h"

#include <algorithm>
#include <tuple>

namespace newsgraph {
namespace {

std::size_t WordCount(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + (s.empty() ? 0 : 1);
}

void MergeDate(std::string& first, std::string& last, const std::string& other_first,
               const std::string& other_last) {
  if (!other_first.empty() && (first.empty() || other_first < first)) first = other_first;
  if (!other_last.empty() && (last.empty() || other_last > last)) last = other_last;
}

}  // namespace

bool IsFullerName(const std::string& a, const std::string& b) {
  return std::make_tuple(WordCount(a), a.size(), b) > std::make_tuple(WordCount(b), b.size(), a);
}

void NodeRecord::AddName(std::string name) {
  // A popular node absorbs one record per article: no insert-then-erase of its own label each time.
  if (name != label) {
    if (IsFullerName(name, label)) std::swap(label, name);
    aliases.insert(std::move(name));
  }
  aliases.erase(label);
}

void NodeRecord::Absorb(const NodeRecord& other) {
  Absorb(NodeRecord(other));
}

void NodeRecord::Absorb(NodeRecord&& other) {
  AbsorbUnsettled(std::move(other));
  Settle();
}

void NodeRecord::AbsorbUnsettled(NodeRecord&& other) {
  aliases.merge(other.aliases);  // moves the set nodes, no copy
  AddName(std::move(other.label));
  mentions += other.mentions;
  documents.Append(std::move(other.documents));
  MergeDate(first_date, last_date, other.first_date, other.last_date);
  anonymous = anonymous && other.anonymous;
}

}  // namespace newsgraph
