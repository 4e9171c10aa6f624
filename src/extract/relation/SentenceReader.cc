#include "extract/relation/SentenceReader.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/CueFinder.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// An object pronoun before a verb: "leur faire part", "l'a utilisée" (by length first: asked before each
// verb group a relative "qui" may open).
bool IsObjectPronoun(std::string_view fold) {
  switch (fold.size()) {
    case 1:
      return fold == "y"sv;
    case 2:
      return fold == "le"sv || fold == "la"sv || fold == "l'"sv || fold == "en"sv;
    case 3:
      return fold == "les"sv || fold == "lui"sv;
    case 4:
      return fold == "leur"sv;
    default:
      return false;
  }
}

// How many sentences back two states named last but not as a pair ("les deux pays") look for a conversation
// between two states instead.
constexpr std::uint32_t kPairReach = 8;

}  // namespace

std::uint32_t NounPhraseStart(const Document& doc, const Lexicon& lexicon, std::uint32_t floor,
                              std::uint32_t t) {
  const Token* tokens = doc.tokens.data();  // (loaded once, not again after each call below)
  auto skip_articles = [&] {
    while (t > floor && (IsArticle(tokens[t - 1]) || lexicon.Is(WordClass::kPossessive, tokens[t - 1]))) --t;
  };
  auto is_head = [&](std::uint32_t k) {
    return tokens[k].kind == TokenKind::kWord && !tokens[k].capitalized && !tokens[k].facts.heads->empty();
  };
  if (t > floor && lexicon.Is(WordClass::kCourtesy, tokens[t - 1])) --t;  // "M. Antonov"
  skip_articles();
  // ("l'agence officielle nord-coréenne KCNA": the head's adjectives before the name.)
  std::uint32_t head = t;
  while (head > floor && head + 2 > t && !is_head(head - 1) && tokens[head - 1].kind == TokenKind::kWord &&
         !tokens[head - 1].capitalized &&
         (tokens[head - 1].lowered().adjective || tokens[head - 1].facts.nationality) &&
         !tokens[head - 1].lowered().verb)
    --head;
  if (head > floor && is_head(head - 1)) {
    t = head - 1;
    skip_articles();
  } else if (t >= floor + 3 && tokens[t - 2].fold == "de"sv && is_head(t - 3) &&
             tokens[t - 1].kind == TokenKind::kWord && !tokens[t - 1].capitalized) {
    t -= 3;
    skip_articles();
  }
  return t;
}

bool SentenceReader::NothingSaidAfter(std::uint32_t t) const {
  // ("n'a fait aucun commentaire officiel": an adjective right after the cue qualifies it.)
  while (t < c.s.end_token && c.tok(t).kind == TokenKind::kWord && !c.tok(t).capitalized &&
         c.tok(t).lowered().adjective && !c.tok(t).lowered().verb)
    ++t;
  for (; t < c.s.end_token; ++t) {
    const Token& w = c.tok(t);
    // ("n'a fait aucun commentaire, avant que Vladimir Poutine n'adresse ses condoléances": a clause of time
    // or contrast after a comma says something else.)
    if (w.fold == ","sv && t + 2 < c.s.end_token) {
      const std::string_view next = c.tok(t + 1).fold;
      const bool que = c.tok(t + 2).fold == "que"sv || c.tok(t + 2).fold == "qu'"sv;
      if ((que && (next == "avant"sv || next == "apres"sv || next == "alors"sv || next == "tandis"sv)) ||
          next == "lorsque"sv || next == "lorsqu'"sv || next == "quand"sv)
        return true;
    }
    // ("dans l'immédiat", "dans un premier temps")
    if (!(w.kind != TokenKind::kWord || !w.lowered().noun || TimeWord(t) || w.fold == "immediat"sv ||
          w.fold == "instant"sv || w.fold == "moment"sv || w.fold == "temps"sv || w.fold == "premier"sv ||
          Is(WordClass::kDeterminer, t)))
      return false;
  }
  return true;
}

std::uint32_t SentenceReader::NotePhraseStart(std::uint32_t t) const {
  if (t < c.s.first_token || t > c.s.end_token)
    return NounPhraseStart(c.doc, schema.lexicon(), c.s.first_token, t);
  std::vector<std::uint32_t>& starts = c.phrase_starts;
  if (starts.empty()) starts.assign(c.s.end_token - c.s.first_token + 1, kUnknownStart);
  std::uint32_t& start = starts[t - c.s.first_token];
  if (start == kUnknownStart) start = NounPhraseStart(c.doc, schema.lexicon(), c.s.first_token, t);
  return start;
}

