// Reads articles from files, directories and stdin, in plain text or JSON Lines.
//
//   ArticleReader reader;
//   std::size_t n = reader.Read("corpus/", [&](Article&& a) { ... }, [&](Error&& e) { ... });
//
// A directory is walked recursively and its files are read in path order; only *.txt, *.text, *.md (plain
// text) and *.jsonl, *.ndjson (JSON Lines) are articles. "-" reads stdin: JSON Lines when its first non-blank
// byte is '{', otherwise one plain-text article. Each problem is reported through `on_error` and reading goes
// on with the next file or line. JSON Lines are streamed in bounded chunks.
//
// Ids: a file given directly is named by its file name ("a.txt"); a file found in a directory by its path
// relative to the directory's parent ("corpus/sub/a.txt"), so ids do not depend on the working directory.
// JSON Lines records without an id get "<that name>:<line>".
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <istream>
#include <string>

#include "core/Article.h"
#include "core/Error.h"

namespace newsgraph {

struct ReadOptions {
  std::string encoding = "auto";  // auto | utf-8 | windows-1252 | latin1
  std::size_t max_line_bytes = std::size_t{64} << 20;
};

class ArticleReader {
 public:
  using Sink = std::function<void(Article&&)>;
  using ErrorSink = std::function<void(Error&&)>;

  explicit ArticleReader(ReadOptions options = {});

  // Returns the number of articles passed to `sink`.
  std::size_t Read(const std::string& path, const Sink& sink, const ErrorSink& on_error) const;
  // Reads `in` as "-" reads stdin (articles and errors are located in file "-").
  std::size_t ReadStream(std::istream& in, const Sink& sink, const ErrorSink& on_error) const;

 private:
  std::size_t ReadFile(const std::filesystem::path& file, const std::string& name, const Sink& sink,
                       const ErrorSink& on_error) const;
  std::size_t ReadDirectory(const std::filesystem::path& dir, const Sink& sink,
                            const ErrorSink& on_error) const;
  std::size_t ReadJsonLines(std::istream& in, const std::string& file, const std::string& name,
                            std::uint64_t first_line, std::uint64_t first_offset, const Sink& sink,
                            const ErrorSink& on_error) const;
  // Decodes a whole plain-text file and passes its article; false when it was rejected.
  bool ReadPlainText(std::string bytes, const std::string& file, std::string id, const Sink& sink,
                     const ErrorSink& on_error) const;

  ReadOptions options_;
};

}  // namespace newsgraph
