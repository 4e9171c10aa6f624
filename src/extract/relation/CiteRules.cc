// The cite rules: "X a déclaré S, citant Y", "un responsable cité par X", "dans un entretien accordé à
// l'agence X", "selon l'agence X, Y a indiqué que S" (cites).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"

namespace newsgraph {

using namespace std::string_view_literals;

void RelationExtractor::Cite(Context& c, const Cue& cue) const {
  SentenceReader h{schema_, c};
  if (cue.end_token < c.s.end_token && c.tok(cue.end_token).fold == "par"sv) {
    // "cité par X": X cites the one the participle qualifies, even in a complement ("selon un responsable
    // américain cité par X"); "selon deux sources diplomatiques citées par Reuters" names none.
    MentionList speakers;
    for (std::uint32_t k : c.mentions) {
      std::uint32_t t = c.m(k).end_token;
      // ("selon une source au sein de la délégation ukrainienne citée par l'AFP": an anonymous source's
      // mention takes in its complement and the participle; the complement's state is not the one cited.)
      if (c.m(k).anonymous && c.m(k).first_token < cue.first_token &&
          std::max(t, c.m(k).role_end) > cue.first_token) {
        speakers = {k};
        break;
      }
      if (t > cue.first_token || !IsActor(c.m(k))) continue;
      while (t < cue.first_token && !c.tok(t).capitalized && c.tok(t).lowered().adjective &&
             !c.tok(t).lowered().verb)
        ++t;
      if (t == cue.first_token) speakers = {k};
    }
    if (speakers.empty()) {
      if (cue.first_token == c.s.first_token) return;
      const std::uint32_t before = cue.first_token - 1;
      if (const Token& w = c.tok(before);
          w.kind == TokenKind::kWord && !w.capitalized &&
          std::none_of(c.mentions.begin(), c.mentions.end(), [&](std::uint32_t k) {
            return c.m(k).first_token <= before && before < c.m(k).end_token;
          }))
        return;
      speakers = h.Subjects(cue.first_token);
    }
    auto outlets = h.Objects(cue.end_token + 1, 4);
    if (!outlets.empty() && !speakers.empty())
      Add(c, RelationType::kCites, outlets.front(), speakers.front(), "cite-par");
    return;
  }
  if (c.tok(cue.first_token).fold == "entretien"sv || c.tok(cue.first_token).fold == "interview"sv) {
    // "Dans un entretien accordé à l'agence Yonhap, X a estimé que S": the outlet cites the speaker.
    if (c.statements.empty()) return;
    for (std::uint32_t k : c.mentions) {
      const Mention& o = c.m(k);
      if (o.first_token < cue.end_token || o.first_token > cue.end_token + 5) continue;
      const std::uint32_t t = h.PhraseStart(k);
      if (o.type == EntityType::kInstitution && t > cue.first_token + 1 &&
          (c.tok(t - 1).lower == "\xc3\xa0"sv || c.tok(t - 1).fold == "au"sv))
        Add(c, RelationType::kCites, k, c.statements.front().speaker, "interview");
      break;
    }
    return;
  }
  // "X a déclaré S, citant Y": the speaker cites; "L'agence KCNA a cité un porte-parole": the subject.
  std::int64_t source = -1;
  const WordInfo& verb = c.tok(cue.first_token).lowered();
  const bool participle = verb.verb && !verb.finite && c.tok(cue.first_token).fold.ends_with("ant"sv);
  if (participle && !c.statements.empty()) source = c.statements.back().speaker;
  if (source < 0) {
    auto subjects = h.Subjects(cue.first_token);
    if (!subjects.empty()) source = subjects.front();
  }
  if (source < 0 && !c.statements.empty()) source = c.statements.back().speaker;
  // Whom it cites: named up to the next comma, not as a complement, else in apposition right after it
  // ("citant la sœur du dirigeant Kim Jong Un, Kim Yo Jong,").
  std::uint32_t comma = cue.end_token;
  while (comma < c.s.end_token && c.tok(comma).fold != ","sv) ++comma;
  // ("qui cite deux responsables du Pentagone": people named by their group stand for its institution.)
  const auto people_of = [&](const Mention& x) {
    std::uint32_t p = x.first_token;
    while (p > cue.end_token && IsArticle(c.tok(p - 1))) --p;
    if (p < cue.end_token + 2 || !h.IsGenitive(p - 1) || !h.PeopleNoun(p - 2)) return false;
    for (std::uint32_t t = cue.end_token; t + 2 < p; ++t)
      if (!schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t)) && !IsGroupCount(c.tok(t).fold) &&
          schema_.lexicon().ValueOf("number:", c.tok(t)).empty())
        return false;
    return x.type != EntityType::kOfficial;
  };
  std::int64_t target = -1;
  for (std::uint32_t k : c.mentions) {
    const Mention& x = c.m(k);
    if (x.first_token < cue.end_token || !IsActor(x) || h.InRole(k)) continue;
    if ((x.end_token <= comma && (!h.InPP(k) || people_of(x))) ||
        (x.first_token == comma + 1 && x.type == EntityType::kOfficial)) {
      target = k;
      break;
    }
    if (x.first_token > comma) break;
  }
  if (source >= 0 && target >= 0)
    Add(c, RelationType::kCites, static_cast<std::uint32_t>(source), static_cast<std::uint32_t>(target),
        "citant");
}

void RelationExtractor::SourcesOfOutletStories(Context& c) const {
  if (c.statements.size() < 2) return;  // (a story and what is said in it: most sentences have one at most)
  for (const Context::Statement& story : c.statements) {
    if (story.denial) continue;
    for (const Context::Statement& said : c.statements) {
      const Mention& source = c.m(said.speaker);
      // (Whether a speaker is an outlet is asked last: it is the costly question.)
      if (said.speaker != story.speaker && source.first_token >= story.first &&
          source.end_token <= story.end && IsActor(source) && c.Outlet(schema_, instance_, story.speaker) &&
          !c.Outlet(schema_, instance_, said.speaker))
        Add(c, RelationType::kCites, story.speaker, said.speaker, "outlet-story");
    }
  }
}

}  // namespace newsgraph
