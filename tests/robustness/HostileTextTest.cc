// Hostile text end to end: markup, XML terminators, quotes, control characters XML 1.0 cannot hold, bidi
// controls, a 10,000-character name and spreadsheet formulas go through `newsgraph build` into every export;
// the XML exports still validate (xmllint: GraphML XSD through the offline catalog, GEXF 1.3 RNG), networkx
// loads JSON and GraphML with the text intact, and no CSV cell can be evaluated as a formula.
#include <gmock/gmock.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "CliFixture.h"

namespace newsgraph::robustness {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const fs::path kFormats = fs::path(NEWSGRAPH_SHARED_DIR) / "formats";

int Shell(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string HostileArticle() {
  const std::string long_name = "A" + std::string(9999, 'b');
  return "date 2022-11-03 Titre <b>gras</b> & « guillemets » ]]> fin\n\n"
         "Le président français Emmanuel Macron a rencontré le chancelier allemand Olaf Scholz à Berlin "
         "<Jean> "
         "& Fils ]]> \"Marc\" O'Neil.\n"
         "Le général " +
         long_name +
         " a rencontré Olaf Scholz à Berlin.\n"
         "La ministre Ana\x01\x1b\x7f Ruiz a rencontré Justin Trudeau à Ottawa, selon l'AFP \xC2\x85 "
         "\xEF\xBF\xBE.\n"
         "Le président \u202EMark\u202C Milley a rencontré Valery \u2067Gerasimov\u2069 à Genève.\n"
         "Le ministre =Cmd Dupont a rencontré +Jean Moreau, -Paul Girard et @Marie Curie.\n";
}

std::string FormulaRecord() {
  return R"j({"id": "=HYPERLINK(\"http://x\")", "title": "=SUM(A1)", "source": "=cmd|' /C calc'!A0", )j"
         R"j("date": "2022-11-03", "text": "Selon l'agence =Cmd, le ministre Jean Moreau a rencontré Olaf )j"
         R"j(Scholz à Berlin. -Paul Girard a déclaré que +Marie Curie était là, selon @Reuters."})j"
         "\n";
}

class HostileTextTest : public CliFixture {
 protected:
  void SetUp() override {
    CliFixture::SetUp();
    const std::string text = Write("hostile.txt", HostileArticle()),
                      lines = Write("formula.jsonl", FormulaRecord());
    Outcome r = Newsgraph({"build", text, lines, "-o", Path("g.json"), "-o", Path("g.graphml"), "-o",
                           Path("g.gexf"), "-o", Path("g.cyjs")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = Newsgraph({"build", text, lines, "--format", "csv", "-o", Path("csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = Newsgraph({"build", text, lines, "--format", "neo4j", "-o", Path("neo4j")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static bool HaveXmllint() { return Shell("command -v xmllint >/dev/null 2>&1") == 0; }
};

TEST_F(HostileTextTest, GraphmlValidatesAgainstTheXsd) {
  if (!HaveXmllint()) GTEST_SKIP() << "xmllint is not installed (Debian package libxml2-utils)";
  EXPECT_EQ(Shell("XML_CATALOG_FILES='" + (kFormats / "graphml/catalog.xml").string() +
                  "' xmllint --nonet --noout --schema '" + (kFormats / "graphml/1.0/graphml.xsd").string() +
                  "' '" + Path("g.graphml") + "'"),
            0);
}

TEST_F(HostileTextTest, GexfValidatesAgainstTheRng) {
  if (!HaveXmllint()) GTEST_SKIP() << "xmllint is not installed (Debian package libxml2-utils)";
  EXPECT_EQ(Shell("xmllint --nonet --noout --relaxng '" + (kFormats / "gexf-1.3/gexf.rng").string() + "' '" +
                  Path("g.gexf") + "'"),
            0);
}

TEST_F(HostileTextTest, XmlExportsHoldNoRawMarkupOrIllegalCharacters) {
  // Searched with find(): the files are too large to print on failure.
  for (const char* file : {"g.graphml", "g.gexf"}) {
    const std::string xml = Slurp(Path(file));
    EXPECT_NE(xml.find("&lt;Jean&gt;"), std::string::npos) << file << " lost the escaped markup";
    EXPECT_EQ(xml.find("<Jean>"), std::string::npos) << file << " holds raw markup";
    EXPECT_EQ(xml.find("<b>"), std::string::npos) << file << " holds raw markup";
    EXPECT_EQ(xml.find("]]>"), std::string::npos) << file << " holds a raw ]]>";
    for (char c : {'\x01', '\x1b', '\x7f'})
      EXPECT_EQ(xml.find(c), std::string::npos) << file << " holds a control";
    EXPECT_EQ(xml.find("\xEF\xBF\xBE"), std::string::npos) << file << " holds U+FFFE";
  }
}

TEST_F(HostileTextTest, NetworkxLoadsTheTextIntactAndCsvHasNoFormula) {
  if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "/usr/bin/python3 (with networkx) is not installed";
  EXPECT_EQ(Shell("/usr/bin/python3 '" + std::string(NEWSGRAPH_TEST_DATA_DIR) +
                  "/check_hostile_exports.py' '" + dir_.string() + "'"),
            0);
  // The formula-like document id reaches a neo4j cell start: it must be there, neutralised.
  EXPECT_THAT(Slurp(Path("neo4j/nodes.csv")), HasSubstr("\"'=HYPERLINK("));
}

}  // namespace
}  // namespace newsgraph::robustness