std::optional<std::uint32_t> SentenceReader::EntourageOf(std::uint32_t mi) const {
  const Mention& m = c.m(mi);
  if ((m.type != EntityType::kOfficial && m.type != EntityType::kInstitution) || m.generic)
    return std::nullopt;
  std::uint32_t t = PhraseStart(mi);
  if (t < c.s.first_token + 2 || !IsGenitive(t - 1)) return std::nullopt;
  t -= 2;
  // ("le service de presse du Kremlin", "l'équipe de campagne de X": with the entourage's own complement.)
  const auto entourage = [&](std::uint32_t n) { return schema.lexicon().Is("entourage", c.tok(n).fold); };
  if (!entourage(t) && t >= c.s.first_token + 2 && IsGenitive(t - 1) && c.tok(t).kind == TokenKind::kWord &&
      !c.tok(t).capitalized && c.tok(t).lowered().noun && entourage(t - 2))
    t -= 2;
  if (!entourage(t)) return std::nullopt;
  while (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
  return t;
}

bool SentenceReader::InPP(std::uint32_t mi) const {
  // ("la sœur du dirigeant Kim Jong Un": a person after a title is the complement of the noun before.)
  const Mention& x = c.m(mi);
  if (x.type == EntityType::kOfficial && x.role_end == x.first_token && x.role_first < x.first_token)
    if (const std::uint32_t titled = PhraseStart(mi, /*titled=*/true);
        titled > c.s.first_token && IsGenitive(titled - 1))
      return true;
  // (The head before a title holder's name is part of the title, "le chef de la diplomatie X", not a head
  // the name is apposed to.)
  std::uint32_t t = PhraseStart(mi);
  if (x.role_end == x.first_token && x.role_first <= t && t < x.first_token) t = x.first_token;
  // "des responsables russes": "des" is the plural article of a national group, not a preposition.
  bool article = c.m(mi).rule == "national-group"sv && t > c.s.first_token &&
                 (c.tok(t - 1).fold == "des"sv || c.tok(t - 1).fold == "de"sv);
  if ((t > c.s.first_token && !article &&
       (Is(WordClass::kPreposition, t - 1) || c.tok(t - 1).lower == "\xc3\xa0"sv)) ||
      InRole(mi))
    return true;
  // "entre Washington et Moscou": the second of a coordinated complement is a complement too.
  if (t > c.s.first_token && (c.tok(t - 1).fold == "et"sv || c.tok(t - 1).fold == "ou"sv))
    for (std::uint32_t o : c.mentions)
      if (o != mi && c.m(o).end_token == t - 1) return InPP(o);
  return false;
}

std::optional<std::uint32_t> SentenceReader::StatementNounOf(std::uint32_t mi) const {
  const std::uint32_t t = PhraseStart(mi, /*titled=*/true);
  // ("les déclarations du président américain": a stand-in's phrase starts at its article, "du".)
  if (t > c.s.first_token && (c.tok(t).fold == "du"sv || c.tok(t).fold == "des"sv) &&
      schema.lexicon().Is(WordClass::kStatementNoun, c.tok(t - 1)))
    return t - 1;
  if (t < c.s.first_token + 2 || !IsGenitive(t - 1) ||
      !schema.lexicon().Is(WordClass::kStatementNoun, c.tok(t - 2)))
    return std::nullopt;
  return t - 2;
}

MentionList SentenceReader::Subjects(std::uint32_t pos, bool lines) const {
  // (Kept for each position in a sentence without "deux" or "trois": there the pair rules, the only ones
  // here that read the facts found so far, find nothing, and the subjects depend on the sentence alone. One
  // ask in six is for a position asked before: Report's for the cues after its own, then each of those
  // cues'.)
  if (HasTwo()) return FindSubjects(pos, lines);
  RelationExtractor::Context::KnownSubjects& known = c.known_subjects;
  for (const RelationExtractor::Context::KnownSubjects::Entry& e : known.entries)
    if (e.pos == pos && e.lines == lines)
      return MentionList(known.subjects.begin() + e.first, known.subjects.begin() + e.end);
  MentionList out = FindSubjects(pos, lines);
  const auto first = static_cast<std::uint32_t>(known.subjects.size());
  known.subjects.insert(known.subjects.end(), out.begin(), out.end());
  known.entries.push_back({pos, lines, first, static_cast<std::uint32_t>(known.subjects.size())});
  return out;
}

MentionList SentenceReader::FindSubjects(std::uint32_t pos, bool lines) const {
  if (const std::optional<std::uint32_t> verb = CoordinatedVerb(pos))
    if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
  // ("X n'a pas participé à la réunion mais reste en contact avec Y": a noun's verb coordinated so.)
  if (const WordInfo& w = c.tok(pos).lowered();
      (SentenceWords() & RelationExtractor::kBut) && w.noun && !w.verb)
    if (const std::uint32_t v = VerbBeforeNounPhrase(pos); v < pos)
      if (const std::optional<std::uint32_t> verb = CoordinatedVerb(v))
        if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
  if (const std::optional<std::uint32_t> verb = InfinitiveGovernor(pos))
    if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
  // "X a remercié Y, sans commenter les discussions": "sans" and its infinitive have the subject of the verb
  // they follow, not its object.
  std::uint32_t sans = pos;
  if (pos > c.s.first_token && c.tok(pos - 1).fold == "sans"sv) sans = pos - 1;
  if (c.tok(sans).fold == "sans"sv)
    for (std::uint32_t t = sans; t-- > c.s.first_token && t + 16 > sans && !Boundary(t);)
      if (VerbHead(t)) {
        // (An incise's subject comes after its verb: "..., a fait savoir le ministère sans en préciser".)
        if (const std::uint32_t v = VerbGroupStart(t); v > c.s.first_token && Incise(v - 1)) break;
        if (MentionList out = Subjects(t, lines); !out.empty()) return out;
        break;
      }
  // (ParticipleGovernor's and InsertedRelative's first tests before calling them: most verbs end in no
  // "-ant", and most verb groups follow no comma.)
  if (c.tok(pos).fold.ends_with("ant"sv))
    if (const std::optional<std::uint32_t> verb = ParticipleGovernor(pos)) {
      // (An incise's subject comes after its verb: "« S », a écrit X, ajoutant S2".)
      if (const std::uint32_t v = VerbGroupStart(*verb); v > c.s.first_token && Incise(v - 1))
        for (std::uint32_t k : c.mentions)
          if (c.m(k).first_token > *verb && c.m(k).end_token < pos && IsActor(c.m(k))) return {k};
      if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
    }
  // "X, que le chancelier avait prévenu, a estimé": the subject comes before the relative clause.
  if (const std::uint32_t g = VerbGroupStart(pos); g > c.s.first_token + 2 && c.tok(g - 1).fold == ","sv)
    if (const std::optional<std::uint32_t> open = InsertedRelative(pos)) pos = *open;
  MentionList out;
  // "selon le Pentagone, qui n'a pas donné": the subject "qui" is the name right before it, even a
  // complement.
  const std::int64_t antecedent = RelativeAntecedent(pos);
  if (antecedent >= 0) {
    const Mention& x = c.m(static_cast<std::uint32_t>(antecedent));
    if (IsActor(x) || (lines && IsLine(x))) {
      // With the ones coordinated to it: "à la Chine et aux États-Unis, qui avaient établi".
      out.push_back(static_cast<std::uint32_t>(antecedent));
      for (std::size_t i = std::find(c.mentions.begin(), c.mentions.end(), out.back()) - c.mentions.begin();
           i-- > 0;) {
        std::uint32_t t = PhraseStart(out.back());
        if (t > c.s.first_token && (IsTo(c.tok(t - 1)) || IsGenitive(t - 1)))
          --t;  // the preposition repeated: "à la Chine et aux États-Unis"
        if (t == c.s.first_token || c.tok(t - 1).fold != "et"sv) break;
        const Mention& y = c.m(c.mentions[i]);
        if (!IsActor(y) || y.end_token + 1 != t) break;
        out.push_back(c.mentions[i]);
      }
      return out;
    }
    // "au centre russe de réconciliation de la base aérienne de Hmeimim, qui l'exploite": a place ending the
    // complement of an actor's noun phrase leaves that actor; "qui" stands for no one else.
    if (x.type == EntityType::kPlace) {
      if (const std::optional<std::uint32_t> head = GenitiveHead(static_cast<std::uint32_t>(antecedent)))
        return {*head};
      return {};
    }
  }
  // ("Le diplomate a été reçu par le directeur politique du ministère, qui lui a fait part de S": the
  // subject "qui" stands for no one named, or someone unnamed.)
  if (antecedent == kNoAntecedent ||
      (antecedent >= 0 && c.m(static_cast<std::uint32_t>(antecedent)).type == EntityType::kOfficial &&
       c.m(static_cast<std::uint32_t>(antecedent)).entity.empty()))
    return {};
  // ("Inde-Chine : les deux armées activent": a name before "les deux X" is not the subject.)
  if (HasTwo())  // (most sentences have no pair: no call for them)
    if (MentionList pair = PairSubject(pos); !pair.empty()) return pair;
  const std::uint32_t apposition = ParticipleApposition(pos);
  std::int64_t found = -1;
  // (Tokens [clause, pos) have no Boundary: read once back from `pos` as far as the candidates ask, not
  // again from each candidate.)
  std::uint32_t clause = pos;
  for (std::size_t k = c.mentions.size(); k-- > 0;) {
    const Mention& x = c.m(c.mentions[k]);
    if (x.end_token > pos || x.first_token >= apposition) continue;
    while (clause > x.end_token && !Boundary(clause - 1)) --clause;
    if (clause > x.end_token) break;  // (a boundary at clause - 1, after the candidate)
    // ("Taïwan : le chef du Pentagone rencontre": a person not identified is the subject all the same.)
    if (x.type == EntityType::kOfficial && x.entity.empty() && !x.role.empty() && !InPP(c.mentions[k])) break;
    if (!(IsActor(x) || (lines && IsLine(x))) || InPP(c.mentions[k])) continue;
    // ("les Forces de soutien rapide (FSR) se sont": the acronym in parentheses stands for the name.)
    if (k > 0 && x.first_token > c.s.first_token && c.tok(x.first_token - 1).fold == "("sv &&
        c.m(c.mentions[k - 1]).end_token + 1 == x.first_token && c.m(c.mentions[k - 1]).entity == x.entity)
      continue;
    found = static_cast<std::int64_t>(k);
    // ("Un conseiller du président russe a assuré": a person in the complement of another is not the
    // subject; the other is. A title's start may be its "du".)
    std::uint32_t t = Start(c.mentions[k]);
    while (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
    if (t > c.s.first_token && !IsGenitive(t)) --t;
    if (x.type == EntityType::kOfficial && k > 0 && t > c.s.first_token && IsGenitive(t))
      if (const Mention& y = c.m(c.mentions[k - 1]);
          y.type == EntityType::kOfficial && y.end_token == t && IsActor(y) && !InPP(c.mentions[k - 1]))
        found = static_cast<std::int64_t>(k - 1);
    break;
  }
  if (found < 0) {
    MentionList states = StatesOfUnnamedSubject(pos);
    if (!states.empty()) return states;
    // "Les deux parties ont convenu d'établir": the subject of the verb the infinitive complements.
    if (const std::optional<std::uint32_t> verb = DeGovernor(pos))
      if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
    if (MentionList pair = PluralPronounSubject(pos); !pair.empty()) return pair;
    if (const std::optional<std::uint32_t> speaker = FirstPersonSubject(pos)) return {*speaker};
    return PronounSubject(pos);
  }
  // "à qui il a fait part": a subject pronoun after the candidate means the candidate is not the subject;
  // the pronoun stands for the main subject of the sentence. That may be the candidate itself, but for a
  // relative that is no object ("X est arrivé à Bruxelles, où il a rencontré Y").
  for (std::uint32_t t = c.m(c.mentions[found]).end_token; t < pos; ++t) {
    const std::string_view f = c.tok(t).fold;
    if (f != "il"sv && f != "elle"sv) continue;
    if (t > c.s.first_token && (c.tok(t - 1).fold == "qu'"sv || c.tok(t - 1).fold == "que"sv)) continue;
    const bool object_relative =
        t > c.s.first_token && Is(WordClass::kRelative, t - 1) && c.tok(t - 1).lower != "o\xc3\xb9"sv;
    const Gender pronoun = GenderMarked(schema.lexicon(), c.tok(t));
    std::int64_t main = -1;
    for (std::uint32_t k : c.mentions)
      if (IsActor(c.m(k)) && c.m(k).type == EntityType::kOfficial && !InPP(k) &&
          !Disagree(c.GenderOf(schema.lexicon(), k), pronoun) &&
          (k != c.mentions[found] || !object_relative)) {
        main = k;
        break;
      }
    if (main < 0) return out;
    if (main != c.mentions[found]) return {static_cast<std::uint32_t>(main)};
    break;
  }
  out.push_back(c.mentions[found]);
  // Coordination to the left: "X et Y", "X, Y et Z", "ni X ni Y", "M. X et M. Y" (skipping mentions inside
  // titles).
  for (std::size_t k = static_cast<std::size_t>(found); k-- > 0;) {
    std::uint32_t t = Start(out.back());
    while (t > c.s.first_token &&
           (schema.lexicon().Is(WordClass::kDeterminer, c.tok(t - 1)) || c.tok(t - 1).fold == ","sv ||
            schema.lexicon().Is(WordClass::kCourtesy, c.tok(t - 1))))
      --t;
    bool list = out.size() >= 2 && c.tok(t).fold == ","sv;  // "X, Y et Z" once "Y et Z" is found
    if (t == c.s.first_token || !(c.tok(t - 1).fold == "et"sv || c.tok(t - 1).fold == "ni"sv || list)) break;
    const Mention& x = c.m(c.mentions[k]);
    if (x.end_token > t || InRole(c.mentions[k]) || !IsActor(x)) continue;
    // A complement ends the list: "Selon l'agence Nova, X et Y ont eu un entretien"; so does the group the
    // people named are in apposition to ("Les ministres indien et chinois, X et Y, se sont entretenus").
    if (InPP(c.mentions[k])) break;
    if (list && x.rule == "national-group"sv && std::all_of(out.begin(), out.end(), [&](std::uint32_t o) {
          return c.m(o).type == EntityType::kOfficial;
        }))
      break;
    // ("X, qui dirige la diplomatie congolaise, et Y": the end of a clause of its own.)
    const auto verb = [&](std::uint32_t g) {
      return c.tok(g).kind == TokenKind::kWord && c.tok(g).lowered().finite && !c.tok(g).lowered().noun;
    };
    if (c.tok(x.end_token).fold == ","sv) {
      std::uint32_t g = x.first_token;
      while (g > c.s.first_token && g + 12 > x.first_token && c.tok(g - 1).fold != ","sv && !verb(g - 1)) --g;
      if (g > c.s.first_token && verb(g - 1)) break;
    }
    bool tight = true;
    for (std::uint32_t g = x.end_token; g + 1 < t; ++g)
      tight &= c.tok(g).fold == ","sv || schema.lexicon().Is(WordClass::kDeterminer, c.tok(g));
    // ("X, cheffe de la diplomatie congolaise, et Y ont discuté": the title apposed to X, between commas.)
    if (!tight && x.type == EntityType::kOfficial && x.role_first > x.end_token && x.role_end < t &&
        c.tok(x.end_token).fold == ","sv && c.tok(t - 2).fold == ","sv) {
      tight = true;
      for (std::uint32_t g = x.end_token; tight && g + 2 < t; ++g) tight = !verb(g);
    }
    if (!tight) break;
    out.push_back(c.mentions[k]);
  }
  // A national group with a coordinated complement: "les responsables des États-Unis et de la Russie",
  // "des délégations israélienne et du Hamas".
  if (c.m(out.front()).rule == "national-group"sv)
    for (std::uint32_t k : c.mentions) {
      const Mention& x = c.m(k);
      if (x.first_token <= c.m(out.front()).first_token || x.end_token > pos ||
          (x.type != EntityType::kCountry && x.type != EntityType::kInstitution))
        continue;
      std::uint32_t t = c.m(out.front()).end_token;
      bool coordinated = t < x.first_token && c.tok(t).fold == "et"sv;
      for (std::uint32_t g = t + 1; g < x.first_token; ++g)
        coordinated &= schema.lexicon().Is(WordClass::kDeterminer, c.tok(g));
      if (coordinated) out.push_back(k);
      break;
    }
  return out;
}

std::uint32_t SentenceReader::SourceOpeningEnd(std::uint32_t before) const {
  const std::uint32_t f = c.s.first_token;
  const bool source = c.tok(f).fold == "selon"sv ||
                      (c.tok(f).fold == "d'"sv && f + 1 < c.s.end_token && c.tok(f + 1).fold == "apres"sv);
  for (std::uint32_t t = f + 1; source && t < before; ++t)
    if (c.tok(t).fold == ","sv) return t + 1;
  return f;
}

MentionList SentenceReader::StatesOfUnnamedSubject(std::uint32_t pos) const {
  MentionList out;
  std::uint32_t prev_end = 0;  // where the last of them ends, with the complements of its own
  for (std::uint32_t k : c.mentions) {
    const Mention& x = c.m(k);
    if (x.end_token > pos) break;
    if (!out.empty()) {  // "de l'Inde et du Pakistan"
      const std::uint32_t t = PhraseStart(k);
      const bool coordinated = IsActor(x) && t > prev_end && c.tok(prev_end).fold == "et"sv &&
                               (t == prev_end + 1 || (t == prev_end + 2 && IsGenitive(prev_end + 1)));
      if (coordinated) out.push_back(k);
      // ("de l'armée du général X et des Forces Y (FSR)": the general is the army's, the acronym the
      // name's.)
      if (coordinated ||
          (prev_end < pos && IsGenitive(prev_end) && PhraseStart(k, /*titled=*/true) == prev_end + 1))
        prev_end = x.end_token;
      else if (prev_end < pos && c.tok(prev_end).fold == "("sv && x.first_token == prev_end + 1 &&
               x.end_token < c.s.end_token && c.tok(x.end_token).fold == ")"sv)
        prev_end = x.end_token + 1;
      continue;
    }
    const bool person = x.type == EntityType::kOfficial && !x.generic;
    if (!person && x.type != EntityType::kCountry && x.type != EntityType::kInstitution) continue;
    const std::uint32_t t = PhraseStart(k);
    if (t <= c.s.first_token + 1 || !IsGenitive(t - 1)) continue;
    // Before "de": the people, from the start of the clause, with no verb and nobody else named.
    // ("Selon le quotidien X, des responsables du Mossad ont": the clause opens after the source.)
    const std::uint32_t opening = SourceOpeningEnd(t);
    bool people = false, clean = true;
    for (std::uint32_t g = opening; g + 1 < t && clean; ++g) {
      const Token& w = c.tok(g);
      if (w.kind != TokenKind::kWord) continue;
      const WordInfo& info = w.lowered();
      clean = !(info.finite && !info.noun);
      // (A title in the plural, "les chefs de la diplomatie", by its lemma.)
      if (person)
        people |= schema.lexicon().Is("entourage", w.fold);
      else
        people |= !w.facts.titles->empty() || HeadsA(w, "group"sv) || PeopleNoun(g);
    }
    for (std::uint32_t o : c.mentions) clean &= c.m(o).first_token >= t || c.m(o).end_token <= opening;
    if (!people || !clean) return {};
    out.push_back(k);
    prev_end = x.end_token;
  }
  if (out.empty()) return out;
  // Between the last of them and the verb, only its auxiliaries, pronouns and adverbs (and an acronym in
  // parentheses: "des Forces de soutien rapide (FSR)"); the verb may be the one a noun at `pos` depends on
  // ("se sont retrouvés samedi pour des pourparlers").
  for (std::uint32_t g = prev_end; g < pos; ++g) {
    const Token& w = c.tok(g);
    const WordInfo& info = w.lowered();
    if (w.fold == "("sv && g + 2 < pos && c.tok(g + 2).fold == ")"sv) {
      g += 2;
      continue;
    }
    if ((info.finite || info.participle) && !info.noun) break;
    if (!(IsAuxiliary(info) || info.adverb || w.fold == "se"sv || w.fold == "s'"sv ||
          schema.lexicon().Is(WordClass::kNegation, w)))
      return {};
  }
  return out;
}

std::uint32_t SentenceReader::ParticipleApposition(std::uint32_t pos) const {
  // (Most clauses have none: a cheap look for ", -ant" first.)
  bool participle = false;
  for (std::uint32_t p = pos; p-- > c.s.first_token + 1 && p + 24 > pos && !participle;)
    participle = c.tok(p - 1).fold == ","sv && c.tok(p).fold.ends_with("ant"sv);  // (the rarer first)
  if (!participle) return pos;
  std::uint32_t t = VerbGroupStart(pos);
  if (t == c.s.first_token || c.tok(t - 1).fold != ","sv) return pos;
  for (std::uint32_t p = t - 1; p-- > c.s.first_token + 1 && p + 16 > t;) {
    const Token& w = c.tok(p);
    if (Boundary(p) || (w.kind == TokenKind::kWord && !w.capitalized && w.lowered().finite)) break;
    if (c.tok(p - 1).fold == ","sv && w.fold.ends_with("ant"sv) && w.lowered().verb && !w.lowered().finite)
      return p - 1;
  }
  return pos;
}

std::uint32_t SentenceReader::LocativeEnd(std::uint32_t t) const {
  if (t >= c.s.end_token || !(IsTo(c.tok(t)) || c.tok(t).fold == "en"sv)) return t;
  std::uint32_t n = t + 1;
  if (n < c.s.end_token && IsArticle(c.tok(n))) ++n;
  const auto mention_at = [&](std::uint32_t p) -> const Mention* {
    for (std::uint32_t k : c.mentions)
      if (c.m(k).first_token == p) return &c.m(k);
    return nullptr;
  };
  std::uint32_t p = n;
  while (p < c.s.end_token && p < n + 3 && c.tok(p).kind == TokenKind::kWord && c.tok(p).capitalized &&
         !mention_at(p))
    ++p;
  const Mention* x = p < c.s.end_token ? mention_at(p) : nullptr;
  if (!x) return p > n ? p : t;
  if (x->type == EntityType::kCountry || x->type == EntityType::kPlace ||
      (x->type == EntityType::kOfficial && x->entity.empty() && x->generic && x->end_token == p + 1 &&
       x->role_end <= x->role_first))
    return x->end_token;
  return t;
}

MentionList SentenceReader::OccasionSubjects(std::uint32_t cue, std::uint32_t* verb) const {
  if (const WordInfo& info = c.tok(cue).lowered(); info.verb && !info.noun) return {};  // a verb's own
  const auto occasion = [&](std::uint32_t t) { return Is(WordClass::kOccasion, t); };
  std::uint32_t start = cue;
  // (The cue may be the whole complement: "lors d'un appel", "au cours d'un appel".)
  const bool whole = occasion(cue) || (cue + 1 < c.s.end_token && occasion(cue + 1) && IsTo(c.tok(cue)));
  // ("à l'issue de sa rencontre avec Y": the possessive names the party; "A l'issue de leur rencontre, X
  // et Y ont affirmé": the plural one, the subjects of the clause it opens.)
  const bool possessive = cue > c.s.first_token && Is(WordClass::kPossessive, cue - 1);
  const bool theirs = possessive && (c.tok(cue - 1).fold == "leur"sv || c.tok(cue - 1).fold == "leurs"sv);
  if (possessive && !theirs) return {};
  if (!whole) {
    std::uint32_t b = cue;
    while (b > c.s.first_token && (Is(WordClass::kDeterminer, b - 1) ||
                                   (c.tok(b - 1).lowered().adjective && !c.tok(b - 1).lowered().verb)))
      --b;
    if (b >= c.s.first_token + 2 && IsGenitive(b - 1) && occasion(b - 2))
      start = b - 2;
    else if (b > c.s.first_token && (occasion(b - 1) || c.tok(b - 1).fold == "dans"sv))
      start = b - 1;  // ("dans un entretien à la télévision AzTV": "dans" only before the conversation)
    else
      return {};
    // "au cours de", "à l'issue de", "en marge de" ("A l'issue de": a capital without its accent).
    while (start > c.s.first_token &&
           (IsArticle(c.tok(start - 1)) || IsTo(c.tok(start - 1)) || c.tok(start - 1).fold == "en"sv ||
            (start - 1 == c.s.first_token && c.tok(start - 1).lower == "a"sv)))
      --start;
  }
  if (start == c.s.first_token) {
    std::uint32_t comma = cue;
    while (comma < c.s.end_token && c.tok(comma).fold != ","sv) ++comma;
    if (theirs) {
      for (std::uint32_t v = comma; v < c.s.end_token; ++v)
        if (const WordInfo& info = c.tok(v).lowered(); !c.tok(v).capitalized && info.finite && !info.noun)
          return Subjects(v);
      return {};
    }
    for (std::uint32_t k : c.mentions) {
      if (c.m(k).first_token <= comma || !IsActor(c.m(k)) || InPP(k)) continue;
      // ("Lors d'un entretien, X a remercié Y": the verb's object is the other party, as after it.)
      if (verb)
        for (std::uint32_t v = c.m(k).end_token; v < c.s.end_token && c.tok(v).kind == TokenKind::kWord; ++v)
          if (VerbHead(v)) {
            *verb = v;
            break;
          }
      return {k};
    }
    return {};
  }
  for (std::uint32_t v = start; v-- > c.s.first_token;) {
    const Token& w = c.tok(v);
    // ("a appelé X à « ramener la Russie à la raison » lors d'un entretien": the words quoted.)
    if (const std::string_view q = c.doc.TokenText(v); q == "\u00BB"sv || q == "\u201D"sv) {
      while (v > c.s.first_token && !CueFinder::IsQuote(c.doc.TokenText(v - 1))) --v;
      if (v-- == c.s.first_token) break;
      continue;
    }
    if (w.kind == TokenKind::kPunct && !(v + 1 == start && w.fold == ","sv)) break;  // (", lors d'une")
    const WordInfo& info = w.lowered();
    // (Not a noun after its article: "l'accusé".)
    if (w.kind == TokenKind::kWord && !w.capitalized && info.verb && (info.finite || info.participle) &&
        !(v > c.s.first_token && Is(WordClass::kDeterminer, v - 1))) {
      // (An incise's verb has its subject after it: "« S », a-t-il déclaré lors d'un échange avec Y" is the
      // speaker's, when a person; "..., a annoncé le Kremlin à l'issue de ..." none.)
      std::uint32_t g = VerbGroupStart(v);
      // ("a révélé l'existence de ce courrier, adressé au guide suprême X, lors d'un entretien": a participle
      // with no auxiliary after a comma qualifies the noun before it.)
      if (g == v && !info.finite && g > c.s.first_token + 1 && c.tok(g - 1).fold == ","sv) {
        v = g - 1;
        continue;
      }
      // ("a-t-il déclaré": the clitic and the auxiliary before it.)
      if (g >= c.s.first_token + 2 && Is(WordClass::kClitic, g - 1) && IsAuxiliary(c.tok(g - 2).lowered()))
        g = VerbGroupStart(g - 2);
      if (g > c.s.first_token && (c.tok(g - 1).fold == ","sv || CueFinder::IsQuote(c.doc.TokenText(g - 1)))) {
        for (const RelationExtractor::Context::Statement& st : c.statements)
          if (st.end < g && st.end + 3 >= g && c.m(st.speaker).type == EntityType::kOfficial &&
              !c.m(st.speaker).entity.empty() && !c.m(st.speaker).anonymous)
            return {st.speaker};
        return {};
      }
      // (Nor an infinitive's, whose subject is another's: "X a accusé Y d'avoir organisé Z, lors d'une
      // rencontre avec W" is X's.)
      bool infinitive = false;
      for (std::uint32_t a = g; a < v; ++a) infinitive |= c.tok(a).lowered().infinitive;
      if (infinitive) continue;
      // ("X a exhorté Y à ... lors de leur entretien": theirs, the subject's and the object's.)
      if (theirs && !DirectObject(v)) return {};
      if (verb) *verb = v;
      return Subjects(v);
    }
  }
  return {};
}

std::optional<std::uint32_t> SentenceReader::DirectObject(std::uint32_t v) const {
  std::uint32_t after = v + 1;
  while (after < c.s.end_token && c.tok(after).kind == TokenKind::kWord && !c.tok(after).capitalized &&
         (c.tok(after).lowered().participle || c.tok(after).lowered().adverb))
    ++after;
  after = AfterTime(after);  // ("a appelé jeudi X à")
  // ("a demandé à X de": a person; "se sont rencontrés à Prague" names where.)
  const bool to = after < c.s.end_token && IsTo(c.tok(after));
  after += to;
  for (std::uint32_t k : c.mentions)
    if (const Mention& x = c.m(k); x.first_token > v) {
      std::uint32_t t = Start(k);
      // ("a remercié son homologue turc X")
      while (t > after && (IsArticle(c.tok(t - 1)) || Is(WordClass::kCourtesy, t - 1) ||
                           Is(WordClass::kPossessive, t - 1)))
        --t;
      if (t == after && IsActor(x) &&
          (x.type == EntityType::kOfficial || (x.type == EntityType::kCountry && !to)))
        return k;
      return std::nullopt;
    }
  return std::nullopt;
}

std::uint32_t SentenceReader::NounsVerb(std::uint32_t pos) const {
  const WordInfo& info = c.tok(pos).lowered();
  if (!info.noun || (info.verb && !(pos > c.s.first_token && Is(WordClass::kDeterminer, pos - 1))))
    return pos;
  for (std::uint32_t t = pos; t-- > c.s.first_token && t + 8 > pos;) {
    const Token& w = c.tok(t);
    if ((w.kind == TokenKind::kPunct && w.fold != "'"sv) || Boundary(t) || w.capitalized) break;
    if (VerbHead(t)) return schema.lexicon().LemmaIn(WordClass::kLightVerb, w) ? t : pos;
  }
  return pos;
}

bool SentenceReader::VerbHead(std::uint32_t t) const {
  const Token& w = c.tok(t);
  const WordInfo& info = w.lowered();
  if (w.kind != TokenKind::kWord || w.capitalized || !info.verb) return false;
  if (info.finite && !info.noun) return true;
  if (!info.participle) return false;
  for (std::uint32_t a = VerbGroupStart(t); a < t; ++a)
    if (IsAuxiliary(c.tok(a).lowered())) return true;
  return false;
}

std::optional<std::uint32_t> SentenceReader::FirstPersonSubject(std::uint32_t pos) const {
  if (c.statements.empty()) return std::nullopt;  // (the first person is a speaker's)
  // (A noun's light verb, else the verb right before its phrase: "Nous avons été en contact avec X".)
  std::uint32_t verb = NounsVerb(pos);
  if (verb == pos) verb = VerbBeforeNounPhrase(pos);
  const std::uint32_t t = VerbGroupStart(verb);
  if (t == c.s.first_token) return std::nullopt;
  const std::string_view f = c.tok(t - 1).fold;
  if (f != "nous"sv && f != "je"sv && f != "j'"sv) return std::nullopt;
  for (const RelationExtractor::Context::Statement& st : c.statements)
    if (st.first <= t - 1 && t - 1 < st.end) return st.speaker;
  return std::nullopt;
}

MentionList SentenceReader::PronounSubject(std::uint32_t pos) const {
  const std::uint32_t t = VerbGroupStart(NounsVerb(pos));
  if (t == c.s.first_token) return {};
  if (const std::optional<Gender> latter = DemonstrativeSubject(t)) {
    // (Mentions are in text order: the last before the pronoun, in its sentence or the one before.)
    for (std::size_t k = c.first_mention + c.mentions.size(); k-- > 0;) {
      const Mention& x = c.doc.mentions[k];
      if (x.sentence + 1 < c.sentence) break;
      if (x.first_token < t && x.type == EntityType::kOfficial && !x.entity.empty() && !x.anonymous &&
          !Disagree(c.GenderOf(schema.lexicon(), static_cast<std::uint32_t>(k)), *latter))
        return {static_cast<std::uint32_t>(k)};
    }
    return {};
  }
  if (c.tok(t - 1).fold != "il"sv && c.tok(t - 1).fold != "elle"sv) return {};
  const Gender pronoun = GenderMarked(schema.lexicon(), c.tok(t - 1));
  // "X a déclaré qu'il avait discuté ...", "X est arrivé à Bruxelles, où il a rencontré Y": inside the
  // sentence, the first person of it, not after a preposition.
  const std::uint32_t p = t - 1;
  const std::string_view before = p > c.s.first_token ? c.tok(p - 1).fold : std::string_view();
  const bool that = before == "qu'"sv || before == "que"sv;
  // (Else after a preposition: "six semaines après celle de M. Modi à Moscou, où il avait été reçu".)
  if (p > c.s.first_token && (that || OpensClause(p) || schema.lexicon().Is("clause_opener", before)))
    for (const bool complement : {false, true})
      for (std::uint32_t k : c.mentions)
        if (c.m(k).first_token < p && c.m(k).type == EntityType::kOfficial && !c.m(k).entity.empty() &&
            InPP(k) == complement && !Disagree(c.GenderOf(schema.lexicon(), k), pronoun))
          return {k};
  // (Or the same pronoun opening the sentence: "Il s'est rendu à Abou Dhabi, où il a été reçu par Y".)
  if (!OpensClause(p) && c.tok(c.s.first_token).fold != c.tok(p).fold) return {};
  // The first person of the last sentence naming one: usually its subject ("X a rencontré Y. Il a dit").
  // Not a woman for "il", nor a man for "elle". A sentence the same pronoun opens had it for subject: the
  // people it names are others ("X s'est rendu à Beyrouth. Il a échangé avec son homologue Y. Il a déclaré
  // que S" is X; Report reads a clitic's the same way).
  std::int64_t found = -1;
  std::uint32_t reach = 2, skipped = c.sentence;
  for (std::size_t k = c.first_mention; k-- > 0;) {
    const Mention& x = c.doc.mentions[k];
    if (x.sentence + reach < c.sentence || (found >= 0 && x.sentence != c.doc.mentions[found].sentence))
      break;
    if (found < 0 && SentenceOpensWith(x.sentence, c.tok(p).fold)) {
      if (x.sentence != skipped) {
        skipped = x.sentence;
        ++reach;
      }
      continue;
    }
    if (x.type == EntityType::kOfficial && !x.entity.empty() &&
        !Disagree(c.GenderOf(schema.lexicon(), static_cast<std::uint32_t>(k)), pronoun))
      found = static_cast<std::int64_t>(k);
  }
  if (found < 0) return {};
  return {static_cast<std::uint32_t>(found)};
}

std::optional<Gender> SentenceReader::DemonstrativeSubject(std::uint32_t t) const {
  const std::string_view last = c.tok(t - 1).fold;
  if (last == "celui-ci"sv) return Gender::kMasculine;
  if (last == "celle-ci"sv) return Gender::kFeminine;
  if (t < c.s.first_token + 2 || (last != "dernier"sv && last != "derniere"sv)) return std::nullopt;
  const std::string_view article = c.tok(t - 2).fold;
  if (last == "dernier"sv && article == "ce"sv) return Gender::kMasculine;
  if (last == "derniere"sv && article == "cette"sv) return Gender::kFeminine;
  return std::nullopt;
}

MentionList SentenceReader::PluralObjectPronoun(std::uint32_t pos, std::uint32_t subject) const {
  const std::uint32_t v = VerbGroupStart(pos);
  if (v == c.s.first_token || c.tok(v - 1).fold != "les"sv || c.m(subject).end_token >= v) return {};
  return TwoNamedLast(EntityType::kOfficial, v - 1, c.m(subject).entity);
}

std::optional<std::uint32_t> SentenceReader::ObjectPronoun(std::uint32_t pos, const Mention& subject) const {
  const std::uint32_t t = VerbGroupStart(pos);
  if (t == c.s.first_token || !c.tok(pos).lowered().verb) return std::nullopt;
  const std::string_view f = c.tok(t - 1).fold;
  if (f != "l'"sv && f != "le"sv && f != "la"sv) return std::nullopt;
  const Gender pronoun = f == "le"sv   ? Gender::kMasculine
                         : f == "la"sv ? Gender::kFeminine
                                       : Gender::kUnknown;
  const auto agrees = [&](std::uint32_t k) {
    const Mention& x = c.m(k);
    return x.type == EntityType::kOfficial && !x.entity.empty() && !x.anonymous &&
           x.entity != subject.entity && !Disagree(c.GenderOf(schema.lexicon(), k), pronoun);
  };
  // ("a téléphoné à X pour l'informer": after a contact verb's object in the same sentence, the pronoun is
  // that object, the last person named between them.)
  for (std::uint32_t i = c.first_cue; i < c.end_cue; ++i) {
    const Cue& contact = c.doc.cues[i];
    if (contact.cls != "contact"sv || contact.end_token >= t) continue;
    std::optional<std::uint32_t> object;
    for (std::uint32_t k : c.mentions)
      if (c.m(k).first_token >= contact.end_token && c.m(k).end_token < t && agrees(k)) object = k;
    if (object) return object;
  }
  std::int64_t found = -1;
  for (std::size_t k = c.first_mention; k-- > 0;) {
    const Mention& x = c.doc.mentions[k];
    if (x.sentence + 2 < c.sentence || (found >= 0 && x.sentence != c.doc.mentions[found].sentence)) break;
    if (x.type == EntityType::kOfficial && !x.entity.empty() && !x.anonymous && x.entity != subject.entity &&
        !Disagree(c.GenderOf(schema.lexicon(), static_cast<std::uint32_t>(k)), pronoun))
      found = static_cast<std::int64_t>(k);
  }
  if (found < 0) return std::nullopt;
  return static_cast<std::uint32_t>(found);
}

std::uint8_t SentenceReader::NoteSentenceWords() const {
  std::uint8_t words = 0;
  std::uint64_t classes = 0;
  for (std::uint32_t t = c.s.first_token; t < c.s.end_token; ++t) {
    words |= c.tok(t).facts.sentence_words;
    classes |= c.tok(t).facts.classes;
  }
  c.sentence_words = words;
  c.sentence_classes = classes;
  return words;
}

std::uint32_t SentenceReader::VerbBeforeNounPhrase(std::uint32_t pos) const {
  std::uint32_t v = pos;
  if (const WordInfo& noun = c.tok(pos).lowered();
      noun.noun && (!noun.verb || (pos > c.s.first_token && Is(WordClass::kDeterminer, pos - 1)))) {
    while (v > c.s.first_token && (Is(WordClass::kDeterminer, v - 1) ||
                                   (c.tok(v - 1).lowered().adjective && !c.tok(v - 1).lowered().verb)))
      --v;
    if (v > c.s.first_token && v < pos && c.tok(v - 1).lowered().verb) --v;
    // ("les deux pays restent en contact": the noun after "en" and its verb.)
    if (v == pos && v >= c.s.first_token + 2 && c.tok(v - 1).fold == "en"sv && c.tok(v - 2).lowered().verb)
      v -= 2;
  }
  return v;
}

MentionList SentenceReader::PairSubject(std::uint32_t pos) const {
  // (Most subjects are no pair: a cheap look for "deux" first.)
  if (!HasTwo()) return {};
  bool two = false;
  for (std::uint32_t t = pos; t-- > c.s.first_token && t + 10 > pos && !two;)
    two = IsGroupCount(c.tok(t).fold);
  if (!two) return {};
  std::uint32_t g = VerbGroupStart(VerbBeforeNounPhrase(pos));
  // ("Les deux pays l'ont utilisée": over the object pronouns.)
  while (g > c.s.first_token + 3 && IsObjectPronoun(c.tok(g - 1).fold)) --g;
  if (g < c.s.first_token + 3) return {};
  // "les deux X" opens the clause (OpensClause), or follows "que" or a colon ("a indiqué que les deux
  // hommes s'étaient entretenus", "Inde-Chine : les deux armées ..."); X may have its complement ("les
  // deux chefs d'Etat", "les deux ministres des Affaires étrangères").
  std::uint32_t f = g - 3;
  for (std::uint32_t t = g - 3; t > c.s.first_token && t + 8 > g && !IsGroupCount(c.tok(f + 1).fold); --t)
    if (IsGroupCount(c.tok(t).fold) && IsGenitive(t + 2)) f = t - 1;
  const auto opens = [&](std::uint32_t t) {
    return OpensClause(t) || c.tok(t - 1).fold == "que"sv || c.tok(t - 1).fold == ":"sv;
  };
  // ("Les responsables des deux pays se sont parlé", "que des émissaires des deux pays s'étaient
  // rencontrés", "Les commandants militaires des deux pays": the people of the two states are theirs.)
  if (c.tok(f).fold == "des"sv && f >= c.s.first_token + 2) {
    std::uint32_t n = f - 1;  // the people's noun, before its adjectives
    while (n > c.s.first_token + 1 && n + 3 > f && c.tok(n).lowered().adjective && !c.tok(n).capitalized &&
           c.tok(n - 1).fold != "les"sv && c.tok(n - 1).fold != "des"sv)
      --n;
    if ((c.tok(n - 1).fold == "les"sv || c.tok(n - 1).fold == "des"sv) && c.tok(n).lowered().noun &&
        !c.tok(n).capitalized && opens(n - 1))
      return PairAt(f);
  }
  if (!opens(f)) return {};
  return PairAt(f);
}

MentionList SentenceReader::ApposedPair(std::uint32_t f) const {
  std::uint32_t comma = f + 3;
  while (comma < c.s.end_token && comma < f + 9 && c.tok(comma).fold != ","sv &&
         c.tok(comma).kind == TokenKind::kWord && !c.tok(comma).lowered().finite)
    ++comma;
  if (comma >= c.s.end_token || c.tok(comma).fold != ","sv) return {};
  MentionList out;
  for (std::uint32_t k : c.mentions) {
    const Mention& x = c.m(k);
    if (x.first_token <= comma || x.type != EntityType::kOfficial || x.entity.empty() || x.anonymous)
      continue;
    const std::uint32_t start = PhraseStart(k, /*titled=*/true);
    const bool next = out.empty() ? start == comma + 1
                                  : start == c.m(out.back()).end_token + 1 &&
                                        c.tok(c.m(out.back()).end_token).fold == "et"sv;
    if (!next) break;
    out.push_back(k);
    if (out.size() == 2) return out;
  }
  return {};
}

MentionList SentenceReader::PairAt(std::uint32_t f, std::string_view besides) const {
  // (Or "leurs deux pays": theirs are the same two; "des deux pays" names the states only.)
  if (f + 1 >= c.s.end_token || !HasTwo()) return {};
  const bool genitive = c.tok(f).fold == "des"sv;
  if ((c.tok(f).fold != "les"sv && c.tok(f).fold != "leurs"sv && !genitive) ||
      !IsGroupCount(c.tok(f + 1).fold))
    return {};
  const bool three = c.tok(f + 1).fold == "trois"sv;
  // "des lignes de communication entre les deux.": the two people of the conversation before.
  if (!three && f > c.s.first_token && c.tok(f - 1).fold == "entre"sv &&
      (f + 2 == c.s.end_token || c.tok(f + 2).kind == TokenKind::kPunct))
    return ConversationPair(f, 3);
  if (f + 2 >= c.s.end_token) return {};
  const Token& head = c.tok(f + 2);
  if (head.kind != TokenKind::kWord || head.capitalized) return {};
  bool person = false;
  for (const Phrase& p : *head.facts.heads) person |= p.cls == "group"sv && p.words.size() == 1;
  for (const std::string& lemma : head.lowered().lemmas)
    person |= !schema.lexicon().titles().StartingWith(lemma).empty();
  // ("les deux armées": a plural head naming one institution of each state stands for the two states.)
  const bool states = schema.lexicon().Is(WordClass::kStateNoun, head) || HeadsA(head, "institutions"sv);
  if ((!person || genitive) && !states) return {};
  // "Les trois dirigeants": the three of the conversation before.
  if (three) {
    MentionList parties = ConversationParties(f, 3, states ? EntityType::kCountry : EntityType::kOfficial);
    if (parties.size() != 3) parties.clear();
    return parties;
  }
  // (With no two states named, the two people of the conversation before stand for theirs: "Poutine et
  // Netanyahu ont eu un entretien. [...] l'interaction entre les deux pays".)
  // (Else those of a conversation between two states: "les deux parties avaient convenu d'un échange.
  // [...] X s'est entretenu séparément avec les deux délégations".)
  if (states) {
    // The two states named last, when named as a pair ("entre Pékin et Séoul") ...
    MentionList named = TwoNamedLast(EntityType::kCountry, f, besides);
    if (!named.empty() && Coordinated(named[1], named[0])) return named;
    // ... else the states of the two people of the conversation before, when the article names them ("Les
    // ministres indien et chinois, X et Y, se sont entretenus. [...] Les deux pays"; not "X a exhorté
    // Washington à cesser d'armer Taïwan. Les deux parties sont convenues"), or the two states of a
    // conversation before ("Les militaires indiens et pakistanais se sont parlé. New Delhi a nié toute
    // médiation américaine. Les deux pays ont convenu").
    // (The later of the two: "X a transmis à Y un message. Téhéran a démenti toute rencontre avec les
    // Américains. [...] les deux délégations avaient échangé" are Iran's and the United States'.)
    MentionList pair = ConversationPair(f, 3);
    MentionList theirs = NamedStatesOf(pair);
    MentionList states = ConversationPair(f, 3, /*asserted=*/false, EntityType::kCountry);
    if (!theirs.empty() && (states.empty() || c.m(pair[0]).sentence > c.m(states[0]).sentence)) return theirs;
    if (!states.empty()) return states;
    // ("Les délégations de l'armée soudanaise et des FSR ont repris les pourparlers. [...] X a dit avoir
    // parlé avec les deux camps": with no state's, the two institutions of a conversation before.)
    if (MentionList bodies = ConversationPair(f, 3, /*asserted=*/false, EntityType::kInstitution);
        !bodies.empty())
      return bodies;
    // (Two states named last but not as a pair are rather those of a conversation further back: "Washington
    // et Pékin ont rétabli le dialogue. [...] Pékin préparerait des manoeuvres autour de Taïwan. Les deux
    // pays avaient convenu".)
    if (!named.empty())
      if (MentionList earlier = ConversationPair(f, kPairReach, /*asserted=*/false, EntityType::kCountry);
          !earlier.empty())
        return earlier;
    if (!named.empty()) return named;
    // ... else the last two named as a pair ("La Russie et l'Ukraine ont procédé à un échange de prisonniers
    // grâce à une médiation des Emirats. [...] les négociateurs des deux pays"), ...
    if (MentionList coordinated = CoordinatedStatesBefore(f, 3); !coordinated.empty()) return coordinated;
    // ... else the two people themselves, unless the gazetteer knows one as of no state and the title gives
    // none either: "le secrétaire général de l'ONU et le président turc" are not "les deux parties".
    const auto stateless = [&](std::uint32_t p) {
      const std::string_view id = c.m(p).entity;
      return c.m(p).nationality.empty() && schema.gazetteer().FindByNodeId(id) &&
             schema.gazetteer().StateOf(id).empty();
    };
    if (std::any_of(pair.begin(), pair.end(), stateless)) return {};
    return pair;
  }
  // The two people of a conversation shortly before, else two named in one sentence, else of an earlier
  // conversation, else two named in two sentences; with no one named, the two states named.
  // (Planned or refused, a conversation is of two people all the same: "X a dit qu'il parlerait bientôt
  // avec Y. [...] aucune conversation entre les deux dirigeants n'était prévue".)
  // (Unless two people were named as such since: "les deux généraux rivaux, X et Y".)
  // ("les deux ministres de la Défense, Nikos Dendias et Yasar Güler": the two named right after.)
  if (MentionList apposed = ApposedPair(f); !apposed.empty()) return apposed;
  const MentionList enumerated = EnumeratedPair(f, 3);
  if (MentionList pair =
          ConversationPair(f, 3, /*asserted=*/false, EntityType::kOfficial, /*speakers_side=*/true);
      !pair.empty())
    return !enumerated.empty() && c.m(enumerated.front()).first_token >=
                                      std::max(c.m(pair[0]).first_token, c.m(pair[1]).first_token)
               ? enumerated
               : pair;
  if (!enumerated.empty()) return enumerated;
  MentionList pair = TwoNamedLast(EntityType::kOfficial, f, besides);
  if (!pair.empty() && c.m(pair[0]).sentence == c.m(pair[1]).sentence) return pair;
  if (MentionList earlier = ConversationPair(f, c.sentence); !earlier.empty()) return earlier;
  return pair.empty() ? TwoNamedLast(EntityType::kCountry, f) : pair;
}

bool SentenceReader::Coordinated(std::uint32_t a, std::uint32_t b) const {
  const Mention& x = c.m(a);
  const Mention& y = c.m(b);
  if (x.sentence != y.sentence || x.end_token >= y.first_token || c.tok(x.end_token).fold != "et"sv)
    return false;
  for (std::uint32_t t = x.end_token + 1; t < y.first_token; ++t)
    if (!IsArticle(c.tok(t))) return false;
  return true;
}

MentionList SentenceReader::CoordinatedStatesBefore(std::uint32_t before, std::uint32_t back) const {
  std::size_t from = c.first_mention;  // this sentence's mentions before `before` come first
  for (std::uint32_t k : c.mentions) from += c.m(k).end_token <= before;
  for (std::size_t k = from; k-- > 1;) {
    const Mention& second = c.doc.mentions[k];
    if (second.sentence + back < c.sentence) break;
    const Mention& first = c.doc.mentions[k - 1];
    if (first.type == EntityType::kCountry && second.type == EntityType::kCountry && !first.generic &&
        !second.generic && first.entity != second.entity && !first.entity.empty() &&
        Coordinated(static_cast<std::uint32_t>(k - 1), static_cast<std::uint32_t>(k)))
      return {static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k - 1)};
  }
  return {};
}

MentionList SentenceReader::NamedStatesOf(const MentionList& people) const {
  MentionList out;
  for (std::uint32_t p : people) {
    if (c.m(p).nationality.empty()) return {};
    const std::string state = "country:" + c.m(p).nationality;
    std::optional<std::uint32_t> named;
    for (std::size_t k = c.first_mention + c.mentions.size(); k-- > 0 && !named;)
      if (c.doc.mentions[k].type == EntityType::kCountry && c.doc.mentions[k].entity == state)
        named = static_cast<std::uint32_t>(k);
    if (!named ||
        std::any_of(out.begin(), out.end(), [&](std::uint32_t o) { return c.m(o).entity == state; }))
      return {};
    out.push_back(*named);
  }
  return out;
}

MentionList SentenceReader::EnumeratedPair(std::uint32_t before, std::uint32_t back) const {
  const std::size_t end = c.first_mention + c.mentions.size();
  for (std::size_t k = end; k-- > 1;) {
    const Mention& second = c.doc.mentions[k];
    const Mention& first = c.doc.mentions[k - 1];
    if (second.sentence + back < c.sentence) break;
    if (second.end_token > before || first.type != EntityType::kOfficial ||
        second.type != EntityType::kOfficial || second.first_token != first.end_token + 1 ||
        c.doc.tokens[first.end_token].fold != "et"sv || first.first_token < 3 ||
        c.doc.tokens[first.first_token - 1].fold != ","sv)
      continue;
    // (Back over the group's words to "deux".)
    for (std::uint32_t t = first.first_token - 1; t-- > 0 && t + 6 > first.first_token;) {
      const Token& w = c.doc.tokens[t];
      if (w.fold == "deux"sv) return {static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k - 1)};
      if (w.kind != TokenKind::kWord || w.capitalized) break;
    }
  }
  return {};
}

