// The communication line rules: established / operates / used / connects around a line mention, the parties
// of a line ("entre X et Y"), and the line of two states across articles.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// Line mention `line` is the channel a conversation went over: "par", "sur" or "via" introduces it after a
// contact cue of its clause ("s'est entretenu pour la première fois par cette ligne").
bool ChannelOfContact(const RelationExtractor::Context& c, const Lexicon& lexicon, std::uint32_t line) {
  const std::string_view by = LinePreposition(c, lexicon, line, c.s.first_token);
  if (by != "par"sv && by != "sur"sv && by != "via"sv) return false;
  for (std::uint32_t k = c.m(line).first_token; k-- > c.s.first_token && c.tok(k).kind != TokenKind::kPunct;)
    if (const Cue* cue = CueAt(c, k);
        cue && cue->cls == "contact"sv && cue->end_token < c.m(line).first_token)
      return true;
  return false;
}

// A use cue ends right before token `t`, or before its article ("d'utiliser la ligne").
bool UsedBefore(const RelationExtractor::Context& c, std::uint32_t t) {
  if (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
  const Cue* cue = CueEndingAt(c, t);
  return cue && cue->cls == "use"sv;
}

// The ends of line `l` that `parties` keep or set up: their states, named in the article, when the line
// links bodies of theirs ("le mécanisme entre leurs armées", "une ligne d'urgence entre leurs ministères"
// links the states of the people named, not those people).
MentionList EndsOfTheirLine(const SentenceReader& h, std::uint32_t l, const MentionList& parties) {
  const auto& c = h.c;
  const std::uint32_t after = c.m(l).end_token;
  const bool bodies = after + 2 < c.s.end_token && c.tok(after).fold == "entre"sv &&
                      c.tok(after + 1).fold == "leurs"sv &&
                      (h.Is(WordClass::kStateNoun, after + 2) || HeadsA(c.tok(after + 2), "institutions"sv));
  if (!bodies || std::any_of(parties.begin(), parties.end(),
                             [&](std::uint32_t p) { return c.m(p).type != EntityType::kOfficial; }))
    return parties;
  MentionList states = h.NamedStatesOf(parties);
  return states.empty() ? parties : states;
}

}  // namespace

