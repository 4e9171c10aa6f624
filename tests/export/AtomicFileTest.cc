// A failed write leaves any previous file as it was and no temporary file behind.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "TestGraph.h"
#include "export/AtomicFile.h"
#include "export/GraphWriter.h"

namespace newsgraph {
namespace {

using testing::ReadText;
using testing::TempDir;

TEST(AtomicFileTest, WritesAndReplaces) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "out.txt";
  ASSERT_TRUE(WriteFileAtomically(out, "first").ok());
  ASSERT_TRUE(WriteFileAtomically(out, "second").ok());
  EXPECT_EQ(ReadText(out), "second");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

// More than the buffer: the text reaches the file in several writes, in order.
TEST(AtomicFileTest, StreamsLargeContent) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "big.txt";
  std::string expected;
  AtomicFile file(out);
  for (int i = 0; expected.size() < 3'000'000; ++i) {
    std::string line = std::to_string(i) + "\n";
    file.sink().Write(line);
    expected += line;
  }
  EXPECT_FALSE(std::filesystem::exists(out));
  ASSERT_TRUE(file.Commit().ok());
  EXPECT_EQ(ReadText(out), expected);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

// Whole blocks go to the disk with O_DIRECT where the file system takes it, the last partial block through
// the page cache: every size around the block and buffer boundaries comes out exact, in a folder on disk
// and, when there is one, on tmpfs (which refuses O_DIRECT).
TEST(AtomicFileTest, EverySizeComesOutExact) {
  TempDir disk;
  std::vector<std::filesystem::path> folders = {disk.path()};
  if (std::filesystem::is_directory("/dev/shm")) folders.push_back("/dev/shm");
  const std::size_t kBlock = 4096, kBuffer = std::size_t{1} << 20;
  for (const std::filesystem::path& folder : folders) {
    const std::filesystem::path out = folder / ("exact-" + std::to_string(::getpid()) + ".txt");
    for (std::size_t size : {std::size_t{0}, std::size_t{1}, kBlock - 1, kBlock, kBlock + 1, kBuffer - 1,
                             kBuffer, kBuffer + kBlock + 7, 3 * kBuffer + 5}) {
      std::string expected(size, '\0');
      for (std::size_t i = 0; i < size; ++i) expected[i] = static_cast<char>('a' + (i * 7 + i / 4096) % 26);
      AtomicFile file(out);
      // In uneven pieces, as the writers hand them over.
      for (std::size_t at = 0; at < size; at += 1000 + at % 777)
        file.sink().Write(std::string_view(expected).substr(at, 1000 + at % 777));
      ASSERT_TRUE(file.Commit().ok()) << folder << " " << size;
      ASSERT_EQ(ReadText(out), expected) << folder << " " << size;
    }
    std::filesystem::remove(out);
  }
}

// Pieces larger than the sink's buffer (an edge with thousands of sentences) move its text to a new,
// unaligned allocation between small ones: the blocks still come out in order.
TEST(AtomicFileTest, PiecesLargerThanTheBufferComeOutExact) {
  TempDir dir;
  const std::filesystem::path out = dir.path() / "pieces.txt";
  std::string expected;
  AtomicFile file(out);
  for (std::size_t size : {std::size_t{100}, std::size_t{5'000'003}, std::size_t{3}, std::size_t{1'500'000},
                           std::size_t{4096}, std::size_t{9'000'001}, std::size_t{77}}) {
    std::string piece(size, '\0');
    for (std::size_t i = 0; i < size; ++i) piece[i] = static_cast<char>('a' + (expected.size() + i) % 23);
    file.sink().Write(piece);
    expected += piece;
  }
  ASSERT_TRUE(file.Commit().ok());
  EXPECT_EQ(ReadText(out), expected);
}

TEST(AtomicFileTest, NoCommitKeepsPreviousFile) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "out.txt";
  std::ofstream(out) << "previous";
  {
    AtomicFile file(out);
    file.sink().Write(std::string(3'000'000, 'x'));
  }
  EXPECT_EQ(ReadText(out), "previous");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

// A killed run leaves `<out>.tmp.<pid>`: the next write removes it once that pid is gone, and only then.
TEST(AtomicFileTest, RemovesTemporaryFilesOfDeadRuns) {
  pid_t dead = ::fork();
  ASSERT_GE(dead, 0);
  if (dead == 0) ::_exit(0);
  ASSERT_EQ(::waitpid(dead, nullptr, 0), dead);
  TempDir dir;
  std::filesystem::path out = dir.path() / "g.json";
  auto temp_of = [&](pid_t pid) { return dir.path() / ("g.json.tmp." + std::to_string(pid)); };
  std::ofstream(temp_of(dead)) << "partial";
  std::ofstream(temp_of(::getppid())) << "still being written";  // a running process
  std::ofstream(dir.path() / "other.json.tmp.1") << "another output's";
  std::ofstream(dir.path() / "g.json.tmp.x") << "not a pid";

  ASSERT_TRUE(WriteFileAtomically(out, "new").ok());
  EXPECT_FALSE(std::filesystem::exists(temp_of(dead)));
  EXPECT_TRUE(std::filesystem::exists(temp_of(::getppid())));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "other.json.tmp.1"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "g.json.tmp.x"));
  EXPECT_EQ(ReadText(out), "new");
}

TEST(AtomicFileTest, MissingFolderFails) {
  TempDir dir;
  Status status = WriteFileAtomically(dir.path() / "missing" / "out.txt", "x");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kWriteFailed);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "missing"));
}

TEST(AtomicFileTest, ReadOnlyFolderKeepsPreviousFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores folder permissions";
  TempDir dir;
  std::filesystem::path out = dir.path() / "graph.json";
  std::ofstream(out) << "previous";
  std::filesystem::permissions(dir.path(),
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  Status status =
      WriteGraph(KnowledgeGraph(testing::HostileFragment()), Format::kJson, out, testing::SchemaOptions());
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(ReadText(out), "previous");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

// Works as root too: the temporary file cannot be created because a folder has its name.
TEST(AtomicFileTest, FailedWriteKeepsPreviousFile) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "graph.gexf";
  std::ofstream(out) << "previous";
  std::filesystem::path blocker = out;
  blocker += ".tmp." + std::to_string(::getpid());
  std::filesystem::create_directory(blocker);
  Status status =
      WriteGraph(KnowledgeGraph(testing::HostileFragment()), Format::kGexf, out, testing::SchemaOptions());
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kWriteFailed);
  EXPECT_EQ(ReadText(out), "previous");
}

// A rename onto a folder fails after the temporary file was written: it must be removed.
TEST(AtomicFileTest, FailedRenameRemovesTemporaryFile) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "taken";
  std::filesystem::create_directory(out);
  std::ofstream(out / "keep") << "kept";
  Status status = WriteFileAtomically(out, "x");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kWriteFailed);
  EXPECT_EQ(ReadText(out / "keep"), "kept");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(AtomicFileTest, FolderFormatNeedsItsParent) {
  TempDir dir;
  Status status = WriteGraph(KnowledgeGraph(testing::HostileFragment()), Format::kCsv,
                             dir.path() / "no" / "such" / "dir", testing::SchemaOptions());
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kWriteFailed);
}

}  // namespace
}  // namespace newsgraph