MentionList SentenceReader::ConversationPair(std::uint32_t before, std::uint32_t back, bool asserted,
                                             EntityType type, bool speakers_side) const {
  const auto of_type = [&](const Mention& m) {
    return m.type == type ||
           (type == EntityType::kOfficial && m.type == EntityType::kCountry && m.rule == "counterpart"sv);
  };
  const Relation* found = nullptr;
  const Relation* found_asserted = nullptr;
  const Relation* recalled = nullptr;
  // ("Le Kremlin a confirmé la rencontre, indiquant que les deux dirigeants avaient discuté": in what
  // someone says, the two of a conversation of the speaker's side, when one is in the window.)
  const std::string_view side = speakers_side ? SpeakersStateAt(before) : std::string_view();
  const auto sides = [&](const Relation& rel) {
    return side.empty() || OfState(rel.source, side) || OfState(rel.target, side);
  };
  const Relation* other_side = nullptr;
  for (std::size_t r = c.doc.relations.size(); r-- > 0;) {
    const Relation& rel = c.doc.relations[r];
    if ((rel.sentence + back < c.sentence && (found || !recalled)) ||
        (found && rel.sentence != found->sentence))
      break;
    if (rel.type != RelationType::kSpokeWith || (asserted && rel.modality != Modality::kAsserted) ||
        !of_type(c.m(rel.source)) || !of_type(c.m(rel.target)) || c.m(rel.source).end_token > before ||
        c.m(rel.target).end_token > before || ByGoBetween(rel))
      continue;
    if (!sides(rel)) {
      if (!other_side) other_side = &rel;
      continue;
    }
    // (A conversation recalled as a point in time is the story's background, not its pair, which may have
    // been told before the window: "X s'est entretenu avec Y. [...] le premier échange depuis mars 2023,
    // lorsque X avait parlé avec Z. [...] Les deux ministres".)
    if (Recalled(rel)) {
      if (!recalled) recalled = &rel;
      continue;
    }
    found = &rel;
    if (rel.modality == Modality::kAsserted) found_asserted = &rel;
  }
  if (found_asserted) found = found_asserted;
  if (!found) found = recalled;
  if (!found) found = other_side;
  if (!found) return {};
  if (MentionList called = CoordinatedObjects(*found); !called.empty()) return called;
  return {found->target, found->source};  // (the one named last first, as TwoNamedLast gives them)
}

