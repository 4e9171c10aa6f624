// End-to-end check of `newsgraph candidates` on a small saved graph.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::string RunCommand(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buffer;
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  pclose(pipe);
  return out;
}

TEST(CandidatesCommandTest, PrintsScoredPairsAsTableAndJson) {
  std::filesystem::path graph = std::filesystem::temp_directory_path() / "newsgraph_candidates_test.json";
  std::ofstream(graph) << R"({"directed": true, "multigraph": true, "graph": {}, "edges": [], "nodes": [
    {"id": "official:mark_milei", "label": "Mark Milley", "type": "Official", "aliases": [], "mentions": 1,
     "documents": ["a"]},
    {"id": "official:milei", "label": "Milley", "type": "Official", "aliases": [], "mentions": 1, "documents": ["b"]},
    {"id": "official:boris_johnson", "label": "Boris Johnson", "type": "Official", "aliases": [], "mentions": 1,
     "documents": ["b"]},
    {"id": "official:lindon_johnson", "label": "Lyndon Johnson", "type": "Official", "aliases": [], "mentions": 1,
     "documents": ["b"]}]})";
  std::string binary = NEWSGRAPH_BINARY;
  std::string table = RunCommand(binary + " candidates " + graph.string() + " 2>/dev/null");
  EXPECT_NE(table.find("0.60\tofficial:mark_milei\tofficial:milei\tMark Milley\tMilley\tsurname alone"),
            std::string::npos)
      << table;
  EXPECT_EQ(table.find("johnson"), std::string::npos) << table;
  std::string json =
      RunCommand(binary + " candidates " + graph.string() + " --format json --min-score 0.7 2>/dev/null");
  EXPECT_EQ(json, "[]\n");
  std::filesystem::remove(graph);
}

}  // namespace
