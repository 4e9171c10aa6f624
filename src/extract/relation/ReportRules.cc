// The reporting rules: "X a déclaré que S", "S, a déclaré X", "selon X", a headline's "X : S" (reported,
// denied, cites).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/CueFinder.h"
#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"
#include "text/Fold.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// After "selon", a word that names no source: a stressed pronoun ("selon lui") or a relative ("des
// informations selon lesquelles ...").
bool NamesNoSource(std::string_view fold) {
  return fold == "lui"sv || fold == "elle"sv || fold == "eux"sv || fold == "elles"sv || fold == "nous"sv ||
         IsLequel(fold);
}

// A dash (an em or en dash folds to "-"), which closes an inserted phrase as a comma does ("— leur
// troisième échange —").
bool IsDash(const Token& w) {
  return w.kind == TokenKind::kPunct && w.fold == "-"sv;
}

}  // namespace

void RelationExtractor::Report(Context& c, const Cue& cue) const {
  SentenceReader h{schema_, c};
  if (AnswersACall(c, cue)) return;
  // "s'est refusé à confirmer ou (à) démentir": an infinitive coordinated to a refusal's is refused too.
  if (std::uint32_t t = cue.first_token; c.tok(t).lowered().infinitive) {
    if (t > c.s.first_token && (c.tok(t - 1).fold == "de"sv || c.tok(t - 1).lower == "\xc3\xa0"sv)) --t;
    if (t > c.s.first_token + 1 && (c.tok(t - 1).fold == "ou"sv || c.tok(t - 1).fold == "ni"sv))
      if (const Cue* refusal = CueEndingAt(c, t - 1); refusal && refusal->cls == "decline"sv) return;
  }
  // "a rejeté une demande d'entretien": a refused request, not a claim denied.
  if (cue.cls == "deny"sv) {
    std::uint32_t t = cue.end_token;
    if (t < c.s.end_token && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t))) ++t;
    if (const Cue* next = t < c.s.end_token ? CueAt(c, t) : nullptr; next && next->cls == "intention"sv)
      return;
  }
  // "n'a pas donné suite aux demandes de précisions de l'AFP": a statement noun asked for, after a refusal
  // to answer, is none made.
  if (const Cue* before =
          cue.first_token > c.s.first_token + 1 ? CueEndingAt(c, cue.first_token - 1) : nullptr;
      before && before->cls == "intention"sv && h.IsGenitive(cue.first_token - 1) &&
      c.tok(cue.first_token).lowered().noun)
    return;
  // "selon un communiqué de Pékin": the noun is part of the source of a "selon", which speaks for it; "a
  // indiqué dans un communiqué X": the medium of the statement of the verb before it.
  if (c.tok(cue.first_token).fold != "selon"sv && c.tok(cue.first_token).lowered().noun)
    for (std::uint32_t t = cue.first_token; t-- > c.s.first_token && t + 3 >= cue.first_token;) {
      if (c.tok(t).fold == "selon"sv ||
          (c.tok(t).fold == "apres"sv && t > c.s.first_token && c.tok(t - 1).fold == "d'"sv))
        return;
      // ("a critiqué samedi le président Y dans un communiqué": the verb's object may come between.)
      if (c.tok(t).fold == "dans"sv || c.tok(t).fold == "par"sv)
        for (std::uint32_t v = t; v-- > c.s.first_token && v + 12 >= t && !h.Boundary(v);)
          if (const Cue* verb = CueAt(c, v);
              verb && (verb->cls == "report"sv || verb->cls == "deny"sv) && verb->end_token <= t)
            return;
    }
  // "a qualifié de « provocation » les déclarations des responsables polonais": the object of a statement
  // verb is what it is about, no statement of its subject; so is that of a refusal ("n'a pas souhaité
  // commenter les déclarations du président américain").
  if (const WordInfo& noun = c.tok(cue.first_token).lowered(); noun.noun && !noun.verb)
    for (std::uint32_t t = cue.first_token; t-- > c.s.first_token && t + 6 >= cue.first_token;) {
      const Token& w = c.tok(t);
      if (h.Boundary(t) || (w.kind == TokenKind::kPunct && !CueFinder::IsQuote(c.doc.TokenText(t))) ||
          (w.lowered().finite && !CueAt(c, t)))
        break;
      if (const Cue* verb = CueEndingAt(c, t);
          verb && (verb->cls == "decline"sv || ((verb->cls == "report"sv || verb->cls == "deny"sv) &&
                                                c.tok(verb->first_token).lowered().verb)))
        return;
    }
  const Sentence& s = c.s;
  std::int64_t speaker = -1;
  std::uint32_t first = s.first_token, end = s.end_token;
  std::uint32_t claim = 0;  // where the facts said start, when later than `first` (see ReportFrom)
  bool selon = c.tok(cue.first_token).fold == "selon"sv || c.tok(cue.first_token).fold == "d'"sv;
  if (selon) {
    // "Selon X, S" / "S, selon X" / "selon un communiqué du Kremlin, S"; "selon lui" names no one here, but
    // opening a sentence, the speaker of the sentence before ("X a assuré S1. Selon lui, S2").
    if (cue.end_token < s.end_token && NamesNoSource(c.tok(cue.end_token).fold)) {
      const std::string_view pronoun = c.tok(cue.end_token).fold;
      // "les informations du Washington Post selon lesquelles S": what the statement noun's source claims,
      // whoever denies it (a claim denied keeps its plain edge, attributed to who made it).
      if (pronoun == "lesquelles"sv || pronoun == "lesquels"sv || pronoun == "laquelle"sv ||
          pronoun == "lequel"sv) {
        for (std::uint32_t k : c.mentions)
          if (const Mention& x = c.m(k); x.end_token == cue.first_token && IsActor(x) && !x.anonymous) {
            if (!h.StatementNounOf(k)) break;
            ReportFrom(c, cue, k, cue.end_token + 1, end);
          }
        return;
      }
      if (cue.first_token != s.first_token || (pronoun != "lui"sv && pronoun != "elle"sv) || c.sentence == 0)
        return;
      const Gender gender = pronoun == "lui"sv ? Gender::kMasculine : Gender::kFeminine;
      for (std::size_t r = c.doc.relations.size(); r-- > 0 && speaker < 0;) {
        const Relation& rel = c.doc.relations[r];
        if (rel.sentence + 1 < c.sentence) break;
        if (rel.sentence + 1 != c.sentence ||
            (rel.type != RelationType::kReported && rel.type != RelationType::kDenied))
          continue;
        if (c.m(rel.source).type == EntityType::kOfficial &&
            Disagree(c.GenderOf(schema_.lexicon(), rel.source), gender))
          return;
        speaker = rel.source;
      }
      // (Or who spoke there though what they said gave no edge: "« Nous reprenons les communications
      // militaires », a déclaré M. Biden. Selon lui, les deux dirigeants ont convenu S".)
      for (auto st = c.earlier_statements.rbegin();
           speaker < 0 && st != c.earlier_statements.rend() && st->sentence + 1 == c.sentence; ++st)
        if (c.m(st->speaker).type != EntityType::kOfficial ||
            !Disagree(c.GenderOf(schema_.lexicon(), st->speaker), gender))
          speaker = st->speaker;
      // (Or, with no one speaking there, its first person, usually its subject: "Le médiateur X a remercié
      // les Emirats. Selon lui, S".)
      if (speaker < 0) {
        std::size_t k = c.first_mention;
        while (k > 0 && c.doc.mentions[k - 1].sentence + 1 == c.sentence) --k;
        while (k < c.first_mention && c.doc.mentions[k].type != EntityType::kOfficial) ++k;
        if (k < c.first_mention && !c.doc.mentions[k].entity.empty() && !c.doc.mentions[k].generic &&
            !Disagree(c.GenderOf(schema_.lexicon(), static_cast<std::uint32_t>(k)), gender))
          speaker = static_cast<std::int64_t>(k);
      }
      if (speaker < 0) return;
      first = cue.end_token + 1;
      if (first < s.end_token && c.tok(first).fold == ","sv) ++first;
      ReportFrom(c, cue, static_cast<std::uint32_t>(speaker), first, end);
      return;
    }
    // ("Selon des informations non confirmées, X aurait ...": the source ends at the comma, but for a name
    // in apposition to its title: "Selon le porte-parole du Kremlin, Dmitri Peskov, ...".)
    std::uint32_t source_end = cue.end_token;  // where the source's phrase ends
    for (std::uint32_t k : c.mentions) {
      if (c.m(k).first_token < cue.end_token) continue;
      bool comma = false;
      for (std::uint32_t t = cue.end_token; t < h.Start(k) && !comma; ++t) comma = c.tok(t).fold == ","sv;
      if (comma || h.Start(k) >= cue.end_token + 8) break;
      // ("selon des diplomates à Bruxelles": where the people who said it are.)
      if (const std::uint32_t b = h.Start(k); c.m(k).type == EntityType::kCountry && b >= cue.end_token + 2 &&
                                              (IsTo(c.tok(b - 1)) || c.tok(b - 1).fold == "en"sv) &&
                                              h.PeopleNoun(b - 2))
        break;
      if (IsActor(c.m(k)) && !h.InRole(k)) {
        speaker = k;
        source_end = c.m(k).end_token;
        break;
      }
    }
    // ("selon le communiqué russe": the state whose statement it is, named in the article.)
    if (speaker < 0)
      if (const std::optional<std::uint32_t> state = NationalStatement(c, cue.end_token, s.end_token)) {
        speaker = *state;
        while (source_end < s.end_token && c.tok(source_end).kind == TokenKind::kWord) ++source_end;
      }
    if (speaker < 0) return;
    // "un échec qui, selon X, augmente le risque": what a relative clause says after its source.
    std::uint32_t before_cue = cue.first_token;
    if (before_cue > s.first_token + 1 && c.tok(before_cue - 1).fold == ","sv) --before_cue;
    const bool in_relative = before_cue > s.first_token && h.Is(WordClass::kRelative, before_cue - 1);
    if (in_relative) {
      first = source_end;
      if (first < s.end_token && c.tok(first).fold == ","sv) ++first;
    }
    // "Inde-Pakistan : la ligne a fonctionné, selon New Delhi": a headline's topic is not what was said.
    for (std::uint32_t t = s.first_token; t < std::min(s.first_token + 4, cue.first_token); ++t)
      if (c.tok(t).fold == ":"sv) first = t + 1;
    if (cue.first_token <= s.first_token + 1) {
      first = source_end;
      for (std::uint32_t t = first; t < s.end_token; ++t)
        if (c.tok(t).fold == ","sv) {
          first = t + 1;
          // ("Selon le Wall Street Journal, qui cite des responsables américains, S": past the relative;
          // "D'après la chaîne X, proche des services de renseignement, S": past what qualifies the source.)
          if (first < s.end_token &&
              (h.Is(WordClass::kRelative, first) ||
               (c.tok(first).kind == TokenKind::kWord && !c.tok(first).capitalized &&
                (c.tok(first).lowered().adjective || c.tok(first).lowered().participle) &&
                !h.Is(WordClass::kDeterminer, first))))
            continue;
          break;
        }
    }
    // "L'appel était, selon les autorités russes, une demande de X": the rest of the sentence is what was
    // said. "S, selon le Pentagone, qui n'a pas donné de détails": what the source itself did is not.
    if (cue.first_token > s.first_token + 1 && !in_relative) {
      std::uint32_t t = source_end;
      while (t < s.end_token && c.tok(t).fold != ","sv) ++t;
      if (t == s.end_token || (t + 1 < s.end_token && h.Is(WordClass::kRelative, t + 1))) {
        end = cue.first_token;
        if (end > first && c.tok(end - 1).fold == ","sv) --end;
      }
    }
  } else {
    // Incise: ", a déclaré X" / "», a-t-il dit" / ", a indiqué le diplomate".
    std::uint32_t t = cue.first_token;
    bool clitic = false;
    // ("..., a-t-on appris auprès du Quai d'Orsay", "a-t-on indiqué à l'Elysée": "on" is no one; the source
    // is named with a preposition.)
    bool impersonal = false;
    Gender clitic_gender = Gender::kUnknown;
    // ("», a tenu à préciser X", ", a voulu souligner X": an infinitive cue's governing participle, once.)
    bool governed = !c.tok(cue.first_token).lowered().infinitive;
    while (t > s.first_token) {
      const Token& p = c.tok(t - 1);
      const WordInfo& info = p.lowered();
      if (!governed) {
        governed = true;
        // (The participle, after its "à" or "de" if any, and its auxiliary before it.)
        const std::uint32_t linker = IsTo(p) || p.fold == "de"sv || p.fold == "d'"sv;
        if (const std::uint32_t participle = t - 1 - linker;
            t - 1 > s.first_token + linker && !c.tok(participle).capitalized &&
            c.tok(participle).lowered().participle && IsAuxiliary(c.tok(participle - 1).lowered())) {
          t = participle;
          continue;
        }
      }
      if (p.fold == "-t-on"sv || p.fold == "-on"sv) {
        impersonal = true;
      } else if (schema_.lexicon().Is(WordClass::kClitic, p)) {
        clitic = true;
        clitic_gender = GenderMarked(schema_.lexicon(), p);
      } else if (!(IsAuxiliary(info) || (info.adverb && !p.capitalized) || p.fold == "s'"sv ||
                   p.fold == "se"sv))
        break;
      --t;
    }
    // (A present participle has no subject after it: ", accusant Pékin de S" is no incise of Pékin's.)
    const Token& verb = c.tok(cue.first_token);
    const bool present_participle =
        verb.fold.ends_with("ant"sv) && verb.lowered().verb && !verb.lowered().finite && t == cue.first_token;
    // (A straight quote after an auxiliary opens what is quoted: 'X a également "souligné ...".)
    const bool opening = t >= s.first_token + 2 && c.tok(t - 1).fold == "\""sv &&
                         (IsAuxiliary(c.tok(t - 2).lowered()) || c.tok(t - 2).lowered().adverb);
    // (A dash closes an inserted phrase; one that is a relative clause on the subject, "la Suède - qui n'est
    // pas membre de l'OTAN - a accusé", leaves the verb the subject's.)
    bool dash = t > s.first_token && IsDash(c.tok(t - 1));
    for (std::uint32_t k = t - 1; dash && k-- > s.first_token;)
      if (IsDash(c.tok(k))) {
        dash = !schema_.lexicon().Is(WordClass::kRelative, c.tok(k + 1));
        break;
      }
    bool incise = !present_participle && t > s.first_token && !opening &&
                  (c.tok(t - 1).fold == ","sv || c.tok(t - 1).fold == "\xc2\xbb"sv ||
                   c.tok(t - 1).fold == "\""sv || dash);
    // ("..., comme l'affirme New Delhi": what comes before is what was said.)
    if (const std::optional<std::uint32_t> as = h.AsSays(cue.first_token); as && !present_participle) {
      incise = true;
      t = *as + 1;
      // (What follows the last "que" before it: "X a démenti que S, comme l'affirme Y".)
      for (std::uint32_t k = s.first_token; k < *as; ++k)
        if (c.tok(k).fold == "que"sv || c.tok(k).fold == "qu'"sv) first = k + 1;
    }
    // "Le vice-ministre russe, Alexandre Grouchko, a accusé l'Alliance de S": the comma closes the subject's
    // apposition (a name, and no verb before it), not what was said.
    if (incise && c.tok(t - 1).fold == ","sv) {
      bool name = false;
      // (Or a noun phrase apposed to the name opening the sentence: "Energoatom, l'opérateur ukrainien de la
      // centrale, a accusé l'armée russe de S".)
      for (std::uint32_t k : c.mentions)
        name |= IsActor(c.m(k)) &&
                (c.m(k).end_token + 1 == t ||
                 (c.m(k).end_token + 2 < t && h.PhraseStart(k, /*titled=*/true) == s.first_token &&
                  c.tok(c.m(k).end_token).fold == ","sv && IsArticle(c.tok(c.m(k).end_token + 1))));
      bool clause = false;
      // (Inside a title, "président" and "conseiller" are no verbs: asked only of a token that would be one.)
      const auto in_title = [&](std::uint32_t k) {
        for (std::uint32_t m : c.mentions)
          if (c.m(m).role_first <= k && k < c.m(m).role_end) return true;
        return false;
      };
      // ("lors d'un point de presse": a noun after a determiner or "de" is no finite verb.)
      const auto finite_verb = [&](std::uint32_t k) {
        const Token& w = c.tok(k);
        return !w.capitalized && w.lowered().finite &&
               !(w.lowered().noun && k > s.first_token &&
                 (h.IsGenitive(k - 1) || schema_.lexicon().Is(WordClass::kDeterminer, c.tok(k - 1))));
      };
      // (From the clause the name opens: "Islamabad n'a pas publié de communiqué, mais un porte-parole de
      // l'armée, le général X, a confirmé".)
      std::uint32_t opening = s.first_token;
      for (std::uint32_t k = s.first_token; name && k + 1 < t; ++k)
        if (c.tok(k).fold == "mais"sv || c.tok(k).fold == ";"sv) opening = k + 1;
      for (std::uint32_t k = opening; name && k + 1 < t && !clause; ++k) {
        const Token& w = c.tok(k);
        clause = (w.kind == TokenKind::kPunct
                      ? (w.fold == "\""sv || w.fold == "\xc2\xab"sv || w.fold == "\xc2\xbb"sv)
                      : finite_verb(k)) &&
                 !in_title(k);
      }
      if (!clause && name) incise = false;
    }
    // "M. Rubio, qui s'exprimait aux côtés de Y, le prince Z, s'est dit ...": the comma closes a relative
    // clause on the sentence's subject.
    // (Only in a sentence with the relative "qui": most incises are in one without,
    // SentenceReader::SentenceWords.)
    if (const std::optional<std::uint32_t> open =
            incise && (h.SentenceWords() & kRelativeWho) ? h.InsertedRelative(cue.first_token) : std::nullopt;
        open && c.tok(*open + 1).fold == "qui"sv)
      for (std::uint32_t k : c.mentions)
        if (const std::uint32_t start = h.PhraseStart(k, /*titled=*/true);
            h.End(k) == *open && IsActor(c.m(k)) && start == s.first_token)
          incise = false;
    // "X, pour sa part, a indiqué que S", "X, qui a requis l'anonymat, a assuré à l'agence Ria Novosti que S"
    // are preposed, not incises.
    // (Past four words, only with no punctuation before: ", a déclaré le Kremlin, alors que S" is one.)
    bool punctuated = false;
    for (std::uint32_t k = cue.end_token; incise && k < std::min(cue.end_token + 8, s.end_token); ++k) {
      if (k >= cue.end_token + 4 && punctuated) break;
      if (c.tok(k).fold == "que"sv || c.tok(k).fold == "qu'"sv || c.tok(k).fold == ":"sv) incise = false;
      punctuated |= c.tok(k).kind == TokenKind::kPunct;
    }
    // A passive ("qui a été rejetée") names its speaker only with "par".
    bool passive = false;
    for (std::uint32_t k = t; k < cue.first_token; ++k) {
      const WordInfo& aux = c.tok(k).lowered();
      passive |=
          HasLemma(aux, "etre") && c.tok(cue.first_token).lowered().participle && c.tok(k).fold != "s'"sv;
    }
    // (Past the quotation mark closing the cue's words: "qualifiées de « mensonges » par".)
    std::uint32_t by = cue.end_token;
    while (by < s.end_token && CueFinder::IsQuote(c.doc.TokenText(by))) ++by;
    if (passive && !(by < s.end_token && c.tok(by).fold == "par"sv)) return;
    // "..., tandis que l'Inde a affirmé S, une affirmation démentie par Islamabad", "des accusations
    // qualifiées de « mensonges » par Kiev": the agent after "par" speaks of the clause before the
    // participle.
    if (c.tok(cue.first_token).lowered().participle && by < s.end_token && c.tok(by).fold == "par"sv) {
      if (const auto agents = h.Objects(by + 1, 4); !agents.empty()) {
        speaker = agents.front();
        end = cue.first_token;
        for (std::uint32_t k = cue.first_token; k-- > s.first_token;) {
          const std::string_view f = c.tok(k).fold;
          if (f == "tandis"sv || f == "mais"sv || f == ";"sv) {
            first = k + 1;
            break;
          }
        }
        // ("a reçu Antonio Guterres, dont la présence a été critiquée par Kiev": the one the relative clause
        // is about.)
        for (std::uint32_t k = cue.first_token;
             k-- > first && k + 8 > cue.first_token && c.tok(k).fold != ","sv;)
          if (c.tok(k).fold == "dont"sv && k > first + 1 && c.tok(k - 1).fold == ","sv)
            for (std::uint32_t m : c.mentions)
              if (c.m(m).end_token + 1 == k && IsActor(c.m(m))) {
                first = h.PhraseStart(m);
                end = c.m(m).end_token;
              }
        // ("X a téléphoné à Y pour leur faire part de S, une accusation rejetée par Z": what was said, not
        // the call it was said in.)
        for (auto it = FirstCueFrom(c, first); it != c.doc.cues.end() && it->end_token <= end; ++it)
          if (it->cls == "report"sv && c.tok(it->first_token).lowered().verb) claim = it->end_token;
      }
    }
    if (incise && speaker < 0) {
      end = t - 1;
      if (end > s.first_token && c.tok(end - 1).fold == ","sv) --end;
      // "Israël-Iran : S, affirme Téhéran": a headline's topic is not what was said.
      for (std::uint32_t k = first; k < std::min(first + 4, end); ++k)
        if (c.tok(k).fold == ":"sv) first = k + 1;
      // "X a eu une conversation avec Y, a-t-il annoncé": what was said, not quoted, opening on a person as
      // its subject, was said by that person.
      // ("La secrétaire au Trésor Janet Yellen a eu des entretiens avec Y, a-t-elle déclaré": with the
      // title's article.)
      // (Not one named by a title alone, whom a spokesperson speaks of: "Aucun entretien n'est prévu, a
      // déclaré X. Le président russe pourrait s'entretenir avec Y, a-t-il ajouté" is X.)
      if (clitic && first < end && !CueFinder::IsQuote(c.doc.TokenText(first)))
        for (std::uint32_t k : c.mentions)
          if (const Mention& p = c.m(k);
              (h.Start(k) == first || h.PhraseStart(k, /*titled=*/true) == first) &&
              p.type == EntityType::kOfficial && !p.entity.empty() && !p.anonymous && !p.generic &&
              !Disagree(c.GenderOf(schema_.lexicon(), k), clitic_gender))
            speaker = k;
      if (clitic && speaker < 0) {
        // The pronoun is the last person named before what was said (a person named in it is not the one
        // saying it: "« Nous parlons avec Mme X », a-t-il dit"), not one after a preposition when another is
        // there ("X a nié tout contact avec Y. « ... », a-t-il dit": X), nor a woman for "-t-il" (a man for
        // "-t-elle"). Mentions are in text order.
        // (A sentence before that the same pronoun opens had it for subject: the people it names are others,
        // and the one it stands for is named further back: "X s'est rendu à Beyrouth. Il a échangé avec son
        // homologue Y. « ... », a-t-il déclaré" is X.)
        // (In a sentence before, its subject rather than its verb's object: "X a reçu vendredi son homologue
        // Y. « ... », a-t-il déclaré" is X.)
        std::uint32_t skipped = 0, last_skipped = c.sentence;
        // (`object`: a person after the verb of a sentence before, while its subject is looked for.)
        std::int64_t object = -1;
        const std::string_view pronoun = clitic_gender == Gender::kFeminine ? "elle"sv : "il"sv;
        for (std::size_t k = c.first_mention + c.mentions.size(); k-- > 0;) {
          const Mention& p = c.doc.mentions[k];
          if (object >= 0 && p.sentence != c.doc.mentions[object].sentence) break;
          if (p.type != EntityType::kOfficial || p.entity.empty() || p.first_token >= first ||
              Disagree(c.GenderOf(schema_.lexicon(), static_cast<std::uint32_t>(k)), clitic_gender))
            continue;
          if (p.sentence < c.sentence && h.SentenceOpensWith(p.sentence, pronoun)) {
            if (p.sentence != last_skipped) {
              last_skipped = p.sentence;
              ++skipped;
            }
            continue;
          }
          if (speaker < 0) speaker = static_cast<std::int64_t>(k);
          std::uint32_t b = h.Start(static_cast<std::uint32_t>(k));
          while (b > 0 && (IsArticle(c.doc.tokens[b - 1]) ||
                           schema_.lexicon().Is(WordClass::kPossessive, c.doc.tokens[b - 1])))
            --b;
          // (One coordinated to a complement is one too: "X a parlé avec A et B".)
          for (std::size_t j = k; b > 1 && c.doc.tokens[b - 1].fold == "et"sv && j-- > 0 &&
                                  c.doc.mentions[j].sentence == p.sentence;)
            if (c.doc.mentions[j].end_token + 1 == b) {
              b = h.Start(static_cast<std::uint32_t>(j));
              while (b > 0 && IsArticle(c.doc.tokens[b - 1])) --b;
            }
          if (b == 0 || !schema_.lexicon().Is(WordClass::kPreposition, c.doc.tokens[b - 1])) {
            const std::uint32_t opening = c.doc.sentences[p.sentence].first_token;
            // (One who spoke there is no object: ", a déclaré le porte-parole, X".)
            const bool spoke =
                std::any_of(c.earlier_statements.begin(), c.earlier_statements.end(),
                            [&](const Context::EarlierStatement& st) { return st.speaker == k; });
            if (p.sentence < c.sentence && object < 0 && !spoke &&
                std::any_of(c.doc.tokens.begin() + opening, c.doc.tokens.begin() + b, [](const Token& w) {
                  return w.kind == TokenKind::kWord && !w.capitalized && w.lowered().finite &&
                         (!w.lowered().noun || IsAuxiliary(w.lowered()));
                })) {
              object = static_cast<std::int64_t>(k);
              continue;
            }
            speaker = static_cast<std::int64_t>(k);
            object = -1;
            break;
          }
          if (p.sentence + 1 + skipped < c.sentence) break;  // no further back than the sentence before
        }
        if (object >= 0) speaker = object;
      } else {
        // The speaker follows the verb, after at most a date or an addressee ("a déclaré lundi à RT le
        // ministère", "a annoncé vendredi 22 mars la Corée du Sud").
        for (std::uint32_t k : c.mentions) {
          const Mention& x = c.m(k);
          if (x.first_token < cue.end_token || !IsActor(x) || h.InRole(k)) continue;
          // ("..., a fait savoir le bureau de M. Bennett": a person's entourage speaks for them, words.tsv
          // entourage.)
          if (const std::optional<std::uint32_t> e = h.EntourageOf(k);
              e && *e <= h.AfterTime(cue.end_token)) {
            speaker = k;
            break;
          }
          // ("..., a indiqué un communiqué du Kremlin": a statement noun right after the verb is its
          // author's.)
          if (const std::uint32_t b = h.PhraseStart(k);
              b >= cue.end_token + 2 && b <= cue.end_token + 3 && h.IsGenitive(b - 1))
            if (h.Is(WordClass::kStatementNoun, b - 2)) {
              speaker = k;
              break;
            }
          if (h.InPP(k)) {
            if (const std::uint32_t b = h.PhraseStart(k);
                impersonal && b > cue.end_token &&
                (IsTo(c.tok(b - 1)) ||
                 (h.IsGenitive(b - 1) && b >= cue.end_token + 2 && c.tok(b - 2).fold == "aupres"sv))) {
              speaker = k;
              break;
            }
            if (x.first_token < cue.end_token + 4) continue;
            // ("..., a déclaré la soeur du dirigeant X, Y": the relative named by her kin noun, in
            // apposition.)
            if (const std::uint32_t b = h.PhraseStart(k, /*titled=*/true);
                b >= cue.end_token + 2 && h.IsGenitive(b - 1) && h.Is(WordClass::kKin, b - 2) &&
                x.end_token + 1 < s.end_token && c.tok(x.end_token).fold == ","sv)
              for (std::uint32_t y : c.mentions)
                if (c.m(y).first_token == x.end_token + 1 && c.m(y).type == EntityType::kOfficial &&
                    !c.m(y).entity.empty())
                  speaker = y;
            break;
          }
          if (h.Start(k) <= cue.end_token + 5) speaker = k;
          break;
        }
        // "..., dit le rapport": an outlet's piece (words.tsv outlet_piece) is the outlet that spoke last.
        if (std::uint32_t k = cue.end_token; speaker < 0 && k + 1 < s.end_token && IsArticle(c.tok(k)) &&
                                             schema_.lexicon().Is(WordClass::kOutletPiece, c.tok(k + 1)))
          for (std::size_t r = c.doc.relations.size();
               r-- > 0 && c.doc.relations[r].sentence + 2 >= c.sentence;)
            if (const Relation& said = c.doc.relations[r];
                (said.type == RelationType::kReported || said.type == RelationType::kDenied) &&
                c.m(said.source).type == EntityType::kInstitution) {
              speaker = said.source;
              break;
            }
        // "..., ont annoncé les deux pays": each of the pair says it.
        if (speaker < 0)
          if (const MentionList pair = h.PairAt(h.AfterTime(cue.end_token)); pair.size() == 2) {
            for (std::uint32_t p : pair) ReportFrom(c, cue, p, first, end);
            return;
          }
      }
    }
    if (speaker < 0) {
      // Preposed: "X a déclaré que S", "X et Y ont annoncé S" (one statement per speaker).
      auto subjects = h.Subjects(cue.first_token);
      if (subjects.empty()) return;
      // "les pays qui assurent la médiation": a verb that states only with a clause (words.tsv needs_clause)
      // does something else to a noun object.
      if (schema_.lexicon().LemmaIn(WordClass::kNeedsClause, c.tok(cue.first_token))) {
        std::uint32_t k = cue.end_token;
        while (k < s.end_token && c.tok(k).lowered().adverb && !c.tok(k).capitalized) ++k;
        if (k < s.end_token && (IsArticle(c.tok(k)) || h.Is(WordClass::kPossessive, k))) return;
      }
      // After a comma, the subject must be the one before an apposition ("X, deux pays ..., ont annoncé"),
      // not the subject of a finished clause ("X s'est entretenu avec Y, a indiqué le ministère").
      if (incise)
        for (std::uint32_t k = s.first_token; k < t; ++k) {
          const Token& w = c.tok(k);
          if (w.kind != TokenKind::kWord || w.capitalized) continue;
          const WordInfo& info = w.lowered();
          if (info.finite && (IsAuxiliary(info) || !info.noun))
            return;  // "pays" is a noun, "est" a verb here
        }
      speaker = subjects.front();
      first = cue.end_token;
      end = s.end_token;
      // What was said ends where another clause joins the sentence: "X a dit que S, tandis que Y a
      // affirmé ...", "X a démenti, mais Y a confirmé ..." ("mais que S2" goes on with what X said).
      // So does a verb coordinated to the cue's, before any "que": "ont condamné les tirs et sont convenus
      // de ...".
      bool subordinate = false;
      // ("a affirmé mercredi, en citant des sources, que S", "a assuré, selon des sources, que S": after a
      // phrase set off by commas before anything was said, S starts past the "que".)
      // (AfterTime takes the comma after a time.)
      if (std::uint32_t u = h.AfterTime(first);
          (u < end && c.tok(u).fold == ","sv) || (u > first && c.tok(u - 1).fold == ","sv))
        for (std::uint32_t k = c.tok(u).fold == ","sv ? u + 1 : u; k + 1 < end; ++k) {
          const std::string_view f = c.tok(k).fold;
          if (f == "que"sv || f == "qu'"sv) break;
          if (f == ","sv) {
            if (c.tok(k + 1).fold == "que"sv || c.tok(k + 1).fold == "qu'"sv) first = k + 2;
            break;
          }
        }
      for (std::uint32_t t = first; t < s.end_token; ++t) {
        const std::string_view f = c.tok(t).fold;
        // (Only words of one to four letters and "tandis" are looked for below: most tokens are passed over
        // by their length.)
        if (f.size() == 5 || f.size() > 6) continue;
        const auto more_said = [&] {
          return t + 1 < s.end_token && (c.tok(t + 1).fold == "que"sv || c.tok(t + 1).fold == "qu'"sv);
        };
        subordinate |= f == "que"sv || f == "qu'"sv;
        // ("X a démenti toute implication, et M. Y a proposé une enquête": after ", et", a subject and its
        // verb.)
        const auto clause_follows = [&] {
          if (t == first || c.tok(t - 1).fold != ","sv) return false;  // (asked only outside "que")
          for (std::uint32_t k : c.mentions)
            if (c.m(k).first_token > t) {
              std::uint32_t b = h.Start(k);
              while (b > t + 1 && (IsArticle(c.tok(b - 1)) || h.Is(WordClass::kCourtesy, b - 1))) --b;
              return b == t + 1 && h.VerbGroupFollows(c.m(k).end_token);
            }
          return false;
        };
        if (f == ";"sv || f == "tandis"sv || (f == "mais"sv && !more_said()) ||
            (f == "et"sv && !subordinate && (h.VerbGroupFollows(t + 1) || clause_follows()))) {
          end = t;
          break;
        }
        // (So does a gerund: "a affirmé que S, tout en accusant Kiev de S2", and "sans" with an infinitive
        // after a comma: "a confirmé la rencontre, sans mentionner ces canaux" is not about the canals.)
        if (f == "en"sv && t + 1 < s.end_token && h.ParticipleGovernor(t + 1)) {
          end = t > first && c.tok(t - 1).fold == "tout"sv ? t - 1 : t;
          break;
        }
        if (f == "sans"sv && t > first && c.tok(t - 1).fold == ","sv && t + 1 < s.end_token &&
            c.tok(t + 1).lowered().infinitive) {
          end = t - 1;
          break;
        }
      }
      // ... and where the next speaker of the sentence is named: "Alors que X a condamné ..., la Maison
      // Blanche a insisté ...".
      // (Cues are in text order: only this sentence's, after the cue, are looked at.)
      for (auto it = FirstCueFrom(c, cue.end_token + 1); it != c.doc.cues.end() && it->first_token < end;
           ++it) {
        const Cue& next = *it;
        // (A "selon" names its speaker after it: "qui selon X augmente le risque" is no new speaker before.
        // After a comma, it names the source of the whole: "X a démenti S, d'après l'agence Belta".)
        const std::string_view word = c.tok(next.first_token).fold;
        if ((word == "selon"sv || word == "d'"sv) && next.first_token > first &&
            c.tok(next.first_token - 1).fold == ","sv && next.end_token < c.s.end_token &&
            !NamesNoSource(c.tok(next.end_token).fold)) {
          end = next.first_token - 1;
          break;
        }
        // ("X a démenti que S, comme l'affirme Y": S ends where Y's saying so starts.)
        if (const std::optional<std::uint32_t> as = h.AsSays(next.first_token); as && *as > first) {
          end = *as;
          if (end > first && c.tok(end - 1).fold == ","sv) --end;
          break;
        }
        // (A noun has no subject: "a critiqué samedi Y dans un communiqué"; before a verb that is no noun,
        // "la" is its object: "son porte-parole X la qualifiant de « provocation »".)
        const WordInfo& next_word = c.tok(next.first_token).lowered();
        const bool noun = next.first_token > c.s.first_token &&
                          schema_.lexicon().Is(WordClass::kDeterminer, c.tok(next.first_token - 1)) &&
                          c.tok(next.first_token - 1).lower != "a"sv &&  // (the verb "a" folds as "à" does)
                          !(next_word.verb && !next_word.noun);
        // ("X a rejeté ces propos, estimant que S2": a present participle's statement is one of its own,
        // when what comes before names something: "a démenti toute préparation d'une arme, estimant que les
        // accusations russes S2" is about what S2 names.)
        // ("ce que New Delhi a démenti, assurant que S2": the relative is what is denied.)
        if ((next.cls == "report"sv || next.cls == "deny"sv) &&
            (next.first_token > first + 1 || (next.first_token == first + 1 && h.RelativeObject(speaker))) &&
            c.tok(next.first_token - 1).fold == ","sv && h.ParticipleGovernor(next.first_token)) {
          // ("a confirmé l'appel, précisant que S2")
          bool names =
              h.RelativeObject(speaker) || IsDemonstrative(c.tok(first).fold) ||
              (IsArticle(c.tok(first)) && first + 1 < next.first_token && NamesConversation(c, first + 1));
          for (std::uint32_t k : c.mentions)
            names |= c.m(k).first_token >= first && c.m(k).end_token < next.first_token;
          if (names) {
            end = next.first_token - 1;
            break;
          }
        }
        // ("X avait reconnu que S, des propos aussitôt contestés par Y": S ends at the comma before a
        // statement noun in apposition that the participle qualifies.)
        if ((next.cls == "report"sv || next.cls == "deny"sv) &&
            c.tok(next.first_token).lowered().participle) {
          std::uint32_t n = next.first_token;
          while (n > first && c.tok(n - 1).lowered().adverb && !c.tok(n - 1).lowered().noun) --n;
          if (n >= first + 3 && h.Is(WordClass::kStatementNoun, n - 1) &&
              h.Is(WordClass::kDeterminer, n - 2) && c.tok(n - 3).fold == ","sv) {
            end = n - 3;
            break;
          }
        }
        // (Or declines to: "X n'a pas confirmé S, et Y n'a pas répondu aux questions de Reuters".)
        if ((next.cls == "report"sv || next.cls == "deny"sv || next.cls == "decline"sv) &&
            word != "selon"sv && word != "d'"sv && !noun) {
          // ("Moscou a démenti S, a affirmé Y": an incise's speaker says the whole clause before; S ends at
          // the comma.)
          if (const std::uint32_t v = h.VerbGroupStart(next.first_token);
              v < next.first_token && v > first + 1 && c.tok(v - 1).fold == ","sv) {
            end = v - 1;
            break;
          }
          // ("a accusé l'Éthiopie d'avoir (« ) rejeté tout compromis": an infinitive after "de" is what was
          // said, of no subject of its own.)
          std::uint32_t v = h.VerbGroupStart(next.first_token);
          while (v > first && CueFinder::IsQuote(c.doc.TokenText(v - 1))) --v;
          if (v > first && c.tok(v - 1).lowered().infinitive && IsAuxiliary(c.tok(v - 1).lowered())) --v;
          if (v > first && (c.tok(v - 1).fold == "de"sv || c.tok(v - 1).fold == "d'"sv) &&
              c.tok(v).lowered().infinitive)
            continue;
          const auto others = h.Subjects(next.first_token);
          // ("X a expliqué que M. Biden avait insisté": a speaker inside what was said is part of it; not
          // after ", ce que", which opens a clause about what was said: "ce que Budapest n'a pas confirmé".)
          bool inside = false;
          for (std::uint32_t q = first; !others.empty() && q < h.Start(others.back()) && !inside; ++q)
            inside = (c.tok(q).fold == "que"sv || c.tok(q).fold == "qu'"sv) &&
                     !(q >= first + 2 && c.tok(q - 1).fold == "ce"sv && c.tok(q - 2).fold == ","sv);
          if (!others.empty() && !inside && h.Start(others.back()) > first &&
              others.back() != subjects.front()) {
            std::uint32_t t = h.Start(others.back());
            while (t > first &&
                   (schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t - 1)) || c.tok(t - 1).fold == ","sv))
              --t;
            end = t;
            break;
          }
        }
      }
      // "Kiev et Moscou s'accusent": what each says is about the other.
      if (subjects.size() == 2 && h.Reflexive(cue.first_token) && c.tok(cue.first_token).lowered().verb) {
        Add(c, RelationType::kReported, subjects[0], subjects[1], "report-reciprocal");
        Add(c, RelationType::kReported, subjects[1], subjects[0], "report-reciprocal");
        return;
      }
      for (std::size_t k = 1; k < subjects.size(); ++k) ReportFrom(c, cue, subjects[k], first, end);
    }
  }
  ReportFrom(c, cue, static_cast<std::uint32_t>(speaker), first, end, claim);
  // "..., ont annoncé l'Arabie saoudite et les Etats-Unis": each of the speakers coordinated after the verb
  // says it.
  // (Most are followed by no "et": the mentions are looked through only after one.)
  for (auto last = static_cast<std::uint32_t>(speaker); c.m(last).first_token >= cue.end_token &&
                                                        c.m(last).end_token < s.end_token &&
                                                        c.tok(c.m(last).end_token).fold == "et"sv;) {
    const auto next = std::find_if(c.mentions.begin(), c.mentions.end(), [&](std::uint32_t k) {
      return IsActor(c.m(k)) && h.Coordinated(last, k);
    });
    if (next == c.mentions.end()) break;
    ReportFrom(c, cue, *next, first, end, claim);
    last = *next;
  }
}