void RelationExtractor::LineFact(Context& c, const Cue& cue) const {
  SentenceReader h{schema_, c};
  const std::string_view word = c.tok(cue.first_token).fold;
  // "la ligne reste ouverte", "Washington restait ouvert au dialogue": a state, not a line set up.
  if (cue.cls == "establish"sv && c.tok(cue.first_token).lowered().participle &&
      cue.first_token > c.s.first_token) {
    const WordInfo& before = c.tok(cue.first_token - 1).lowered();
    for (const std::string& lemma : before.lemmas)
      if (lemma == "rester"sv || lemma == "demeurer"sv) return;
  }
  // "Washington s'est servi de la ligne", not "le Qatar a servi de canal" (words.tsv reflexive_only).
  if (cue.cls == "use"sv && schema_.lexicon().LemmaIn(WordClass::kReflexiveOnly, c.tok(cue.first_token)) &&
      !h.Reflexive(cue.first_token))
    return;
  if (cue.cls == "connect"sv) {
    if (word == "entre"sv || word == "avec"sv) {
      // Right after a line: "ligne ... entre Moscou et Washington", "une ligne avec le ministère russe",
      // "la ligne de Panmunjom avec la Corée du Sud" (its place's name in between).
      std::int64_t line = -1;
      for (std::uint32_t k : c.mentions) {
        if (!IsLine(c.m(k)) || c.m(k).end_token > cue.first_token) continue;
        std::uint32_t t = c.m(k).end_token;
        if (t + 1 < cue.first_token && (c.tok(t).fold == "de"sv || c.tok(t).fold == "du"sv))
          for (++t; t < cue.first_token && t < c.m(k).end_token + 4 && c.tok(t).capitalized;) ++t;
        if (t + 1 >= cue.first_token) line = k;
      }
      if (line < 0) return;
      // "s'est entretenu par cette ligne avec son homologue": the conversation's "avec" (Contact finds the
      // line it went over), not the line's.
      if (word == "avec"sv && ChannelOfContact(c, schema_.lexicon(), static_cast<std::uint32_t>(line)))
        return;
      // "ne pas disposer de ligne avec l'armée iranienne": the line of a negated or hypothetical verb links
      // no one; one named with a definite article exists whatever is done with it ("a tenté d'utiliser la
      // ligne avec Pékin").
      const std::uint32_t named = c.m(line).first_token;
      // ("a déploré l'absence de tout canal militaire avec Moscou": nor one that is not there, words.tsv
      // lack.)
      std::uint32_t of = named;
      while (of > c.s.first_token + 1 && of + 3 > named &&
             (c.tok(of - 1).fold == "tout"sv || c.tok(of - 1).fold == "toute"sv ||
              schema_.lexicon().Is(WordClass::kDeterminer, c.tok(of - 1))) &&
             !h.IsGenitive(of - 1))
        --of;
      if (of > c.s.first_token + 1 && h.IsGenitive(of - 1) &&
          schema_.lexicon().LemmaIn("lack", c.tok(of - 2).lowered()))
        return;
      const bool definite = DefiniteLine(c, static_cast<std::uint32_t>(line)) && UsedBefore(c, named);
      for (std::uint32_t t = named; !definite && t-- > c.s.first_token && t + 4 > named;) {
        const Token& w = c.tok(t);
        if (w.kind != TokenKind::kWord) break;
        if (w.capitalized || !w.lowered().verb || w.lowered().noun) continue;
        // (An infinitive with the verb it depends on: "pourrait disposer", "a indiqué ne pas disposer",
        // "n'exclut pas de rétablir".)
        std::uint32_t from = h.VerbGroupStart(t);
        if (w.lowered().infinitive && from > c.s.first_token + 1 && h.IsGenitive(from - 1)) {
          std::uint32_t governor = from - 2;
          while (governor > c.s.first_token &&
                 (h.Is(WordClass::kNegation, governor) ||
                  (c.tok(governor).lowered().adverb && !c.tok(governor).lowered().verb)))
            --governor;
          if (const WordInfo& v = c.tok(governor).lowered(); v.verb && (v.finite || v.participle) && !v.noun)
            from = h.VerbGroupStart(governor);
        }
        if (w.lowered().infinitive && from > c.s.first_token && c.tok(from - 1).lowered().verb)
          from = h.VerbGroupStart(from - 1);
        if (ModalityOf(h, from, t + 1) != Modality::kAsserted) return;
        break;
      }
      // ("la ligne militaire entre les deux armées": the two states.)
      MentionList parties = h.Objects(cue.end_token, 6);
      if (parties.empty() && word == "entre"sv) parties = h.PairAt(cue.end_token);
      for (std::uint32_t o : parties)
        Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), o,
            std::string("line-").append(word));
      return;
    }
    // "la ligne, qui relie A à B" / "A et B" / "les deux armées"
    std::int64_t line = h.LineBefore(cue.first_token);
    if (line < 0) return;
    // ("qui relie depuis le 30 août 1963 la Maison Blanche au Kremlin": past since when.)
    std::uint32_t object = cue.end_token;
    if (object < c.s.end_token && (c.tok(object).fold == "depuis"sv || c.tok(object).fold == "des"sv)) {
      std::uint32_t t = object + 1;
      while (t < c.s.end_token && t < object + 6 &&
             (c.tok(t).kind == TokenKind::kNumber || h.Is(WordClass::kMonth, t) || c.tok(t).fold == "le"sv))
        ++t;
      if (t > object + 1) object = t;
    }
    auto objects = h.Objects(object, 8);
    if (objects.empty()) objects = h.PairAt(object);
    // ("relie les responsables de la défense des deux pays": the pair in the object's complement.)
    for (std::uint32_t t = cue.end_token + 1;
         objects.empty() && t < std::min(cue.end_token + 8, c.s.end_token); ++t)
      if (c.tok(t).fold == "deux"sv && h.IsGenitive(t - 1)) objects = h.PairAt(t - 1);
    if (objects.empty()) return;
    for (std::uint32_t k : c.mentions) {
      const Mention& x = c.m(k);
      if (x.first_token < c.m(objects.front()).end_token || !IsActor(x) || h.InRole(k)) continue;
      std::uint32_t t = x.first_token;
      while (t > 0 &&
             (c.tok(t - 1).fold == "la"sv || c.tok(t - 1).fold == "l'"sv || c.tok(t - 1).fold == "le"sv))
        --t;
      // ("relie le centre des opérations de l'Eucom au ministère russe": past the first one's complement.)
      if (h.IsGenitive(t - 1)) continue;
      if (IsTo(c.tok(t - 1))) objects.push_back(k);
      break;
    }
    // ("cette ligne devrait relier X et Y", "ne relie plus": planned or no more; but "la ligne reliera X et
    // Y", a line set up, says what it is made to link.)
    std::uint32_t from = h.VerbGroupStart(cue.first_token);
    if (c.tok(cue.first_token).lowered().infinitive && from > c.s.first_token &&
        c.tok(from - 1).lowered().verb)
      from = h.VerbGroupStart(from - 1);
    Modality modality = ModalityOf(h, from, cue.end_token);
    if (modality == Modality::kHypothetical &&
        std::none_of(c.doc.tokens.begin() + from, c.doc.tokens.begin() + cue.end_token,
                     [](const Token& w) { return w.kind == TokenKind::kWord && w.lowered().conditional; }))
      modality = Modality::kAsserted;
    for (std::uint32_t o : objects)
      Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), o, "relie", modality);
    return;
  }
  // Passive with an agent: "mise en place par X", "gérée par X".
  MentionList by;  // the agents after "par" ("créé par X et Y")
  // "par X" right after the cue, or after the participle of a noun cue ("les appels (quotidiens) passés par
  // X").
  std::uint32_t par = cue.end_token;
  if (const WordInfo& noun = c.tok(cue.first_token).lowered(); noun.noun && !noun.verb)
    while (par + 2 < c.s.end_token && par < cue.end_token + 2 && c.tok(par).lowered().adjective &&
           !c.tok(par).lowered().participle)
      ++par;
  if (par + 1 < c.s.end_token && c.tok(par).lowered().participle && c.tok(par + 1).fold == "par"sv &&
      !c.tok(cue.first_token).lowered().verb)
    ++par;
  // ("les appels de routine de la Corée du Sud": a complement with no article qualifies the noun.)
  if (const WordInfo& noun = c.tok(cue.first_token).lowered();
      cue.cls == "use"sv && noun.noun && !noun.verb && par + 3 < c.s.end_token &&
      (c.tok(par).fold == "de"sv || c.tok(par).fold == "d'"sv) && c.tok(par + 1).kind == TokenKind::kWord &&
      !c.tok(par + 1).capitalized && c.tok(par + 1).lowered().noun &&
      !schema_.lexicon().Is(WordClass::kDeterminer, c.tok(par + 1)) && h.IsGenitive(par + 2))
    par += 2;
  // "les appels (quotidiens, de routine) de la Corée du Sud sur la ligne": the caller.
  if (const WordInfo& noun = c.tok(cue.first_token).lowered();
      cue.cls == "use"sv && noun.noun && !noun.verb && par + 1 < c.s.end_token && h.IsGenitive(par))
    if (const MentionList callers = h.Objects(par + 1, 3); !callers.empty()) by = {callers.front()};
  // "géré (du) côté israélien par X", "exploitée côté sud par X", "utilisée la semaine dernière par X"
  if (const std::uint32_t side = par + (par < c.s.end_token && c.tok(par).fold == "du"sv);
      side + 2 < c.s.end_token && c.tok(side).fold == "cote"sv && !c.tok(side + 1).capitalized &&
      (c.tok(side + 1).lowered().adjective || c.tok(side + 2).fold == "par"sv))
    par = side + 2;
  // ("inauguré mercredi à Istanbul par X")
  if (par < c.s.end_token && c.tok(par).fold != "par"sv) par = h.AfterTime(h.LocativeEnd(h.AfterTime(par)));
  // ("par des officiers (russophones) de l'Eucom"; "par le bureau de liaison intercoréen" names the line, no
  // agent.)
  if (par < c.s.end_token && c.tok(par).fold == "par"sv && h.LineAfter(par + 1, 3) < 0) {
    by = h.Objects(par + 1, 7);
    // ("établie en 2008 par les deux armées": the two states named before.)
    if (by.empty() && par + 1 < c.s.end_token) by = h.PairAt(par + 1);
  }
  // "gérée depuis le commandement européen": where a line is run from, an institution, runs it.
  if (cue.cls == "operate"sv && par + 1 < c.s.end_token && c.tok(par).fold == "depuis"sv) {
    by = h.Objects(par + 1, 5);
    EraseIf(by, [&](std::uint32_t k) { return c.m(k).type != EntityType::kInstitution; });
    // ("gérée depuis la base aérienne d'Al-Udeid, au Qatar, par X": from a place, the agent after it.)
    for (std::uint32_t t = par + 1; by.empty() && t < std::min(par + 14, c.s.end_token - 1); ++t) {
      const WordInfo& info = c.tok(t).lowered();
      if (c.tok(t).kind == TokenKind::kWord && info.verb && info.finite && !info.noun) break;
      if (c.tok(t).fold == "par"sv && h.LineAfter(t + 1, 3) < 0) by = h.Objects(t + 1, 5);
    }
  }
  // "placée sous la responsabilité du général X": after "sous", who runs the line.
  if (cue.cls == "operate"sv && c.tok(cue.first_token).fold == "sous"sv) by = h.Objects(cue.end_token, 5);
  // A passive or participial use ("a été mise en place", "la hotline ... mise en place") has only a "par"
  // agent.
  bool passive = !by.empty();
  {
    const Token& v = c.tok(cue.first_token);
    const WordInfo& info = v.lowered();
    // ("X est chargé de la ligne": the participle of a cue with its complement's "de" says what its subject
    // does.)
    if (info.participle && !h.IsGenitive(cue.end_token - 1)) {
      for (std::uint32_t t = cue.first_token; t-- > c.s.first_token && t + 3 >= cue.first_token;) {
        const WordInfo& aux = c.tok(t).lowered();
        if (HasLemma(aux, "etre")) passive = true;
      }
      std::int64_t before = h.LineBefore(cue.first_token);
      if (before >= 0 && c.m(before).end_token + 1 >= cue.first_token) passive = true;
    }
  }
  // "Le centre, installé à Washington, est relié par une ligne": a past participle without its auxiliary
  // has no object after it.
  bool auxiliary = false;
  for (std::uint32_t t = cue.first_token; t-- > c.s.first_token && t + 4 > cue.first_token;)
    auxiliary |= IsAuxiliary(c.tok(t).lowered());
  const WordInfo& form = c.tok(cue.first_token).lowered();
  const bool bare_participle = form.participle && !form.finite && !form.infinitive && !auxiliary &&
                               cue.end_token == cue.first_token + 1 && !word.ends_with("ant"sv);
  std::int64_t line = bare_participle ? -1 : h.LineAfter(cue.end_token);
  // "a établi une comparaison avec la ligne": the line is the complement of the verb's object.
  if (line >= 0 && ComplementOfAnotherNoun(c, cue.end_token, c.m(line).first_token)) line = -1;
  bool relative = false;  // "la ligne, que gère le Pentagone": the subject may follow the verb
  if (line < 0 || passive) {
    line = h.LineBefore(cue.first_token);
    // An active verb's object comes before it only through a relative pronoun ("la ligne que gère X"): "un
    // canal direct, alors que des troupes se dirigeaient vers ..." does not direct the line.
    if (line >= 0 && !passive) {
      std::uint32_t t = c.m(line).end_token;
      if (t < cue.first_token && c.tok(t).fold == ","sv) ++t;
      relative = t < cue.first_token && schema_.lexicon().Is(WordClass::kRelative, c.tok(t));
      if (!relative) line = -1;
    }
  }
  if (line < 0 && cue.cls == "use"sv) line = h.LineAfter(cue.end_token, 16);
  // "Elle a été utilisée", "Il a été créé par X": a subject pronoun opening the sentence, after a sentence
  // that named a line, is that line.
  if (const std::string_view opening = c.tok(c.s.first_token).fold;
      line < 0 && (opening == "elle"sv || opening == "il"sv))
    for (std::size_t k = c.first_mention; k-- > 0;) {
      const Mention& x = c.doc.mentions[k];
      if (x.sentence + 1 < c.sentence) break;
      if (IsLine(x)) {
        line = static_cast<std::int64_t>(k);
        break;
      }
    }
  // "Le président Johnson l'a utilisée en 1967": an object pronoun before the verb is the line named last
  // (in the sentence before it, or the two before).
  if (const std::uint32_t g = h.VerbGroupStart(cue.first_token); line < 0 && g > c.s.first_token + 1 &&
                                                                 c.tok(cue.first_token).lowered().verb &&
                                                                 !c.tok(cue.first_token).lowered().noun) {
    const std::string_view pronoun = c.tok(g - 1).fold;
    // ("Ronald Reagan y a eu recours": "y" for a verb with "à".)
    if (pronoun == "l'"sv || pronoun == "la"sv || pronoun == "le"sv || pronoun == "les"sv || pronoun == "y"sv)
      for (std::size_t k = c.first_mention + c.mentions.size(); k-- > 0;) {
        const Mention& x = c.doc.mentions[k];
        if (x.sentence + 2 < c.sentence) break;
        if (IsLine(x) && (x.sentence < c.sentence || x.end_token < g)) {
          line = static_cast<std::int64_t>(k);
          break;
        }
      }
  }
  if (line < 0) return;
  MentionList agents = by;
  // ("Pyongyang n'a pas répondu aux appels passés par le bureau de liaison", "Pékin a ignoré les appels":
  // who answers or ignores a call did not place it, words.tsv call_receiver.)
  // ("Moscou a été prévenu via la ligne": the subject of a verb of telling someone, words.tsv direct_contact,
  // in the passive was told; it did not place the call.)
  const auto told = [&](std::uint32_t verb) {
    if (!c.tok(verb).lowered().participle ||
        !schema_.lexicon().LemmaIn(WordClass::kDirectContact, c.tok(verb)))
      return false;
    for (std::uint32_t t = h.VerbGroupStart(verb); t < verb; ++t)
      if (HasLemma(c.tok(t).lowered(), "etre")) return true;
    return false;
  };
  if (const std::uint32_t verb = VerbBefore(c, cue);
      agents.empty() && !passive &&
      !(verb != cue.first_token &&
        (schema_.lexicon().LemmaIn("call_receiver", c.tok(verb).lowered()) || told(verb))))
    agents = h.Subjects(verb);
  if (agents.empty() && relative)
    if (auto after = h.Objects(cue.end_token, 4); !after.empty()) agents.push_back(after.front());
  std::uint32_t from = agents.empty() ? cue.first_token : std::min(h.Start(agents.back()), cue.first_token);
  if (passive) from = std::min(from, c.m(line).first_token);  // "la ligne n'a pas été utilisée par X"
  Modality modality = ModalityOf(h, from, cue.end_token);
  RelationType type = cue.cls == "establish"sv ? RelationType::kEstablished
                      : cue.cls == "operate"sv ? RelationType::kOperates
                                               : RelationType::kUsed;
  for (std::uint32_t a : agents) {
    if (c.m(a).type == EntityType::kCommunicationLine) continue;
    if (Relation* r = Add(c, type, a, static_cast<std::uint32_t>(line),
                          std::string(cue.cls).append(":").append(c.tok(cue.first_token).fold), modality);
        r && type == RelationType::kUsed)
      r->attributes = FactAttributes(c);
  }
  // "... établie entre les États-Unis et l'Union soviétique": the parties the line links; with no one named
  // to have set it up, they did.
  if (modality == Modality::kAsserted) {
    for (std::uint32_t t = cue.end_token; t < std::min(cue.end_token + 8, c.s.end_token); ++t) {
      // ("créé après une rencontre entre X et Y": the "entre" of a conversation noun is the conversation's.)
      if (const Cue* other = CueAt(c, t); other && other->cls == "contact"sv) break;
      if (c.tok(t).fold != "entre"sv) continue;
      auto parties = h.Objects(t + 1, 6);
      if (parties.size() >= 2)
        for (std::uint32_t p : parties) {
          Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), p, "line-entre");
          if (type == RelationType::kEstablished && agents.empty())
            Add(c, RelationType::kEstablished, p, static_cast<std::uint32_t>(line), "establish-entre");
        }
      break;
    }
  }
  // "Les États-Unis et la Russie ont ouvert un canal": parties that set up a line together are its ends.
  if (type == RelationType::kEstablished && modality == Modality::kAsserted && agents.size() >= 2)
    for (std::uint32_t a : EndsOfTheirLine(h, static_cast<std::uint32_t>(line), agents))
      Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), a, "line-parties");
  // "... une ligne avec Y": the line links the agent and Y.
  if ((type == RelationType::kEstablished || type == RelationType::kUsed) &&
      modality == Modality::kAsserted) {
    std::uint32_t after = c.m(line).end_token;
    if (after < c.s.end_token && c.tok(after).fold == "avec"sv) {
      auto others = h.Objects(after + 1, 6);
      if (!others.empty()) {
        for (std::uint32_t a : agents)
          Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), a, "line-with");
        for (std::uint32_t o : others)
          Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), o, "line-with");
      }
    }
  }
  // "l'état-major israélien a mis en place un centre de coordination": one who sets up a line with no other
  // end named in the sentence is one of its ends.
  if (type == RelationType::kEstablished && modality == Modality::kAsserted && agents.size() == 1) {
    bool linked = false;
    for (std::size_t r = c.doc.relations.size(); r-- > 0 && c.doc.relations[r].sentence == c.sentence;)
      linked |= c.doc.relations[r].type == RelationType::kConnects &&
                c.m(c.doc.relations[r].source).entity == c.m(line).entity;
    if (!linked)
      Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), agents.front(), "line-of-its-maker");
  }
}

