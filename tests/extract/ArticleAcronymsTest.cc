// Acronyms defined in an article (extract/ArticleAcronyms), through the whole pipeline.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ExtractTest.h"
#include "extract/ArticleAcronyms.h"

namespace newsgraph {
namespace {

using ::testing::Contains;

class ArticleAcronymsTest : public ExtractTest {
 protected:
  // "name -> entity [rule]" of every mention whose name is `name`.
  static std::vector<std::string> Mentions(const Document& doc, const std::string& name) {
    std::vector<std::string> out;
    for (const Mention& m : doc.mentions)
      if (m.name == name) out.push_back(std::string(m.entity).append(" [").append(m.rule).append("]"));
    return out;
  }
  static std::string EntityOf(const Document& doc, const std::string& name) {
    for (const Mention& m : doc.mentions)
      if (m.name == name) return m.entity;
    return "";
  }
};

TEST_F(ArticleAcronymsTest, ADefinedAcronymNamesTheInstitutionBeforeItAndItsLaterUses) {
  Document doc = Extract(
      "Le Pentagone a créé le Groupe d'assistance à la sécurité pour l'Ukraine (SAG-U), a annoncé Lloyd "
      "Austin. "
      "Le SAG-U coordonnera les livraisons, a déclaré un porte-parole. Selon le SAG-U, la Pologne a reçu des "
      "obus.");
  const std::string group = EntityOf(doc, "Groupe d'assistance");
  ASSERT_FALSE(group.empty());
  EXPECT_EQ(Mentions(doc, "SAG-U"), (std::vector<std::string>{group + " [acronym-definition]",
                                                              group + " [acronym]", group + " [acronym]"}));
  // The mentions stay in text order, and a second pass adds nothing.
  EXPECT_TRUE(
      std::is_sorted(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) {
        return std::tie(a.sentence, a.first_token) < std::tie(b.sentence, b.first_token);
      }));
  std::size_t before = doc.mentions.size();
  ArticleAcronyms(*schema_).Process(doc);
  EXPECT_EQ(doc.mentions.size(), before);
}

TEST_F(ArticleAcronymsTest, NoDefinitionNoInstitutionBeforeOrSomeoneInBetweenDefinesNothing) {
  // Never defined in this article.
  EXPECT_TRUE(
      Mentions(Extract("Le SAG-U coordonnera les livraisons, a déclaré Lloyd Austin."), "SAG-U").empty());
  // After a person, or after a person named between the institution and the parenthesis.
  EXPECT_TRUE(Mentions(Extract("Selon Lloyd Austin (LA), le LA est prêt."), "LA").empty());
  EXPECT_TRUE(
      Mentions(Extract("Le Pentagone, selon Lloyd Austin (LA), est prêt. Le LA parle."), "LA").empty());
  // Letters that start no word of the name.
  EXPECT_TRUE(
      Mentions(Extract("Le Groupe d'assistance à la sécurité (PDF) a publié un rapport."), "PDF").empty());
  // An acronym of a gazetteer institution names that institution, like its other uses.
  Document nato = Extract("L'Organisation du traité de l'Atlantique nord (OTAN) se réunit. L'OTAN a parlé.");
  std::vector<std::string> uses = Mentions(nato, "OTAN");
  ASSERT_EQ(uses.size(), 2u);
  for (const std::string& use : uses) EXPECT_TRUE(use.starts_with("institution:nato [")) << use;
}

// A name no lexicon knows is an institution when the acronym after it spells its words in order (not its
// articles and prepositions); French copy writes the long acronyms with one capital ("Manua"), which alone
// read as a surname, and a headline may use it before the text defines it.
TEST_F(ArticleAcronymsTest, AnAcronymThatSpellsAnUnknownNameMakesItAnInstitution) {
  Document doc = Extract(
      "La Manua reste neutre.\n\n"
      "La Mission d'assistance des Nations unies en Afghanistan (Manua) sert d'intermédiaire, a déclaré son "
      "porte-parole, Andrea Tenenti. L'armée afghane a démenti avoir visé la Manua.");
  const std::string force = EntityOf(doc, "Mission d'assistance des Nations unies en Afghanistan");
  ASSERT_FALSE(force.empty());
  EXPECT_EQ(Mentions(doc, "Manua"),
            (std::vector<std::string>{force + " [acronym]", force + " [acronym-definition]",
                                      force + " [acronym]"}));
  // The names inside it are part of it.
  EXPECT_TRUE(Mentions(doc, "Nations unies").empty());
  EXPECT_THAT(Edges(doc), Contains("member_of(official:andrea_tenenti, " + force + ")"));
  EXPECT_THAT(Edges(doc), Contains("denied(institution:arme@afghanistan, " + force + ")"));
}

// Regression (found on an eval article, fixed): "le nouveau groupe d'assistance à la sécurité du Pentagone
// en Ukraine, ou SAG-U, qui soutient ..." named no institution: the acronym comes after ", ou", and the name
// is a head noun's phrase in lower case, with the letters of the acronym in another order.
TEST_F(ArticleAcronymsTest, AnAcronymAfterOuNamesTheInstitutionHeadedBefore) {
  Document doc = Extract(
      "Wiesbaden accueille le nouveau groupe d'assistance à la sécurité du Pentagone en Ukraine, ou SAG-U, "
      "qui "
      "soutient Kiev. Le SAG-U compte 300 militaires.");
  const std::string group = EntityOf(doc, "groupe d'assistance à la sécurité du Pentagone en Ukraine");
  ASSERT_FALSE(group.empty());
  EXPECT_EQ(Mentions(doc, "SAG-U"),
            (std::vector<std::string>{group + " [acronym-definition]", group + " [acronym]"}));
  // A word in capitals after ", ou" whose letters the words before lack defines nothing.
  EXPECT_TRUE(Mentions(Extract("Le groupe de travail, ou ZZ, se réunit."), "ZZ").empty());
}

TEST_F(ArticleAcronymsTest, LettersThatDoNotSpellTheNameOrAPersonsInitialsDefineNothing) {
  // The name's letters, but not in order, or one word without its letter.
  for (const char* text : {"La Force intérimaire du Liban (Lfi) est partie.",
                           "La Force intérimaire du Liban (Fl) est partie."}) {
    Document doc = Extract(text);
    EXPECT_TRUE(EntityOf(doc, "Force intérimaire du Liban").empty()) << text;
    for (const Mention& m : doc.mentions)
      EXPECT_NE(m.type, EntityType::kInstitution) << text << " " << m.name;
  }
  // One name that is already a mention (a person) is not renamed.
  Document person = Extract("Selon Emmanuel Macron (EM), la ligne est ouverte.");
  EXPECT_EQ(EntityOf(person, "Emmanuel Macron"), "official:emmanuel_macron");
  EXPECT_TRUE(EntityOf(person, "EM").empty());
}

// Regression (found on a written article, fixed): in "l'armée soudanaise du général X et des Forces de
// soutien rapide (FSR)", "FSR" named the army (its letters are somewhere in the words from "armée" on): the
// name right before the parenthesis that spells it is the one it abbreviates.
TEST_F(ArticleAcronymsTest, TheNameThatSpellsTheAcronymWinsOverAnEarlierInstitution) {
  Document doc = Extract(
      "Des représentants de l'armée soudanaise du général Abdel Fattah et des Forces de soutien rapide "
      "(FSR) se sont retrouvés à Djeddah.");
  const std::string rsf = EntityOf(doc, "Forces de soutien rapide");
  ASSERT_FALSE(rsf.empty());
  EXPECT_EQ(Mentions(doc, "FSR"), (std::vector<std::string>{rsf + " [acronym-definition]"}));
}

// Regression (found on a written article, fixed): "Les services de renseignement turcs (MIT)" defined
// nothing, the letters being of the Turkish name: capitals in parentheses right after an institution are its
// acronym.
TEST_F(ArticleAcronymsTest, CapitalsRightAfterAnInstitutionAreItsAcronym) {
  Document doc = Extract(
      "Les services de renseignement turcs (MIT) ont coordonné l'échange. Le chef du MIT, Ibrahim Kalin, a "
      "supervisé l'opération.");
  const std::string services = EntityOf(doc, "services de renseignement turcs");
  ASSERT_FALSE(services.empty());
  EXPECT_EQ(Mentions(doc, "MIT"),
            (std::vector<std::string>{services + " [acronym-definition]", services + " [acronym]"}));
}

// Regression (found on a written article, fixed): "Le gouvernement éthiopien et les rebelles du Front de
// libération du peuple du Tigré (TPLF) ont signé" made one institution from "gouvernement" on (a head noun
// whose words have the letters of the English acronym): the nearest capitalised word from which the words
// have them, the first giving one, starts the name, so the coordination before it is not taken in.
TEST_F(ArticleAcronymsTest, AnAcronymInAnotherOrderNamesTheNearestCapitalisedName) {
  Document doc = Extract(
      "Le gouvernement éthiopien et les rebelles du Front de libération du peuple du Tigré (TPLF) ont signé "
      "un accord. Le TPLF a désarmé.");
  const std::string front = EntityOf(doc, "Front de libération du peuple du Tigré");
  ASSERT_FALSE(front.empty());
  EXPECT_EQ(Mentions(doc, "TPLF"),
            (std::vector<std::string>{front + " [acronym-definition]", front + " [acronym]"}));
  EXPECT_EQ(EntityOf(doc, "gouvernement éthiopien"), "country:ethiopia");
  // Nor from a capitalised word whose letter the acronym lacks.
  Document place = Extract(
      "Ils ont tenu à Hawaï une réunion dans le cadre de l'accord consultatif militaire maritime (MMCA).");
  for (const Mention& m : place.mentions) EXPECT_NE(m.type, EntityType::kInstitution) << m.name;
}

// Regression (found on a written article, fixed): "Le directeur du Service de renseignement extérieur russe
// (SVR), X" made "institution:service_renseignement_exterieur@russia" while the bare "SVR" of the article is
// the gazetteer's SVR: two nodes for one agency. A name defined by a gazetteer institution's acronym is that
// institution when it can be (of its state, or having its letters); when it cannot, the acronym defines
// nothing ("le ministère russe de la Défense (AFP)" is no AFP, the credit of an outlet).
TEST_F(ArticleAcronymsTest, AGazetteerAcronymNamesItsInstitution) {
  Document doc = Extract(
      "Le directeur du Service de renseignement extérieur russe (SVR), Sergueï Narychkine, a parlé, a "
      "indiqué "
      "le service de presse du SVR. Le service de renseignement extérieur russe a démenti.");
  EXPECT_EQ(EntityOf(doc, "Service de renseignement extérieur russe"), "institution:svr");
  EXPECT_EQ(Mentions(doc, "SVR"), (std::vector<std::string>{"institution:svr [acronym-definition]",
                                                            "institution:svr [gazetteer]"}));
  EXPECT_THAT(Edges(doc), Contains("member_of(official:sergei_narishkine, institution:svr)"));
  // Every mention of the agency the article had made is the gazetteer's.
  for (const Mention& m : doc.mentions)
    EXPECT_EQ(m.entity.find("renseignement"), std::string::npos) << m.name;
  Document credit = Extract("La ligne a été utilisée, a déclaré le ministère russe de la Défense (AFP).");
  EXPECT_EQ(EntityOf(credit, "ministère russe de la Défense"), "institution:ministere_defense@russia");
  EXPECT_TRUE(Mentions(credit, "AFP").empty());
}

// Regression (found on a written article, fixed): "selon l'Agence nationale de la sécurité des systèmes
// d'information (Anssi)" made Anssi the NSA (the gazetteer's "Agence nationale de la sécurité" is the first
// words of the name), and "Le Commandement des Nations unies (UNC)" made UNC the UN: a gazetteer name within
// a longer name the acronym abbreviates, with a head or complements around it, is part of that name.
TEST_F(ArticleAcronymsTest, AGazetteerNameWithinALongerNameIsNotWhatItsAcronymNames) {
  Document anssi = Extract(
      "Le groupe est responsable du piratage, selon l'Agence nationale de la sécurité des systèmes "
      "d'information (Anssi). L'Anssi a publié un rapport.");
  const Mention* agency = FindMention(anssi, "Agence nationale de la sécurité des systèmes d'information");
  ASSERT_NE(agency, nullptr);
  EXPECT_NE(agency->entity, "institution:nsa");
  EXPECT_EQ(Mentions(anssi, "Anssi"), (std::vector<std::string>{agency->entity + " [acronym-definition]",
                                                                agency->entity + " [acronym]"}));
  Document unc = Extract(
      "Le Commandement des Nations unies (UNC) a indiqué avoir reçu une réponse. L'UNC est dirigé par les "
      "Etats-Unis.");
  const std::string command = EntityOf(unc, "Commandement des Nations unies");
  ASSERT_FALSE(command.empty());
  EXPECT_NE(command, "institution:united_nations");
  EXPECT_EQ(Mentions(unc, "UNC"),
            (std::vector<std::string>{command + " [acronym-definition]", command + " [acronym]"}));
  // The gazetteer's own acronym still names it.
  EXPECT_EQ(EntityOf(Extract("L'Organisation des Nations unies (ONU) a parlé."), "ONU"),
            "institution:united_nations");
}

// Regression (found on a written article, fixed): "des négociations avec l'Éthiopie et le Soudan sur le
// Grand barrage de la Renaissance (GERD)" made the Institution "Éthiopie et le Soudan sur le Grand barrage de
// la Renaissance", which took the talks: an acronym whose letters a name has only in any order names none
// that runs over a state named.
TEST_F(ArticleAcronymsTest, AnAcronymInAnyOrderNamesNoSpanOverAState) {
  Document doc = Extract(
      "L'Égypte a annoncé l'échec des négociations avec l'Éthiopie et le Soudan sur le Grand barrage de la "
      "Renaissance (GERD).");
  EXPECT_THAT(Edges(doc), Contains("spoke_with(country:egypt, country:ethiopia)"));
  for (const Mention& m : doc.mentions) EXPECT_NE(m.type, EntityType::kInstitution) << m.name;
}
}  // namespace
}  // namespace newsgraph
