// Runs queries over a KnowledgeGraph.
//
//   Executor executor(graph);
//   Result<ResultTable> table = executor.Execute("MATCH (a)-[:spoke_with]-(b {name: \"Gerasimov\"}) RETURN
//   a.label");
//
// Matching follows Cypher: an edge is used at most once per match; an undirected pattern matches both ways
// (so a pair can come back twice, once per orientation); spoke_with, being symmetric, also matches a directed
// pattern either way. Without ORDER BY rows come in match order, which depends only on the graph (nodes and
// edges in id order), so the output is deterministic.
#pragma once

#include <string_view>
#include <vector>

#include "core/Result.h"
#include "graph/KnowledgeGraph.h"
#include "query/Query.h"
#include "query/ResultTable.h"

namespace newsgraph {

class Executor {
 public:
  // A query that would explore more than `budget` partial matches (a long variable-length pattern from every
  // node of a large graph, say) stops with a kBadQuery error instead of running for hours.
  static constexpr std::uint64_t kDefaultBudget = 50'000'000;

  explicit Executor(const KnowledgeGraph& graph, std::uint64_t budget = kDefaultBudget);

  Result<ResultTable> Execute(std::string_view query) const;
  Result<ResultTable> Run(const Query& query) const;

  // What the matcher walks: for each vertex, its incident edges in edge-id order.
  struct Incidence {
    std::size_t edge;  // index in graph.Edges()
    std::size_t other;
    bool outgoing;
  };

  const KnowledgeGraph& graph() const { return graph_; }
  const NodeRecord& node(std::size_t v) const { return graph_.node(v); }
  const EdgeRecord& edge(std::size_t e) const { return graph_.edge(graph_.Edges()[e]); }
  const std::vector<Incidence>& incidence(std::size_t v) const { return incidence_[v]; }
  std::uint64_t budget() const { return budget_; }

 private:
  const KnowledgeGraph& graph_;
  std::uint64_t budget_;
  std::vector<std::vector<Incidence>> incidence_;
};

}  // namespace newsgraph
