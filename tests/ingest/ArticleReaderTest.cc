#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/ArticleReader.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

class ArticleReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsgraph_ingest_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& relative, const std::string& bytes) {
    const fs::path path = dir_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  std::size_t Read(const std::string& path, ReadOptions options = {}) {
    articles_.clear();
    errors_.clear();
    return ArticleReader(std::move(options))
        .Read(
            path, [&](Article&& a) { articles_.push_back(std::move(a)); },
            [&](Error&& e) { errors_.push_back(std::move(e)); });
  }

  fs::path dir_;
  std::vector<Article> articles_;
  std::vector<Error> errors_;
};

TEST_F(ArticleReaderTest, MissingPathIsNotFound) {
  const std::string path = (dir_ / "nope.txt").string();
  EXPECT_EQ(Read(path), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kNotFound);
  EXPECT_EQ(errors_[0].where.file, path);
}

TEST_F(ArticleReaderTest, UnreadableFileIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read any file";
  const std::string path = Write("locked.txt", "Bonjour.\n");
  fs::permissions(path, fs::perms::none);
  EXPECT_EQ(Read(path), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kUnreadable);
  EXPECT_EQ(errors_[0].where.file, path);
}

TEST_F(ArticleReaderTest, DirectoryWithoutArticles) {
  Write("corpus/notes.csv", "a,b\n");
  EXPECT_EQ(Read((dir_ / "corpus").string()), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kNoArticles);
  EXPECT_EQ(errors_[0].where.file, (dir_ / "corpus").string());
}

TEST_F(ArticleReaderTest, EmptyAndBlankFilesAreEmpty) {
  for (const std::string& content :
       {std::string(), std::string(" \n\r\n\t"), std::string("\xEF\xBB\xBF\n")}) {
    const std::string path = Write("empty.txt", content);
    EXPECT_EQ(Read(path), 0u);
    ASSERT_EQ(errors_.size(), 1u);
    EXPECT_EQ(errors_[0].code, ErrorCode::kEmpty);
    EXPECT_EQ(errors_[0].where.file, path);
  }
}

TEST_F(ArticleReaderTest, BinaryFiles) {
  const std::string nul = Write("nul.txt", std::string("Bonjour\0monde", 13));
  EXPECT_EQ(Read(nul), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kBinary);
  EXPECT_EQ(errors_[0].where.file, nul);
  EXPECT_EQ(errors_[0].where.byte, 7u);
  EXPECT_TRUE(errors_[0].where.has_byte);

  const std::string controls = Write("controls.txt", "ab\x01\x02\x03\x04\x05\x06\x07\x08");
  EXPECT_EQ(Read(controls), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kBinary);
  EXPECT_EQ(errors_[0].where.byte, 2u);

  const std::string jsonl = Write("nul.jsonl", std::string("\n{\"text\": \"a\0b\"}\n", 17));
  EXPECT_EQ(Read(jsonl), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kBinary);
  EXPECT_EQ(errors_[0].where.line, 2u);
  EXPECT_EQ(errors_[0].where.byte, 12u);
}

TEST_F(ArticleReaderTest, InvalidUtf8IsRejectedInUtf8Mode) {
  const std::string path = Write("bad.txt", "Titre\r\nLe caf\xE9 est ferm\xE9.\n");
  ReadOptions options;
  options.encoding = "utf-8";
  EXPECT_EQ(Read(path, options), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kInvalidUtf8);
  EXPECT_EQ(errors_[0].where.file, path);
  EXPECT_TRUE(errors_[0].where.has_byte);
  EXPECT_EQ(errors_[0].where.byte, 13u);
  EXPECT_EQ(errors_[0].where.line, 2u);
}

TEST_F(ArticleReaderTest, AutoModeConvertsWindows1252) {
  const std::string path = Write("latin.txt", "Le caf\xE9 co\xFBte 2 \x80 \x96 \x93oui\x94.\n");
  EXPECT_EQ(Read(path), 1u);
  EXPECT_TRUE(errors_.empty());
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].text, "Le café coûte 2 € – “oui”.\n");
}

TEST_F(ArticleReaderTest, Windows1252FallbackWarnsNamingTheFile) {
  std::ostringstream log;
  const auto previous = spdlog::default_logger();
  spdlog::set_default_logger(
      std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log)));
  const std::string path = Write("latin.txt", "Le caf\xE9.\n");
  const std::string jsonl = Write("latin.jsonl", "{\"text\": \"caf\xE9\"}\n{\"text\": \"th\xE9\"}\n");
  EXPECT_EQ(Read(path), 1u);
  EXPECT_EQ(Read(jsonl), 2u);
  spdlog::set_default_logger(previous);
  EXPECT_THAT(log.str(), HasSubstr(path + ": not valid UTF-8, read as Windows-1252"));
  EXPECT_THAT(log.str(), HasSubstr(jsonl + ": not valid UTF-8 (first at line 1)"));
  EXPECT_EQ(log.str().find(jsonl, log.str().find(jsonl) + 1), std::string::npos) << "one warning per file";
}