std::string_view SentenceReader::StateOf(std::uint32_t mi) const {
  const Mention& m = c.m(mi);
  if (m.entity.starts_with("country:")) return std::string_view(m.entity).substr(8);
  if (!m.nationality.empty()) return m.nationality;
  if (m.entity.starts_with("institution:")) return schema.gazetteer().StateOf(m.entity);
  if (const GazetteerEntry* e = schema.gazetteer().FindByNodeId(m.entity))
    for (const std::string& country : e->Attribute("country")) return country;
  return {};
}

bool SentenceReader::Recalled(const Relation& rel) const {
  const std::uint32_t first = std::min(c.m(rel.source).first_token, c.m(rel.target).first_token);
  const std::uint32_t last = std::max(c.m(rel.source).first_token, c.m(rel.target).first_token);
  const Sentence& s = c.doc.sentences[rel.sentence];
  for (std::uint32_t t = first; t-- > s.first_token && t + 6 > first;) {
    const std::string_view w = c.doc.tokens[t].fold;
    if (w == ","sv) return false;
    if (w != "lorsque"sv && w != "lorsqu'"sv && w != "quand"sv) continue;
    for (std::uint32_t u = t + 1; u < last; ++u)
      if (const std::string_view v = c.doc.tokens[u].fold;
          v == "avait"sv || v == "avaient"sv || v == "etait"sv || v == "etaient"sv)
        return true;
    return false;
  }
  return false;
}

