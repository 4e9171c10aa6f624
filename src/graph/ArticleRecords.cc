#include "graph/ArticleRecords.h"

#include <utility>

namespace newsgraph {

NodeRecord ArticleRecords::Node::MakeRecord() && {
  NodeRecord record;
  record.id = id;
  record.type = type;
  record.label = label;
  for (const std::string_view alias : aliases) record.aliases.emplace(alias);
  record.mentions = mentions;
  record.documents.insert(std::move(document));
  record.first_date = record.last_date = date;
  record.anonymous = anonymous;
  return record;
}

void ArticleRecords::Node::AbsorbInto(NodeRecord& record) && {
  for (const std::string_view alias : aliases) record.aliases.insert(std::string(alias));
  record.AddName(label);
  record.mentions += mentions;
  record.documents.Append(std::move(document));
  record.AddDates(date, date);
  record.anonymous = record.anonymous && anonymous;
}

EdgeRecord ArticleRecords::Edge::MakeRecord() && {
  EdgeRecord record;
  record.type = type;
  record.source = source;
  record.target = target;
  record.evidence.insert(std::move(evidence));
  for (const auto& [key, value] : *attributes) record.attributes[key].insert(value);
  return record;
}

void ArticleRecords::Edge::AbsorbInto(EdgeRecord& record) && {
  record.evidence.Append(std::move(evidence));
  for (const auto& [key, value] : *attributes) record.attributes[key].insert(value);
}

}  // namespace newsgraph