TEST_F(ArticleReaderTest, ExplicitLatin1) {
  const std::string path = Write("latin.txt",
                                 "\xC9t\xE9 \xE0 Qu\xE9"
                                 "bec\n");
  ReadOptions options;
  options.encoding = "latin1";
  EXPECT_EQ(Read(path, options), 1u);
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].text, "Été à Québec\n");
}

TEST_F(ArticleReaderTest, AutoModeRejectsBytesThatAreNotWindows1252Either) {
  const std::string path = Write("bad.txt", "abc\x81\x8D xyz\n");  // undefined in Windows-1252
  EXPECT_EQ(Read(path), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kInvalidUtf8);
  EXPECT_EQ(errors_[0].where.byte, 3u);
}

TEST_F(ArticleReaderTest, UnknownEncodingIsAUsageError) {
  ReadOptions options;
  options.encoding = "ebcdic";
  EXPECT_EQ(Read(Write("a.txt", "x\n"), options), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kUsage);
}

TEST_F(ArticleReaderTest, DatedHeaderOfADevArticle) {
  std::ifstream in(std::string(NEWSGRAPH_TEST_DATA_DIR) + "/data/dA_05.txt", std::ios::binary);
  const std::string original{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::string path = Write("dA_05.txt", original);
  EXPECT_EQ(Read(path), 1u);
  ASSERT_EQ(articles_.size(), 1u);
  const Article& a = articles_[0];
  EXPECT_EQ(a.id, "dA_05.txt");
  EXPECT_EQ(a.date, "2022-03");
  EXPECT_THAT(a.title, StartsWith("Le conseiller d’État et ministre des Affaires étrangères"));
  EXPECT_EQ(a.header_bytes, std::string(" date 2022-03 ").size());
  EXPECT_EQ(a.text, original);
  EXPECT_EQ(a.text.substr(a.header_bytes, a.title.size()), a.title);
  EXPECT_EQ(a.origin.file, path);
}

TEST_F(ArticleReaderTest, HeaderVariants) {
  Write("c/a.txt",
        "\xEF\xBB\xBF"
        "date 2023-08-14 Titre du jour\r\n\r\nCorps.\r\n");
  Write("c/b.txt", "Un titre court\n\nLe texte.\n");
  Write("c/c.txt", std::string(250, 'x') + "\nsuite\n");
  Write("c/d.txt", "date 2023-13 Pas une date\n");
  EXPECT_EQ(Read((dir_ / "c").string()), 4u);
  ASSERT_EQ(articles_.size(), 4u);
  EXPECT_EQ(articles_[0].date, "2023-08-14");
  EXPECT_EQ(articles_[0].title, "Titre du jour");  // BOM removed, CR dropped from the title
  EXPECT_EQ(articles_[0].header_bytes, 16u);
  EXPECT_EQ(articles_[0].text.substr(0, 4), "date");
  EXPECT_EQ(articles_[1].date, "");
  EXPECT_EQ(articles_[1].title, "Un titre court");
  EXPECT_EQ(articles_[1].header_bytes, 0u);
  EXPECT_EQ(articles_[2].title, "");  // too long for a title
  EXPECT_EQ(articles_[3].date, "");
  EXPECT_EQ(articles_[3].header_bytes, 0u);
}

TEST_F(ArticleReaderTest, DirectoryIsWalkedInPathOrderWithRelativeIds) {
  Write("corpus/sub/a.txt", "Alpha.\n");
  Write("corpus/b.md", "Beta.\n");
  Write("corpus/c.csv", "ignored\n");
  Write("corpus/.hidden.txt", "ignored\n");
  Write("corpus/d.jsonl", "{\"text\": \"Delta.\"}\n");
  EXPECT_EQ(Read((dir_ / "corpus").string() + "/"), 3u);
  EXPECT_TRUE(errors_.empty());
  ASSERT_EQ(articles_.size(), 3u);
  EXPECT_EQ(articles_[0].id, "corpus/b.md");
  EXPECT_EQ(articles_[1].id, "corpus/d.jsonl:1");
  EXPECT_EQ(articles_[2].id, "corpus/sub/a.txt");
  EXPECT_EQ(articles_[2].text, "Alpha.\n");
}

TEST_F(ArticleReaderTest, JsonLinesGoOnAfterAMalformedLine) {
  const std::string path = Write("news.jsonl",
                                 "{\"id\": \"a\", \"title\": \"Titre\", \"date\": \"2022-11-03T10:00:00Z\", "
                                 "\"url\": \"http://x\", \"source\": \"AFP\", \"text\": \"Corps A.\"}\r\n"
                                 "{\"id\": \"b\", \"text\": \"Corps B.\"\n"
                                 "\n"
                                 "{\"title\": \"Titre C\", \"text\": \"Titre C et la suite.\"}\n");
  EXPECT_EQ(Read(path), 2u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kMalformedJson);
  EXPECT_EQ(errors_[0].where.file, path);
  EXPECT_EQ(errors_[0].where.line, 2u);
  ASSERT_EQ(articles_.size(), 2u);
  const Article& a = articles_[0];
  EXPECT_EQ(a.id, "a");
  EXPECT_EQ(a.date, "2022-11-03");
  EXPECT_EQ(a.url, "http://x");
  EXPECT_EQ(a.source, "AFP");
  EXPECT_EQ(a.text, "Titre\n\nCorps A.");
  EXPECT_EQ(a.header_bytes, 0u);
  EXPECT_EQ(a.origin.line, 1u);
  EXPECT_EQ(articles_[1].id, "news.jsonl:4");
  EXPECT_EQ(articles_[1].text, "Titre C et la suite.");  // already starts with its title
}

TEST_F(ArticleReaderTest, JsonLinesFieldErrors) {
  const std::string path = Write("news.jsonl",
                                 "{\"id\": \"a\", \"title\": 5, \"text\": \"x\"}\n"
                                 "{\"id\": \"b\"}\n"
                                 "[1, 2]\n"
                                 "{\"id\": \"d\", \"text\": \"  \"}\n"
                                 "{\"id\": \"e\", \"title\": null, \"text\": \"ok\"}\n");
  EXPECT_EQ(Read(path), 1u);
  ASSERT_EQ(errors_.size(), 4u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kWrongFieldType);
  EXPECT_THAT(errors_[0].message, HasSubstr("\"title\""));
  EXPECT_EQ(errors_[0].where.line, 1u);
  EXPECT_EQ(errors_[1].code, ErrorCode::kWrongFieldType);
  EXPECT_THAT(errors_[1].message, HasSubstr("\"text\""));
  EXPECT_EQ(errors_[1].where.line, 2u);
  EXPECT_EQ(errors_[2].code, ErrorCode::kMalformedJson);
  EXPECT_EQ(errors_[2].where.line, 3u);
  EXPECT_EQ(errors_[3].code, ErrorCode::kEmpty);
  EXPECT_EQ(errors_[3].where.line, 4u);
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].id, "e");
}

