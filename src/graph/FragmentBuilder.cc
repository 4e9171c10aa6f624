#include "graph/FragmentBuilder.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph {

ArticleRecords BuildArticleRecords(const Document& doc) {
  ArticleRecords records;
  records.nodes.reserve(doc.mentions.size());  // (at most: growing would move the records)
  records.edges.reserve(doc.relations.size());
  const std::string& date = doc.article.date;
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
    NodeRecord& node = records.nodes.emplace_back();  // made in place: moving a record costs a third of it
    node.id = m.entity;
    node.type = m.type;
    node.label = m.label.empty() ? m.name : m.label;
    if (!m.generic && m.name != node.label) node.aliases.insert(m.name);
    node.mentions = 1;
    node.documents.insert(document);
    node.first_date = node.last_date = date;
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
    // What Absorb(node_of(m)) does, without building the record: same article, same document and date.
    NodeRecord& node = records.nodes[it->second];
    const std::string& label = m.label.empty() ? m.name : m.label;
    if (m.name != label) node.aliases.insert(m.name);
    if (label != node.label) node.AddName(label);  // (the aliases never hold the label)
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
    EdgeRecord& edge = records.edges.emplace_back();  // (in place, as the nodes)
    edge.type = r.type;
    edge.source = source.entity;
    edge.target = target.entity;
    Evidence e;
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
    edge.evidence.insert(std::move(e));
    for (const auto& [key, value] : r.attributes) edge.attributes[key].insert(value);
    edge.OrderEndpoints();
  }
  return records;
}

GraphFragment BuildFragment(const Document& doc) {
  GraphFragment fragment;
  ArticleRecords records = BuildArticleRecords(doc);
  for (NodeRecord& node : records.nodes) fragment.AddNode(std::move(node));
  for (EdgeRecord& edge : records.edges) fragment.AddEdge(std::move(edge));
  return fragment;
}

}  // namespace newsgraph
