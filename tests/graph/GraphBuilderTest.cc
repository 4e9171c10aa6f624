#include <gmock/gmock.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/GraphBuilder.h"

namespace newsgraph {
namespace {

// Everything a fragment holds, as text, so two builds can be compared whole.
std::string Dump(const GraphFragment& f) {
  std::ostringstream out;
  for (const auto& [id, n] : f.nodes()) {
    out << "node " << id << " " << Name(n.type) << " '" << n.label << "' mentions=" << n.mentions
        << " dates=" << n.first_date << ".." << n.last_date << (n.anonymous ? " anonymous" : "")
        << " aliases=";
    for (const std::string& a : n.aliases) out << a << "|";
    out << " documents=";
    for (const SharedString& d : n.documents) out << d << "|";
    out << "\n";
  }
  for (const auto& [id, e] : f.edges()) {
    out << "edge " << id << " weight=" << e.weight();
    for (const auto& [key, values] : e.attributes)
      for (const std::string& v : values) out << " " << key << "=" << v;
    out << "\n";
    for (const Evidence& ev : e.evidence)
      out << "  " << ev.document << "#" << ev.sentence << " [" << ev.start << "," << ev.end << ") " << ev.date
          << " by=" << ev.attributed_to << " " << ev.text << "\n";
  }
  return out.str();
}

class GraphBuilderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Schema::Load(NEWSGRAPH_SOURCE_SCHEMA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
    schema_ = std::move(loaded).value();
  }
  static void TearDownTestSuite() { schema_.reset(); }

  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("graph-builder-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }

  // Three files: two JSON Lines with several articles that share entities, one plain-text article.
  std::vector<std::string> Corpus() {
    return {
        Write(
            "a.jsonl",
            R"({"id": "a1", "date": "2022-03", "text": "Le Pentagone a mis en place une ligne de déconfliction avec le ministère russe de la Défense."})"
            "\n"
            R"({"id": "a2", "date": "2022-11", "text": "Le général Mark Milley et le général Valéri Guérassimov se sont entretenus jeudi. Milley a déclaré que la Russie voulait discuter."})"
            "\n"),
        Write(
            "b.jsonl",
            R"({"id": "b1", "date": "2023-01", "text": "La Russie respecte ses engagements, a déclaré Dmitri Peskov à Reuters."})"
            "\n"
            R"({"id": "b2", "date": "2022-12", "text": "Un responsable américain non identifié a affirmé que la ligne de déconfliction fonctionnait. Le Pentagone a utilisé la ligne de déconfliction."})"
            "\n"),
        Write("c.txt",
              "date 2023-02 Entretien\n\nLe porte-parole du Kremlin, Dmitri Peskov, a déclaré que Moscou et "
              "Washington s'étaient parlé. Le Pentagone a utilisé la ligne de déconfliction en mars.\n"),
    };
  }

  GraphFragment Build(const std::vector<std::string>& inputs, unsigned threads, BuildReport& report) {
    BuildOptions options;
    options.threads = threads;
    return GraphBuilder(schema_, options).Build(inputs, report);
  }

  static std::shared_ptr<const Schema> schema_;
  std::filesystem::path dir_;
};
std::shared_ptr<const Schema> GraphBuilderTest::schema_;

TEST_F(GraphBuilderTest, BuildsNodesAndEdgesFromEveryInput) {
  BuildReport report;
  GraphFragment f = Build(Corpus(), 1, report);
  EXPECT_EQ(report.articles, 5u);
  EXPECT_TRUE(report.errors.empty());
  ASSERT_EQ(f.nodes().count("institution:pentagon"), 1u);
  const NodeRecord& pentagon = f.nodes().at("institution:pentagon");
  EXPECT_THAT(pentagon.documents, ::testing::ElementsAre("a1", "b2", "c.txt"));
  EXPECT_EQ(pentagon.first_date, "2022-03");
  EXPECT_EQ(pentagon.last_date, "2023-02");
  // The same fact in two articles is one edge supported by two sentences.
  const std::string used =
      EdgeRecord::MakeId(RelationType::kUsed, "institution:pentagon", "line:ligne_deconfliction");
  ASSERT_EQ(f.edges().count(used), 1u) << Dump(f);
  EXPECT_EQ(f.edges().find(used)->second.weight(), 2u);
}

TEST_F(GraphBuilderTest, ThreadCountDoesNotChangeTheGraph) {
  std::vector<std::string> inputs = Corpus();
  BuildReport one, four;
  std::string sequential = Dump(Build(inputs, 1, one));
  EXPECT_EQ(Dump(Build(inputs, 4, four)), sequential);
  EXPECT_EQ(one.articles, four.articles);
}

TEST_F(GraphBuilderTest, InputOrderDoesNotChangeTheGraph) {
  std::vector<std::string> inputs = Corpus();
  std::vector<std::string> reversed(inputs.rbegin(), inputs.rend());
  BuildReport forward, backward;
  EXPECT_EQ(Dump(Build(reversed, 3, backward)), Dump(Build(inputs, 2, forward)));
}

TEST_F(GraphBuilderTest, DuplicateArticleIdIsReportedAndSkipped) {
  std::vector<std::string> inputs = Corpus();
  inputs.push_back(
      Write("again.jsonl",
            R"({"id": "b1", "date": "2024-01", "text": "Le Kremlin a utilisé la ligne de déconfliction."})"
            "\n"));
  BuildReport report;
  GraphFragment f = Build(inputs, 2, report);
  EXPECT_EQ(report.articles, 5u);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].code, ErrorCode::kDuplicateId);
  EXPECT_NE(report.errors[0].message.find("'b1'"), std::string::npos);
  EXPECT_NE(report.errors[0].where.file.find("again.jsonl"), std::string::npos);
  // Nothing of the skipped article reaches the graph.
  EXPECT_EQ(f.edges().count(
                EdgeRecord::MakeId(RelationType::kUsed, "institution:kremlin", "line:ligne_deconfliction")),
            0u);
  for (const auto& [id, n] : f.nodes()) EXPECT_NE(n.last_date, "2024-01") << id;
}

TEST_F(GraphBuilderTest, UnreadableInputIsReportedAndTheRestIsBuilt) {
  std::vector<std::string> inputs = Corpus();
  inputs.insert(inputs.begin() + 1, (dir_ / "missing.jsonl").string());
  BuildReport report;
  GraphFragment f = Build(inputs, 2, report);
  EXPECT_EQ(report.articles, 5u);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_NE(report.errors[0].where.file.find("missing.jsonl"), std::string::npos);
  EXPECT_FALSE(f.nodes().empty());
}

TEST_F(GraphBuilderTest, ProgressIsCalledWithTheRunningArticleCount) {
  std::vector<std::size_t> seen;
  BuildOptions options;
  options.threads = 2;
  options.progress = [&](std::size_t n) { seen.push_back(n); };
  BuildReport report;
  GraphBuilder(schema_, options).Build(Corpus(), report);
  EXPECT_THAT(seen, ::testing::ElementsAre(1, 2, 3, 4, 5));
}

}  // namespace
}  // namespace newsgraph
