#include "query/Centrality.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <cmath>
#include <set>
#include <utility>

#include "query/UndirectedView.h"

namespace newsgraph {
namespace {

constexpr double kDamping = 0.85;
constexpr double kTolerance = 1e-12;
constexpr int kMaxIterations = 1000;

std::vector<double> Degree(const UndirectedView& view) {
  std::vector<double> out;
  for (std::size_t v = 0; v < boost::num_vertices(view.graph()); ++v)
    out.push_back(static_cast<double>(boost::degree(v, view.graph())));
  return out;
}

std::vector<double> Betweenness(const UndirectedView& view) {
  std::vector<double> out(boost::num_vertices(view.graph()), 0.0);
  boost::brandes_betweenness_centrality(
      view.graph(),
      boost::make_iterator_property_map(out.begin(), boost::get(boost::vertex_index, view.graph())));
  return out;
}

std::vector<double> PageRank(const KnowledgeGraph& graph) {
  const std::size_t n = graph.NodeCount();
  if (n == 0) return {};
  std::set<std::pair<std::size_t, std::size_t>> arcs;
  for (KnowledgeGraph::Edge e : graph.Edges()) {
    std::size_t s = graph.Source(e), t = graph.Target(e);
    if (s == t) continue;
    arcs.emplace(s, t);
    if (IsSymmetric(graph.edge(e).type)) arcs.emplace(t, s);
  }
  std::vector<std::size_t> out_degree(n, 0);
  for (const auto& [s, t] : arcs) ++out_degree[s];
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (out_degree[v] == 0) dangling += rank[v];
    double base = ((1 - kDamping) + kDamping * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (const auto& [s, t] : arcs) next[t] += kDamping * rank[s] / static_cast<double>(out_degree[s]);
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < kTolerance) break;
  }
  return rank;
}

}  // namespace

std::optional<CentralityMeasure> ParseCentralityMeasure(std::string_view name) {
  if (name == "degree") return CentralityMeasure::kDegree;
  if (name == "betweenness") return CentralityMeasure::kBetweenness;
  if (name == "pagerank") return CentralityMeasure::kPageRank;
  return std::nullopt;
}

std::vector<double> Centrality(const KnowledgeGraph& graph, CentralityMeasure measure) {
  switch (measure) {
    case CentralityMeasure::kDegree:
      return Degree(UndirectedView(graph));
    case CentralityMeasure::kBetweenness:
      return Betweenness(UndirectedView(graph));
    case CentralityMeasure::kPageRank:
      return PageRank(graph);
  }
  return {};
}

}  // namespace newsgraph