// Tokens [from, to) end with a preposition (and its article) after a noun of their own: what follows is the
// complement of that noun ("une comparaison avec", "un accord sur"), not of the verb before them.
bool RelationExtractor::ComplementOfAnotherNoun(const Context& c, std::uint32_t from,
                                                std::uint32_t to) const {
  const Lexicon& lexicon = schema_.lexicon();
  std::uint32_t t = to;
  while (t > from && lexicon.Is(WordClass::kDeterminer, c.tok(t - 1))) --t;
  if (t == from || !(lexicon.Is(WordClass::kPreposition, c.tok(t - 1)) || c.tok(t - 1).lower == "\xc3\xa0"sv))
    return false;
  for (std::uint32_t k = from; k + 1 < t; ++k) {
    const Token& w = c.tok(k);
    const WordInfo& info = w.lowered();
    if (w.kind == TokenKind::kWord && !w.capitalized && info.noun && !info.verb &&
        !lexicon.Is(WordClass::kMonth, w) && !lexicon.Is(WordClass::kDeterminer, w))
      return true;
  }
  return false;
}

void RelationExtractor::LineParties(Context& c) const {
  SentenceReader h{schema_, c};
  for (std::uint32_t l : c.mentions) {
    if (!IsLine(c.m(l))) continue;
    // "La Corée du Nord et la Corée du Sud ont rétabli leur ligne": the line of several subjects links them.
    if (const std::uint32_t t = c.m(l).first_token;
        t > c.s.first_token && (c.tok(t - 1).fold == "leur"sv || c.tok(t - 1).fold == "leurs"sv)) {
      const MentionList owners = h.Subjects(t - 1);
      if (owners.size() >= 2)
        for (std::uint32_t o : owners) Add(c, RelationType::kConnects, l, o, "line-of-both");
    }
    // "Washington et Ankara maintiennent un canal", "les deux pays disposent d'une ligne directe": a line
    // several subjects keep (a verb of words.tsv class line_keeping) links them.
    // (Its determiners, a count or a quantifier: "toutes les lignes", "plusieurs mécanismes".)
    const auto determiner = [&](const Token& w) {
      const std::string_view f = w.fold;
      return schema_.lexicon().Is(WordClass::kDeterminer, w) || f == "d'"sv || f == "de"sv ||
             f == "plusieurs"sv || f == "tous"sv || f == "toutes"sv ||
             !schema_.lexicon().ValueOf("number:", w).empty();
    };
    std::uint32_t t = c.m(l).first_token;
    while (t > c.s.first_token && determiner(c.tok(t - 1))) --t;
    // ("disposent depuis 2015 d'une ligne", "a suspendu en août plusieurs mécanismes": a time complement
    // may come between.)
    for (std::uint32_t n = 0; n < 3 && t > c.s.first_token + 1 && t < c.m(l).first_token; ++n) {
      if (!h.TimeWord(t - 1) && c.tok(t - 1).fold != "depuis"sv &&
          !(c.tok(t - 1).fold == "en"sv && h.TimeWord(t)))
        break;
      --t;
    }
    // (A line cut or suspended linked them all the same: "La Chine a suspendu le mécanisme avec les
    // Etats-Unis", words.tsv cessation.)
    if (t > c.s.first_token && t < c.m(l).first_token) {
      const Token& verb = c.tok(t - 1);
      const WordInfo& info = verb.lowered();
      const bool cut = schema_.lexicon().LemmaIn(WordClass::kCessation, verb);
      if (info.verb && !verb.capitalized &&
          (cut || std::any_of(info.lemmas.begin(), info.lemmas.end(), [&](const std::string& lemma) {
             return schema_.lexicon().Is("line_keeping", lemma);
           }))) {
        // ("Le Pentagone dispose d'une ligne avec l'armée iranienne": one subject, and the other end after
        // "avec", which the cue "avec" links.)
        const MentionList owners = h.Subjects(t - 1);
        const std::uint32_t after = c.m(l).end_token;
        const bool with = after < c.s.end_token && c.tok(after).fold == "avec"sv;
        if ((owners.size() >= 2 || (owners.size() == 1 && with)) &&
            ModalityOf(h, h.Start(owners.back()), cut ? t - 1 : c.m(l).first_token) == Modality::kAsserted)
          for (std::uint32_t o : EndsOfTheirLine(h, l, owners))
            Add(c, RelationType::kConnects, l, o, "line-kept");
      }
    }
    // "la hotline américano-russe", "le bureau de liaison intercoréen": the line links the states of its
    // compound adjective (in its name or right after it).
    for (std::uint32_t k : c.mentions)
      if (c.m(k).rule == "compound-nationality"sv && c.m(k).first_token >= c.m(l).first_token &&
          c.m(k).end_token <= c.m(l).end_token + 1)
        Add(c, RelationType::kConnects, l, k, "line-compound-adjective");
  }
}

