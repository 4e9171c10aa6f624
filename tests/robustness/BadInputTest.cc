// One test per kind of bad input, end to end through `newsgraph build`: the message names the file (and the
// line and byte where it applies) and the reason, the exit code is 1 when other inputs were still processed
// and 2 when nothing could be read.
#include <gmock/gmock.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "CliFixture.h"

namespace newsgraph::robustness {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kGood =
    "Le président français Emmanuel Macron a rencontré le chancelier allemand Olaf Scholz à Berlin lundi.\n";

std::string JsonLine(const std::string& id, const std::string& text) {
  return R"({"id": ")" + id + R"(", "text": ")" + text + "\"}";
}

// Every node label and alias of a JSON export.
std::set<std::string> Names(const std::string& json_file) {
  rapidjson::Document g;
  g.Parse(Slurp(json_file).c_str());
  std::set<std::string> names;
  if (!g.IsObject() || !g.HasMember("nodes")) return names;
  for (const auto& n : g["nodes"].GetArray()) {
    names.insert(n["label"].GetString());
    if (n.HasMember("aliases"))
      for (const auto& a : n["aliases"].GetArray()) names.insert(a.GetString());
  }
  return names;
}

class BadInputTest : public CliFixture {
 protected:
  // `newsgraph build` of a good article and `inputs`, to g.json.
  Outcome BuildWithGood(const std::vector<std::string>& inputs,
                        const std::vector<std::string>& options = {}) {
    std::vector<std::string> args = {"build", Write("good.txt", kGood)};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"-o", Path("g.json")});
    args.insert(args.end(), options.begin(), options.end());
    return Newsgraph(args);
  }
};

TEST_F(BadInputTest, MissingPath) {
  const std::string missing = Path("nope.txt");
  Outcome r = BuildWithGood({missing});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(missing + ": no such file or directory [not-found]"));
  EXPECT_TRUE(fs::exists(Path("g.json")));

  r = Newsgraph({"build", missing, "-o", Path("h.json")});
  EXPECT_EQ(r.exit_code, 2) << "nothing could be read";
  EXPECT_THAT(r.err, HasSubstr(missing + ": no such file or directory [not-found]"));
  EXPECT_THAT(r.err, HasSubstr("no article could be read; nothing written"));
  EXPECT_FALSE(fs::exists(Path("h.json")));
}

TEST_F(BadInputTest, UnreadablePath) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root, which can read a file without read permission";
  const std::string locked = Write("locked.txt", kGood);
  fs::permissions(locked, fs::perms::none);
  Outcome r = BuildWithGood({locked});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(locked + ": cannot open file [unreadable]"));

  Write("closed/a.txt", kGood);
  fs::permissions(Path("closed"), fs::perms::none);
  r = BuildWithGood({Path("closed")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(Path("closed") + ": cannot list directory"));
  EXPECT_THAT(r.err, HasSubstr("[unreadable]"));
}

TEST_F(BadInputTest, FolderWithNoArticles) {
  Write("corpus/notes.csv", "a,b\n");
  Write("corpus/.hidden.txt", kGood);
  Outcome r = Newsgraph({"build", Path("corpus"), "-o", Path("g.json")});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr(Path("corpus") + ": no article files (*.txt, *.text, *.md, *.jsonl, *.ndjson) "
                                                "[no-articles]"));
  EXPECT_FALSE(fs::exists(Path("g.json")));
}

TEST_F(BadInputTest, EmptyFile) {
  const std::string empty = Write("empty.txt", ""), blank = Write("blank.txt", " \n\r\n\t\n");
  const std::string empty_lines = Write("empty.jsonl", "\n\n");
  Outcome r = BuildWithGood({empty, blank, empty_lines});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(empty + ": empty file [empty]"));
  EXPECT_THAT(r.err, HasSubstr(blank + ": empty file [empty]"));
  EXPECT_THAT(r.err, HasSubstr(empty_lines + ": empty file [empty]"));
  EXPECT_THAT(r.out, HasSubstr("1 articles"));
}

TEST_F(BadInputTest, BinaryFile) {
  // A PNG signature and header: a NUL at byte 8.
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 21);
  const std::string image = Write("image.txt", png);
  Outcome r = BuildWithGood({image});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(image + " (byte 8): binary file (NUL or control bytes) [binary]"));
}