MentionList SentenceReader::CoordinatedObjects(const Relation& found) const {
  MentionList objects;
  for (const Relation& rel : c.doc.relations)
    if (rel.sentence == found.sentence && rel.type == RelationType::kSpokeWith &&
        rel.modality == found.modality && rel.source == found.source &&
        std::none_of(objects.begin(), objects.end(),
                     [&](std::uint32_t o) { return c.m(o).entity == c.m(rel.target).entity; }))
      objects.push_back(rel.target);
  if (objects.size() != 2) return {};
  std::sort(objects.begin(), objects.end());
  const Mention& first = c.m(objects[0]);
  const Mention& second = c.m(objects[1]);
  if (first.type != second.type || c.m(found.source).end_token > first.first_token) return {};
  bool coordinated = false;
  for (std::uint32_t t = first.end_token; t < second.first_token; ++t) {
    if (c.doc.tokens[t].kind == TokenKind::kPunct) return {};
    coordinated |= c.doc.tokens[t].fold == "et"sv;
  }
  if (!coordinated) return {};
  return {objects[1], objects[0]};
}

MentionList SentenceReader::ConversationParties(std::uint32_t before, std::uint32_t back,
                                                EntityType type) const {
  MentionList out;
  std::int64_t sentence = -1;
  for (std::size_t r = c.doc.relations.size(); r-- > 0;) {
    const Relation& rel = c.doc.relations[r];
    if (rel.sentence + back < c.sentence || (sentence >= 0 && rel.sentence != sentence)) break;
    if (rel.type != RelationType::kSpokeWith || rel.modality != Modality::kAsserted ||
        c.m(rel.source).type != type || c.m(rel.target).type != type || c.m(rel.source).end_token > before ||
        c.m(rel.target).end_token > before)
      continue;
    sentence = rel.sentence;
    for (std::uint32_t p : {rel.source, rel.target})
      if (std::none_of(out.begin(), out.end(),
                       [&](std::uint32_t o) { return c.m(o).entity == c.m(p).entity; }))
        out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

MentionList SentenceReader::PluralPronounSubject(std::uint32_t pos) const {
  const std::uint32_t t = VerbGroupStart(pos);
  if (t == c.s.first_token || (c.tok(t - 1).fold != "ils"sv && c.tok(t - 1).fold != "elles"sv) ||
      !OpensClause(t - 1))
    return {};
  MentionList people = TwoNamedLast(EntityType::kOfficial, t - 1);
  return people.empty() ? TwoNamedLast(EntityType::kCountry, t - 1) : people;
}

bool SentenceReader::JoinsConversation(std::uint32_t noun) const {
  std::uint32_t t = noun;
  if (t > c.s.first_token && (IsArticle(c.tok(t - 1)) || IsDemonstrative(c.tok(t - 1).fold))) --t;
  if (t == c.s.first_token || !IsTo(c.tok(t - 1))) return false;
  --t;
  while (t > c.s.first_token && c.tok(t - 1).lowered().adverb) --t;
  return t > c.s.first_token && schema.lexicon().LemmaIn("join_verb", c.tok(t - 1).lowered());
}

MentionList SentenceReader::TwoNamedLast(EntityType type, std::uint32_t before,
                                         std::string_view besides) const {
  MentionList out;  // one mention of each, the last
  std::int64_t sentence = -1;
  std::size_t sentences = 0;
  std::size_t from = c.first_mention;  // this sentence's mentions before `before` come first
  for (std::uint32_t k : c.mentions) from += c.m(k).end_token <= before;
  for (std::size_t k = from; k-- > 0;) {
    const Mention& x = c.doc.mentions[k];
    if (x.sentence + 3 < c.sentence) break;
    // (Nor one who stood by: "en présence de Donald Trump".)
    if (x.type != type || x.entity.empty() || x.anonymous || x.entity == besides ||
        GoBetween(static_cast<std::uint32_t>(k)))
      continue;
    // (Nor the speaker of the statement they are named in: "X a assuré qu'aucune conversation entre les
    // deux dirigeants n'était prévue".)
    if (x.sentence == c.sentence &&
        std::any_of(c.doc.tokens.begin() + x.end_token, c.doc.tokens.begin() + std::max(before, x.end_token),
                    [](const Token& w) { return w.fold == "que"sv || w.fold == "qu'"sv; }))
      continue;
    // ("à Astana", "en Syrie": a place, not one of two parties; but "qui relie Moscou à Washington" names
    // the second end of a line.)
    std::uint32_t b = x.first_token;
    if (b > 0 && IsArticle(c.doc.tokens[b - 1])) --b;
    if (b > 0 && (IsTo(c.doc.tokens[b - 1]) || c.doc.tokens[b - 1].fold == "en"sv) &&
        !SecondEnd(static_cast<std::uint32_t>(k), b - 1))
      continue;
    if (InAreaOf(b)) continue;
    // (Nor what was talked about: "ont porté sur les relations bilatérales, l'Ukraine et Taïwan".)
    if (InTopicList(x)) continue;
    if (x.sentence != sentence) {
      // A second sentence only when the first named one of them.
      if (++sentences > 2 || (sentences == 2 && out.size() != 1)) break;
      sentence = x.sentence;
    }
    if (std::none_of(out.begin(), out.end(), [&](std::uint32_t o) { return c.m(o).entity == x.entity; }))
      out.push_back(static_cast<std::uint32_t>(k));
  }
  if (out.size() != 2) return {};
  return out;
}

bool SentenceReader::SecondEnd(std::uint32_t k, std::uint32_t to) const {
  if (k == 0 || !IsTo(c.doc.tokens[to])) return false;
  const Mention& first = c.doc.mentions[k - 1];
  if (first.end_token != to || first.type != c.doc.mentions[k].type || first.first_token == 0) return false;
  std::uint32_t t = first.first_token;
  if (t > 0 && IsArticle(c.doc.tokens[t - 1])) --t;
  const Cue* cue = CueEndingAt(c, t);
  return cue && cue->cls == "connect"sv;
}

bool SentenceReader::InTopicList(const Mention& x) const {
  const Sentence& s = c.doc.sentences[x.sentence];
  for (std::uint32_t t = x.first_token; t-- > s.first_token && t + 16 > x.first_token;) {
    const Token& w = c.doc.tokens[t];
    if (w.fold == "sur"sv) return true;
    const WordInfo& info = w.lowered();
    if (!(w.fold == ","sv || w.fold == "et"sv || IsArticle(w) || IsGenitive(t) || w.capitalized ||
          (w.kind == TokenKind::kWord && (info.noun || info.adjective))))
      return false;
  }
  return false;
}

std::uint32_t SentenceReader::NoteVerbGroupStart(std::uint32_t pos) const {
  if (pos < c.s.first_token || pos > c.s.end_token) return FindVerbGroupStart(pos);
  std::vector<std::uint32_t>& starts = c.verb_group_starts;
  if (starts.empty()) starts.assign(c.s.end_token - c.s.first_token + 1, kUnknownStart);
  std::uint32_t& start = starts[pos - c.s.first_token];
  if (start == kUnknownStart) start = FindVerbGroupStart(pos);
  return start;
}

std::uint32_t SentenceReader::FindVerbGroupStart(std::uint32_t pos) const {
  std::uint32_t t = pos;
  while (t > c.s.first_token) {
    const Token& w = c.tok(t - 1);
    if (IsAuxiliary(w.lowered()) || (w.lowered().adverb && !w.capitalized) ||
        schema.lexicon().Is(WordClass::kNegation, w) || w.fold == "se"sv || w.fold == "s'"sv ||
        w.fold.ends_with("-meme"sv) || w.fold.ends_with("-memes"sv) || w.fold == "chacun"sv ||
        w.fold == "chacune"sv ||
        (t < pos && schema.lexicon().Is(WordClass::kPreposition, w) && c.tok(t).lowered().adverb)) {
      --t;
      continue;
    }
    // ("s'est en revanche entretenu", "a de nouveau appelé": words.tsv adverb_phrase after its preposition.)
    if (schema.lexicon().Is(WordClass::kAdverbPhrase, w) && t >= c.s.first_token + 2 &&
        (schema.lexicon().Is(WordClass::kPreposition, c.tok(t - 2)) || IsTo(c.tok(t - 2)))) {
      t -= 2;
      continue;
    }
    // ("s'est lui aussi entretenu", "a elle aussi démenti": a stressed pronoun after the auxiliary.)
    if (t < pos && t >= c.s.first_token + 2 && IsStressedPronoun(w.fold) && c.tok(t).lowered().adverb &&
        IsAuxiliary(c.tok(t - 2).lowered())) {
      --t;
      continue;
    }
    // ("s'est pour sa part entretenu", "a de son côté affirmé", "a à son tour convoqué": an adverbial
    // phrase inside the group.)
    if (t >= c.s.first_token + 4 && OwnPartEnd(t - 3) == t) {
      t -= 3;
      continue;
    }
    if (w.fold != ","sv) break;
    std::uint32_t open = t - 1;  // the comma opening the inserted phrase
    while (open > c.s.first_token + 1 && open + 6 > t && c.tok(open - 1).fold != ","sv &&
           !c.tok(open - 1).lowered().finite)
      --open;
    if (open + 6 <= t || open <= c.s.first_token + 1 || c.tok(open - 1).fold != ","sv ||
        !IsAuxiliary(c.tok(open - 2).lowered()))
      break;
    t = open - 1;
  }
  return t;
}

std::optional<std::uint32_t> SentenceReader::CoordinatedVerb(std::uint32_t pos) const {
  std::uint32_t conjunction = VerbGroupStart(pos);  // (which takes in "puis" and "mais", adverbs)
  if (c.tok(conjunction).fold != "puis"sv && c.tok(conjunction).fold != "mais"sv) {
    if (conjunction == c.s.first_token) return std::nullopt;
    --conjunction;
  }
  const std::string_view joined = c.tok(conjunction).fold;
  if (joined != "et"sv && joined != "puis"sv && joined != "mais"sv) return std::nullopt;
  std::string_view auxiliary;
  for (std::uint32_t a = conjunction + 1; a < pos && auxiliary.empty(); ++a)
    if (IsAuxiliary(c.tok(a).lowered())) auxiliary = c.tok(a).fold;
  std::optional<std::uint32_t> nearest;
  bool clause = false;  // crossed the "que" opening the clause of the nearest verb
  for (std::uint32_t g = conjunction; g-- > c.s.first_token;) {
    const Token& w = c.tok(g);
    // ("a dénoncé une « attaque hybride » visant à diviser les Allemands et accusé X": over the quotes.)
    if (w.kind == TokenKind::kPunct && w.fold != ","sv && !CueFinder::IsQuote(c.doc.TokenText(g))) break;
    if (Boundary(g)) {
      if (!nearest || clause || (w.fold != "que"sv && w.fold != "qu'"sv)) break;
      clause = true;
      continue;
    }
    if (!VerbHead(g)) continue;
    if (auxiliary.empty() || c.tok(VerbGroupStart(g)).fold == auxiliary) return g;
    if (clause) break;
    if (!nearest) nearest = g;
  }
  return nearest;
}

std::optional<std::uint32_t> SentenceReader::ParticipleGovernor(std::uint32_t pos) const {
  const Token& w = c.tok(pos);
  if (!w.fold.ends_with("ant"sv) || !w.lowered().verb || w.lowered().finite || pos < c.s.first_token + 2)
    return std::nullopt;
  std::uint32_t before = pos - 1;
  if (c.tok(before).fold == "en"sv) {
    if (before > c.s.first_token && c.tok(before - 1).fold == "tout"sv) --before;
  } else if (c.tok(before).fold != ","sv) {
    return std::nullopt;
  }
  std::optional<std::uint32_t> governor;
  for (std::uint32_t g = before; g-- > c.s.first_token;) {
    const std::string_view f = c.tok(g).fold;
    if (f == ";"sv || f == ":"sv || (Boundary(g) && f != "que"sv && f != "qu'"sv)) break;
    // ("S, ce que New Delhi a démenti, assurant que S2": the clause of ", ce que" governs it.)
    if ((f == "que"sv || f == "qu'"sv) && g >= c.s.first_token + 2 && c.tok(g - 1).fold == "ce"sv &&
        c.tok(g - 2).fold == ","sv)
      break;
    if (!VerbHead(g)) continue;
    governor = g;
    // ("« S », a écrit X, ajoutant S2": an incise's verb, not those of what it quotes.)
    if (const std::uint32_t v = VerbGroupStart(g); v > c.s.first_token && Incise(v - 1)) break;
  }
  return governor;
}

std::optional<std::uint32_t> SentenceReader::GovernorOfInfinitive(std::uint32_t group) const {
  std::uint32_t preposition = group - 1;
  // ("pour leur faire part": the object pronouns before the infinitive.)
  while (preposition > c.s.first_token + 1 && IsObjectPronoun(c.tok(preposition).fold)) --preposition;
  const std::string_view f = c.tok(preposition).fold;
  if ((f == "de"sv || f == "d'"sv) &&
      (c.tok(preposition - 1).fold == "avant"sv || c.tok(preposition - 1).fold == "afin"sv))
    --preposition;
  else if (f != "apres"sv && f != "pour"sv)
    return std::nullopt;
  for (std::uint32_t g = preposition; g-- > c.s.first_token;) {
    if ((c.tok(g).kind == TokenKind::kPunct && c.tok(g).fold != ","sv) || Boundary(g)) return std::nullopt;
    if (VerbHead(g)) return g;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> SentenceReader::DeGovernor(std::uint32_t pos) const {
  const std::uint32_t group = VerbGroupStart(pos);
  if (!c.tok(pos).lowered().infinitive || group < c.s.first_token + 2) return std::nullopt;
  const std::string_view f = c.tok(group - 1).fold;
  if (f != "de"sv && f != "d'"sv) return std::nullopt;
  std::uint32_t v = group - 2;
  while (v > c.s.first_token &&
         (Is(WordClass::kNegation, v) || (c.tok(v).lowered().adverb && !c.tok(v).lowered().verb)))
    --v;
  const WordInfo& info = c.tok(v).lowered();
  if (c.tok(v).capitalized || !info.verb || info.noun || !(info.finite || info.participle))
    return std::nullopt;
  return v;
}

bool SentenceReader::VerbGroupFollows(std::uint32_t t) const {
  while (t < c.s.end_token && c.tok(t).kind == TokenKind::kWord &&
         (Is(WordClass::kNegation, t) || c.tok(t).fold == "se"sv || c.tok(t).fold == "s'"sv ||
          (c.tok(t).lowered().adverb && !c.tok(t).lowered().verb)))
    ++t;
  if (t >= c.s.end_token || c.tok(t).kind != TokenKind::kWord || c.tok(t).capitalized) return false;
  const WordInfo& info = c.tok(t).lowered();
  return info.finite && (IsAuxiliary(info) || !info.noun);
}

MentionList SentenceReader::Between(std::int64_t entre) const {
  if (entre < 0) return {};
  const auto t = static_cast<std::uint32_t>(entre) + 1;
  // "a fait la navette entre elles": the two named before in the sentence ("les deux délégations"), else
  // those of the conversation before.
  if (t < c.s.end_token && (c.tok(t).fold == "eux"sv || c.tok(t).fold == "elles"sv)) {
    for (std::uint32_t f = static_cast<std::uint32_t>(entre); f-- > c.s.first_token;)
      if (MentionList pair = PairAt(f); !pair.empty()) return pair;
    return ConversationPair(t, 3);
  }
  MentionList out = Objects(t, 16);
  if (out.size() >= 2) return out;
  // ("entre des responsables des deux pays", "entre diplomates et militaires des deux pays": the two states
  // of the group's complement.)
  std::uint32_t k = t;
  if (k < c.s.end_token && (c.tok(k).fold == "des"sv || c.tok(k).fold == "les"sv)) ++k;
  const std::uint32_t group = k;
  while (k < c.s.end_token && k < group + 5 && c.tok(k).kind == TokenKind::kWord && !c.tok(k).capitalized &&
         c.tok(k).fold != "des"sv && (c.tok(k).lowered().noun || c.tok(k).fold == "et"sv))
    ++k;
  if (k > group && k + 1 < c.s.end_token && c.tok(k).fold == "des"sv)
    if (MentionList pair = PairAt(k); !pair.empty()) return pair;
  return PairAt(t);
}

std::optional<std::uint32_t> SentenceReader::InsertedRelative(std::uint32_t pos) const {
  const std::uint32_t g = VerbGroupStart(pos);
  if (g <= c.s.first_token + 2 || c.tok(g - 1).fold != ","sv) return std::nullopt;
  for (std::uint32_t t = g - 1; t-- > c.s.first_token && t + 16 > g;) {
    // (A symbol is part of a name: "l'Opep+".)
    if (const Token& w = c.tok(t); w.kind != TokenKind::kPunct || w.fold == "+"sv || w.fold == "&"sv)
      continue;
    // (After a preposition too: ", avec qui M. Macron s'était entretenu la veille, n'a pas commenté".)
    if (c.tok(t).fold == ","sv && t + 1 < g - 1 &&
        (Is(WordClass::kRelative, t + 1) ||
         (t + 2 < g - 1 && Is(WordClass::kPreposition, t + 1) && Is(WordClass::kRelative, t + 2)))) {
      // ("Plusieurs pays, dont le Qatar et l'Egypte, ont parlé": "dont" and no verb lists the group's
      // members, who are the subject; "Moscou, dont l'Arabie saoudite est un partenaire, n'a pas réagi" has
      // one, "est" a noun too.)
      bool verb = c.tok(t + 1).fold != "dont"sv;
      for (std::uint32_t v = t + 2; v < g - 1 && !verb; ++v)
        verb = c.tok(v).kind == TokenKind::kWord && !c.tok(v).capitalized && c.tok(v).lowered().verb &&
               (!c.tok(v).lowered().noun || IsAuxiliary(c.tok(v).lowered()));
      if (verb) return t;
    }
    break;
  }
  // "M. Rubio, qui s'exprimait aux côtés du ministre saoudien, le prince X, s'est dit": a relative clause
  // with an apposition of its own, after a name.
  if (!(SentenceWords() & RelationExtractor::kRelativeWho)) return std::nullopt;
  for (std::uint32_t t = g - 1; t-- > c.s.first_token + 1 && t + 32 > g;) {
    const Token& w = c.tok(t);
    if (w.kind == TokenKind::kPunct && w.fold != ","sv) return std::nullopt;
    // (Not past the verb of the name's own clause: "X, qui a participé aux négociations, s'est rendu à
    // Doha, a rapporté Y", "X, qui a joué le rôle de médiateur, n'a pas été consulté, a regretté Y" closed
    // the relative clause before.)
    if (const Token& next = c.tok(t + 1);
        w.fold == ","sv && t + 1 < g - 1 &&
        (next.fold == "s'"sv || next.fold == "se"sv || next.fold == "n'"sv || next.fold == "ne"sv ||
         (!next.capitalized && next.lowered().finite)))
      return std::nullopt;
    if (w.fold == ","sv && Is(WordClass::kRelative, t + 1) && c.tok(t + 1).fold == "qui"sv)
      for (std::uint32_t k : c.mentions)
        if (End(k) == t && IsActor(c.m(k)) && !InPP(k)) return t;
  }
  return std::nullopt;
}

std::int64_t SentenceReader::RelativeAntecedent(std::uint32_t pos) const {
  std::uint32_t t = VerbGroupStart(pos);
  // ("qui lui a fait part": over the object pronouns.)
  while (t > c.s.first_token + 2 && IsObjectPronoun(c.tok(t - 1).fold)) --t;
  if (t <= c.s.first_token + 1 || c.tok(t - 1).fold != "qui"sv) return -1;
  std::uint32_t before = t - 1;
  if (c.tok(before - 1).fold == ","sv) --before;
  for (std::uint32_t k : c.mentions)
    if (End(k) == before) {
      // ("un porte-parole du ministère de la Défense, qui a accusé": the person whose title it ends.)
      for (std::uint32_t o : c.mentions)
        if (const Mention& p = c.m(o); o != k && p.type == EntityType::kOfficial &&
                                       p.role_first <= c.m(k).first_token && p.role_end >= before)
          return o;
      return k;
    }
  return kNoAntecedent;
}

std::optional<std::uint32_t> SentenceReader::GenitiveHead(std::uint32_t mi) const {
  std::uint32_t t = c.m(mi).first_token;
  while (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
  if (t == c.s.first_token || !IsGenitive(t - 1)) return std::nullopt;
  // (Back over the words of the phrase between them: "de réconciliation de la".)
  for (std::uint32_t words = 0; t > c.s.first_token && words < 6; --t, ++words) {
    const Token& w = c.tok(t - 1);
    for (std::uint32_t k : c.mentions)
      if (k != mi && c.m(k).end_token == t) {
        if (IsActor(c.m(k))) return k;
        return std::nullopt;
      }
    if (w.kind != TokenKind::kWord || w.capitalized || (w.lowered().finite && !w.lowered().noun))
      return std::nullopt;
  }
  return std::nullopt;
}

bool SentenceReader::InAreaOf(std::uint32_t b) const {
  if (b < 3 || !IsGenitive(b - 1) || !schema.lexicon().Is("area", c.tok(b - 2).fold)) return false;
  std::uint32_t p = b - 2;
  if (IsArticle(c.tok(p - 1))) --p;
  if (p == 0) return false;
  const std::string_view f = c.tok(p - 1).fold;
  return IsTo(c.tok(p - 1)) || f == "en"sv || f == "dans"sv || f == "vers"sv;
}

bool SentenceReader::DeterminedNoun(std::uint32_t t) const {
  std::uint32_t d = t;
  while (d > c.s.first_token && !c.tok(d - 1).capitalized && c.tok(d - 1).lowered().adjective &&
         !c.tok(d - 1).lowered().verb)
    --d;
  if (d == c.s.first_token) return false;
  // ("a exclu toute rencontre", "aucun contact": a quantifier determines the noun as well.)
  if (IsAnyQuantifier(c.tok(d - 1).fold) || c.tok(d - 1).fold == "chaque"sv) return true;
  // (The verb "a" folds as "à" does: "Washington a prévenu Téhéran".)
  if (!Is(WordClass::kDeterminer, d - 1) || c.tok(d - 1).lower == "a"sv) return false;
  const std::string_view det = c.tok(d - 1).fold;
  if (det != "le"sv && det != "la"sv && det != "les"sv && det != "l'"sv && det != "leur"sv) return true;
  if (d - 1 == c.s.first_token) return true;
  const Token& before = c.tok(d - 2);
  const WordInfo& info = before.lowered();
  // (A past participle takes no object pronoun after it: "a qualifié la rencontre de", "qualifié" a noun
  // too.)
  return before.kind == TokenKind::kPunct || Is(WordClass::kPreposition, d - 2) ||
         before.lower == "\xc3\xa0"sv || before.fold == "apres"sv || before.fold == "avant"sv ||
         (!before.capitalized && info.verb && (!info.noun || info.participle));
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> SentenceReader::GenitiveWith(
    std::uint32_t genitive) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (std::uint32_t k : c.mentions) {
    const Mention& x = c.m(k);
    if (x.first_token <= genitive || !IsActor(x) || InRole(k)) continue;
    bool with = false;
    for (std::uint32_t t = genitive; t < x.first_token; ++t) with |= c.tok(t).fold == "avec"sv || Boundary(t);
    if (with || x.first_token > genitive + 6) break;
    for (std::uint32_t other : ObjectsWith(x.end_token, 8)) out.push_back({k, other});
    break;
  }
  return out;
}

std::optional<std::uint32_t> SentenceReader::GoBetweenNoun(std::uint32_t mi) const {
  const Mention& x = c.m(mi);
  // (Most sentences have no such noun.)
  if (x.sentence == c.sentence && !(SentenceWords() & RelationExtractor::kGoBetweenWord)) return std::nullopt;
  for (std::uint32_t o = mi > 3 ? mi - 3 : 0; o < std::min<std::size_t>(c.doc.mentions.size(), mi + 4); ++o)
    if (const Mention& p = c.m(o); o != mi && p.sentence == x.sentence && p.role_end > p.role_first &&
                                   x.first_token >= p.role_first && x.end_token <= p.role_end)
      return GoBetweenNounBefore(o);
  return GoBetweenNounBefore(mi);
}

std::optional<std::uint32_t> SentenceReader::GoBetweenNounBefore(std::uint32_t mi) const {
  const std::uint32_t opening = c.doc.sentences[c.m(mi).sentence].first_token;  // (in any sentence)
  std::uint32_t t = Start(mi);
  // ("par la voix de son porte-parole": a possessive too.)
  while (t > opening && (IsArticle(c.tok(t - 1)) || IsGenitive(t - 1) || Is(WordClass::kPossessive, t - 1)))
    --t;
  if (t < Start(mi) && t > opening && c.tok(t - 1).lowered().noun && Is(WordClass::kGoBetween, t - 1))
    return t - 1;
  // ("sous l'égide de l'Arabie saoudite et des Etats-Unis": each of a coordination; "de l'Egypte, du Qatar
  // et des Etats-Unis": each of a list, its genitive repeated.)
  bool genitive = false;
  for (std::uint32_t g = t; g < Start(mi) && !genitive; ++g) genitive = IsGenitive(g);
  if (t > opening && (c.tok(t - 1).fold == "et"sv || (c.tok(t - 1).fold == ","sv && genitive)) && mi > 0 &&
      c.m(mi - 1).sentence == c.m(mi).sentence && c.m(mi - 1).end_token + 1 == t)
    // (Through its title: "sous le regard de l'ambassadrice des États-Unis et".)
    return GoBetweenNoun(mi - 1);
  return std::nullopt;
}

std::optional<std::uint32_t> SentenceReader::MessageAddressee(std::uint32_t from,
                                                              const MentionList& objects) const {
  if (objects.empty() || from <= c.s.first_token || from >= c.s.end_token || !IsGenitive(from) ||
      !NamesWhatIsSent(schema.lexicon(), c.tok(from - 1)) || PhraseStart(objects.front(), true) > from + 2)
    return std::nullopt;
  const std::uint32_t to = c.m(objects.front()).end_token;
  if (to + 1 >= c.s.end_token || !IsTo(c.tok(to))) return std::nullopt;
  for (std::uint32_t k : c.mentions)
    if (const std::uint32_t t = PhraseStart(k, true); IsActor(c.m(k)) && t > to && t <= to + 2) return k;
  return std::nullopt;
}

MentionList SentenceReader::Objects(std::uint32_t pos, std::uint32_t limit) const {
  MentionList out;
  std::int64_t go_between_end = -1;  // where the last go-between's complement ended, if the last one was
  for (std::uint32_t k : c.mentions) {
    const Mention& x = c.m(k);
    // ("a parlé au président ukrainien": a title reference starts at its contracted article, which the cue
    // ended with.)
    const bool article_before = x.first_token + 1 == pos && x.role_first == pos && x.role_end > pos;
    if ((x.first_token < pos && !article_before) || !IsActor(x) || InRole(k)) continue;
    // (A title before the name counts: "par le secrétaire à la Défense, Lloyd Austin".)
    if (Start(k) >= pos + limit && out.empty()) break;
    // A complement of another noun ("le commandant de l'OTAN") or a place ("à Paris", "en Europe") is not
    // the object itself.
    bool aside = false;  // "près de Washington", "en l'absence de représentants ukrainiens", "au nom du X"
    if (x.first_token > pos) {
      std::uint32_t b = x.first_token;
      // ("le chef des nouvelles autorités syriennes": adjectives before the noun.)
      while (b > pos + 1 && c.tok(b - 1).kind == TokenKind::kWord && !c.tok(b - 1).capitalized &&
             c.tok(b - 1).lowered().adjective && !c.tok(b - 1).lowered().verb &&
             !schema.lexicon().Is(WordClass::kDeterminer, c.tok(b - 1)))
        --b;
      while (b > pos &&
             (c.tok(b - 1).fold == "la"sv || c.tok(b - 1).fold == "l'"sv || c.tok(b - 1).fold == "le"sv))
        --b;
      const std::string_view before = c.tok(b - 1).fold;
      // (After another noun a rank is an adjective: "le quartier général de l'armée"; an adjective may
      // follow the title: "conseiller diplomatique du président". A title reference may start at its
      // contracted article, "du président russe", the preposition.)
      const std::uint32_t of =
          x.role_first == x.first_token + 1 && x.role_end > x.role_first ? x.first_token : b - 1;
      const std::string_view preposition = c.tok(of).fold;
      std::uint32_t head = of - 1;
      if (head > pos && c.tok(head).kind == TokenKind::kWord && !c.tok(head).capitalized &&
          c.tok(head).facts.titles->empty() && c.tok(head).lowered().adjective &&
          !c.tok(head - 1).capitalized && !c.tok(head - 1).facts.titles->empty())
        --head;
      bool genitive =
          of > pos &&
          (preposition == "de"sv || preposition == "du"sv || preposition == "des"sv ||
           preposition == "d'"sv) &&
          c.tok(head).kind == TokenKind::kWord && !c.tok(head).capitalized && c.tok(head).fold != "et"sv &&
          !c.tok(head).facts.titles->empty() &&
          !(head > pos && c.tok(head - 1).lowered().noun && c.tok(head - 1).facts.titles->empty() &&
            !schema.lexicon().Is(WordClass::kDeterminer, c.tok(head - 1)));
      // ("a convoqué les ambassadeurs de Russie": a plural title no one holds here, its people stand for
      // the complement.)
      if (const std::string_view title = c.tok(head).fold;
          genitive && (title.ends_with('s') || title.ends_with('x'))) {
        bool held = false;
        for (std::uint32_t o : c.mentions) held |= c.m(o).role_first <= head && head < c.m(o).role_end;
        genitive = held;
      }
      // ("à l'Iran", "à la Chine": a state with its article after "à" is an addressee; so is one named by
      // its people or counterparts, "à ses homologues français".)
      bool locative =
          x.type == EntityType::kCountry && b - 1 >= pos &&
          (before == "en"sv ||
           (c.tok(b - 1).lower == "\xc3\xa0"sv && b == x.first_token && c.tok(x.first_token).capitalized) ||
           before == "au"sv);
      // ("ont tenu une réunion en marge de l'Assemblée générale", "se sont rencontrés en marge du sommet
      // des Brics": the meeting's occasion, no party.)
      bool occasion = b - 1 > pos && IsGenitive(b - 1) && Is(WordClass::kOccasion, b - 2);
      if (std::uint32_t o = b - 2;
          !occasion && b >= pos + 5 && IsGenitive(b - 1) && c.tok(o).lowered().noun) {
        if (IsArticle(c.tok(o - 1))) --o;
        occasion = o >= pos + 3 && IsGenitive(o - 1) && Is(WordClass::kOccasion, o - 2);
      }
      // ("avec des proches collaborateurs de Vladimir Poutine": a person's entourage, words.tsv, talked, not
      // the person.)
      const bool entourage = x.type == EntityType::kOfficial && EntourageOf(k).has_value();
      if (genitive || occasion || entourage || (locative && out.empty())) continue;
      if (b >= pos + 2 && IsGenitive(b - 1)) {
        const std::string_view noun = c.tok(b - 2).fold;
        // ("une réunion des alliés de Kiev": others than the complement, words.tsv associate.)
        aside = noun == "pres"sv || noun == "absence"sv || (noun == "nom"sv && c.tok(b - 3).fold == "au"sv) ||
                schema.lexicon().Is("associate", noun);
      }
    }
    // (A name inside a phrase in apposition to the last one is none: "Y, allié du Hezbollah, et Z".)
    if (!out.empty())
      if (const std::optional<std::uint32_t> close =
              AppositionClose(c.m(out.back()).end_token, c.s.end_token);
          close && x.end_token <= *close)
        continue;
    // ("sous l'égide de la Turquie et du Qatar": those coordinated to a go-between stand between too; so do
    // those to one aside, who is no party either.)
    if (aside || GoBetween(k) ||
        (go_between_end >= 0 &&
         CoordinationBetween(static_cast<std::uint32_t>(go_between_end), Start(k)) != Coordination::kNone)) {
      go_between_end = x.end_token;
      continue;
    }
    go_between_end = -1;
    // "avec le chef de l'armée, le général X, et avec Y": the name in apposition is the same object.
    if (!out.empty() && x.entity == c.m(out.back()).entity && Start(k) < c.m(out.back()).end_token + 4) {
      out.back() = k;
      continue;
    }
    // "avec les négociateurs russes, dont le sénateur Z": one of the group named is a party too.
    if (!out.empty()) {
      const Mention& group = c.m(out.back());
      const std::uint32_t t = Start(k) - (IsArticle(c.tok(Start(k) - 1)) ? 1 : 0);
      if (group.rule == "national-group"sv && t == group.end_token + 2 &&
          c.tok(group.end_token).fold == ","sv && c.tok(group.end_token + 1).fold == "dont"sv) {
        out.push_back(k);
        continue;
      }
    }
    bool crossed = false;
    std::uint32_t from = out.empty() ? pos : c.m(out.back()).end_token;
    // ("A et B échangent via une ligne, selon X": the source is not an object; nor is a name in a time
    // complement: "ces échanges après la visite de X", "leurs contacts, interrompus depuis la visite de
    // X"; a time complement ends only where "avec" opens another: "s'est entretenu pendant sept heures avec
    // Y".)
    // Nor one in a complement of occasion, up to its comma ("se sont rencontrés en marge d'un sommet
    // consacré à la Syrie avec le président iranien": the summit's); nor one in the topic, up to an "avec"
    // or a comma ("a transmis un message sur les intentions de la Russie").
    bool timed = false, occasion = false, topic = false, comma = false;
    // (Past a boundary, the candidate is none: no need to read further.)
    for (std::uint32_t t = from, start = Start(k); t < start && !crossed; ++t) {
      const std::string_view f = c.tok(t).fold;
      crossed |= Boundary(t) || f == "."sv || f == "selon"sv || f == "via"sv || Incise(t);
      // ("se sont réunies à Djeddah pour discuter d'un cessez-le-feu avec la Russie": past a purpose's
      // infinitive, a name is in that clause.)
      crossed |= f == "pour"sv && t + 1 < start && c.tok(t + 1).lowered().infinitive;
      // (Nor past a relative clause opening after a comma: "un compte rendu de l'échange, qui ne mentionne
      // pas la Corée du Nord"; but "dont" lists a group's members: "avec plusieurs dirigeants, dont Z".)
      crossed |= t > from && c.tok(t - 1).fold == ","sv && (f == "qui"sv || f == "que"sv || f == "qu'"sv);
      comma |= f == ","sv;
      timed = (timed && f != "avec"sv) || f == "apres"sv || f == "avant"sv || f == "depuis"sv ||
              f == "pendant"sv || f == "durant"sv;
      occasion = (occasion && f != ","sv) || (Is(WordClass::kOccasion, t) && !timed);
      topic = (topic && f != "avec"sv && f != ","sv) || f == "sur"sv || f == "concernant"sv;
    }
    if (crossed || timed) break;
    if (occasion || topic) continue;
    // ("X et Y se sont parlé, Kiev n'a pas été consulté": after a comma, a name that a verb follows is the
    // subject of another clause.)
    if (out.empty() && comma && x.end_token < c.s.end_token) {
      const Token& next = c.tok(x.end_token);
      const WordInfo& info = next.lowered();
      if (next.fold == "ne"sv || next.fold == "n'"sv || (info.finite && (!info.noun || IsAuxiliary(info))))
        break;
    }
    if (!out.empty()) {
      // Only a coordinated one follows: "Y et Z", "Y, et au Z", "Y et le commandement de Z" (a part of Z,
      // not a title), "Y, puis avec le plus haut diplomate, Z"; or one of a list "Y, Z et W".
      const Coordination joined = CoordinationBetween(c.m(out.back()).end_token, Start(k));
      if (joined == Coordination::kNone ||
          (joined == Coordination::kComma && !ListGoesOn(c.m(k).end_token, k)))
        break;
    }
    out.push_back(k);
  }
  return out;
}

SentenceReader::Coordination SentenceReader::CoordinationBetween(std::uint32_t from, std::uint32_t to) const {
  // "avec Y et plusieurs dirigeants européens, dont Z": the ones named after "dont" are of a group
  // coordinated to Y.
  if (to >= from + 2 && c.tok(to - 1).fold == "dont"sv) {
    bool et = false, words = true;
    for (std::uint32_t t = from; t + 1 < to && words; ++t) {
      et |= c.tok(t).fold == "et"sv;
      words = c.tok(t).fold == ","sv || (c.tok(t).kind == TokenKind::kWord && !c.tok(t).lowered().finite);
    }
    if (et && words) return Coordination::kAnd;
  }
  bool coordinated = false, comma = false, clean = true;
  for (std::uint32_t t = from; t < to; ++t) {
    const std::string_view f = c.tok(t).fold;
    const WordInfo& info = c.tok(t).lowered();
    // (Past a phrase in apposition.)
    if (const std::optional<std::uint32_t> close = t == from ? AppositionClose(t, to) : std::nullopt) {
      comma = true;
      t = *close;
      continue;
    }
    if (f == "et"sv || f == "ainsi"sv || f == "puis"sv) {
      coordinated = true;
    } else if (coordinated && PartOf(t, to)) {
      break;
    } else if (f == ","sv) {
      comma = true;
    } else if (!(schema.lexicon().Is(WordClass::kDeterminer, c.tok(t)) ||
                 schema.lexicon().Is(WordClass::kCourtesy, c.tok(t)) || c.tok(t).lower == "\xc3\xa0"sv ||
                 f == "au"sv || f == "aux"sv || f == "que"sv || f == "qu'"sv || f == "avec"sv ||
                 (c.tok(t).kind == TokenKind::kWord && !c.tok(t).capitalized && coordinated &&
                  (info.adverb || (info.adjective && !info.verb))))) {  // ("puis avec le plus haut")
      clean = false;
    }
  }
  if (!clean) return Coordination::kNone;
  return coordinated ? Coordination::kAnd : comma ? Coordination::kComma : Coordination::kNone;
}

std::optional<std::uint32_t> SentenceReader::AppositionClose(std::uint32_t comma, std::uint32_t to) const {
  if (c.tok(comma).fold != ","sv || comma + 1 >= to) return std::nullopt;
  const Token& next = c.tok(comma + 1);
  const std::uint32_t head = comma + 2 < to && IsArticle(next) ? comma + 2 : comma + 1;
  const bool participle = next.lowered().participle && !next.lowered().finite;
  const bool title = c.tok(head).facts.starts_title && (head > comma + 1 || !c.tok(head).capitalized);
  const bool noun = c.tok(head).kind == TokenKind::kWord && !c.tok(head).capitalized &&
                    c.tok(head).lowered().noun && head + 1 < to && IsGenitive(head + 1);
  if (!participle && !title && !noun) return std::nullopt;
  std::uint32_t close = comma + 2;
  while (close < to && close < comma + 10 && c.tok(close).fold != ","sv && !Boundary(close)) ++close;
  if (close < to && c.tok(close).fold == ","sv) return close;
  return std::nullopt;
}

bool SentenceReader::ListGoesOn(std::uint32_t end, std::uint32_t k) const {
  for (auto it = std::find(c.mentions.begin(), c.mentions.end(), k); it != c.mentions.end(); ++it) {
    if (*it == k || InRole(*it)) continue;
    if (!IsActor(c.m(*it))) return false;
    const Coordination joined = CoordinationBetween(end, Start(*it));
    if (joined != Coordination::kComma) return joined == Coordination::kAnd;
    end = c.m(*it).end_token;
  }
  return false;
}

bool SentenceReader::PartOf(std::uint32_t t, std::uint32_t end) const {
  std::uint32_t e = end;
  while (e > t && IsArticle(c.tok(e - 1))) --e;
  if (e <= t + 1 || !IsGenitive(e - 1) || !c.tok(t).facts.titles->empty()) return false;
  for (std::uint32_t x = t; x + 1 < e; ++x) {
    const Token& w = c.tok(x);
    const WordInfo& info = w.lowered();
    if (x > t && (IsGenitive(x) || IsArticle(w))) continue;  // "le commandement du théâtre occidental de l'"
    // (A capitalised common word after the noun is part of its name: "le théâtre Sud de l'".)
    const bool named = w.capitalized && (x == t || !info.common_word);
    if (w.kind != TokenKind::kWord || named || !(info.noun || info.adjective) || info.finite ||
        (x == t && !info.noun))
      return false;
  }
  return true;
}

bool SentenceReader::Denies(std::uint32_t first, std::uint32_t end) const {
  // (Where Negated finds nothing, neither the modal's "ne" nor a negation is there to look for.)
  if (first >= c.s.first_token && !MayNegate()) return false;
  // "a averti que la Chine ne ferait aucune concession", "ne tolérera pas": a stance on what is to come
  // denies no fact ("n'aurait pas eu lieu", an auxiliary's, does; so does "ne résout aucun problème et ne
  // changera pas").
  bool stances_only = false;
  for (std::uint32_t t = first; t < end && t < c.s.end_token; ++t) {
    const std::string_view f = c.tok(t).fold;
    if ((f == "ne"sv || f == "n'"sv) && t + 1 < c.s.end_token) {
      const WordInfo& verb = c.tok(t + 1).lowered();
      const bool modal = std::any_of(verb.lemmas.begin(), verb.lemmas.end(), [](const std::string& l) {
        return l == "pouvoir"sv || l == "devoir"sv || l == "falloir"sv;
      });
      if (modal) return Negated(first, t, true) || Negated(t + 2, end, true);
      stances_only = (verb.conditional || verb.future) && !IsAuxiliary(verb);
      if (!stances_only) break;
    }
  }
  return !stances_only && Negated(first, end, true);
}

bool SentenceReader::FindNegation(std::uint32_t first, std::uint32_t end, bool claim) const {
  bool ne = false, other = false, ni = false;
  for (std::uint32_t t = first; t < end && t < c.s.end_token; ++t) {
    // A decline is no denial: "X n'a pas souhaité commenter, selon Y" (its negation is part of the cue).
    if (const Cue* cue = CueAt(c, t); cue && cue->cls == "decline"sv) {
      t = cue->end_token - 1;
      continue;
    }
    const std::string_view f = c.tok(t).fold;
    // "Le Hamas, qui ne négocie pas avec Israël, a transmis sa réponse": a relative clause between commas
    // has a negation of its own, not that of the fact after it.
    if (f == ","sv && t + 1 < end && Is(WordClass::kRelative, t + 1)) {
      std::uint32_t close = t + 2;
      while (close < end && c.tok(close).fold != ","sv) ++close;
      if (close < end) {
        t = close;
        continue;
      }
    }
    // "a annoncé la suspension des visas, une mesure qui n'a pas été levée": a noun in apposition whose
    // relative clause says more of it, up to the next comma or the end.
    if (f == ","sv && t + 2 < end && Is(WordClass::kDeterminer, t + 1)) {
      std::uint32_t u = t + 2;
      while (u < end && u < t + 5 && !c.tok(u).capitalized &&
             (c.tok(u).lowered().noun || c.tok(u).lowered().adjective))
        ++u;
      if (u > t + 2 && u < end && Is(WordClass::kRelative, u) && c.tok(u).fold != "que"sv &&
          c.tok(u).fold != "qu'"sv) {
        t = u;
        while (t + 1 < end && c.tok(t + 1).fold != ","sv) ++t;
        continue;
      }
    }
    // "ne pouvait faire comme si de rien n'était": what follows "comme si" is a comparison, not the claim;
    // "a déclaré avoir refusé l'appel parce que X n'avait pas créé ...": what follows "parce que" its
    // cause.
    if (f == "comme"sv && t + 1 < c.s.end_token &&
        (c.tok(t + 1).fold == "si"sv || c.tok(t + 1).fold == "s'"sv))
      break;
    if (claim && t > first && (f == "parce"sv || f == "puisque"sv || f == "puisqu'"sv || f == "car"sv)) break;
    // ("a insisté sur des garde-fous pour que la concurrence ne vire pas au conflit": its purpose.)
    if (claim && t > first && (f == "pour"sv || f == "afin"sv) && t + 1 < end &&
        (c.tok(t + 1).fold == "que"sv || c.tok(t + 1).fold == "qu'"sv))
      break;
    if (claim && (f == "ne"sv || f == "n'"sv) && t > c.s.first_token && t + 2 < end &&
        Is(WordClass::kNegation, t + 1) && !IsAuxiliary(c.tok(t + 2).lowered())) {
      // (A quote may open before the negation: "a appelé l'UE à « ne pas céder ».)
      std::uint32_t before = t - 1;
      if (before > c.s.first_token && CueFinder::IsQuote(c.doc.TokenText(before))) --before;
      if (IsGenitive(before) || IsTo(c.tok(before)) || c.tok(before).fold == "pour"sv) {
        ++t;
        continue;
      }
    }
    // "n'a jamais cessé de fonctionner", "ne cesse pas de": a cessation negated is a continuation.
    if (ne && t + 2 < end && c.tok(t).lowered().verb &&
        schema.lexicon().LemmaIn(WordClass::kCessation, c.tok(t))) {
      if (other && Is(WordClass::kNegation, t - 1) && IsGenitive(t + 1)) {
        ne = other = false;
        continue;
      }
      if (!other && (c.tok(t - 1).fold == "ne"sv || c.tok(t - 1).fold == "n'"sv) &&
          Is(WordClass::kNegation, t + 1) && IsGenitive(t + 2)) {
        ne = false;
        ++t;
        continue;
      }
    }
    // "a cessé de notifier", "a renoncé à rencontrer", "a suspendu le dialogue": a fact that no longer
    // takes place (words.tsv cessation).
    if (!claim && t + 1 < end && c.tok(t).lowered().verb &&
        (IsGenitive(t + 1) || IsTo(c.tok(t + 1)) || Is(WordClass::kDeterminer, t + 1)) &&
        schema.lexicon().LemmaIn(WordClass::kCessation, c.tok(t)))
      return true;
    // ("n'a pas participé aux discussions mais a été informé par X": a negation complete before "mais" is
    // its own clause's; what a statement says there is denied all the same, ReportFrom.)
    if (!claim && f == "mais"sv && ne && other) {
      ne = other = ni = false;
      continue;
    }
    // ("« Ne vous y trompez pas : Poutine est responsable »": an imperative opening what is said, not a
    // claim denied.)
    if (claim && (f == "ne"sv || f == "n'"sv) && t + 2 < end && c.tok(t + 1).fold == "vous"sv &&
        (t == c.s.first_token || CueFinder::IsQuote(c.doc.TokenText(t - 1)) || c.tok(t - 1).fold == ":"sv)) {
      std::uint32_t u = t + 2;
      while (u < end && u < t + 6 && !Is(WordClass::kNegation, u)) ++u;
      if (u < end && u < t + 6) {
        t = u;
        continue;
      }
    }
    if (f == "ne"sv || f == "n'"sv) {
      ne = true;
      ni |= CueFinder::NegatedByNi(c.doc, c.s, t);
    } else if (f == "aucun"sv || f == "aucune"sv) {
      return true;
    } else if (Is(WordClass::kNegation, t)) {
      other = true;
    }
  }
  return ne && (other || ni);
}

bool SentenceReader::Hypothetical(std::uint32_t first, std::uint32_t end) const {
  // (Most sentences have no word it looks for.)
  if (first >= c.s.first_token && !(SentenceWords() & RelationExtractor::kHypothesisWord)) return false;
  for (std::uint32_t t = first; t < end && t < c.s.end_token; ++t) {
    if (Is(WordClass::kHypothetical, t)) return true;
    const Token& tk = c.tok(t);
    if (tk.kind != TokenKind::kWord) continue;
    const WordInfo& info = tk.lowered();
    // "X s'entretiendra avec Y", "la rencontre aura lieu lundi": announced, not yet done ("sera en charge
    // de", an arrangement, is stated; "aura" is a noun only after a determiner).
    if (info.future && (!info.noun || !DeterminedNoun(t)) && !tk.capitalized && !HasLemma(info, "etre"))
      return true;
    if (!info.conditional) continue;
    if (!IsAuxiliary(info)) return true;  // "pourrait", "devrait"
    // "avait annoncé qu'une rencontre aurait lieu": "avoir lieu" is a full verb, its simple conditional
    // a future seen from the past ("aurait eu lieu" is the journalistic conditional).
    if (t + 1 < c.s.end_token && c.tok(t + 1).fold == "lieu"sv) return true;
    if (t + 1 < end) {  // "aurait pu"
      const WordInfo& next = c.tok(t + 1).lowered();
      for (const std::string& l : next.lemmas)
        if (l == "pouvoir"sv || l == "devoir"sv) return true;
    }
  }
  return false;
}

}  // namespace newsgraph
