#include "CorpusGenerator.h"

#include <fmt/format.h>

#include <vector>

namespace newsgraph::robustness {
namespace {

const std::vector<std::string> kFirstNames = {"Emmanuel", "Olaf",  "Justin",  "Pedro",    "Giorgia", "Mark",
                                              "Valery",   "Lloyd", "Sergueï", "Antonio",  "Ursula",  "Jens",
                                              "Rishi",    "Joe",   "Kamala",  "Annalena", "Josep",   "Mette"};
const std::vector<std::string> kLastNames = {
    "Macron",  "Scholz",      "Trudeau", "Sánchez",     "Meloni", "Milley", "Gerasimov", "Austin",
    "Lavrov",  "Guterres",    "Leyen",   "Stoltenberg", "Sunak",  "Biden",  "Harris",    "Baerbock",
    "Borrell", "Frederiksen", "Dupont",  "Lefebvre",    "Moreau", "Girard", "Fournier",  "Mercier"};
const std::vector<std::string> kTitles = {"le président",   "le ministre",    "la Première ministre",
                                          "le général",     "la chancelière", "le secrétaire général",
                                          "le porte-parole"};
const std::vector<std::string> kPlaces = {"Paris",  "Berlin",    "Moscou",   "Washington",
                                          "Kiev",   "Bruxelles", "Varsovie", "Londres",
                                          "Madrid", "Rome",      "Ottawa",   "Genève"};
const std::vector<std::string> kCountries = {"la France",      "l'Allemagne", "la Russie", "l'Ukraine",
                                             "les États-Unis", "la Pologne",  "le Canada", "l'Espagne"};

}  // namespace

const std::string& CorpusGenerator::Pick(const std::vector<std::string>& list) {
  return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random_)];
}

std::string CorpusGenerator::Article(int sentences) {
  auto person = [&] { return Pick(kFirstNames) + " " + Pick(kLastNames); };
  std::string text = fmt::format("date 2022-{:02}-{:02} {} s'entretient avec {}\n\n", 1 + random_() % 12,
                                 1 + random_() % 28, person(), person());
  for (int i = 0; i < sentences; ++i) {
    switch (random_() % 5) {
      case 0:
        text += fmt::format("Lundi, {} {} a rencontré {} à {}. ", Pick(kTitles), person(), person(),
                            Pick(kPlaces));
        break;
      case 1:
        text +=
            fmt::format("{} s'est entretenu avec {} au sujet de {}. ", person(), person(), Pick(kCountries));
        break;
      case 2:
        text += fmt::format("Selon {}, {} a accusé {} d'avoir violé l'accord. ", person(), Pick(kCountries),
                            Pick(kCountries));
        break;
      case 3:
        text += fmt::format("« Nous soutenons {} », a déclaré {} à {}. ", Pick(kCountries), person(),
                            Pick(kPlaces));
        break;
      default:
        text +=
            fmt::format("{} a critiqué {}, {} de {}.\n", person(), person(), Pick(kTitles), Pick(kCountries));
        break;
    }
  }
  return text + "\n";
}

}  // namespace newsgraph::robustness
