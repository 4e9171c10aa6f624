// What one article contributes to the graph (BuildArticleRecords, graph/FragmentBuilder.h): its nodes and
// edges, in the order they were found, for FragmentAccumulator to absorb. Their names and ids are views into
// the article's Document, which must outlive them: most of them join a record already there (three nodes in
// four, an edge in three), and a NodeRecord or EdgeRecord made for each, its strings and sets allocated only
// to be absorbed and freed, cost more than finding where it goes. (A sorted map per article cost more still;
// an id beside each record was a copy of the node's, or an edge's made for one that most often joins
// another.)
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/Ontology.h"
#include "core/SharedString.h"
#include "graph/EdgeRecord.h"
#include "graph/Evidence.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

struct ArticleRecords {
  // An entity as the article names it: one per entity.
  struct Node {
    // User-provided, so that `nodes.emplace_back()` only runs the member initialisers below (as Mention's).
    Node() {}  // NOLINT(modernize-use-equals-default): `= default` would bring the zero-fill back
    std::string_view id;
    std::uint32_t hash = 0;  // IdHash(id)
    EntityType type = EntityType::kOfficial;
    std::string_view label;  // the fullest name
    // The other names, distinct: room for two in place, as an article gives most entities one or two, instead
    // of a vector allocated and freed for each node with an alias.
    boost::container::small_vector<std::string_view, 2> aliases;
    std::uint64_t mentions = 0;
    bool anonymous = false;
    SharedString document;  // the article id
    std::string_view date;  // the article's, "" when unknown

    // Makes `record` (a new, empty one, in place: moving a record costs a third of it) the record of an
    // entity the article is the first to name.
    void FillRecord(NodeRecord& record) &&;
    // What NodeRecord::AbsorbUnsettled does with the record FillRecord makes, without making it.
    void AbsorbInto(NodeRecord& record) &&;
  };

  // An asserted relation: symmetric ones with their endpoints in canonical order; an id may come twice (one
  // fact in two sentences): merging absorbs the second.
  struct Edge {
    Edge() {}  // NOLINT(modernize-use-equals-default): as Node's
    RelationType type = RelationType::kSpokeWith;
    std::string_view source, target;                 // node ids
    std::uint32_t source_hash = 0, target_hash = 0;  // IdHash of each
    std::uint32_t source_node = 0, target_node = 0;  // their positions in `nodes`
    Evidence evidence;
    const std::map<std::string, std::string>* attributes = nullptr;  // the relation's (never null)

    // As Node::FillRecord, with the ends' ids in the buffers the record is to share.
    void FillRecord(EdgeRecord& record, const SharedString& source_id, const SharedString& target_id) &&;
    void AbsorbInto(EdgeRecord& record) &&;  // as EdgeRecord::AbsorbUnsettled
  };

  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

}  // namespace newsgraph
