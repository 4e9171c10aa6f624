// libFuzzer harness: the query parser (Parser::ParseScript) on arbitrary text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "query/Parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)newsgraph::Parser::ParseScript(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
