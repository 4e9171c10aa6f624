// The one-line tests that SentenceReader and the rules share (inline: asked of each word in their loops): of
// a word (IsArticle, IsTo, IsDemonstrative, ...), of a mention (IsActor, IsLine) and of a relation
// (ByGoBetween).
#pragma once

#include <algorithm>
#include <string_view>

#include "core/Document.h"
#include "schema/Schema.h"

namespace newsgraph {

// (These headers are the relation files' own, which all compare with "..."sv.)
using namespace std::string_view_literals;

inline bool IsActor(const Mention& m) {
  return !m.entity.empty() && (m.type == EntityType::kOfficial || m.type == EntityType::kInstitution ||
                               m.type == EntityType::kCountry);
}

// The relative of "selon lequel", "des informations selon lesquelles S".
inline bool IsLequel(std::string_view fold) {
  return fold == "lequel"sv || fold == "laquelle"sv || fold == "lesquels"sv || fold == "lesquelles"sv;
}

inline bool IsLine(const Mention& m) {
  return !m.entity.empty() && m.type == EntityType::kCommunicationLine;
}

// A word for a message ("lettre", "message": words.tsv channel:message), sent rather than spoken.
inline bool NamesAMessage(const Lexicon& lexicon, const Token& t) {
  return lexicon.ValueOf("channel:", t) == "message"sv;
}

// A word for what one party sends another: a message, or words.tsv sent ("proposition", "réponse"), whose
// addressee comes with "à" ("a transmis une proposition à Téhéran").
inline bool NamesWhatIsSent(const Lexicon& lexicon, const Token& t) {
  return NamesAMessage(lexicon, t) || lexicon.LemmaIn(WordClass::kSent, t);
}

// A noun that reports ("communiqué", "déclaration": a report cue of cues.tsv).
inline bool ReportNoun(const Token& w) {
  return w.lowered().noun && std::any_of(w.facts.cues->begin(), w.facts.cues->end(),
                                         [](const Phrase& p) { return p.cls == "report"sv; });
}

// A noun for a kind of thing: "toute forme d'échanges", "aucun contact de ce type".
inline bool IsKindNoun(std::string_view fold) {
  return fold == "type"sv || fold == "genre"sv || fold == "sorte"sv || fold == "forme"sv;
}

// "tel", "telle", "tels", "telles": such a one as named before ("de tels contacts", "une telle déclaration").
inline bool IsSuch(std::string_view fold) {
  return fold == "tel"sv || fold == "telle"sv || fold == "tels"sv || fold == "telles"sv;
}

// "tout", "toute", "aucun", "aucune" before a singular noun: any such thing ("toute rencontre", "aucun
// contact").
inline bool IsAnyQuantifier(std::string_view fold) {
  return fold == "tout"sv || fold == "toute"sv || fold == "aucun"sv || fold == "aucune"sv;
}

// "lui", "elle", "eux", "elles" (by length first: asked at each word a verb group is walked back over).
inline bool IsStressedPronoun(std::string_view fold) {
  switch (fold.size()) {
    case 3:
      return fold == "lui"sv || fold == "eux"sv;
    case 4:
      return fold == "elle"sv;
    case 5:
      return fold == "elles"sv;
    default:
      return false;
  }
}

inline bool IsArticle(const Token& w) {
  return w.fold == "le"sv || w.fold == "la"sv || w.fold == "l'"sv || w.fold == "les"sv;
}

// A conversation found for a go-between with each party ("a fait la navette entre", "par l'intermédiaire
// de"), not the parties' own.
inline bool ByGoBetween(const Relation& rel) {
  return rel.rule == "shuttle"sv || rel.rule == "go-between"sv;
}

// "deux", "trois": the count of a group named again ("les deux hommes", "les trois dirigeants"). (Inline:
// asked of each token of the spans the pair rules look through.)
inline bool IsGroupCount(std::string_view fold) {
  return fold == "deux"sv || fold == "trois"sv;
}

// "ce", "cet", "cette", "ces": what follows is something named before.
inline bool IsDemonstrative(std::string_view fold) {
  return fold == "ce"sv || fold == "cet"sv || fold == "cette"sv || fold == "ces"sv;
}

// "à", "au", "aux": the dative and locative preposition ("à" folds like the verb "a").
inline bool IsTo(const Token& w) {
  return w.lower == "\xc3\xa0"sv || w.fold == "au"sv || w.fold == "aux"sv;
}

// The word heads a phrase of heads.tsv class `cls` ("ligne": line, "responsables": group).
inline bool HeadsA(const Token& w, std::string_view cls) {
  return std::any_of(w.facts.heads->begin(), w.facts.heads->end(),
                     [&](const Phrase& p) { return p.cls == cls; });
}

}  // namespace newsgraph