TEST_F(ArticleReaderTest, JsonLinesTooLongLineIsSkipped) {
  const std::string path = Write("news.jsonl", "{\"text\": \"un\"}\n{\"text\": \"" + std::string(200, 'x') +
                                                   "\"}\n{\"text\": \"trois\"}\n");
  ReadOptions options;
  options.max_line_bytes = 100;
  EXPECT_EQ(Read(path, options), 2u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kLineTooLong);
  EXPECT_EQ(errors_[0].where.line, 2u);
  EXPECT_EQ(errors_[0].where.byte, 15u);
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[1].id, "news.jsonl:3");
}

TEST_F(ArticleReaderTest, JsonLinesInvalidUtf8) {
  const std::string path = Write("news.jsonl", "{\"text\": \"caf\xE9\"}\n");
  ReadOptions options;
  options.encoding = "utf-8";
  EXPECT_EQ(Read(path, options), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kInvalidUtf8);
  EXPECT_EQ(errors_[0].where.line, 1u);
  EXPECT_EQ(errors_[0].where.byte, 13u);

  EXPECT_EQ(Read(path), 1u);  // auto: read as Windows-1252
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].text, "café");
}

TEST_F(ArticleReaderTest, EmptyJsonLinesFile) {
  const std::string path = Write("news.jsonl", "\n\n");
  EXPECT_EQ(Read(path), 0u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code, ErrorCode::kEmpty);
}

TEST_F(ArticleReaderTest, StreamAsJsonLinesOrPlainText) {
  ArticleReader reader;
  std::vector<Article> articles;
  std::vector<Error> errors;
  const auto sink = [&](Article&& a) { articles.push_back(std::move(a)); };
  const auto on_error = [&](Error&& e) { errors.push_back(std::move(e)); };

  std::istringstream jsonl("\n  {\"text\": \"un\"}\n{\"text\": \n");
  EXPECT_EQ(reader.ReadStream(jsonl, sink, on_error), 1u);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "stdin:2");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.file, "-");
  EXPECT_EQ(errors[0].where.line, 3u);

  articles.clear();
  std::istringstream text(" date 2022-11 Titre\n\nCorps.\n");
  EXPECT_EQ(reader.ReadStream(text, sink, on_error), 1u);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, " date 2022-11 Titre\n\nCorps.\n");  // leading space kept
  EXPECT_EQ(articles[0].header_bytes, 14u);
  EXPECT_EQ(articles[0].title, "Titre");
}

}  // namespace
}  // namespace newsgraph