void RelationExtractor::ReportFrom(Context& c, const Cue& cue, std::uint32_t sp, std::uint32_t first,
                                   std::uint32_t end, std::uint32_t claim) const {
  SentenceReader h{schema_, c};
  // "L'Elysée n'a pas communiqué sur l'appel entre X et Y": a speaker who does not speak declines to.
  // (A noun after its verb and "de" is further: "n'a pas publié de communiqué".)
  // ("dans son propre compte rendu": a possessive, and adjectives before the noun.)
  std::uint32_t d = cue.first_token;
  while (d > c.s.first_token + 1 && c.tok(d - 1).kind == TokenKind::kWord && !c.tok(d - 1).capitalized &&
         c.tok(d - 1).lowered().adjective && !c.tok(d - 1).lowered().verb)
    --d;
  const bool noun_cue =
      d > c.s.first_token && (IsArticle(c.tok(d - 1)) || c.tok(d - 1).fold == "de"sv ||
                              c.tok(d - 1).fold == "d'"sv || h.Is(WordClass::kPossessive, d - 1));
  const std::uint32_t reach = noun_cue ? 8 : 4;
  const std::uint32_t before =
      std::max(c.m(sp).end_token, cue.first_token > reach ? cue.first_token - reach : 0u);
  // ("n'a fait aucune mention de l'appel": the negation inside the cue, which its pattern skips.)
  const bool silent = cue.cls == "report"sv && before < cue.first_token && h.Negated(before, cue.end_token);
  // "reproché à Israël de ne pas avoir averti la Russie": a negated infinitive says what someone else did
  // not do; the subject found is not its speaker.
  // ("Les deux dirigeants n'ont pas annoncé de nouvelle rencontre": announcing no such thing declines
  // nothing.)
  // ("n'a pas publié de compte rendu de l'entretien", "n'a fait aucune mention de l'appel" do: the "de"
  // after a noun is its complement.)
  if (const std::uint32_t de = cue.end_token;
      silent && !noun_cue && de + 1 < c.s.end_token &&
      !(c.tok(de - 1).lowered().noun && !c.tok(de - 1).lowered().verb) &&
      (c.tok(de).fold == "de"sv || c.tok(de).fold == "d'"sv) && !c.tok(de + 1).lowered().infinitive)
    return;
  if (silent) {
    bool finite = c.tok(cue.first_token).lowered().finite;
    for (std::uint32_t t = before; t < cue.first_token; ++t) finite |= c.tok(t).lowered().finite;
    if (!finite) return;
  }
  if (!silent) c.statements.push_back({sp, std::max(first, claim), end, cue.cls == "deny"sv});

  // "a déclaré X à Reuters": the outlet cites the speaker; "a assuré M. Wang à Sergueï Lavrov": the speaker
  // talked to that person. Whom a statement is made to is not what it is about.
  std::vector<std::uint32_t> addressees;
  for (std::uint32_t k : c.mentions) {
    const Mention& o = c.m(k);
    if (o.first_token < cue.end_token || o.first_token > cue.end_token + 10 ||
        (o.type != EntityType::kInstitution && o.type != EntityType::kOfficial &&
         o.type != EntityType::kCountry))
      continue;
    const std::uint32_t t = h.PhraseStart(k, /*titled=*/true);
    const bool aupres =
        t >= c.s.first_token + 2 && c.tok(t - 1).fold == "de"sv && c.tok(t - 2).fold == "aupres"sv;
    // "X a averti Joe Biden que S": the object of a verb of telling someone (words.tsv direct_contact),
    // right before what was said, is told.
    std::uint32_t object = cue.end_token;
    while (object < t &&
           (IsArticle(c.tok(object)) || schema_.lexicon().Is(WordClass::kCourtesy, c.tok(object))))
      ++object;
    const bool told = object == t && o.end_token < c.s.end_token &&
                      (c.tok(o.end_token).fold == "que"sv || c.tok(o.end_token).fold == "qu'"sv) &&
                      schema_.lexicon().LemmaIn(WordClass::kDirectContact, c.tok(cue.first_token));
    if (!told) {
      // (A state with its article: "a fait savoir aux Etats-Unis", "à la Russie"; "à Moscou" is a place.)
      const bool state = o.type == EntityType::kCountry;
      if (state && !(o.first_token > c.s.first_token &&
                     (c.tok(o.first_token - 1).fold == "aux"sv ||
                      (IsArticle(c.tok(o.first_token - 1)) && o.first_token >= c.s.first_token + 2 &&
                       c.tok(o.first_token - 2).lower == "\xc3\xa0"sv))))
        continue;
      // ("a confirmé dimanche sur la chaîne CBS que S": the outlet it was said on.)
      const bool on_air = o.type == EntityType::kInstitution && t > c.s.first_token &&
                          c.tok(t - 1).fold == "sur"sv && KnownOutlet(schema_, instance_, o);
      if (!state && !on_air &&
          !(t > c.s.first_token &&
            (c.tok(t - 1).lower == "\xc3\xa0"sv || c.tok(t - 1).fold == "au"sv || aupres)))
        continue;
      // Not inside what was said: "a précisé que X n'avait pas parlé à Y"; nor the complement of a noun
      // ("a mis en garde X contre toute livraison d'armes à la Russie").
      bool said = false;
      for (std::uint32_t g = cue.end_token; g < t && !said; ++g) {
        const Token& w = c.tok(g);
        const WordInfo& info = w.lowered();
        const bool noun = w.kind == TokenKind::kWord && !w.capitalized && info.noun && !info.verb &&
                          w.facts.titles->empty() && !h.TimeWord(g) &&
                          std::none_of(c.mentions.begin(), c.mentions.end(), [&](std::uint32_t x) {
                            const Mention& m = c.m(x);
                            return (m.first_token <= g && g < m.end_token) ||
                                   (m.role_first <= g && g < m.role_end);  // (a title: "un responsable")
                          });
        // ("a reconnu dans un entretien (accordé) à The Economist que S": where it was said, to whom.)
        if (const std::string_view article = g + 2 < t ? c.tok(g + 1).fold : ""sv;
            w.fold == "dans"sv && (article == "un"sv || article == "une"sv) &&
            (c.tok(g + 2).fold == "entretien"sv || c.tok(g + 2).fold == "interview"sv)) {
          g += 2;
          if (g + 1 < t && c.tok(g + 1).lowered().participle) ++g;  // ("accordé")
          continue;
        }
        // ("a affirmé un responsable sous couvert d'anonymat au quotidien Haaretz")
        if (w.fold == "sous"sv) {
          std::uint32_t u = g + 1;
          while (u < t && u < g + 6 && c.tok(u).fold != "anonymat"sv) ++u;
          if (u < t && u < g + 6) {
            g = u;
            continue;
          }
        }
        said = noun || w.fold == "que"sv || w.fold == "qu'"sv ||
               (w.kind == TokenKind::kWord && info.verb && (info.finite || info.participle) && !info.noun);
      }
      if (said) continue;
    }
    addressees.push_back(k);
    // ("a déclaré M. Biden à la Maison Blanche": where it was said.)
    if (o.type == EntityType::kInstitution && !told) {
      if (KnownOutlet(schema_, instance_, o)) Add(c, RelationType::kCites, k, sp, "report-to-outlet");
    } else if (!o.anonymous && cue.cls != "deny"sv) {
      if (Relation* r = Add(c, RelationType::kSpokeWith, sp, k, "report-to-person"))
        r->attributes = FactAttributes(c);
    }
  }

  // "Interrogé par la chaîne CNN, X a confirmé", "Dans un entretien accordé au Washington Post, X a salué":
  // the outlet that interviews the speaker cites them (whether they state or deny: "Interrogé par l'AFP, X a
  // nié que S").
  for (std::uint32_t k : c.mentions) {
    const Mention& o = c.m(k);
    if (o.type != EntityType::kInstitution || o.entity == c.m(sp).entity) continue;
    std::uint32_t t = h.PhraseStart(k, /*titled=*/true);
    if (t < c.s.first_token + 2) continue;
    const std::string_view by = c.tok(t - 1).fold;
    const WordInfo& verb = c.tok(t - 2).lowered();
    const auto is = [&](const char* lemma) {
      return std::find(verb.lemmas.begin(), verb.lemmas.end(), lemma) != verb.lemmas.end();
    };
    if ((by == "par"sv && is("interroger")) || ((IsTo(c.tok(t - 1))) && is("accorder")))
      Add(c, RelationType::kCites, k, sp, "interviewed");
    // "X a qualifié Séoul d'« ennemi », dans un communiqué publié par l'agence KCNA": the outlet that
    // carried the statement reports it and cites its speaker, as "selon un communiqué diffusé par KCNA"
    // does.
    if (by == "par"sv && verb.participle && t >= c.s.first_token + 3 && ReportNoun(c.tok(t - 3)) &&
        KnownOutlet(schema_, instance_, o)) {
      Add(c, RelationType::kReported, k, sp, "report-carrier");
      Add(c, RelationType::kCites, k, sp, "report-carrier");
    }
  }

  // What the statement is about: the line it mentions, and its first actor that is not a complement. "S1,
  // mais que S2" says two things, each asserted or denied on its own.
  // (The room of `parts` and `targets` is kept by the thread across statements, ReportFrom not being
  // re-entered: made for each statement, they were two allocations of nearly every one.)
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;
  parts.clear();
  std::uint32_t part_first = first;
  // (Most statements are in a sentence without "mais".)
  const bool but = first < c.s.first_token || end > c.s.end_token || (h.SentenceWords() & kBut);
  for (std::uint32_t t = first; but && t + 1 < end; ++t)
    if (c.tok(t).fold == "mais"sv && (c.tok(t + 1).fold == "que"sv || c.tok(t + 1).fold == "qu'"sv)) {
      parts.emplace_back(part_first, t);
      part_first = t + 2;
    }
  parts.emplace_back(part_first, end);
  for (auto [a, b] : parts) {
    thread_local std::vector<std::uint32_t> targets;
    targets.clear();
    std::int64_t line = -1, actor = -1, any = -1, between = -1;
    // (Rather an actor that does not speak for the speaker: "selon le Kremlin, Poutine a eu un entretien avec
    // Erdogan" is about Erdogan. The first one is kept for when none does.)
    std::int64_t first_actor = -1;
    std::int64_t other_side = -1;  // the first actor in a complement that does not speak for the speaker
    for (std::uint32_t k : c.mentions) {
      const Mention& x = c.m(k);
      if (x.first_token < a || x.end_token > b || x.entity == c.m(sp).entity ||
          std::find(addressees.begin(), addressees.end(), k) != addressees.end())
        continue;
      // (Only a line or a named actor can be a target: the costlier checks below are for them. Past the
      // first actor, only the first line is still looked for.)
      if (!IsLine(x) && !(IsActor(x) && !x.anonymous)) continue;
      if (actor >= 0 && (line >= 0 || !IsLine(x))) continue;
      // "X a annoncé que S, a rapporté l'agence KCNA": the speaker of an incise is not what S is about; nor
      // is a go-between ("par l'intermédiaire de l'ambassade de Suisse").
      if (IncisesSpeaker(c, k, a)) continue;
      if (h.GoBetween(k)) {
        if (between < 0) between = k;
        continue;
      }
      // "a dénoncé dans un communiqué publié par KCNA les provocations de Séoul": who carried the statement.
      std::uint32_t t = x.first_token;  // ("par l'agence officielle KCNA")
      while (t > a && t + 4 > x.first_token && c.tok(t - 1).fold != "par"sv &&
             c.tok(t - 1).kind == TokenKind::kWord && !c.tok(t - 1).capitalized)
        --t;
      if (t >= a + 3 && c.tok(t - 1).fold == "par"sv && c.tok(t - 2).lowered().participle)
        if (ReportNoun(c.tok(t - 3))) continue;
      // ("a qualifié l'explosion d'acte terroriste, lors d'une réunion avec le chef du Comité d'enquête, X":
      // the occasion it was said on, up to the name in apposition.)
      // (Its name comes after "avec", "de" or a comma: only then is the phrase looked for.)
      const std::uint32_t start = h.Start(k);
      const std::string_view before = start > a ? c.tok(start - 1).fold : ""sv;
      bool occasion = false;
      for (std::uint32_t u = start; (before == "avec"sv || before == ","sv || before == "de"sv ||
                                     before == "du"sv || before == "d'"sv) &&
                                    u-- > a && u + 14 > x.first_token && !occasion;) {
        const Token& w = c.tok(u);
        if ((w.kind == TokenKind::kPunct && !(w.fold == ","sv && u + 1 == start)) ||
            (w.lowered().finite && !w.lowered().noun))
          break;
        occasion = w.fold == "lors"sv;
      }
      if (occasion) continue;
      // "..., dans un communiqué du ministère britannique de la Défense": whose statement it was.
      for (t = x.first_token; t > a && IsArticle(c.tok(t - 1));) --t;
      if (t >= a + 4 && h.IsGenitive(t - 1) && ReportNoun(c.tok(t - 2)) &&
          schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t - 3)) && c.tok(t - 4).fold == "dans"sv)
        continue;
      // "a annoncé mercredi à Doha un accord entre X et Y": where it was said.
      // ("au Qatar", "A Paris," opening the sentence without its accent; but "aux autorités russes", "à son
      // homologue russe" are to whom; "grâce aux Emirats" is who made it possible, words.tsv to_governor;
      // "un message à Téhéran" whom it went to; "son accord à Israël", a state by its name after a noun and
      // "à", to whom the noun goes; but "aurait lieu à Djibouti", the noun of "avoir lieu", is where.)
      if (x.type == EntityType::kCountry && x.first_token > c.s.first_token &&
          c.tok(x.first_token).capitalized &&
          (IsTo(c.tok(x.first_token - 1)) ||
           (x.first_token - 1 == c.s.first_token && c.tok(x.first_token - 1).lower == "a"sv)) &&
          !(x.first_token >= c.s.first_token + 2 &&
            (schema_.lexicon().Is("to_governor", c.tok(x.first_token - 2).fold) ||
             NamesAMessage(schema_.lexicon(), c.tok(x.first_token - 2)) ||
             (c.tok(x.first_token - 1).lower == "\xc3\xa0"sv && c.tok(x.first_token - 2).fold != "lieu"sv &&
              c.tok(x.first_token - 2).kind == TokenKind::kWord && !c.tok(x.first_token - 2).capitalized &&
              c.tok(x.first_token - 2).lowered().noun && !c.tok(x.first_token - 2).lowered().verb &&
              !NamedByCapital(schema_, x)))))
        continue;
      // ("a annoncé la nouvelle depuis le Bureau ovale, aux côtés de X": where it was said from, and who
      // stood by; "dans son discours devant l'Assemblée fédérale": to whom.)
      if (const std::uint32_t p = h.PhraseStart(k, /*titled=*/true);
          (p > a && (c.tok(p - 1).fold == "depuis"sv || c.tok(p - 1).fold == "devant"sv)) ||
          (p >= a + 2 && h.IsGenitive(p - 1) &&
           (c.tok(p - 2).fold == "cotes"sv || c.tok(p - 2).fold == "compagnie"sv)))
        continue;
      if (IsLine(x) && line < 0) line = k;
      if (IsActor(x) && !x.anonymous && !h.InRole(k)) {
        if (any < 0) any = k;
        // (Nor what was talked about: "ont porté sur les relations bilatérales, l'Ukraine et Taïwan".)
        if (actor < 0 && !h.InPP(k) && !h.InTopicList(x)) {
          if (first_actor < 0) first_actor = k;
          if (!SpeaksFor(c, schema_, k, c.m(sp).entity)) actor = k;
        } else if (other_side < 0 && first_actor >= 0 && actor < 0 && !h.InTopicList(x)) {
          const std::uint32_t p = h.PhraseStart(k, /*titled=*/true);
          const std::string_view before = p > a ? c.tok(p - 1).fold : ""sv;
          if ((before == "avec"sv || before == "de"sv || before == "d'"sv || before == "du"sv) &&
              !SpeaksFor(c, schema_, k, c.m(sp).entity))
            other_side = k;
        }
      }
    }
    // (A denial of what the speaker's own side did is about the other side, in a complement: "Moscou n'avait
    // pas prévu d'autres contacts avec Berlin", said by the Kremlin.)
    if (actor < 0 && line < 0 && other_side >= 0 && !KnownOutlet(schema_, instance_, c.m(sp)) &&
        (cue.cls == "deny"sv || h.Negated(a, b)))
      actor = other_side;
    // (A news outlet speaks for no side; a statement naming a line is about the line and its first end.)
    if (actor < 0 || line >= 0 || KnownOutlet(schema_, instance_, c.m(sp))) actor = first_actor;
    // "Les deux hommes ont évoqué la crise (dans le détroit de Taïwan), a rapporté TASS": the statement is
    // about the pair named before, rather than a complement or one named after its verb ("l'accord, dont
    // Moscou s'est retiré"); its first named that is not the speaker ("Austin a souligné l'importance de
    // lignes entre les deux").
    // (Rather one that does not speak for the speaker: "Les deux dirigeants ont échangé, selon le communiqué
    // russe" is about Putin's counterpart.)
    const auto first_other = [&](MentionList pair) -> std::optional<std::uint32_t> {
      std::sort(pair.begin(), pair.end());
      for (std::uint32_t p : pair)
        if (!SpeaksFor(c, schema_, p, c.m(sp).entity)) return p;
      for (std::uint32_t p : pair)
        if (c.m(p).entity != c.m(sp).entity) return p;
      return std::nullopt;
    };
    for (std::uint32_t t = a + 3;
         actor >= 0 && t < std::min<std::uint32_t>(a + 8, c.m(actor).first_token) && h.HasTwo(); ++t)
      if (const std::optional<std::uint32_t> p = first_other(h.PairSubject(t))) {
        actor = *p;
        break;
      }
    if (line >= 0) targets.push_back(static_cast<std::uint32_t>(line));
    // ("Cet appel a été fait pour communiquer des préoccupations en Ukraine", "que la rencontre avait porté
    // sur la centrale, occupée par les forces russes": the call named before that the statement opens on,
    // rather than a complement or one named after a comma; "toute rencontre entre X et Y" names its own.)
    std::optional<std::uint32_t> opening_conversation;
    const std::uint32_t opens = a < b && (c.tok(a).fold == "que"sv || c.tok(a).fold == "qu'"sv) ? a + 1 : a;
    const auto after_comma = [&](std::int64_t k) {
      for (std::uint32_t t = opens; t < c.m(k).first_token; ++t)
        if (c.tok(t).fold == ","sv) return true;
      return false;
    };
    // ("qu'aucun contact n'avait eu lieu avec le Hamas": past the verb saying whether it took place, the
    // conversation names its own party.)
    const auto names_its_party = [&, part_end = b] {
      for (std::uint32_t t = opens + 2; t + 1 < std::min(part_end, opens + 10); ++t)
        if (c.tok(t).fold == "entre"sv || c.tok(t).fold == "avec"sv)
          return std::any_of(c.mentions.begin(), c.mentions.end(),
                             [&](std::uint32_t k) { return IsActor(c.m(k)) && h.PhraseStart(k) == t + 1; });
      return false;
    };
    if ((actor < 0 ? any >= 0 : after_comma(actor)) && line < 0 && opens + 2 <= b) {
      const std::string_view next = opens + 2 < b ? c.tok(opens + 2).fold : ""sv;
      if (next != "entre"sv && next != "avec"sv && !names_its_party())
        opening_conversation = ConversationNamedBefore(c, a, opens + 2, c.m(sp).entity);
    }
    if (opening_conversation)
      targets.push_back(*opening_conversation);
    else if (actor >= 0)
      targets.push_back(static_cast<std::uint32_t>(actor));
    // (Neither finds a pair in a sentence without "deux" or "trois", SentenceReader::HasTwo: most have none.)
    for (std::uint32_t t = a + 3; targets.empty() && t < std::min(a + 8, b) && h.HasTwo(); ++t)
      if (const std::optional<std::uint32_t> p = first_other(h.PairSubject(t))) targets.push_back(*p);
    if (targets.empty() && any >= 0 && line < 0) targets.push_back(static_cast<std::uint32_t>(any));
    // ... or named in it otherwise: "a annoncé que les parties poursuivraient l'interaction entre les deux
    // pays".
    for (std::uint32_t t = a; targets.empty() && t + 2 < b && h.HasTwo(); ++t)
      if (const std::optional<std::uint32_t> p = first_other(h.PairAt(t))) targets.push_back(*p);
    // "Pékin n'a pas communiqué sur cet échange téléphonique": the conversation named before; "Moscou a
    // rejeté ces accusations": the speaker of the statement named before.
    if (targets.empty())
      if (const std::optional<std::uint32_t> party = ConversationNamedBefore(c, a, b, c.m(sp).entity))
        targets.push_back(*party);
    // "Le département d'Etat a démenti avoir reçu un avertissement", "« Nous n'avons reçu aucun message »":
    // a contact verb with no one named is the conversation named before.
    if (targets.empty() && any < 0 && line < 0)
      if (const std::optional<std::uint32_t> party = PartyOfContactVerb(c, a, b, c.m(sp).entity))
        targets.push_back(*party);
    if (targets.empty())
      if (const std::optional<std::uint32_t> speaker = StatementNamedBefore(c, a, b, c.m(sp).entity))
        targets.push_back(*speaker);
    // ("L'échange a été rendu possible grâce à la médiation des Emirats", "sous l'égide de la Chine": with
    // no one else named, the statement is about the go-between of what it tells; not about the one that
    // carried the statement, "a fait savoir, par l'intermédiaire de la Suisse, qu'il ...", "par la voix de
    // son porte-parole" (words.tsv voice), nor about what the verb's object says, "a rejeté une invitation de
    // X".)
    if (targets.empty() && between >= 0 && line < 0 &&
        !schema_.lexicon().Is("voice", c.tok(*h.GoBetweenNoun(static_cast<std::uint32_t>(between))).fold)) {
      std::uint32_t t = *h.GoBetweenNoun(static_cast<std::uint32_t>(between));
      while (t > a && IsArticle(c.tok(t - 1))) --t;  // (and its article)
      const bool adverbial =
          t > a && (IsTo(c.tok(t - 1)) || schema_.lexicon().Is(WordClass::kPreposition, c.tok(t - 1)));
      bool carried = false;
      for (std::uint32_t u = c.m(between).end_token; u < b && !carried; ++u)
        carried = c.tok(u).fold == "que"sv || c.tok(u).fold == "qu'"sv;
      if (adverbial && !carried) targets.push_back(static_cast<std::uint32_t>(between));
    }
    if (targets.empty())
      if (const std::optional<std::uint32_t> state = NationalStatement(c, a, b)) targets.push_back(*state);
    // (Not a silence's: "Moscou n'a plus répondu aux notifications américaines" declines no comment.)
    if (targets.empty() && !silent)
      if (const std::optional<std::uint32_t> state = StateOfTheObject(c, a, b);
          state && c.m(*state).entity != c.m(sp).entity)
        targets.push_back(*state);
    if (targets.empty())
      if (const std::optional<std::uint32_t> speaker = DeniedWithoutObject(c, cue, sp))
        targets.push_back(*speaker);
    // "« C'est faux », a déclaré X": as a denial without an object, the claim made before; so is what a
    // denial's verb denies having done when it names no one ("Moscou a démenti avoir accepté une
    // démilitarisation du site", after the agency said both parties agreed).
    const bool called_it_false = targets.empty() && CalledItFalse(c, a, b);
    const bool denied_doing = targets.empty() && cue.cls == "deny"sv &&
                              c.tok(cue.first_token).lowered().verb && cue.end_token < c.s.end_token &&
                              c.tok(cue.end_token).lowered().infinitive;
    if (called_it_false || denied_doing)
      if (const std::optional<std::uint32_t> claim =
              LastSpeaker(c, c.m(sp).entity, false, 2, /*claims_only=*/true))
        targets.push_back(*claim);
    // ("Le Kremlin a démenti les informations selon lesquelles S. « Non, ce n'est pas vrai », a déclaré X":
    // with no claim named since, what was denied just before.)
    for (std::size_t r = c.doc.relations.size();
         called_it_false && targets.empty() && r-- > 0 && c.doc.relations[r].sentence + 2 >= c.sentence;)
      if (c.doc.relations[r].type == RelationType::kDenied && c.doc.relations[r].sentence < c.sentence)
        targets.push_back(c.doc.relations[r].target);
    // "Elle n'a pas encore été utilisée, a-t-il précisé": a line fact whose subject is a pronoun opening the
    // sentence is about the line of the sentence before (as LineFact reads it).
    if (const std::string_view opening = a < c.s.end_token ? c.tok(a).fold : std::string_view();
        targets.empty() && a == c.s.first_token && (opening == "elle"sv || opening == "il"sv)) {
      bool line_fact = false;  // (cues are in text order)
      for (auto x = FirstCueFrom(c, a); x != c.doc.cues.end() && x->first_token < b; ++x)
        line_fact |= x->cls == "use"sv || x->cls == "establish"sv || x->cls == "operate"sv;
      for (std::size_t k = c.first_mention;
           line_fact && k-- > 0 && c.doc.mentions[k].sentence + 1 >= c.sentence;)
        if (IsLine(c.doc.mentions[k])) {
          targets.push_back(static_cast<std::uint32_t>(k));
          break;
        }
    }
    // "Le Kremlin n'a pas réagi (dans l'immédiat)": with nothing after the verb, as for a decline, the line
    // the article spoke of last ("n'a plus répondu aux notifications" is about something else).
    const bool nothing_after = silent && h.NothingSaidAfter(cue.end_token);
    for (std::size_t k = c.first_mention; nothing_after && targets.empty() && k-- > 0;)
      if (IsLine(c.doc.mentions[k]) && !c.doc.mentions[k].entity.empty())
        targets.push_back(static_cast<std::uint32_t>(k));
    // ("X et Y se sont entretenus. Téhéran n'a pas immédiatement confirmé.": with no line, the conversation
    // of the four sentences before, the end of an article often saying who kept silent.)
    for (std::size_t r = c.doc.relations.size(); nothing_after && targets.empty() && r-- > 0 &&
                                                 c.doc.relations[r].sentence + kSilenceReach >= c.sentence;) {
      const Relation& rel = c.doc.relations[r];
      if (rel.type != RelationType::kSpokeWith || rel.modality != Modality::kAsserted ||
          rel.sentence == c.sentence)
        continue;
      targets.push_back(!SpeaksFor(c, schema_, rel.source, c.m(sp).entity) ? rel.source : rel.target);
    }
    // ("Selon une source, X a souligné auprès de Y que Pékin n'avait aucun plan": the negation is in what
    // someone else said, with a clause of its own, which the source reports.)
    std::uint32_t own_end = b;
    for (auto x = FirstCueFrom(c, a); x != c.doc.cues.end() && x->first_token < b && own_end == b; ++x)
      if (const WordInfo& verb = c.tok(x->first_token).lowered();
          x->first_token != cue.first_token && (x->cls == "report"sv || x->cls == "deny"sv) && verb.verb &&
          (verb.finite || verb.participle) &&
          // ("Washington estime que S": a verb that is also a noun, with no determiner before it.)
          (!verb.noun || (x->first_token > a && !h.Is(WordClass::kDeterminer, x->first_token - 1))))
        for (std::uint32_t t = x->end_token; t < std::min(b, x->end_token + 8); ++t)
          if (c.tok(t).fold == "que"sv || c.tok(t).fold == "qu'"sv) {
            own_end = x->first_token;
            break;
          }
    const bool denial =
        cue.cls == "deny"sv || called_it_false || h.Denies(a, own_end) || CalledFalse(c, a, own_end);
    // "Le Hamas n'a pas participé aux discussions mais reste en contact avec Y, selon Z": a denial, and what
    // the clause after "mais" asserts is reported.
    bool asserts_too = false;
    if (denial && cue.cls != "deny"sv && !called_it_false && (h.SentenceWords() & kBut))
      for (std::uint32_t t = a; t < own_end; ++t)
        if (c.tok(t).fold == "mais"sv) {
          asserts_too = h.Denies(a, t) && !h.Negated(t + 1, own_end, true);
          break;
        }
    for (std::uint32_t t : targets) {
      if (silent) {
        Add(c, RelationType::kDeclinedComment, sp, t, "silent");
        continue;
      }
      Add(c, denial ? RelationType::kDenied : RelationType::kReported, sp, t, denial ? "denial" : "report");
      if (asserts_too) Add(c, RelationType::kReported, sp, t, "report");
    }
  }
}

