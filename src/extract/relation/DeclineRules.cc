// The decline rule: "X n'a pas souhaité commenter", "n'a pas répondu aux questions de l'AFP"
// (declined_comment).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"

namespace newsgraph {

using namespace std::string_view_literals;

void RelationExtractor::Decline(Context& c, const Cue& cue) const {
  SentenceReader h{schema_, c};
  if (AnswersACall(c, cue)) return;  // "n'a pas répondu aux appels": the line is not used
  // "La ligne militaire est elle aussi muette, a ajouté le ministère": a line that is silent declines nothing
  // (the adjective's subject is the mention opening its clause, no actor named between).
  if (!c.tok(cue.first_token).lowered().verb) {
    bool line = false;
    for (std::uint32_t k : c.mentions) {
      if (c.m(k).first_token >= cue.first_token) break;
      if (IsLine(c.m(k)) && h.PhraseStart(k) == c.s.first_token)
        line = true;
      else if (IsActor(c.m(k)) && !h.InPP(k))
        line = false;
    }
    if (line) return;
  }
  // "Paris, qui refuse de reconnaître les militaires au pouvoir": who is recognised, no statement refused.
  if (const std::uint32_t v = cue.end_token - 1;
      cue.end_token < c.s.end_token && HasLemma(c.tok(v).lowered(), "reconnaitre")) {
    std::uint32_t t = cue.end_token;
    while (t < c.s.end_token && h.Is(WordClass::kDeterminer, t)) ++t;
    if (t > cue.end_token && t < c.s.end_token &&
        (h.PeopleNoun(t) || std::any_of(c.mentions.begin(), c.mentions.end(), [&](std::uint32_t k) {
           return c.m(k).first_token == t && IsActor(c.m(k));
         })))
      return;
  }
  // Who declines: the verb's subject ("X n'a pas souhaité commenter"), else the speaker of the sentence
  // ("..., a indiqué X, refusant de commenter").
  // ("X a assuré que Hanoï entendait « S », sans vouloir commenter": a refusal after a statement is its
  // speaker's, the outermost statement's.)
  MentionList sources;
  if (c.tok(cue.first_token).fold == "sans"sv) {
    const Context::Statement* outer = nullptr;
    for (const auto& st : c.statements)
      if (st.first < cue.first_token && c.m(st.speaker).first_token < cue.first_token &&
          (!outer || st.first < outer->first))
        outer = &st;
    if (outer) sources = {outer->speaker};
    // (Or, when what it said gave no statement, the subject of its verb.)
    for (auto x = FirstCueFrom(c, c.s.first_token); sources.empty() && x->first_token < cue.first_token; ++x)
      if (x->cls == "report"sv || x->cls == "deny"sv) sources = h.Subjects(x->first_token);
  }
  if (sources.empty()) sources = h.Subjects(cue.first_token);
  for (const auto& st : c.statements)
    if (sources.empty() && (st.first < cue.first_token || st.end <= cue.first_token)) sources = {st.speaker};
  if (sources.empty()) return;
  std::int64_t target = -1;
  // "a refusé de commenter les échanges par ce canal": a line in what is declined; else "sans préciser la
  // teneur de la conversation": the conversation named before, when it is the object; else a line of the
  // sentence.
  for (std::uint32_t k : c.mentions)
    if (IsLine(c.m(k)) && target < 0 && c.m(k).first_token >= cue.end_token &&
        c.m(k).first_token < cue.end_token + 8)
      target = k;
  if (target < 0)
    if (const std::optional<std::uint32_t> party = ConversationNamedBefore(
            c, cue.end_token, std::min(cue.end_token + 6, c.s.end_token), c.m(sources.front()).entity))
      target = *party;
  // "Interrogé sur un éventuel appel entre X et Y, le porte-parole chinois a refusé de commenter": what the
  // source was asked about (words.tsv asked, then "sur", up to the comma): the first one named there that it
  // does not speak for, nor of its state.
  // ("Interrogé à la sortie par une journaliste sur un éventuel sommet")
  for (std::uint32_t a = c.s.first_token; target < 0 && a + 1 < cue.first_token; ++a) {
    if (c.tok(a).kind != TokenKind::kWord || !schema_.lexicon().LemmaIn("asked", c.tok(a).lowered()))
      continue;
    std::uint32_t on = a + 1;
    while (on < cue.first_token && on < a + 10 && c.tok(on).fold != "sur"sv && c.tok(on).fold != ","sv) ++on;
    if (on == cue.first_token || c.tok(on).fold != "sur"sv) continue;
    std::uint32_t comma = on + 1;
    while (comma < cue.first_token && c.tok(comma).fold != ","sv) ++comma;
    const Mention& source = c.m(sources.front());
    const std::string_view side = StateOfMention(schema_.gazetteer(), source);
    for (std::uint32_t k : c.mentions)
      if (const Mention& x = c.m(k);
          x.first_token > on && x.first_token < comma &&
          (IsLine(x) || (IsActor(x) && !SpeaksFor(c, schema_, k, source.entity) &&
                         (side.empty() || StateOfMention(schema_.gazetteer(), x) != side)))) {
        target = k;
        break;
      }
    break;
  }
  for (std::uint32_t k : c.mentions)
    if (IsLine(c.m(k)) && target < 0) target = k;
  // Else the outlet that asked: "Contacté par l'AFP, le ministère n'a pas répondu", "n'a pas répondu aux
  // questions de l'AFP", "n'a pas répondu à l'AFP".
  for (std::uint32_t k : c.mentions) {
    if (target >= 0) break;
    const Mention& x = c.m(k);
    std::uint32_t t = h.PhraseStart(k);  // "de l'agence Reuters"
    while (t > c.s.first_token && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t - 1))) --t;
    const bool by = t > c.s.first_token && c.tok(t - 1).fold == "par"sv;
    // ("a refusé de répondre à l'AFP")
    const bool addressed = t == cue.end_token && IsTo(c.tok(t));
    const bool asked =
        x.first_token >= cue.end_token && x.first_token <= cue.end_token + 6 &&
        std::any_of(c.doc.tokens.begin() + t, c.doc.tokens.begin() + x.first_token,
                    [](const Token& w) { return w.fold == "de"sv || w.fold == "du"sv || w.fold == "d'"sv; });
    if (x.type == EntityType::kInstitution && (by || addressed || asked) &&
        std::find(sources.begin(), sources.end(), k) == sources.end())
      target = k;
  }
  // "Interrogé sur ces échanges, X a refusé de faire le moindre commentaire", "a refusé de commenter la
  // visite": the conversation named before.
  for (const std::uint32_t first : {cue.end_token, c.s.first_token})
    if (target < 0)
      if (const std::optional<std::uint32_t> party =
              ConversationNamedBefore(c, first, c.s.end_token, c.m(sources.front()).entity))
        target = *party;
  // "a refusé de dire si X avait parlé avec Y": the first actor of the question; "de confirmer que X ...":
  // of the claim; "n'a pas donné de détails sur l'appel entre X et Y", "n'a ni confirmé ni démenti l'appel
  // entre X et Y": of what it is about.
  std::uint32_t object = cue.end_token;
  while (object < c.s.end_token && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(object))) ++object;
  const Cue* conversation = object < c.s.end_token ? CueAt(c, object) : nullptr;
  // ("a refusé de commenter les informations selon lesquelles X aurait averti Y": of the claim named.)
  std::uint32_t claim = cue.end_token;
  for (std::uint32_t t = cue.end_token; t + 1 < std::min(cue.end_token + 8, c.s.end_token); ++t)
    if (c.tok(t).fold == "selon"sv && IsLequel(c.tok(t + 1).fold)) {
      claim = t + 2;
      break;
    }
  if (const std::string_view after = cue.end_token < c.s.end_token ? c.tok(cue.end_token).fold : ""sv;
      target < 0 &&
      (after == "si"sv || after == "s'"sv || after == "sur"sv || after == "que"sv || after == "qu'"sv ||
       (conversation && conversation->cls == "contact"sv) || claim > cue.end_token))
    for (std::uint32_t k : c.mentions) {
      // (Rather than the source's own state: "a refusé de dire si des discussions avaient eu lieu entre
      // Moscou et Washington", said by Moscow's spokeswoman.)
      const Mention& source = c.m(sources.front());
      const bool own = SpeaksFor(c, schema_, k, source.entity) ||
                       (!source.nationality.empty() && c.m(k).entity == "country:" + source.nationality);
      if (IsActor(c.m(k)) && c.m(k).first_token > cue.end_token && c.m(k).first_token >= claim &&
          std::find(sources.begin(), sources.end(), k) == sources.end()) {
        if (target < 0) target = k;
        if (!own) {
          target = k;
          break;
        }
      }
    }
  // "n'a pas souhaité commenter les propos de M. Borrell", "n'a pas réagi aux accusations de Kiev": the one
  // whose statement it is.
  for (std::uint32_t k : c.mentions) {
    if (target >= 0 || !IsActor(c.m(k)) || c.m(k).first_token <= cue.end_token) continue;
    const std::optional<std::uint32_t> noun = h.StatementNounOf(k);
    if (!noun || *noun < cue.end_token + 1) continue;
    std::uint32_t u = cue.end_token;
    if (const std::string_view f = c.tok(u).fold; f == "sur"sv || f == "aux"sv || f == "au"sv) ++u;
    while (u < *noun && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(u))) ++u;
    if (u == *noun && std::find(sources.begin(), sources.end(), k) == sources.end()) target = k;
  }
  // "a refusé de commenter une éventuelle visite de M. Grossi": the actor in the complement of the object's
  // noun (its determiner, adjectives and noun, then "de").
  if (target < 0 && cue.end_token < c.s.end_token &&
      schema_.lexicon().Is(WordClass::kDeterminer, c.tok(cue.end_token))) {
    std::uint32_t of = cue.end_token + 1;  // the "de" after the object's noun
    while (of < c.s.end_token && of < cue.end_token + 4 && c.tok(of).kind == TokenKind::kWord &&
           !c.tok(of).capitalized && (c.tok(of).lowered().adjective || c.tok(of).lowered().noun) &&
           !h.IsGenitive(of))
      ++of;
    if (of > cue.end_token + 1 && of < c.s.end_token && h.IsGenitive(of))
      for (std::uint32_t k : c.mentions)
        if (IsActor(c.m(k)) && c.m(k).first_token > of && h.PhraseStart(k, /*titled=*/true) <= of + 2 &&
            std::find(sources.begin(), sources.end(), k) == sources.end()) {
          target = k;
          break;
        }
  }
  // "n'a pas commenté ces accusations", "n'a pas souhaité confirmer ces informations": the speaker of the
  // statement named before, as far back as a silence looks.
  if (target < 0)
    if (const std::optional<std::uint32_t> speaker =
            StatementNamedBefore(c, cue.end_token, c.s.end_token, c.m(sources.front()).entity, kSilenceReach))
      target = *speaker;
  // ("n'a pas souhaité dire si elle avait été utilisée": a line fact whose subject is a pronoun is about the
  // line named last.)
  if (std::uint32_t t = cue.end_token; target < 0 && t + 2 < c.s.end_token &&
                                       (c.tok(t).fold == "si"sv || c.tok(t).fold == "s'"sv) &&
                                       (c.tok(t + 1).fold == "elle"sv || c.tok(t + 1).fold == "il"sv)) {
    bool line_fact = false;
    for (auto x = FirstCueFrom(c, t + 2); x != c.doc.cues.end() && x->first_token < c.s.end_token; ++x)
      line_fact |= x->cls == "use"sv || x->cls == "establish"sv || x->cls == "operate"sv;
    for (std::size_t k = c.first_mention; line_fact && target < 0 && k-- > 0;)
      if (IsLine(c.doc.mentions[k]) && !c.doc.mentions[k].entity.empty())
        target = static_cast<std::int64_t>(k);
  }
  // "X a confirmé l'appel entre Y et Z, sans en dire plus": what the speaker's statement of this sentence is
  // about.
  for (std::size_t r = c.doc.relations.size();
       target < 0 && r-- > 0 && c.doc.relations[r].sentence == c.sentence;)
    if (const Relation& said = c.doc.relations[r];
        (said.type == RelationType::kReported || said.type == RelationType::kDenied) &&
        c.m(said.source).entity == c.m(sources.front()).entity)
      target = said.target;
  // "Le bureau de M. Netanyahou n'a pas fait de commentaire", nothing after it: the conversation of the
  // four sentences before, when the source was a party to it (else, failing a line or an outlet below, its
  // first party that does not stand for the source: "L'ambassade de Suisse n'a fait aucun commentaire" on
  // the message it passed).
  std::int64_t other_party = -1;
  // ("Erevan n'a pas souhaité réagir dans l'immédiat"; "s'est refusé à tout commentaire sur le contenu des
  // échanges", after a message passed, which ConversationNamedBefore does not take for talks.)
  const auto on_conversation = [&] {
    std::uint32_t t = cue.end_token;
    if (t >= c.s.end_token) return false;
    // ("a refusé de dire si d'autres rencontres étaient prévues": a question on conversations that names no
    // one.)
    if (c.tok(t).fold == "si"sv || c.tok(t).fold == "s'"sv) {
      bool conversation = false;
      for (++t; t < c.s.end_token && c.tok(t).kind != TokenKind::kPunct && !conversation; ++t)
        if (const Cue* named = CueAt(c, t)) conversation = named->cls == "contact"sv;
      return conversation && std::none_of(c.mentions.begin(), c.mentions.end(), [&](std::uint32_t k) {
               return c.m(k).first_token > cue.end_token && IsActor(c.m(k));
             });
    }
    if (c.tok(t).fold != "sur"sv) return false;
    bool conversation = false;
    for (++t; t < c.s.end_token && c.tok(t).kind != TokenKind::kPunct; ++t) {
      if (const Cue* named = CueAt(c, t); named && named->cls == "contact"sv) {
        conversation = true;
        t = named->end_token - 1;
        continue;
      }
      const Token& w = c.tok(t);
      // ("contenu" is a verb too; "sur une éventuelle reprise des pourparlers".)
      if (!(schema_.lexicon().Is(WordClass::kDeterminer, w) || h.IsGenitive(t) ||
            (!w.capitalized && (w.lowered().noun || w.lowered().adjective))))
        return false;
    }
    return conversation;
  };
  // (A party of the conversation of the sentences before, when the source stands for the other one.)
  const auto conversation_party = [&] {
    for (std::size_t r = c.doc.relations.size();
         r-- > 0 && c.doc.relations[r].sentence + kSilenceReach >= c.sentence;) {
      const Relation& rel = c.doc.relations[r];
      if (rel.type != RelationType::kSpokeWith || rel.modality != Modality::kAsserted ||
          rel.sentence == c.sentence)
        continue;
      // (A party the source stands for: "Le ministre omanais n'a pas souhaité commenter" the messages Oman
      // passed, also when a conversation without it came after.)
      const std::string& source = c.m(sources.front()).entity;
      if (SpeaksFor(c, schema_, rel.source, source)) target = rel.target;
      if (SpeaksFor(c, schema_, rel.target, source)) target = rel.source;
      if (other_party < 0) other_party = !SpeaksFor(c, schema_, rel.source, source) ? rel.source : rel.target;
      if (target >= 0) break;
    }
  };
  const bool silent = h.NothingSaidAfter(cue.end_token);
  if (target < 0 && (silent || on_conversation())) conversation_party();
  if (target < 0) {  // mentions are in sentence order: the earlier sentences' come before this one's
    for (std::size_t k = c.first_mention; k-- > 0;)
      if (IsLine(c.doc.mentions[k]) && c.doc.mentions[k].sentence < c.sentence) {
        target = static_cast<std::int64_t>(k);
        break;
      }
  }
  // "n'a pas répondu à une demande de commentaire" in a story an outlet tells: the outlet that asked; not
  // one the story quotes ("Selon l'agence Chine nouvelle, S", "S, a rapporté l'agence Tass").
  const auto quoted = [&](std::size_t k) {
    const Mention& x = c.doc.mentions[k];
    const std::uint32_t first = c.doc.sentences[x.sentence].first_token;
    const std::uint32_t t = NounPhraseStart(c.doc, schema_.lexicon(), first, x.first_token);
    if (t > first && (c.tok(t - 1).fold == "selon"sv ||
                      (c.tok(t - 1).fold == "apres"sv && t > first + 1 && c.tok(t - 2).fold == "d'"sv)))
      return true;
    // (Nor one that relays what someone said: "a déclaré M. Xi, cité par la télévision CCTV".)
    return std::any_of(c.doc.relations.begin(), c.doc.relations.end(), [&](const Relation& r) {
      return r.source == k && (r.type == RelationType::kReported ||
                               (r.type == RelationType::kCites && r.rule == "cite-par"sv));
    });
  };
  // (Not when the source did speak, with nothing more: "X a confirmé son rôle, sans donner de précisions".)
  const bool spoke = std::any_of(c.statements.begin(), c.statements.end(), [&](const Context::Statement& st) {
    return c.m(st.speaker).entity == c.m(sources.front()).entity;
  });
  // ("n'a pas donné suite aux questions de la presse", "aux sollicitations des journalistes": questions
  // from no one named, words.tsv press_request, say no more than nothing after the cue, once no line nor
  // outlet is what was asked about.)
  std::uint32_t asked = cue.end_token;
  while (asked < c.s.end_token &&
         (IsTo(c.tok(asked)) || h.IsGenitive(asked) || h.Is(WordClass::kDeterminer, asked) ||
          (!c.tok(asked).capitalized && schema_.lexicon().LemmaIn("press_request", c.tok(asked).lowered()))))
    ++asked;
  const bool asked_only = !silent && asked > cue.end_token && h.NothingSaidAfter(asked);
  // (Only for a refusal that names nothing else: "a refusé de dévoiler le contenu de la lettre" is about the
  // letter, not for the outlet a statement was made to before.)
  for (std::size_t k = c.first_mention; target < 0 && !spoke && (silent || asked_only) && k-- > 0;)
    if (const Mention& x = c.doc.mentions[k];
        x.type == EntityType::kInstitution && KnownOutlet(schema_, instance_, x) && !quoted(k))
      target = static_cast<std::int64_t>(k);
  if (target < 0 && asked_only) conversation_party();
  if (target < 0) target = other_party;
  // "S, a rapporté CNN. Le Pentagone a refusé de confirmer.": with nothing after it, the claim of the
  // sentence before, whose speaker it is (as for "n'a pas commenté ces accusations").
  for (std::size_t r = c.doc.relations.size(); target < 0 && !spoke && (silent || asked_only) && r-- > 0 &&
                                               c.doc.relations[r].sentence + 1 >= c.sentence;)
    if (const Relation& said = c.doc.relations[r]; said.type == RelationType::kReported &&
                                                   said.sentence + 1 == c.sentence &&
                                                   c.m(said.source).entity != c.m(sources.front()).entity)
      target = said.source;
  if (target < 0) return;
  for (std::uint32_t s : sources)
    Add(c, RelationType::kDeclinedComment, s, static_cast<std::uint32_t>(target), "decline");
}

}  // namespace newsgraph
