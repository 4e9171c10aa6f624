// Byte-identical exports whatever the thread count and the order of the inputs, on a generated corpus large
// enough that threads really interleave.
#include <gmock/gmock.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "CliFixture.h"
#include "CorpusGenerator.h"

namespace newsgraph::robustness {
namespace {

class DeterminismTest : public CliFixture {};

TEST_F(DeterminismTest, SameBytesAcrossThreadsAndShuffledInputs) {
  CorpusGenerator generator(7);
  std::vector<std::string> files;
  for (int i = 0; i < 300; ++i)
    files.push_back(Write("corpus/a" + std::to_string(i) + ".txt", generator.Article(6)));
  // Two JSON Lines files too, so that the file order also changes the order of whole batches.
  std::string lines;
  for (int i = 0; i < 100; ++i)
    lines += R"({"id": "l)" + std::to_string(i) +
             R"(", "text": "Le président Joe Biden a rencontré Olaf Scholz à )" +
             (i % 2 ? "Berlin" : "Paris") + ".\"}\n";
  files.push_back(Write("corpus/b.jsonl", lines));

  const std::vector<std::string> formats = {"json", "graphml", "gexf", "cyjs"};
  std::vector<std::string> reference;
  std::mt19937 shuffle(11);
  for (const char* threads : {"1", "2", "4"}) {
    for (int order = 0; order < 2; ++order) {
      std::vector<std::string> args = {"build", "-j", threads, "--no-summary"};
      std::vector<std::string> inputs = files;
      if (order == 1) std::shuffle(inputs.begin(), inputs.end(), shuffle);
      args.insert(args.end(), inputs.begin(), inputs.end());
      for (const std::string& format : formats) args.insert(args.end(), {"-o", Path("g." + format)});
      Outcome r = Newsgraph(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      std::vector<std::string> outputs;
      for (const std::string& format : formats) outputs.push_back(Slurp(Path("g." + format)));
      if (reference.empty()) {
        reference = outputs;
        EXPECT_GT(reference[0].size(), 100000u) << "the corpus should give a sizeable graph";
        continue;
      }
      for (std::size_t i = 0; i < outputs.size(); ++i)
        EXPECT_TRUE(outputs[i] == reference[i])
            << "output " << i << " differs with -j " << threads << (order ? " and shuffled inputs" : "");
    }
  }
}

}  // namespace
}  // namespace newsgraph::robustness
