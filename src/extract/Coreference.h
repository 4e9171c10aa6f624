// Resolves mentions to entities within one article (Mention::entity, ::label):
//   - a capital that is the seat of an organisation the article names ("Bruxelles" for the European Union)
//     is the organisation;
//   - a surname alone ("Milley", "M. Kim") is the person named in full elsewhere in the article, or a
//     gazetteer person with that surname; otherwise it is dropped unless a title or courtesy vouches for it;
//   - an outlet's name alone ("Kathimerini" after "le quotidien grec Kathimerini") is that outlet;
//   - a title used as a name ("le porte-parole") is the person holding that title in the article;
//   - "un responsable non identifié" starts a new anonymous source, "le responsable" refers to the last one;
//     anonymous sources get article-scoped ids and never merge;
//   - a national institution named without its state ("le ministère de la Défense") belongs to the state of a
//     possessive ("son ministère" after "l'ambassade de Russie") or else to the article's main state;
//   - the office of a title ("le bureau du Premier ministre") belongs to the state of the title's holder
//   named
//     nearest before it (else after it in its sentence);
//   - an institution named by its head and state alone ("le ministère russe") is the one of that head and
//     state named before ("le ministère russe de la Défense");
//   - a bare institution head after a definite article ("le ministère a ajouté", "le porte-parole du
//     ministère", "a ajouté l'agence") is the nearest institution of that head (or gazetteer kind) named
//     before, and no one without one;
//   - communication lines: "la ligne" refers to the line named before; an article's descriptions of one line
//     ("hotline militaire spéciale", "ligne de déconfliction") share the most specific key.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/Document.h"
#include "extract/InstitutionIndex.h"
#include "schema/Schema.h"
#include "text/StringHash.h"

namespace newsgraph {

class Coreference {
 public:
  // `institutions` (the pipeline's, shared with MentionFinder) must outlive the resolver.
  Coreference(const Schema& schema, const InstitutionIndex& institutions);
  void Process(Document& doc) const;

 private:
  void ResolveShortNames(Document& doc) const;
  // "Bruxelles" in an article that names the European Union (or a body of it) is the Union, whose seat it
  // is (gazetteer seat= and part_of=), not Belgium's government.
  void ResolveSeats(Document& doc) const;
  // "Kathimerini" alone after "le quotidien grec Kathimerini" is the outlet, not a person.
  void ResolveOutletNames(Document& doc) const;
  void ResolvePeople(Document& doc) const;
  // "son homologue français" after "le président français Emmanuel Macron" is Macron, not France.
  void ResolveCounterparts(Document& doc) const;
  // A title that stands for no one named ("le directeur des opérations militaires pakistanais a appelé X")
  // acts for the institution in it, else for the state it names ("l'ambassadeur de Russie") or that of its
  // nationality.
  void ResolveUnnamedHolders(Document& doc) const;
  void ResolveInstitutionAnaphors(Document& doc) const;
  // The institution known as `head` in the title of a person named before mention i in its sentence.
  const Mention* SpeakersInstitution(const Document& doc, std::size_t i, const std::string& head) const;
  void ResolvePersonsOffices(Document& doc) const;
  void ResolvePossessiveGroups(Document& doc) const;
  void ResolveLines(Document& doc) const;
  // The gazetteer institution `m` (an institution named by its head) is in apposition to, `before` being the
  // mention before it, two tokens before, or null.
  const GazetteerEntry* ApposedEntry(const Document& doc, const Mention& before, const Mention& m) const;
  void QualifyInstitutions(Document& doc) const;
  // The article's home state: the state whose institutions and officials it mentions most (the first on a
  // tie), "" when none.
  std::string HomeState(const Document& doc) const;
  void ResolveStateInstitutions(Document& doc) const;
  // The state an institution or official belongs to: its entity's "@state", or its gazetteer entry's
  // country ("" when none). A view of the mention's id or of the gazetteer.
  std::string_view StateOf(const Mention& m) const;
  // Whether an institution mention may be referred to by the head word `head` (its own, a gazetteer name's,
  // or a gazetteer kind=).
  bool KnownAs(const Mention& m, const std::string& head) const;
  // A role, folded, as the role words.tsv says it is the same as ("chef de l'État" → "president").
  std::string SameRole(std::string_view role) const;
  // The domain of a person's title phrase ("ministre de la Défense": "defense"), folded, as words.tsv
  // same_domain says it is the same as ("diplomatie": "affaires"); empty if it names none.
  std::string DomainOf(const Document& doc, const Mention& m) const;
  // The broader title that a folded title is one kind of (words.tsv kind_of), folded; empty if none.
  std::string KindOfRole(std::string_view role) const;

  const Schema& schema_;
  const InstitutionIndex& institutions_;
  // Gazetteer people by the folded last word of their names, when unambiguous.
  StringMap<const GazetteerEntry*> people_by_surname_;
  // Gazetteer people by the NameKey of each full name, when unambiguous: another spelling of a full name
  // ("Benjamin Netanyahou" for "Benjamin Netanyahu") has the same key.
  StringMap<const GazetteerEntry*> people_by_key_;
  // Gazetteer institutions by the folded name of their seat (attribute seat=).
  std::unordered_map<std::string, const GazetteerEntry*> by_seat_;
  // The node ids of the gazetteer entries with a capital that is such a seat ("country:belgium"): only their
  // mentions may stand for an organisation (ResolveSeats).
  std::vector<std::string> seat_states_;
};

}  // namespace newsgraph
