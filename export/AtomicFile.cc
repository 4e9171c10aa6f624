#include "export/AtomicFile.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>

namespace newsgraph {
namespace {

// Large enough that a gigabyte export takes a thousand write calls, small enough to stay in cache.
constexpr std::size_t kBufferSize = std::size_t{1} << 20;
// O_DIRECT transfers start at, and span, multiples of the block size (4096 covers 512-byte devices too).
constexpr std::size_t kBlock = 4096;

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
  constexpr int kFlags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  staging_.reset(static_cast<char*>(std::aligned_alloc(kBlock, kBufferSize)));
  if (staging_) fd_ = ::open(temp_.c_str(), kFlags | O_DIRECT, 0644);
  direct_ = fd_ >= 0;
  if (fd_ < 0) fd_ = ::open(temp_.c_str(), kFlags, 0644);  // tmpfs and others refuse O_DIRECT (EINVAL)
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
  if (!direct_) {
    WriteAll(data);
    return;
  }
  while (!data.empty()) {
    const std::size_t n = std::min(data.size(), kBufferSize - staged_);
    std::memcpy(staging_.get() + staged_, data.data(), n);
    staged_ += n;
    data.remove_prefix(n);
    if (staged_ == kBufferSize) WriteStaged(kBufferSize);
  }
}

// Writes the first `size` staged bytes (a multiple of kBlock) and keeps the rest at the start of the buffer.
void AtomicFile::WriteStaged(std::size_t size) {
  std::size_t written = 0;
  while (direct_ && fd_ >= 0 && written < size) {
    ssize_t n = ::write(fd_, staging_.get() + written, size - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EINVAL) {
      DropDirect();  // alignment this file system does not take: written through the page cache instead
      break;
    }
    if (n < 0) {
      Fail("cannot write", errno);
      return;
    }
    written += static_cast<std::size_t>(n);
    if (written % kBlock != 0) DropDirect();  // a short write left the offset unaligned
  }
  WriteAll(std::string_view(staging_.get() + written, size - written));
  std::memmove(staging_.get(), staging_.get() + size, staged_ - size);
  staged_ -= size;
}

void AtomicFile::DropDirect() {
  direct_ = false;
  const int flags = ::fcntl(fd_, F_GETFL);
  if (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT) != 0) Fail("cannot write", errno);
}

void AtomicFile::WriteAll(std::string_view data) {
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
  if (direct_) {
    WriteStaged(staged_ / kBlock * kBlock);
    if (direct_) DropDirect();
    WriteStaged(staged_);  // the last partial block
  }
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
