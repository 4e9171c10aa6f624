// The hand-made graph every export test writes: parallel edges of different types between one pair, a
// symmetric spoke_with given in reverse order, month-only and day dates, reported speech, edge attributes,
// and hostile text (XML specials, "]]>", quotes, bidi marks, ids with spaces and '/', a 10,000-character
// label).
#pragma once

#include <filesystem>
#include <string>

#include "export/ExportOptions.h"
#include "graph/GraphFragment.h"

namespace newsgraph::testing {

// `control_chars` adds characters XML 1.0 cannot carry (\x01, \x1F): JSON keeps them, XML formats drop them.
GraphFragment HostileFragment(bool control_chars = true);

// The colours of the repository's schema/ontology.json.
ExportOptions SchemaOptions();

// A fresh empty folder under the system temp dir, removed with its content at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string ReadText(const std::filesystem::path& path);
// Runs a shell command, returns its exit status (-1 when it could not run).
int RunShell(const std::string& command);

}  // namespace newsgraph::testing
