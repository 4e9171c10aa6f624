#include "extract/relation/RuleSupport.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/Fold.h"

namespace newsgraph {

using namespace std::string_view_literals;

bool NamedByCapital(const Schema& schema, const Mention& m) {
  if (m.type != EntityType::kCountry) return false;
  const GazetteerEntry* e = schema.gazetteer().FindByNodeId(m.entity);
  if (!e) return false;
  const std::vector<std::string>& capitals = e->Attribute("capital");
  const std::string name = Fold(m.name);
  return std::any_of(capitals.begin(), capitals.end(), [&](const std::string& n) { return Fold(n) == name; });
}

std::string_view StateOfMention(const Gazetteer& gazetteer, const Mention& m) {
  if (m.type == EntityType::kCountry && m.entity.starts_with("country:"))
    return std::string_view(m.entity).substr(std::string_view("country:").size());
  if (!m.nationality.empty()) return m.nationality;
  return gazetteer.StateOf(m.entity);
}

bool SpeaksFor(const RelationExtractor::Context& c, const Schema& schema, std::uint32_t party,
               std::string_view speaker) {
  const Gazetteer& gazetteer = schema.gazetteer();
  const Mention& m = c.m(party);
  if (m.entity == speaker) return true;
  // The state the speaker is, or is an institution of, or (a person named in this sentence) holds a title
  // of: "une source au sein de la délégation ukrainienne".
  std::string_view state;
  if (speaker.starts_with("country:"))
    state = speaker.substr(std::string_view("country:").size());
  else if (speaker.starts_with("institution:"))
    state = gazetteer.StateOf(speaker);
  else
    for (std::uint32_t k : c.mentions)
      if (const Mention& p = c.m(k); p.entity == speaker) {
        if (!p.nationality.empty()) {
          state = p.nationality;
        } else {
          // ("Le porte-parole du Pentagone, John Kirby": the state of the institution in the person's
          // title.)
          for (std::uint32_t x : c.mentions)
            if (const Mention& in = c.m(x); in.type == EntityType::kInstitution && state.empty() &&
                                            in.first_token >= p.role_first && in.end_token <= p.role_end)
              state = gazetteer.StateOf(in.entity);
        }
      }
  // ("Le ministère a convoqué X, a indiqué sa porte-parole Y": a title after a possessive is of the actor
  // the sentence opens on.)
  if (m.type == EntityType::kInstitution || m.type == EntityType::kCountry) {
    const auto opening =
        std::find_if(c.mentions.begin(), c.mentions.end(), [&](std::uint32_t x) { return IsActor(c.m(x)); });
    if (opening != c.mentions.end() && *opening == party)
      for (std::uint32_t k : c.mentions)
        if (const Mention& p = c.m(k);
            k > party && p.entity == speaker && p.role_end > p.role_first && p.role_first > c.s.first_token) {
          const std::string_view possessive = c.tok(p.role_first - 1).fold;
          if (possessive == "son"sv || possessive == "sa"sv || possessive == "leur"sv) return true;
        }
  }
  if (state.empty()) return false;
  // (Or an institution of that state by its id, "l'ambassade de Suisse à Téhéran" is Switzerland's, or by the
  // gazetteer, "l'Elysée" is France's; a news outlet of the state is no side of it.)
  const std::size_t at = m.entity.rfind('@');
  return m.nationality == state ||
         (m.entity.starts_with("country:") && std::string_view(m.entity).substr(8) == state) ||
         (m.entity.starts_with("institution:") &&
          (at != std::string::npos ? std::string_view(m.entity).substr(at + 1) == state
                                   : gazetteer.StateOf(m.entity) == state && !IsOutlet(schema, m)));
}

}  // namespace newsgraph
