#include "export/AtomicFile.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace newsgraph {
namespace {

// Large enough that a gigabyte export takes a thousand write calls, small enough to stay in cache.
constexpr std::size_t kBufferSize = std::size_t{1} << 20;
// O_DIRECT transfers start at, and span, multiples of the block size (4096 covers 512-byte devices too).
constexpr std::size_t kBlock = 4096;

// The bytes from `at` to the next multiple of kBlock.
std::size_t BytesToAligned(const char* at) {
  return (kBlock - reinterpret_cast<std::uintptr_t>(at) % kBlock) % kBlock;
}

Error WriteError(const std::filesystem::path& out, const std::string& what, int error_number) {
  return Error{ErrorCode::kWriteFailed, what + ": " + std::strerror(error_number), Location{out.string()}};
}

// A run killed before its rename leaves its `<out>.tmp.<pid>` behind; removed once that process is gone
// (a pid that is running, or that we may not signal, is left alone). The folder is read with readdir: a
// std::filesystem::directory_iterator made a path of every entry, thousands in a busy folder such as /tmp.
void RemoveStaleTemporaryFiles(const std::filesystem::path& out) {
  const std::string prefix = out.filename().string() + ".tmp.";
  const std::filesystem::path dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
  DIR* const folder = ::opendir(dir.c_str());
  if (folder == nullptr) return;
  while (const dirent* entry = ::readdir(folder)) {
    const std::string_view name = entry->d_name;
    if (!name.starts_with(prefix)) continue;
    const char* first = name.data() + prefix.size();
    const char* last = name.data() + name.size();
    pid_t pid = 0;
    auto [parsed_to, parse_error] = std::from_chars(first, last, pid);
    if (parse_error != std::errc() || parsed_to != last || pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;
    const std::filesystem::path path = dir / name;
    std::error_code ignored;  // a file that cannot be removed is left, as before
    if (std::filesystem::is_regular_file(path, ignored)) std::filesystem::remove(path, ignored);
  }
  ::closedir(folder);
}

}  // namespace

AtomicFile::AtomicFile(const std::filesystem::path& out)
    : out_(out),
      sink_(kBufferSize, [this](std::string& buffer, std::size_t size) { return Drain(buffer, size); }),
      spare_(kBufferSize + kBufferSize / 16, '\0') {
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
  behind_.Wait();
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

// The sink's buffer holds `skip_` bytes of padding, then text that starts at a block boundary of the file
// (only whole blocks were written so far). The buffer goes to the write-behind thread, which writes its whole
// blocks, and the sink goes on in the spare buffer, written out the time before: its own padding, which
// aligns the text, then the rest of this one. Returns the size of the padding and the rest.
std::size_t AtomicFile::Drain(std::string& buffer, std::size_t size) {
  behind_.Wait();
  const std::string_view text = std::string_view(buffer.data(), size).substr(skip_);
  const std::size_t whole = direct_ ? text.size() / kBlock * kBlock : text.size();
  const std::size_t rest = text.size() - whole;
  const std::size_t skip = BytesToAligned(spare_.data());
  // (The padding and the rest are less than two blocks, in a buffer of a megabyte or more.)
  std::memcpy(spare_.data() + skip, text.data() + whole, rest);
  buffer.swap(spare_);
  behind_.Run([this, blocks = text.substr(0, whole)] { WriteBlocks(blocks); });
  skip_ = skip;
  return skip + rest;
}

// Whole blocks, written from where they are when that is block-aligned, else through the staging buffer.
void AtomicFile::WriteBlocks(std::string_view blocks) {
  if (BytesToAligned(blocks.data()) == 0 || !staging_) {
    WriteDirect(blocks);
    return;
  }
  for (std::size_t at = 0; at < blocks.size(); at += kBufferSize) {
    const std::size_t n = std::min(kBufferSize, blocks.size() - at);
    std::memcpy(staging_.get(), blocks.data() + at, n);
    WriteDirect(std::string_view(staging_.get(), n));
  }
}

// Whole blocks at a block-aligned address, with O_DIRECT; what it does not take goes through the page cache.
void AtomicFile::WriteDirect(std::string_view blocks) {
  std::size_t written = 0;
  while (direct_ && fd_ >= 0 && written < blocks.size()) {
    ssize_t n = ::write(fd_, blocks.data() + written, blocks.size() - written);
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
  WriteAll(blocks.substr(written));
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
  behind_.Wait();
  std::string_view text = std::string_view(sink_.Text()).substr(skip_);
  if (direct_) {
    const std::size_t whole = text.size() / kBlock * kBlock;
    WriteBlocks(text.substr(0, whole));
    if (direct_ && fd_ >= 0) DropDirect();
    text.remove_prefix(whole);  // the last partial block
  }
  WriteAll(text);
  sink_ = TextSink();
  skip_ = 0;
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
