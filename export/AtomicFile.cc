#include "export/AtomicFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace newsgraph {
namespace {

Error WriteError(const std::filesystem::path& out, const std::string& what, int error_number) {
  return Error{ErrorCode::kWriteFailed, what + ": " + std::strerror(error_number), Location{out.string()}};
}

}  // namespace

Status WriteFileAtomically(const std::filesystem::path& out, std::string_view content) {
  std::filesystem::path temp = out;
  temp += ".tmp." + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return WriteError(out, "cannot create " + temp.string(), errno);
  auto fail = [&](const std::string& what) {
    int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return WriteError(out, what, saved);
  };
  for (std::size_t written = 0; written < content.size();) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("cannot sync");
  if (::close(fd) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    return WriteError(out, "cannot close", saved);
  }
  if (::rename(temp.c_str(), out.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    return WriteError(out, "cannot rename " + temp.string(), saved);
  }
  return Ok();
}

}  // namespace newsgraph
