#include "graph/NodeRecord.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace newsgraph {
namespace {

std::size_t WordCount(std::string_view s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + (s.empty() ? 0 : 1);
}

}  // namespace

bool IsFullerName(std::string_view a, std::string_view b) {
  return std::make_tuple(WordCount(a), a.size(), b) > std::make_tuple(WordCount(b), b.size(), a);
}

void NodeRecord::AddName(std::string_view name) {
  // A popular node absorbs one record per article: no insert-then-erase of its own label each time.
  if (name != label) {
    if (IsFullerName(name, label))
      aliases.insert(std::exchange(label, std::string(name)));
    else
      aliases.insert(std::string(name));
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
  AddName(other.label);
  mentions += other.mentions;
  documents.Append(std::move(other.documents));
  AddDates(other.first_date, other.last_date);
  anonymous = anonymous && other.anonymous;
}

}  // namespace newsgraph
