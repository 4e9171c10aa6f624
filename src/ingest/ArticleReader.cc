#include "ingest/ArticleReader.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

#include "ingest/Encoding.h"
#include "ingest/JsonLinesParser.h"
#include "ingest/LineReader.h"
#include "ingest/PlainTextParser.h"

namespace newsgraph {
namespace fs = std::filesystem;
namespace {

enum class Format { kNone, kPlainText, kJsonLines };

Format FormatOf(const fs::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".txt" || extension == ".text" || extension == ".md") return Format::kPlainText;
  if (extension == ".jsonl" || extension == ".ndjson") return Format::kJsonLines;
  return Format::kNone;
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Collects the article files under `dir`, reporting the subdirectories that cannot be listed. Hidden entries
// (".name", e.g. editor and macOS metadata files) and symbolic links to directories are skipped.
void CollectFiles(const fs::path& dir, std::vector<fs::path>& files,
                  const ArticleReader::ErrorSink& on_error) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    on_error(Error{ErrorCode::kUnreadable, "cannot list directory: " + ec.message(), Location{dir.string()}});
    return;
  }
  for (const fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      on_error(
          Error{ErrorCode::kUnreadable, "cannot list directory: " + ec.message(), Location{dir.string()}});
      return;
    }
    const fs::path& path = it->path();
    if (path.filename().string().starts_with('.')) continue;
    std::error_code status_error;
    if (it->is_directory(status_error)) {
      if (!it->is_symlink(status_error)) CollectFiles(path, files, on_error);
    } else if (FormatOf(path) != Format::kNone) {
      files.push_back(path);
    }
  }
}

}  // namespace

ArticleReader::ArticleReader(ReadOptions options) : options_(std::move(options)) {}

std::size_t ArticleReader::Read(const std::string& path, const Sink& sink, const ErrorSink& on_error) const {
  if (!Encoding::IsKnown(options_.encoding)) {
    on_error(
        Error{ErrorCode::kUsage,
              fmt::format("unknown encoding \"{}\" (auto, utf-8, windows-1252, latin1)", options_.encoding),
              Location{path}});
    return 0;
  }
  if (path == "-") return ReadStream(std::cin, sink, on_error);
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) {
    on_error(Error{ErrorCode::kNotFound, "no such file or directory", Location{path}});
    return 0;
  }
  if (ec) {
    on_error(Error{ErrorCode::kUnreadable, "cannot access: " + ec.message(), Location{path}});
    return 0;
  }
  if (fs::is_directory(status)) return ReadDirectory(path, sink, on_error);
  return ReadFile(path, fs::path(path).filename().string(), sink, on_error);
}

std::size_t ArticleReader::ReadDirectory(const fs::path& dir, const Sink& sink,
                                         const ErrorSink& on_error) const {
  std::vector<fs::path> files;
  CollectFiles(dir, files, on_error);
  if (files.empty()) {
    on_error(Error{ErrorCode::kNoArticles, "no article files (*.txt, *.text, *.md, *.jsonl, *.ndjson)",
                   Location{dir.string()}});
    return 0;
  }
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); });
  // Ids are relative to the directory's parent, which is resolved so that "." still names the directory.
  fs::path base = fs::absolute(dir).lexically_normal();
  if (base.filename().empty()) base = base.parent_path();
  const fs::path parent = base.parent_path();
  std::size_t count = 0;
  for (const fs::path& file : files) {
    const std::string name =
        fs::absolute(file).lexically_normal().lexically_relative(parent).generic_string();
    count += ReadFile(file, name, sink, on_error);
  }
  return count;
}

std::size_t ArticleReader::ReadFile(const fs::path& file, const std::string& name, const Sink& sink,
                                    const ErrorSink& on_error) const {
  const std::string shown = file.string();
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    on_error(Error{ErrorCode::kUnreadable, "cannot open file", Location{shown}});
    return 0;
  }
  if (FormatOf(file) == Format::kJsonLines) return ReadJsonLines(in, shown, name, 1, 0, sink, on_error);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) {
    on_error(Error{ErrorCode::kUnreadable, "read error", Location{shown}});
    return 0;
  }
  return ReadPlainText(std::move(bytes), shown, name, sink, on_error) ? 1 : 0;
}

