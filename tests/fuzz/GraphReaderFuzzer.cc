// libFuzzer harness: ReadGraph on an arbitrary saved graph. ReadGraph reads a path and picks the format by
// extension, so the input goes to a per-process temporary file: .graphml when it starts with '<', else .json.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "graph/GraphReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const bool xml = size > 0 && data[0] == '<';
  static const std::filesystem::path base =
      std::filesystem::temp_directory_path() / ("newsgraph-fuzz-graph-" + std::to_string(::getpid()));
  std::filesystem::path file = base;
  file += xml ? ".graphml" : ".json";
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  (void)newsgraph::ReadGraph(file);
  std::filesystem::remove(file);
  return 0;
}
