// Generated French articles for the tests that need volume (determinism, kill during write): a fixed
// pseudo-random mix of real-looking people, countries and cities in sentences the extractor understands, so
// the graph has many nodes, edges and evidence. The same seed gives the same articles.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace newsgraph::robustness {

class CorpusGenerator {
 public:
  explicit CorpusGenerator(std::uint32_t seed) : random_(seed) {}

  // One plain-text article of `sentences` sentences, with a `date YYYY-MM-DD Title` header.
  std::string Article(int sentences);

 private:
  const std::string& Pick(const std::vector<std::string>& list);

  std::mt19937 random_;
};

}  // namespace newsgraph::robustness