std::size_t ArticleReader::ReadStream(std::istream& in, const Sink& sink, const ErrorSink& on_error) const {
  // Look at the first non-blank byte without losing the white space (it counts in plain-text offsets).
  std::string prefix;
  for (int c = in.peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = in.peek()) {
    prefix.push_back(static_cast<char>(in.get()));
  }
  if (in.peek() == '{') {
    const auto lines = static_cast<std::uint64_t>(std::count(prefix.begin(), prefix.end(), '\n'));
    return ReadJsonLines(in, "-", "stdin", 1 + lines, prefix.size(), sink, on_error);
  }
  std::string bytes = std::move(prefix);
  bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return ReadPlainText(std::move(bytes), "-", "stdin", sink, on_error) ? 1 : 0;
}

bool ArticleReader::ReadPlainText(std::string bytes, const std::string& file, std::string id,
                                  const Sink& sink, const ErrorSink& on_error) const {
  const std::size_t bom = Encoding::BomLength(bytes);
  if (IsBlank(std::string_view(bytes).substr(bom))) {
    on_error(Error{ErrorCode::kEmpty, "empty file", Location{file}});
    return false;
  }
  if (const std::optional<std::size_t> binary = Encoding::FindBinary(bytes)) {
    on_error(
        Error{ErrorCode::kBinary, "binary file (NUL or control bytes)", Location{file, 0, *binary, true}});
    return false;
  }
  bytes.erase(0, bom);
  Location where{file};
  where.byte = bom;
  bool fell_back = false;
  Result<std::string> text = Encoding::Decode(std::move(bytes), options_.encoding, where, fell_back);
  if (!text) {
    on_error(Error(text.error()));
    return false;
  }
  if (fell_back) spdlog::warn("{}: not valid UTF-8, read as Windows-1252", file);
  sink(PlainTextParser::Parse(std::move(*text), std::move(id), Location{file}));
  return true;
}

std::size_t ArticleReader::ReadJsonLines(std::istream& in, const std::string& file, const std::string& name,
                                         std::uint64_t first_line, std::uint64_t first_offset,
                                         const Sink& sink, const ErrorSink& on_error) const {
  LineReader reader(in, options_.max_line_bytes, first_line, first_offset);
  const bool utf8_first = options_.encoding == "auto" || options_.encoding == "utf-8";
  std::size_t count = 0;
  bool any = false;
  bool warned = false;
  Line line;
  while (reader.Next(line)) {
    Location where{file, line.number, line.offset, false};
    if (line.too_long) {
      where.has_byte = true;
      on_error(Error{ErrorCode::kLineTooLong,
                     fmt::format("line longer than {} bytes, skipped", options_.max_line_bytes), where});
      any = true;
      continue;
    }
    std::string_view text = line.text;
    if (line.offset == 0) {
      const std::size_t bom = Encoding::BomLength(text);
      text.remove_prefix(bom);
      where.byte = bom;
    }
    if (IsBlank(text)) continue;
    if (const std::optional<std::size_t> binary = any ? std::nullopt : Encoding::FindBinary(text)) {
      on_error(Error{ErrorCode::kBinary, "binary file (NUL or control bytes)",
                     Location{file, line.number, line.offset + *binary, true}});
      return 0;
    }
    // Past the first line a NUL is a damaged record, not a binary file: report it as such, not as bad JSON.
    if (const std::size_t nul = text.find('\0'); any && nul != std::string_view::npos) {
      on_error(Error{ErrorCode::kBinary, "NUL byte in the line, skipped",
                     Location{file, line.number, where.byte + nul, true}});
      continue;
    }
    any = true;
    std::string decoded;
    if (!utf8_first || Encoding::FindInvalidUtf8(text)) {
      bool fell_back = false;
      Result<std::string> converted =
          Encoding::Decode(std::string(text), options_.encoding, where, fell_back);
      if (!converted) {
        on_error(Error(converted.error()));
        continue;
      }
      // Once per file: a Windows-1252 export has every line in it.
      if (fell_back && !warned) {
        spdlog::warn("{}: not valid UTF-8 (first at line {}), read as Windows-1252", file, line.number);
        warned = true;
      }
      decoded = std::move(*converted);
      text = decoded;
    }
    Result<Article> article = JsonLinesParser::Parse(text, name, where);
    if (!article) {
      on_error(Error(article.error()));
      continue;
    }
    sink(std::move(*article));
    ++count;
  }
  if (reader.failed()) on_error(Error{ErrorCode::kUnreadable, "read error", Location{file}});
  if (!any) on_error(Error{ErrorCode::kEmpty, "empty file", Location{file}});
  return count;
}

}  // namespace newsgraph
