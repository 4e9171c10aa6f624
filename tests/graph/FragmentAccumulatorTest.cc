#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "graph/FragmentAccumulator.h"

namespace newsgraph {
namespace {

// Article `k` names a few of twelve people (labels vary with the article) and links them: ids overlap
// between articles, as in a corpus.
GraphFragment Article(int k) {
  GraphFragment f;
  const std::string doc = "doc-" + std::to_string(1000 - k * 7 % 1000);  // not in article order
  std::vector<std::string> ids;
  for (int p : {k % 12, (k * 5 + 1) % 12, (k * 7 + 3) % 12}) {
    NodeRecord n;
    n.id = "official:p" + std::to_string(p);
    n.label = (k % 2 ? "Person " : "P. ") + std::to_string(p);
    n.mentions = 1 + k % 3;
    n.documents = {doc};
    n.first_date = n.last_date = "2020-" + std::to_string(10 + k % 3);
    ids.push_back(n.id);
    f.AddNode(std::move(n));
  }
  for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
    if (ids[i] == ids[i + 1]) continue;
    EdgeRecord e;
    e.type = i == 0 ? RelationType::kSpokeWith : RelationType::kReported;
    e.source = ids[i];
    e.target = ids[i + 1];
    e.evidence.insert(Evidence{.document = doc,
                               .start = static_cast<std::uint32_t>(i * 10),
                               .end = static_cast<std::uint32_t>(i * 10 + 9)});
    e.attributes["channel"].insert(k % 2 ? "phone" : "video");
    f.AddEdge(std::move(e));
  }
  return f;
}

void ExpectSameGraph(const GraphFragment& a, const GraphFragment& b) {
  ASSERT_EQ(a.nodes().size(), b.nodes().size());
  for (auto x = a.nodes().begin(), y = b.nodes().begin(); x != a.nodes().end(); ++x, ++y) {
    EXPECT_EQ(x->first, y->first);
    EXPECT_EQ(x->second.label, y->second.label);
    EXPECT_EQ(x->second.aliases, y->second.aliases);
    EXPECT_EQ(x->second.documents, y->second.documents);
    EXPECT_EQ(x->second.mentions, y->second.mentions);
    EXPECT_EQ(x->second.first_date, y->second.first_date);
    EXPECT_EQ(x->second.last_date, y->second.last_date);
  }
  ASSERT_EQ(a.edges().size(), b.edges().size());
  for (auto x = a.edges().begin(), y = b.edges().begin(); x != a.edges().end(); ++x, ++y) {
    EXPECT_EQ(x->first, y->first);
    EXPECT_EQ(x->second.id(), x->first.id());
    EXPECT_EQ(x->second.evidence, y->second.evidence);
    EXPECT_EQ(x->second.attributes, y->second.attributes);
  }
}

TEST(FragmentAccumulatorTest, GivesWhatMergingFragmentsGivesInAnyOrder) {
  constexpr int kArticles = 60;
  GraphFragment merged;
  for (int k = 0; k < kArticles; ++k) merged.Merge(Article(k));
  ASSERT_GT(merged.edges().size(), 10u);

  FragmentAccumulator forward;
  for (int k = 0; k < kArticles; ++k) forward.Add(Article(k));
  ExpectSameGraph(std::move(forward).Finish(), merged);

  // Backwards, and split between two accumulators merged at the end (the threads of GraphBuilder).
  FragmentAccumulator odd, even;
  for (int k = kArticles - 1; k >= 0; --k) (k % 2 ? odd : even).Add(Article(k));
  even.Add(std::move(odd));
  ExpectSameGraph(std::move(even).Finish(), merged);

  // Finished on several threads (nodes and edges at once, the edges' sort split by type).
  for (unsigned threads : {2u, 3u, 8u}) {
    FragmentAccumulator all;
    for (int k = 0; k < kArticles; ++k) all.Add(Article(k));
    ExpectSameGraph(std::move(all).Finish(threads), merged);
  }
}

TEST(FragmentAccumulatorTest, FinishEmptiesTheAccumulatorAndSortsById) {
  FragmentAccumulator all;
  for (int k = 0; k < 5; ++k) all.Add(Article(k));
  GraphFragment graph = std::move(all).Finish();
  std::string previous;
  for (const auto& [id, node] : graph.nodes()) {
    EXPECT_LT(previous, id);
    previous = id;
  }
  EXPECT_TRUE(std::move(all).Finish().nodes().empty());
}

// SortedRecords::Rename against GraphFragment::Rename: nodes merged into one that is there, into an id no
// node had (twice), an id that is no node's, and the self-loops and merged edges that come of it.
TEST(FragmentAccumulatorTest, RenamingTheSortedRecordsGivesWhatRenamingTheFragmentGives) {
  constexpr int kArticles = 60;
  const std::map<std::string, std::string> representative = {{"official:p1", "official:p2"},
                                                             {"official:p3", "official:p0"},
                                                             {"official:p5", "official:p99"},
                                                             {"official:p6", "official:p99"},
                                                             {"official:nobody", "official:p4"}};
  FragmentAccumulator fragment_records;
  for (int k = 0; k < kArticles; ++k) fragment_records.Add(Article(k));
  GraphFragment renamed = std::move(fragment_records).Finish();
  const std::size_t edges = renamed.edges().size();
  renamed.Rename(representative);
  ASSERT_LT(renamed.edges().size(), edges);
  ASSERT_TRUE(renamed.nodes().contains("official:p99"));
  for (unsigned threads : {1u, 3u}) {
    FragmentAccumulator all;
    for (int k = 0; k < kArticles; ++k) all.Add(Article(k));
    SortedRecords records = std::move(all).FinishSorted(threads);
    records.Rename(representative, threads);
    ExpectSameGraph(std::move(records).ToFragment(), renamed);
  }
}

}  // namespace
}  // namespace newsgraph
