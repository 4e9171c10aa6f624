#include "graph/ArticleRecords.h"

#include <utility>

#include "graph/SameId.h"

namespace newsgraph {

void ArticleRecords::Node::FillRecord(NodeRecord& record) && {
  record.id = id;
  record.type = type;
  record.label = label;
  for (const std::string_view alias : aliases) record.aliases.emplace(alias);
  record.mentions = mentions;
  record.documents.insert(std::move(document));
  record.first_date = record.last_date = date;
  record.anonymous = anonymous;
}

void ArticleRecords::Node::AbsorbInto(NodeRecord& record) && {
  bool added = false;
  for (const std::string_view alias : aliases) {
    // Found as a view: most aliases are the record's already, and a string made for each cost more.
    const auto at = record.aliases.lower_bound(alias);
    if (at != record.aliases.end() && *at == alias) continue;
    record.aliases.emplace_hint(at, alias);
    added = true;
  }
  // AddName, unless it has nothing to do: most articles name an entity as its record does.
  if (added || !SameId(label, record.label)) record.AddName(label);
  record.mentions += mentions;
  record.documents.Append(std::move(document));
  record.AddDates(date, date);
  record.anonymous = record.anonymous && anonymous;
}

void ArticleRecords::Edge::FillRecord(EdgeRecord& record, const SharedString& source_id,
                                      const SharedString& target_id) && {
  record.type = type;
  record.source = source_id;
  record.target = target_id;
  record.evidence.insert(std::move(evidence));
  for (const auto& [key, value] : *attributes) record.attributes[key].insert(value);
}

void ArticleRecords::Edge::AbsorbInto(EdgeRecord& record) && {
  record.evidence.Append(std::move(evidence));
  for (const auto& [key, value] : *attributes) record.attributes[key].insert(value);
}

}  // namespace newsgraph
