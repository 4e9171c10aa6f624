#include "graph/FragmentBuilder.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "core/HashSlots.h"
#include "graph/IdHash.h"
#include "graph/SameId.h"

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
  node.aliases.erase(std::remove(node.aliases.begin(), node.aliases.end(), node.label), node.aliases.end());
}

}  // namespace

ArticleRecords BuildArticleRecords(const Document& doc) {
  // The mentions through a span taken once: for all the compiler knows, each record written could change the
  // Document's vector, whose size and data it would read again at every step of the loops below.
  const std::span<const Mention> mentions(doc.mentions);
  ArticleRecords records;
  records.nodes.reserve(mentions.size());  // (at most)
  records.edges.reserve(doc.relations.size());
  const std::string_view date = doc.article.date;
  // One buffer for the article id, the date and each sentence, shared by the nodes and evidence that cite
  // them.
  const SharedString document(doc.article.id), shared_date(date);

  // The mentions at an end of an asserted relation, by index (a hashed set of their entity ids was an eighth
  // of building a fragment), and whether mention k's entity is one of theirs.
  std::vector<char> endpoint(mentions.size(), 0);
  for (const Relation& r : doc.relations)
    if (r.modality == Modality::kAsserted) endpoint[r.source] = endpoint[r.target] = 1;
  const auto entity_is_endpoint = [&](std::size_t k) {
    if (endpoint[k]) return true;
    for (std::size_t j = 0; j < mentions.size(); ++j)
      if (endpoint[j] && mentions[j].entity == mentions[k].entity) return true;
    return false;
  };
  // Each entity's node, found by hashing: an entity is mentioned several times an article. The hash of each
  // mention's entity id is made once, for finding its node here and its record in the accumulator, and for
  // the edges it is an end of.
  std::vector<std::uint32_t> entity_hash(mentions.size(), 0);
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (!mentions[k].entity.empty()) entity_hash[k] = IdHash(mentions[k].entity);
  HashSlots nodes(mentions.size());
  const auto node_of = [&](std::size_t k) {
    return nodes.Find(entity_hash[k],
                      [&](std::uint32_t p) { return SameId(records.nodes[p].id, mentions[k].entity); });
  };
  std::vector<std::uint32_t> node_at(mentions.size(), 0);  // the position of mention k's node, if it has one
  // Names come from naming mentions; a stand-in ("la ligne", "des responsables russes") only counts as a
  // mention, and gives its label only to an entity that no naming mention names.
  const auto add_node = [&](std::size_t k) {
    const Mention& m = mentions[k];
    ArticleRecords::Node& node = records.nodes.emplace_back();
    node.id = m.entity;
    node.hash = entity_hash[k];
    node.type = m.type;
    node.label = m.label.empty() ? m.name : m.label;
    if (!m.generic && m.name != node.label) node.aliases.push_back(m.name);
    node.mentions = 1;
    node.document = document;
    node.date = date;
    node.anonymous = m.anonymous;
    node_at[k] = static_cast<std::uint32_t>(records.nodes.size() - 1);
    nodes.Insert(node.hash, node_at[k]);
  };
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.entity.empty() || m.generic) continue;
    const auto at = node_of(k);
    if (!at) {
      add_node(k);
      continue;
    }
    // What NodeRecord::Absorb does with the record of m: same article, same document and date.
    node_at[k] = *at;
    ArticleRecords::Node& node = records.nodes[*at];
    const std::string_view label = m.label.empty() ? m.name : m.label;
    if (m.name != label) AddAlias(node, m.name);
    if (label != node.label) AddName(node, label);  // (the aliases never hold the label)
    ++node.mentions;
    node.anonymous = node.anonymous && m.anonymous;
  }
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.entity.empty() || !m.generic) continue;
    if (const auto at = node_of(k)) {
      node_at[k] = *at;
      ++records.nodes[*at].mentions;
    } else if (entity_is_endpoint(k)) {
      add_node(k);
    }
  }

  // What the evidence of a fact takes from its sentence, made at the first fact found there (a cited sentence
  // gives about two): its text, shared, and its offsets in the original text.
  struct CitedSentence {
    SharedString text;
    std::uint32_t start = 0, end = 0;
    bool valid_utf8 = false;
  };
  // A sentence of the (valid UTF-8) text is valid UTF-8 when it starts and ends between characters, as
  // sentences do (checked all the same: a byte from 0x80 to 0xBF continues a character).
  const auto starts_character = [&](std::uint32_t at) {
    return at >= doc.text.size() || (static_cast<unsigned char>(doc.text[at]) & 0xC0) != 0x80;
  };
  std::vector<CitedSentence> cited(doc.sentences.size());
  std::vector<SharedString> speakers(mentions.size());  // entity ids of the mentions facts are attributed to
  for (const Relation& r : doc.relations) {
    if (r.modality != Modality::kAsserted) continue;
    const Mention& source = mentions[r.source];
    const Mention& target = mentions[r.target];
    if (source.entity.empty() || target.entity.empty() || SameId(source.entity, target.entity)) continue;
    ArticleRecords::Edge& edge = records.edges.emplace_back();
    edge.type = r.type;
    edge.source = source.entity;
    edge.target = target.entity;
    edge.source_hash = entity_hash[r.source];
    edge.target_hash = entity_hash[r.target];
    edge.source_node = node_at[r.source];
    edge.target_node = node_at[r.target];
    if (IsSymmetric(edge.type) && edge.target < edge.source) {
      std::swap(edge.source, edge.target);
      std::swap(edge.source_hash, edge.target_hash);
      std::swap(edge.source_node, edge.target_node);
    }
    CitedSentence& sentence = cited[r.sentence];
    if (sentence.text.empty()) {
      const Sentence& s = doc.sentences[r.sentence];
      sentence.text = doc.SentenceText(r.sentence);
      sentence.start = doc.OriginalOffset(s.begin);
      sentence.end = doc.OriginalOffset(s.end);
      sentence.valid_utf8 = starts_character(s.begin) && starts_character(s.end);
    }
    Evidence& e = edge.evidence;
    e.document = document;
    e.sentence = r.sentence;
    e.start = sentence.start;
    e.end = sentence.end;
    e.date = shared_date;
    e.text = sentence.text;
    e.valid_utf8_text = sentence.valid_utf8;
    if (r.attributed_to) {
      SharedString& speaker = speakers[*r.attributed_to];
      if (speaker.empty()) speaker = mentions[*r.attributed_to].entity;
      e.attributed_to = speaker;
    }
    edge.attributes = &r.attributes;
  }
  return records;
}

GraphFragment BuildFragment(const Document& doc) {
  GraphFragment fragment;
  ArticleRecords records = BuildArticleRecords(doc);
  for (ArticleRecords::Node& node : records.nodes) {
    NodeRecord record;
    std::move(node).FillRecord(record);
    fragment.AddNode(std::move(record));
  }
  for (ArticleRecords::Edge& edge : records.edges) {
    EdgeRecord record;
    std::move(edge).FillRecord(record, edge.source, edge.target);
    fragment.AddEdge(std::move(record));
  }
  return fragment;
}

}  // namespace newsgraph
