#include "export/AtomicFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace newsgraph {
namespace {

// Large enough that a gigabyte export takes a thousand write calls, small enough to stay in cache.
constexpr std::size_t kBufferSize = std::size_t{1} << 20;

}  // namespace

AtomicFile::AtomicFile(const std::filesystem::path& out)
    : out_(out), sink_(kBufferSize, [this](std::string& buffer) {
        WriteOut(buffer);
        buffer.clear();
      }) {
  temp_ = out_;
  temp_ += ".tmp." + std::to_string(::getpid());
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) Fail("cannot create " + temp_.string(), errno);
}

AtomicFile::~AtomicFile() {
  Discard();
}

void AtomicFile::Fail(const std::string& what, int error_number) {
  if (!error_)
    error_ =
        Error{ErrorCode::kWriteFailed, what + ": " + std::strerror(error_number), Location{out_.string()}};
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
    return Error{ErrorCode::kWriteFailed, std::string("cannot close: ") + std::strerror(saved),
                 Location{out_.string()}};
  }
  if (::rename(temp_.c_str(), out_.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp_.c_str());
    return Error{ErrorCode::kWriteFailed, "cannot rename " + temp_.string() + ": " + std::strerror(saved),
                 Location{out_.string()}};
  }
  return Ok();
}

Status WriteFileAtomically(const std::filesystem::path& out, std::string_view content) {
  AtomicFile file(out);
  file.sink().Write(content);
  return file.Commit();
}

}  // namespace newsgraph
