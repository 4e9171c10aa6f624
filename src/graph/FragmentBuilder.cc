#include "graph/FragmentBuilder.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsgraph {
namespace {

// NodeRecord::AddName and the insertion of an alias, on the names of an article's node.
void AddAlias(ArticleRecords::Node& node, std::string_view name) {
  if (std::find(node.aliases.begin(), node.aliases.end(), name) == node.aliases.end())
    node.aliases.push_back(name);
}

void AddName(ArticleRecords::Node& node, std::string_view name) {
  if (name != node.label) {
    if (IsFullerName(name, node.label)) std::swap(node.label, name);
    AddAlias(node, name);
  }
  std::erase(node.aliases, node.label);
}

}  // namespace

ArticleRecords BuildArticleRecords(const Document& doc) {
  ArticleRecords records;
  records.nodes.reserve(doc.mentions.size());  // (at most)
  records.edges.reserve(doc.relations.size());
  const std::string_view date = doc.article.date;
  // One buffer for the article id, the date and each sentence, shared by the nodes and evidence that cite
  // them.
  const SharedString document(doc.article.id), shared_date(date);

  // The mentions at an end of an asserted relation, by index (a hashed set of their entity ids was an eighth
  // of building a fragment), and whether mention k's entity is one of theirs.
  std::vector<char> endpoint(doc.mentions.size(), 0);
  for (const Relation& r : doc.relations)
    if (r.modality == Modality::kAsserted) endpoint[r.source] = endpoint[r.target] = 1;
  const auto entity_is_endpoint = [&](std::size_t k) {
    if (endpoint[k]) return true;
    for (std::size_t j = 0; j < doc.mentions.size(); ++j)
      if (endpoint[j] && doc.mentions[j].entity == doc.mentions[k].entity) return true;
    return false;
  };
  // The index of each entity's node, found by hashing: an entity is mentioned several times an article.
  std::unordered_map<std::string_view, std::size_t> nodes;
  // Names come from naming mentions; a stand-in ("la ligne", "des responsables russes") only counts as a
  // mention, and gives its label only to an entity that no naming mention names.
  const auto add_node = [&](const Mention& m) {
    ArticleRecords::Node& node = records.nodes.emplace_back();
    node.id = m.entity;
    node.type = m.type;
    node.label = m.label.empty() ? m.name : m.label;
    if (!m.generic && m.name != node.label) node.aliases.push_back(m.name);
    node.mentions = 1;
    node.document = document;
    node.date = date;
    node.anonymous = m.anonymous;
    return records.nodes.size() - 1;
  };
  for (const Mention& m : doc.mentions) {
    if (m.entity.empty() || m.generic) continue;
    auto [it, added] = nodes.try_emplace(m.entity, 0);
    if (added) {
      it->second = add_node(m);
      continue;
    }
    // What NodeRecord::Absorb does with the record of m: same article, same document and date.
    ArticleRecords::Node& node = records.nodes[it->second];
    const std::string_view label = m.label.empty() ? m.name : m.label;
    if (m.name != label) AddAlias(node, m.name);
    if (label != node.label) AddName(node, label);  // (the aliases never hold the label)
    ++node.mentions;
    node.anonymous = node.anonymous && m.anonymous;
  }
  for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
    const Mention& m = doc.mentions[k];
    if (m.entity.empty() || !m.generic) continue;
    if (auto it = nodes.find(m.entity); it != nodes.end()) {
      ++records.nodes[it->second].mentions;
    } else if (entity_is_endpoint(k)) {
      nodes.emplace(m.entity, add_node(m));
    }
  }

  std::vector<SharedString> sentence_texts(doc.sentences.size());
  std::vector<SharedString> speakers(
      doc.mentions.size());  // entity ids of the mentions facts are attributed to
  for (const Relation& r : doc.relations) {
    if (r.modality != Modality::kAsserted) continue;
    const Mention& source = doc.mentions[r.source];
    const Mention& target = doc.mentions[r.target];
    if (source.entity.empty() || target.entity.empty() || source.entity == target.entity) continue;
    const Sentence& s = doc.sentences[r.sentence];
    ArticleRecords::Edge& edge = records.edges.emplace_back();
    edge.type = r.type;
    edge.source = source.entity;
    edge.target = target.entity;
    if (IsSymmetric(edge.type) && edge.target < edge.source) std::swap(edge.source, edge.target);
    Evidence& e = edge.evidence;
    e.document = document;
    e.sentence = r.sentence;
    e.start = doc.OriginalOffset(s.begin);
    e.end = doc.OriginalOffset(s.end);
    e.date = shared_date;
    SharedString& text = sentence_texts[r.sentence];
    if (text.empty()) text = doc.SentenceText(r.sentence);
    e.text = text;
    if (r.attributed_to) {
      SharedString& speaker = speakers[*r.attributed_to];
      if (speaker.empty()) speaker = doc.mentions[*r.attributed_to].entity;
      e.attributed_to = speaker;
    }
    edge.attributes = &r.attributes;
  }
  return records;
}

GraphFragment BuildFragment(const Document& doc) {
  GraphFragment fragment;
  ArticleRecords records = BuildArticleRecords(doc);
  for (ArticleRecords::Node& node : records.nodes) fragment.AddNode(std::move(node).MakeRecord());
  for (ArticleRecords::Edge& edge : records.edges) fragment.AddEdge(std::move(edge).MakeRecord());
  return fragment;
}

}  // namespace newsgraph
