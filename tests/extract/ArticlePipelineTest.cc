#include <gmock/gmock.h>

#include <thread>

#include "ExtractTest.h"

namespace newsgraph {
namespace {

using ArticlePipelineTest = ExtractTest;

const char* const kArticles[] = {
    "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mardi que la Russie restait ouverte au dialogue.",
    "Le général Mark Milley et le général Valéri Guérassimov se sont entretenus jeudi. Milley a déclaré que "
    "la Russie voulait discuter.",
    "La ligne de déconfliction a été mise en place par le Pentagone en mars 2022, a déclaré un responsable "
    "américain non identifié à Reuters.",
    "Les forces russes n'ont pas utilisé la ligne de déconfliction, selon Sergueï Lavrov.",
};

// Mentions and relations of a document, as text, to compare whole documents.
std::string Summary(const Document& doc) {
  std::string out;
  for (const Mention& m : doc.mentions)
    out.append(m.name).append("->").append(m.entity).append("[").append(m.rule).append("] ");
  for (const Relation& r : doc.relations)
    out += std::string(Name(r.type)) + "(" + std::to_string(r.source) + "," + std::to_string(r.target) + "," +
           std::to_string(static_cast<int>(r.modality)) + ") ";
  return out;
}

TEST_F(ArticlePipelineTest, KeepsTheArticleAndMapsEveryNormalisedByteBack) {
  Document doc = Extract("L’armée russe a parlé\u00a0: la Russie veut discuter.", "mapped");
  EXPECT_EQ(doc.article.id, "mapped");
  EXPECT_EQ(doc.text, "L'armée russe a parlé : la Russie veut discuter.");
  ASSERT_EQ(doc.to_original.size(), doc.text.size() + 1);
  EXPECT_EQ(doc.OriginalOffset(static_cast<std::uint32_t>(doc.text.size())), doc.article.text.size());
  const Mention* russia = FindMention(doc, "Russie");
  ASSERT_NE(russia, nullptr);
  std::uint32_t begin = doc.OriginalOffset(doc.tokens[russia->first_token].begin);
  EXPECT_EQ(doc.article.text.substr(begin, 6), "Russie");
}

TEST_F(ArticlePipelineTest, OnePipelineSharedByThreadsGivesTheSequentialResult) {
  std::vector<std::string> sequential;
  for (const char* text : kArticles) sequential.push_back(Summary(Extract(text)));
  std::vector<std::vector<std::string>> parallel(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < parallel.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round)
        for (const char* text : kArticles) parallel[t].push_back(Summary(Extract(text)));
    });
  for (auto& t : threads) t.join();
  for (const auto& results : parallel)
    for (std::size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i], sequential[i % sequential.size()]);
}

TEST_F(ArticlePipelineTest, EmptyArticleGivesAnEmptyDocument) {
  Document doc = Extract("");
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.mentions.empty());
  EXPECT_TRUE(doc.relations.empty());
}

}  // namespace
}  // namespace newsgraph
