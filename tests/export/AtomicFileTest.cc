// A failed write leaves any previous file as it was and no temporary file behind.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

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
