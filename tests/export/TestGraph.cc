#include "TestGraph.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace newsgraph::testing {
namespace {

NodeRecord Node(std::string id, EntityType type, std::string label, std::uint64_t mentions,
                SortedSet<SharedString> documents, std::string first, std::string last) {
  NodeRecord node;
  node.id = std::move(id);
  node.type = type;
  node.label = std::move(label);
  node.mentions = mentions;
  node.documents = std::move(documents);
  node.first_date = std::move(first);
  node.last_date = std::move(last);
  return node;
}

Evidence Sentence(std::string document, std::uint32_t sentence, std::uint32_t start, std::string date,
                  std::string text, std::string attributed_to = "") {
  return Evidence{std::move(document),
                  sentence,
                  start,
                  start + static_cast<std::uint32_t>(text.size()),
                  /*valid_utf8_text=*/false,
                  std::move(date),
                  std::move(text),
                  std::move(attributed_to)};
}

EdgeRecord Edge(RelationType type, std::string source, std::string target, SortedSet<Evidence> evidence) {
  EdgeRecord edge;
  edge.type = type;
  edge.source = std::move(source);
  edge.target = std::move(target);
  edge.evidence = std::move(evidence);
  return edge;
}

}  // namespace

GraphFragment HostileFragment(bool control_chars) {
  const std::string ctl = control_chars ? "\x01\x1F" : "";
  GraphFragment g;
  NodeRecord macron = Node("official:emmanuel_macron", EntityType::kOfficial, "Emmanuel Macron", 5,
                           {"a1", "a2"}, "2024-03-01", "2024-03-15");
  macron.aliases = {"Macron", "le président \"Macron\""};
  g.AddNode(macron);
  g.AddNode(Node("official:peskov", EntityType::kOfficial,
                 "Dmitri <Peskov> & \"Co\" 'porte-parole' ]]> " + ctl + "\u202Ebidi\u200F end", 3, {"a1"},
                 "2024-03", "2024-03"));
  g.AddNode(Node("country:russie", EntityType::kCountry, "Russie", 7, {"a1", "a2"}, "2024-03", "2024-03-15"));
  g.AddNode(
      Node("institution:kremlin", EntityType::kInstitution, "Kremlin", 2, {"a1"}, "2024-03", "2024-03"));
  g.AddNode(Node("line:deconfliction", EntityType::kCommunicationLine, "ligne de déconfliction", 4, {"a2"},
                 "2024-03-10", "2024-03-15"));
  std::string long_label;
  while (long_label.size() < 10000) long_label += "Zaporijia ";
  long_label.resize(10000);
  g.AddNode(Node("place:a b/c#d=1", EntityType::kPlace, long_label, 1, {"a2"}, "2024", "2024"));
  NodeRecord anonymous =
      Node("official:anon_a2_1", EntityType::kOfficial, "un responsable américain non identifié", 1, {"a2"},
           "2024-03-15", "2024-03-15");
  anonymous.anonymous = true;
  g.AddNode(anonymous);

  // Given target-first: spoke_with is symmetric, AddEdge puts the endpoints in order.
  g.AddEdge(Edge(RelationType::kSpokeWith, "official:peskov", "official:emmanuel_macron",
                 {Sentence("a1", 0, 0, "2024-03", "Macron s'est entretenu avec Peskov.")}));
  g.AddEdge(
      Edge(RelationType::kReported, "official:emmanuel_macron", "country:russie",
           {Sentence("a1", 1, 40, "2024-03", "Macron a déclaré que la Russie <négociait> & \"attendait\"."),
            Sentence("a2", 3, 120, "2024-03-15", "=SUM(A1) selon Macron, la Russie " + ctl + "hésite.")}));
  g.AddEdge(Edge(RelationType::kDenied, "official:emmanuel_macron", "country:russie",
                 {Sentence("a2", 4, 200, "2024-03-15", "Macron a démenti ; ]]> rien.")}));
  EdgeRecord member = Edge(RelationType::kMemberOf, "official:peskov", "institution:kremlin",
                           {Sentence("a1", 2, 90, "2024-03", "Le porte-parole du Kremlin, Dmitri Peskov.")});
  member.attributes["role"] = {"porte-parole", "conseiller, \"spécial\""};
  member.attributes["former"] = {"true"};
  g.AddEdge(member);
  EdgeRecord connects = Edge(RelationType::kConnects, "line:deconfliction", "country:russie",
                             {Sentence("a2", 0, 0, "2024-03-10", "La ligne relie Washington et Moscou."),
                              Sentence("a2", 5, 260, "2024-03", "-La ligne @fonctionne +toujours.")});
  connects.attributes["channel"] = {"téléphone"};
  g.AddEdge(connects);
  g.AddEdge(Edge(RelationType::kUsed, "official:anon_a2_1", "line:deconfliction",
                 {Sentence("a2", 6, 300, "2024-03-15", "Le responsable a utilisé la ligne, selon la Russie.",
                           "country:russie")}));
  g.AddEdge(Edge(RelationType::kEstablished, "institution:kremlin", "line:deconfliction", {}));
  g.AddEdge(Edge(RelationType::kReported, "place:a b/c#d=1", "country:russie",
                 {Sentence("a2", 7, 400, "", "Une phrase sans date.\nSur deux lignes\tavec tab.")}));
  return g;
}

ExportOptions SchemaOptions() {
  Result<ExportOptions> options =
      LoadExportOptions(std::filesystem::path(NEWSGRAPH_SOURCE_SCHEMA_DIR) / "ontology.json");
  if (!options) throw std::runtime_error(options.error().ToString());
  return *options;
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("newsgraph-export-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  // Tests make folders read-only; give the permission back so that they can be removed.
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add,
                               ec);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path_, ec))
    std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

int RunShell(const std::string& command) {
  int status = std::system(command.c_str());
  if (status == -1 || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

}  // namespace newsgraph::testing