void RelationExtractor::QualifyLinesByStates(Document& doc) const {
  // The state of an endpoint: a country (its successor for a former state: the Soviet Union's lines are
  // Russia's), the state of a national institution ("ministere_defense@russia") or of a gazetteer one.
  const Gazetteer& gazetteer = schema_.gazetteer();
  const auto state_of = [&](const Mention& end) -> std::string_view {
    std::string_view state;
    if (end.type == EntityType::kCountry && end.entity.starts_with("country:"))
      state = std::string_view(end.entity).substr(std::string_view("country:").size());
    else if (end.type == EntityType::kInstitution)
      state = gazetteer.StateOf(end.entity);
    return state.empty() ? state : gazetteer.Successor(state);
  };
  // The states of each line's ends, by line id, in the order first met (views of the mentions' ids and the
  // gazetteer's: an article has few lines, and a map of sets of strings cost more than the look-ups); those
  // of ends only planned apart, for a line with no other ("des discussions visant à établir une ligne").
  using LineStates = std::vector<std::pair<std::string_view, std::vector<std::string_view>>>;
  LineStates states, planned;
  for (const Relation& r : doc.relations) {
    const Mention& line = doc.mentions[r.source];
    if (r.type != RelationType::kConnects || r.modality == Modality::kNegated || line.entity.empty() ||
        line.entity.find('@') != std::string::npos)
      continue;
    const std::string_view state = state_of(doc.mentions[r.target]);
    if (state.empty()) continue;
    LineStates& into = r.modality == Modality::kAsserted ? states : planned;
    auto of_line =
        std::find_if(into.begin(), into.end(), [&](const auto& s) { return s.first == line.entity; });
    if (of_line == into.end()) of_line = into.insert(into.end(), {line.entity, {}});
    if (std::find(of_line->second.begin(), of_line->second.end(), state) == of_line->second.end())
      of_line->second.push_back(state);
  }
  for (auto& line : planned)
    if (std::none_of(states.begin(), states.end(), [&](const auto& s) { return s.first == line.first; }))
      states.push_back(std::move(line));
  // (Only a pair: a third state is more often a line's place or a mistake than a party.)
  // (The qualified ids are all made before any mention's id changes: the views above are of those ids.)
  std::vector<std::pair<std::string, std::string>> qualified;  // a line's id, and its qualified id
  for (const auto& [line, pair] : states)
    if (pair.size() == 2) {
      const auto [low, high] = std::minmax(pair[0], pair[1]);
      qualified.emplace_back(line, std::string(line).append("@").append(low).append("+").append(high));
    }
  for (const auto& [line, id] : qualified)
    for (Mention& m : doc.mentions)
      if (m.entity == line) m.entity = id;
}

}  // namespace newsgraph
