#include "export/AtomicFile.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>

namespace newsgraph {
namespace {

// Large enough that a gigabyte export takes a thousand write calls, small enough to stay in cache.
constexpr std::size_t kBufferSize = std::size_t{1} << 20;

Error WriteError(const std::filesystem::path& out, const std::string& what, int error_number) {
  return Error{ErrorCode::kWriteFailed, what + ": " + std::strerror(error_number), Location{out.string()}};
}

// A run killed before its rename leaves its `<out>.tmp.<pid>` behind; removed once that process is gone
// (a pid that is running, or that we may not signal, is left alone).
void RemoveStaleTemporaryFiles(const std::filesystem::path& out) {
  std::string prefix = out.filename().string() + ".tmp.";
  std::filesystem::path dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::filesystem::directory_entry& entry = *it;
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const char* first = name.data() + prefix.size();
    const char* last = name.data() + name.size();
    pid_t pid = 0;
    auto [parsed_to, parse_error] = std::from_chars(first, last, pid);
    if (parse_error != std::errc() || parsed_to != last || pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;
    std::error_code ignored;  // a file that cannot be removed is left, as before
    if (entry.is_regular_file(ignored)) std::filesystem::remove(entry.path(), ignored);
  }
}

}  // namespace

AtomicFile::AtomicFile(const std::filesystem::path& out)
    : out_(out), sink_(kBufferSize, [this](std::string& buffer) {
        WriteOut(buffer);
        buffer.clear();
      }) {
  RemoveStaleTemporaryFiles(out_);
  temp_ = out_;
  temp_ += ".tmp." + std::to_string(::getpid());
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) Fail("cannot create " + temp_.string(), errno);
}

AtomicFile::~AtomicFile() {
  Discard();
}

void AtomicFile::Fail(const std::string& what, int error_number) {
  if (!error_) error_ = WriteError(out_, what, error_number);
  Discard();
}

// Closes and removes the temporary file (nothing to do once it is renamed or was never created).
void AtomicFile::Discard() {
  if (fd_ < 0) return;
  ::close(fd_);
  fd_ = -1;
  ::unlink(temp_.c_str());
}

void AtomicFile::WriteOut(std::string_view data) {
  for (std::size_t written = 0; fd_ >= 0 && written < data.size();) {
    ssize_t n = ::write(fd_, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("cannot write", errno);
      return;
    }
    written += static_cast<std::size_t>(n);
  }
}

Status AtomicFile::Commit() {
  WriteOut(sink_.Text());
  sink_ = TextSink();
  if (fd_ >= 0 && ::fsync(fd_) != 0) Fail("cannot sync", errno);
  if (error_) return *error_;
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    int saved = errno;
    ::unlink(temp_.c_str());
    return WriteError(out_, "cannot close", saved);
  }
  if (::rename(temp_.c_str(), out_.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp_.c_str());
    return WriteError(out_, "cannot rename " + temp_.string(), saved);
  }
  return Ok();
}

Status WriteFileAtomically(const std::filesystem::path& out, std::string_view content) {
  AtomicFile file(out);
  file.sink().Write(content);
  return file.Commit();
}

}  // namespace newsgraph