TEST_F(BadInputTest, InvalidUtf8WithEncodingUtf8) {
  // Line 2 has a Latin-1 'ç' (0xE7) 18 bytes in, after the 20 bytes of line 1.
  const std::string bad = Write("latin.txt",
                                "Une ligne en UTF-8.\nLe président fran\xE7"
                                "ais Emmanuel Macron parle.\n");
  Outcome r = BuildWithGood({bad}, {"--encoding", "utf-8"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(bad + ":2 (byte 38): invalid UTF-8 [invalid-utf8]"));

  // Line 2 of the JSON Lines file has a Latin-1 'é' 24 bytes in, after the 26 bytes of line 1.
  const std::string lines =
      Write("latin.jsonl", JsonLine("a", "ok") + "\n" + JsonLine("b", "caf\xE9") + "\n");
  r = BuildWithGood({lines}, {"--encoding", "utf-8"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(lines + ":2 (byte 50): invalid UTF-8 [invalid-utf8]"));
  EXPECT_THAT(r.out, HasSubstr("2 articles")) << "good.txt and line 1";
}

TEST_F(BadInputTest, NulBytes) {
  const std::string text = Write("nul.txt", std::string("Bonjour.\nUn texte avec un\0octet nul.\n", 37));
  const std::string lines = Write(
      "nul.jsonl", JsonLine("a", "ok") + "\n" + std::string("{\"id\": \"b\",\0 \"text\": \"x\"}\n", 26));
  Outcome r = BuildWithGood({text, lines});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(text + " (byte 25): binary file (NUL or control bytes) [binary]"));
  // The NUL is on line 2 of the JSON Lines file, 11 bytes into it: that record is skipped, line 1 is kept.
  EXPECT_THAT(r.err, HasSubstr(lines + ":2 (byte 37): NUL byte in the line, skipped [binary]"));
  EXPECT_THAT(r.out, HasSubstr("2 articles"));
}

TEST_F(BadInputTest, ByteOrderMarkIsSkipped) {
  const std::string bom = "\xEF\xBB\xBF";
  const std::string text = Write("bom.txt", bom + kGood);
  const std::string lines =
      Write("bom.jsonl", bom + JsonLine("a", "Le Premier ministre Justin Trudeau parle.") + "\n");
  Outcome r = Newsgraph({"build", text, lines, "-o", Path("g.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, Not(HasSubstr("error")));
  EXPECT_THAT(r.out, HasSubstr("2 articles"));
  const std::set<std::string> names = Names(Path("g.json"));
  EXPECT_TRUE(names.count("Emmanuel Macron")) << "the BOM must not stick to the first word";
  EXPECT_TRUE(names.count("Justin Trudeau"));
  EXPECT_THAT(Slurp(Path("g.json")), Not(HasSubstr(bom)));
}

TEST_F(BadInputTest, CrlfLineEndings) {
  const std::string text =
      Write("crlf.txt",
            "date 2022-11-03 Un titre\r\n\r\nLe président français Emmanuel Macron a rencontré le "
            "chancelier allemand Olaf Scholz.\r\nIls ont parlé de l'Ukraine.\r\n");
  const std::string lines = Write("crlf.jsonl", JsonLine("a", "Le Premier ministre Justin Trudeau parle.") +
                                                    "\r\n" + JsonLine("b", "Olaf Scholz parle.") + "\r\n");
  Outcome r = Newsgraph({"build", text, lines, "-o", Path("g.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("3 articles"));
  const std::set<std::string> names = Names(Path("g.json"));
  EXPECT_TRUE(names.count("Emmanuel Macron"));
  EXPECT_TRUE(names.count("Justin Trudeau"));
  EXPECT_THAT(Slurp(Path("g.json")), Not(HasSubstr("\\r"))) << "no carriage return in labels or evidence";
}

TEST_F(BadInputTest, HundredMegabyteLineInJsonLines) {
  const std::string file = Path("huge.jsonl");
  const std::string first = JsonLine("a", "Le Premier ministre Justin Trudeau parle.") + "\n";
  {
    std::ofstream out(file, std::ios::binary);
    out << first << R"({"id": "huge", "text": ")";
    const std::string block(1 << 20, 'x');
    for (int i = 0; i < 100; ++i) out << block;
    out << "\"}\n" << JsonLine("c", "Olaf Scholz parle.") << "\n";
  }
  Outcome r = BuildWithGood({file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(file + ":2 (byte " + std::to_string(first.size()) +
                               "): line longer than 67108864 bytes, skipped [line-too-long]"));
  EXPECT_THAT(r.out, HasSubstr("3 articles")) << "good.txt and lines 1 and 3";
  const std::set<std::string> names = Names(Path("g.json"));
  EXPECT_TRUE(names.count("Justin Trudeau"));
  EXPECT_TRUE(names.count("Olaf Scholz"));
}

TEST_F(BadInputTest, MalformedJsonLineOthersProcessed) {
  const std::string file = Write("cut.jsonl", JsonLine("a", "Le Premier ministre Justin Trudeau parle.") +
                                                  "\n" + R"({"id": "b", "text": "Une ligne coupée)" + "\n" +
                                                  JsonLine("c", "Olaf Scholz parle.") + "\n");
  Outcome r = BuildWithGood({file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(file + ":2 (byte "));
  EXPECT_THAT(r.err,
              HasSubstr("malformed JSON: Missing a closing quotation mark in string. [malformed-json]"));
  EXPECT_THAT(r.out, HasSubstr("3 articles"));
  const std::set<std::string> names = Names(Path("g.json"));
  EXPECT_TRUE(names.count("Justin Trudeau"));
  EXPECT_TRUE(names.count("Olaf Scholz"));
}

TEST_F(BadInputTest, JsonFieldOfTheWrongType) {
  const std::string file = Write("types.jsonl", std::string(R"({"id": 42, "text": "Olaf Scholz parle."})") +
                                                    "\n" + R"({"id": "b", "text": ["Olaf Scholz"]})" + "\n" +
                                                    R"({"id": "c", "title": "Titre"})" + "\n");
  Outcome r = BuildWithGood({file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(file + ":1: field \"id\" must be a string [wrong-field-type]"));
  EXPECT_THAT(r.err, HasSubstr(file + ":2: field \"text\" must be a string [wrong-field-type]"));
  EXPECT_THAT(r.err,
              HasSubstr(file + ":3: field \"text\" is missing (a string is required) [wrong-field-type]"));
  EXPECT_THAT(r.out, HasSubstr("1 articles"));
}

TEST_F(BadInputTest, DuplicateArticleIds) {
  const std::string file = Write("dup.jsonl", JsonLine("same", "Le Premier ministre Justin Trudeau parle.") +
                                                  "\n" + JsonLine("same", "Olaf Scholz parle.") + "\n");
  Outcome r = BuildWithGood({file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(file + ":2: article id 'same' was already read; this article is skipped "
                                      "[duplicate-id]"));
  EXPECT_THAT(r.out, HasSubstr("2 articles"));
  const std::set<std::string> names = Names(Path("g.json"));
  EXPECT_TRUE(names.count("Justin Trudeau")) << "the first article of an id is kept";
  EXPECT_FALSE(names.count("Olaf Scholz") && !names.count("Emmanuel Macron"));
}

TEST_F(BadInputTest, ManyProblemsOfAKindAreCounted) {
  // A corpus passed twice: one line for each of the first 20 duplicates, then a count; -v lists them all.
  std::string lines;
  for (int i = 0; i < 30; ++i) lines += JsonLine(std::to_string(100 + i), "Olaf Scholz parle.") + "\n";
  const std::string file = Write("corpus.jsonl", lines);
  auto count = [](const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  Outcome r = BuildWithGood({file, file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(count(r.err, "was already read"), 20u) << r.err;
  EXPECT_THAT(r.err, HasSubstr(file + ":20: article id '119' was already read"));
  EXPECT_THAT(r.err, Not(HasSubstr("'120' was already read")));
  EXPECT_THAT(r.err, HasSubstr("... and 10 more [duplicate-id] problems like these (-v lists them all)"));
  EXPECT_THAT(r.out, HasSubstr("31 articles"));
  EXPECT_THAT(r.out, HasSubstr("30 input problem(s)"));

  r = BuildWithGood({file, file}, {"-v"});
  EXPECT_EQ(count(r.err, "was already read"), 30u) << r.err;
  EXPECT_THAT(r.err, Not(HasSubstr("more [duplicate-id]")));
}

TEST_F(BadInputTest, Windows1252ArticleIsConverted) {
  // "Le président français François Hollande a rencontré..." in Windows-1252, with a curly apostrophe (0x92).
  const std::string file = Write("cp1252.txt",
                                 "Le pr\xE9sident fran\xE7"
                                 "ais Fran\xE7ois Hollande a rencontr\xE9 le chancelier "
                                 "allemand Olaf Scholz \xE0 Berlin, a indiqu\xE9 l\x92\xC9lys\xE9"
                                 "e.\n");
  Outcome r = Newsgraph({"build", file, "-o", Path("g.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr(file + ": not valid UTF-8, read as Windows-1252"));
  const std::set<std::string> names = Names(Path("g.json"));
  EXPECT_TRUE(names.count("François Hollande")) << testing::PrintToString(names);
  EXPECT_THAT(Slurp(Path("g.json")), HasSubstr("Le président français François Hollande"));

  r = Newsgraph({"build", file, "-o", Path("h.json"), "--encoding", "windows-1252"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, Not(HasSubstr("read as Windows-1252"))) << "no warning when the encoding is given";
  EXPECT_EQ(Slurp(Path("g.json")), Slurp(Path("h.json")));
}

}  // namespace
}  // namespace newsgraph::robustness