// Mention `x` is the subject of an incise inside a statement from `from` (", a rapporté l'agence KCNA"): its
// phrase starts right after a report or denial cue whose verb group follows a comma.
bool RelationExtractor::IncisesSpeaker(Context& c, std::uint32_t x, std::uint32_t from) const {
  SentenceReader h{schema_, c};
  const std::uint32_t t = h.PhraseStart(x, /*titled=*/true);
  const auto first = FirstCueFrom(c, from);
  for (auto cue = first; cue != c.doc.cues.end() && cue->first_token < t; ++cue) {
    // (After a day: "..., a rapporté dimanche l'agence iranienne Tasnim".)
    if ((cue->end_token != t && h.AfterTime(cue->end_token) != t) ||
        (cue->cls != "report"sv && cue->cls != "deny"sv))
      continue;
    const std::uint32_t g = h.VerbGroupStart(cue->first_token);
    if (g > c.s.first_token && c.tok(g - 1).fold == ","sv && c.tok(cue->first_token).lowered().verb)
      return true;
  }
  return false;
}

void RelationExtractor::HeadlineColon(Context& c) const {
  // "Le Kremlin : S" — a speaker, a colon and what it said (headlines, quotes introduced by a name). A
  // country by its own name is the topic ("Ukraine : Zelensky et Erdogan ..."); by its capital, its
  // government ("Moscou : ...").
  if (c.mentions.empty()) return;
  std::uint32_t k = c.mentions.front();
  const Mention& x = c.m(k);
  if (!IsActor(x) || x.end_token >= c.s.end_token || c.tok(x.end_token).fold != ":"sv) return;
  // ("Ukraine : ...", "Inde-Pakistan : ...")
  if (x.type == EntityType::kCountry && (Fold(x.name) == Fold(x.label) || x.rule == "compound-nationality"sv))
    return;
  for (std::uint32_t t = c.s.first_token; t < x.first_token; ++t)
    if (!schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t))) return;
  SentenceReader h{schema_, c};
  // "Navalny : Washington accuse": what follows has its own speaker; the name is its topic. So it is of a
  // fact told without quotes: "Navalny : Washington convoque l'ambassadeur de Russie".
  bool quoted = false;
  for (std::uint32_t t = x.end_token + 1; t < c.s.end_token && !quoted; ++t)
    quoted = CueFinder::IsQuote(c.doc.TokenText(t));
  // ("Wagner : Loukachenko a servi de médiateur": unquoted, a clause whose subject is named right after the
  // colon is a fact told about the topic, whatever its verb.)
  // (Also with subjects coordinated, and a reflexive pronoun before the verb: "Beyrouth : Washington et Paris
  // pressent Israël", "Riyad : Moscou et Washington se parlent".)
  if (!quoted) {
    std::uint32_t next = x.end_token + 1;  // where the subject, or the next one coordinated to it, starts
    for (std::uint32_t o : c.mentions) {
      const Mention& y = c.m(o);
      if (!IsActor(y) || y.end_token >= c.s.end_token || h.PhraseStart(o, /*titled=*/true) != next) continue;
      std::uint32_t v = y.end_token;
      if ((c.tok(v).fold == "se"sv || c.tok(v).fold == "s'"sv) && v + 1 < c.s.end_token) ++v;
      // (A negation makes it a claim: "Le Kremlin : la Russie ne veut pas d'escalade". A form that is also a
      // noun is the verb before a punctuation mark or a determiner: "Wagner : Prigojine menace, Moscou se
      // tait".)
      const bool verb_position = v + 1 == c.s.end_token || c.tok(v + 1).kind == TokenKind::kPunct ||
                                 schema_.lexicon().Is(WordClass::kDeterminer, c.tok(v + 1));
      if (const WordInfo& verb = c.tok(v).lowered();
          verb.finite && (!verb.noun || IsAuxiliary(verb) || verb_position))
        return;
      if (c.tok(y.end_token).fold != "et"sv) break;
      next = y.end_token + 1;
    }
  }
  // (Its own: named after the colon, "Moscou : nous n'avons jamais parlé avec Washington" is Moscow's.)
  const auto own_subject = [&](const Cue& cue) {
    const MentionList subjects = h.Subjects(cue.first_token);
    return !subjects.empty() && c.m(subjects.front()).first_token > x.end_token;
  };
  for (auto it = FirstCueFrom(c, x.end_token); it != c.doc.cues.end() && it->first_token < c.s.end_token;
       ++it)
    if ((it->cls == "report"sv || it->cls == "deny"sv ||
         (!quoted && c.tok(it->first_token).lowered().verb &&
          (it->cls == "contact"sv || it->cls == "establish"sv || it->cls == "operate"sv ||
           it->cls == "use"sv))) &&
        own_subject(*it))
      return;
  c.statements.push_back({k, x.end_token + 1, c.s.end_token});
  std::int64_t target = -1;
  for (std::uint32_t o : c.mentions)
    if (c.m(o).first_token > x.end_token && (IsLine(c.m(o)) || IsActor(c.m(o))) && target < 0) target = o;
  if (target < 0) return;
  // "Riyad : premières discussions russo-américaines", "OTAN : sommet de Washington": before a headline that
  // says nothing (no verb, no quote, no negation), a capital is where it happens, an institution what it is
  // about, not who speaks ("Kremlin : pas de contact avec Washington" says something).
  const std::uint32_t opening = x.end_token + 1;  // ("Kremlin : pas de contact": a verbless negation)
  const bool denial =
      h.Negated(opening, c.s.end_token, true) ||
      (opening + 1 < c.s.end_token && c.tok(opening).fold == "pas"sv && h.IsGenitive(opening + 1));
  bool said = denial;
  for (std::uint32_t t = x.end_token + 1; t < c.s.end_token && !said; ++t) {
    const WordInfo& info = c.tok(t).lowered();
    said = (info.finite && !info.noun) || CueFinder::IsQuote(c.doc.TokenText(t));
  }
  if (!said) return;
  Add(c, denial ? RelationType::kDenied : RelationType::kReported, k, static_cast<std::uint32_t>(target),
      "headline-colon");
}

void RelationExtractor::Appeal(Context& c, const Cue& cue) const {
  SentenceReader h{schema_, c};
  // (Its object right after it, before the "à": "a appelé le Kremlin à", "a exhorté mardi Moscou à".)
  const MentionList objects = h.Objects(cue.end_token, 5);
  if (objects.empty()) return;
  for (std::uint32_t t = cue.end_token; t < c.m(objects.front()).first_token; ++t)
    if (IsTo(c.tok(t)) || c.tok(t).kind == TokenKind::kPunct) return;
  const MentionList subjects = h.Subjects(cue.first_token);
  if (subjects.empty() || ModalityOf(h, h.Start(subjects.front()), cue.end_token) != Modality::kAsserted)
    return;
  for (std::uint32_t s : subjects)
    for (std::uint32_t o : objects)
      if (s != o && IsActor(c.m(s))) Add(c, RelationType::kReported, s, o, "appeal");
}

}  // namespace newsgraph
