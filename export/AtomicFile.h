// Writes a whole file or nothing: the text goes through a buffered sink into `<out>.tmp.<pid>` in the same
// folder, then fsync and rename over `out`. Where the file system allows it the file is opened with
// O_DIRECT and written in whole blocks: the bytes go to the disk without being copied into the page cache,
// a copy that cost as much CPU as producing a JSON export (and the file is synced before the rename anyway).
// The blocks are written from the sink's buffer itself, where the text is kept at a block-aligned address
// (through an aligned staging buffer when it is not, as after the buffer grew), on a thread of their own
// (WriteBehind) while the sink goes on in a second buffer: the export waits for the disk only where the disk
// is slower. The last partial block is written after dropping O_DIRECT. On any failure, or when the
// AtomicFile is destroyed without a Commit(), the temporary file is removed and any previous `out` is left as
// it was. Temporary files of `out` left by runs that were killed (their pid is no longer running) are
// removed when the next one is opened.
//
//   AtomicFile file(out);
//   WriteGraphml(graph, options, file.sink());
//   Status status = file.Commit();
#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/Result.h"
#include "export/TextSink.h"
#include "export/WriteBehind.h"

namespace newsgraph {

class AtomicFile {
 public:
  explicit AtomicFile(const std::filesystem::path& out);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Buffered: written to the file a megabyte at a time. After a failure further text is dropped.
  TextSink& sink() { return sink_; }
  // Writes the rest, syncs and renames; the first error since the file was opened, if any.
  Status Commit();

 private:
  std::size_t Drain(std::string& buffer, std::size_t size);
  void WriteBlocks(std::string_view blocks);
  void WriteDirect(std::string_view blocks);
  void WriteAll(std::string_view data);
  void DropDirect();
  void Fail(const std::string& what, int error_number);
  void Discard();

  std::filesystem::path out_;
  std::filesystem::path temp_;
  int fd_ = -1;
  bool direct_ = false;  // fd_ has O_DIRECT: only whole blocks, from block-aligned addresses, are written
  std::unique_ptr<char, decltype(&std::free)> staging_{nullptr, &std::free};  // aligned, a megabyte
  std::size_t skip_ = 0;  // padding before the text in the sink's buffer, which aligns the text
  std::optional<Error> error_;
  TextSink sink_;
  std::string spare_;  // the sink's other buffer: the one being written out, or the next the sink goes on in
  // Writes spare_ to fd_ (through staging_); Fail may run there. The other members touch fd_, direct_,
  // error_, staging_ and spare_ only once it is done (Wait).
  WriteBehind behind_;
};

// The whole content at once.
Status WriteFileAtomically(const std::filesystem::path& out, std::string_view content);

}  // namespace newsgraph
