// The contact rule: "X s'est entretenu avec Y", "X et Y se sont parlé", "conversation entre X et Y"
// (spoke_with), and the tests of what is no contact (an appeal, things exchanged, a call answered).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/CueFinder.h"
#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;

void RelationExtractor::Contact(Context& c, const Cue& cue) const {
  SentenceReader h{schema_, c};
  // The parties are mentions of the sentence with an entity, or people named before that it refers back to:
  // by a subject pronoun, by a count ("les deux hommes": HasTwo), or as the speaker of one of its statements.
  // A sentence with none of them gives nothing (a sixth of the contact cues of generated articles: "Le
  // dialogue restait indispensable", "Aucun accord n'avait été trouvé sur la reprise du dialogue").
  // (A rule that finds a party another way must be allowed for here.)
  if (!h.NamesAnyone() && c.statements.empty() && !h.HasTwo() && !h.HasSubjectPronoun()) return;
  bool noun = false;
  {
    const WordInfo& info = c.tok(cue.first_token).lowered();
    // (Opening a sentence or following a headline's colon, after its adjectives maybe, no subject before it:
    // "Rencontre Trump-Poutine en Alaska", "Première rencontre russo-américaine", "Riyad : première
    // rencontre".)
    std::uint32_t opening = cue.first_token;
    while (opening > c.s.first_token && c.tok(opening - 1).kind == TokenKind::kWord &&
           c.tok(opening - 1).lowered().adjective && !c.tok(opening - 1).lowered().verb &&
           (!c.tok(opening - 1).capitalized || opening - 1 == c.s.first_token))
      --opening;
    const bool headline_noun = opening == c.s.first_token || c.tok(opening - 1).fold == ":"sv;
    noun = info.noun && (!info.verb || h.DeterminedNoun(cue.first_token) || headline_noun);
    // "a démenti toute médiation du Qatar, évoquée par l'agence Bloomberg": the agent of a participle whose
    // object is a topic (words.tsv topic_contact) spoke of the noun phrase before it; no conversation.
    if (info.participle && !info.noun && cue.first_token > c.s.first_token + 1 &&
        c.tok(cue.first_token - 1).fold == ","sv && cue.end_token < c.s.end_token &&
        c.tok(cue.end_token).fold == "par"sv &&
        schema_.lexicon().LemmaIn(WordClass::kTopicContact, c.tok(cue.first_token)))
      if (const MentionList agents = h.Objects(cue.end_token + 1, 4); !agents.empty()) {
        const std::uint32_t comma = cue.first_token - 1;
        // (Back to the verb before the noun phrase, over whole names: "des Emirats arabes unis".)
        std::uint32_t from = comma;
        while (from > c.s.first_token) {
          if (const std::int64_t name = h.MentionEndingAt(from); name >= 0) {
            from = c.m(static_cast<std::uint32_t>(name)).first_token;
            continue;
          }
          const Token& w = c.tok(from - 1);
          if (w.kind != TokenKind::kWord || CueAt(c, from - 1) || (w.lowered().verb && !w.lowered().noun))
            break;
          --from;
        }
        const std::uint32_t agent = agents.front();
        for (std::uint32_t k : c.mentions)
          if (const Mention& x = c.m(k);
              x.first_token >= from && x.end_token <= comma && (IsLine(x) || (IsActor(x) && !x.anonymous))) {
            Add(c, RelationType::kReported, agent, k, "report-agent");
            break;
          }
        c.statements.push_back({agent, from, comma});
        return;
      }
    // "X, contacté par Reuters, n'a pas répondu": a journalist's request in apposition to its actor, not a
    // conversation ("un accord, négocié par Y" is one: Y talked with the parties).
    bool apposed = cue.first_token == c.s.first_token;
    if (!apposed && c.tok(cue.first_token - 1).fold == ","sv)
      for (std::uint32_t k : c.mentions)
        apposed |= c.m(k).end_token + 1 == cue.first_token && IsActor(c.m(k));
    if (info.participle && apposed && cue.end_token < c.s.end_token && c.tok(cue.end_token).fold == "par"sv)
      return;
  }
  // "se sont entretenus mardi par visioconférence avec X": the medium of the verb's conversation, none of
  // its own.
  if (noun && cue.first_token >= c.s.first_token + 2 &&
      (c.tok(cue.first_token - 1).fold == "par"sv || c.tok(cue.first_token - 1).fold == "en"sv))
    for (std::uint32_t t = cue.first_token - 1; t-- > c.s.first_token && t + 5 > cue.first_token;)
      if (const Cue* verb = CueAt(c, t);
          verb && verb->cls == "contact"sv && c.tok(t).lowered().verb && !c.tok(t).lowered().noun)
        return;
  if (AppealNotCall(c, cue)) {
    Appeal(c, cue);
    return;
  }
  if (ExchangesThings(c, cue)) return;
  // "selon une source proche des négociations", "un responsable au fait des discussions": a conversation
  // that says who an anonymous source is, not one of this sentence.
  if (noun) {
    std::uint32_t b = cue.first_token;
    while (b > c.s.first_token && b + 4 > cue.first_token &&
           (IsArticle(c.tok(b - 1)) || h.IsGenitive(b - 1) || c.tok(b - 1).fold == "au"sv ||
            c.tok(b - 1).fold == "fait"sv))
      --b;
    // (The title's end: "source proche".)
    for (std::uint32_t k : c.mentions)
      if (b < cue.first_token && c.m(k).anonymous && std::max(c.m(k).end_token, c.m(k).role_end) == b) return;
  }
  // "X s'est entretenu avec Y — leur troisième échange en un mois —": "leur" names again the conversation
  // found before it in the sentence.
  {
    std::uint32_t b = cue.first_token;
    while (b > c.s.first_token && !c.tok(b - 1).capitalized && c.tok(b - 1).lowered().adjective &&
           !IsArticle(c.tok(b - 1)))
      --b;
    if (const std::string_view before = b > c.s.first_token ? c.tok(b - 1).fold : ""sv;
        before == "leur"sv || before == "leurs"sv)
      for (const Relation& r : c.doc.relations)
        if (r.sentence == c.sentence && r.type == RelationType::kSpokeWith &&
            r.modality == Modality::kAsserted)
          return;
  }
  // "entretenir des relations" is no conversation; "s'entretenir" is.
  if (const WordInfo& verb = c.tok(cue.first_token).lowered();
      verb.verb && !verb.noun && HasLemma(verb, "entretenir")) {
    if (!h.Reflexive(cue.first_token) &&
        !(cue.first_token >= c.s.first_token + 2 && c.tok(cue.first_token - 2).fold == "s'"sv))
      return;
  }
  // "l'envoyé spécial de l'UE pour le dialogue, X": between a person's title and name, part of the title.
  for (std::uint32_t k : c.mentions)
    if (const Mention& p = c.m(k);
        p.role_end > p.role_first && p.role_first < cue.first_token && cue.first_token < p.first_token)
      return;
  // "le téléphone portable spécial entre X et Y": the word names a line here, not a call.
  for (std::uint32_t k : c.mentions)
    if (IsLine(c.m(k)) && c.m(k).first_token <= cue.first_token && cue.first_token < c.m(k).end_token) return;
  // (The room of `pairs` is kept by the thread across cues, Contact not being re-entered.)
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  pairs.clear();
  bool joined = false;  // the objects are the parties of a conversation the subjects joined
  std::uint32_t occasion_verb = 0;
  // (A verb's own cue is in no complement of occasion: no call for most contact cues.)
  const WordInfo& cue_word = c.tok(cue.first_token).lowered();
  MentionList subjects =
      cue_word.verb && !cue_word.noun ? MentionList() : h.OccasionSubjects(cue.first_token, &occasion_verb);
  // "X a appelé Y à la retenue lors d'un entretien téléphonique", "X a exhorté Y ... lors de leur
  // entretien": the verb's object is the other party, when the conversation names none.
  std::optional<std::uint32_t> occasion_object;
  if (!subjects.empty() && occasion_verb > 0) occasion_object = h.DirectObject(occasion_verb);
  if (subjects.empty()) subjects = h.Subjects(cue.first_token);
  MentionList hosts;  // the subjects of a verb that hosts the conversation (words.tsv host_verb)
  // "« ... », a-t-il déclaré à l'issue de ses entretiens avec X": after what was said, the possessive is the
  // speaker's.
  if (const std::uint32_t p = std::max(cue.first_token, 1u) - 1;
      subjects.empty() && noun && p > c.s.first_token && h.Is(WordClass::kPossessive, p) &&
      c.tok(p).fold != "leur"sv && c.tok(p).fold != "leurs"sv)
    for (const Context::Statement& st : c.statements)
      if (st.end <= p) subjects = {st.speaker};
  // "X a qualifié la réunion de ...", "X a salué la rencontre": a conversation noun that a statement is about
  // is none of its speaker's; nor is one that its subject hosts or backs (words.tsv host_verb: "qui
  // co-parrainent les pourparlers avec Y").
  if (noun) {
    std::uint32_t t = cue.first_token;
    while (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
    for (std::uint32_t v = t; t < cue.first_token && v-- > c.s.first_token && v + 4 > t;)
      if (const Cue* verb = CueAt(c, v);
          verb && verb->end_token == t && (verb->cls == "report"sv || verb->cls == "deny"sv)) {
        subjects.clear();
        break;
      }
    // ("n'a pas donné de détails sur la teneur de l'entretien avec Y": nor one in the complement of what was
    // said or declined, after "sur".)
    std::uint32_t u = t;
    const auto common_noun = [&](const Token& w) {
      return w.kind == TokenKind::kWord && !w.capitalized && w.lowered().noun && !w.lowered().verb;
    };
    while (u > c.s.first_token && u + 6 > t && c.tok(u - 1).fold != "sur"sv &&
           (IsArticle(c.tok(u - 1)) || h.IsGenitive(u - 1) || common_noun(c.tok(u - 1))))
      --u;
    if (const Cue* said =
            u > c.s.first_token && c.tok(u - 1).fold == "sur"sv ? CueEndingAt(c, u - 1) : nullptr;
        said && (said->cls == "report"sv || said->cls == "deny"sv || said->cls == "decline"sv))
      subjects.clear();
    // (The verb "a" folds as "à" does, a determiner.)
    const auto determiner = [&](std::uint32_t t) {
      return h.Is(WordClass::kDeterminer, t) && c.tok(t).lower != "a"sv;
    };
    std::uint32_t d = cue.first_token;
    while (d > c.s.first_token && determiner(d - 1)) --d;
    // ("a accueilli plusieurs cycles de pourparlers": words.tsv rounds, and how many.)
    if (d < cue.first_token && d > c.s.first_token + 1 &&
        schema_.lexicon().LemmaIn(WordClass::kRounds, c.tok(d - 1))) {
      --d;
      const auto counted = [&](std::uint32_t t) {
        const WordInfo& info = c.tok(t).lowered();
        return determiner(t) || !schema_.lexicon().ValueOf("number:", c.tok(t)).empty() ||
               c.tok(t).fold == "plusieurs"sv || (info.adjective && !info.verb);
      };
      while (d > c.s.first_token && counted(d - 1)) --d;
    }
    if (d < cue.first_token && d > c.s.first_token && c.tok(d - 1).lowered().verb &&
        schema_.lexicon().LemmaIn(WordClass::kHostVerb, c.tok(d - 1)))
      hosts = std::exchange(subjects, {});
    // ("ont joué un rôle clé dans les négociations", "pour leur soutien aux pourparlers": words.tsv
    // host_noun, then a qualifying word maybe, a preposition and the conversation.)
    std::uint32_t r = d;
    if (r > c.s.first_token && (h.Is(WordClass::kPreposition, r - 1) || IsTo(c.tok(r - 1)))) --r;
    const auto host_noun = [&](std::uint32_t t) {
      return t >= c.s.first_token && schema_.lexicon().LemmaIn(WordClass::kHostNoun, c.tok(t));
    };
    if ((r < cue.first_token && r > c.s.first_token) &&
        (host_noun(r - 1) || (r > c.s.first_token + 1 && c.tok(r - 1).kind == TokenKind::kWord &&
                              !c.tok(r - 1).lowered().verb && host_noun(r - 2))))
      subjects.clear();
    // ("a diffusé l'enregistrement d'une conversation entre X et Y", "a publié le contenu de la conversation
    // de X avec Y": a conversation whose record (words.tsv record) the verb's object is, none of its
    // subject's.)
    std::uint32_t g = cue.first_token;  // (back over the article: "d'une", "de la", "de l'", "des")
    if (g > c.s.first_token &&
        (IsArticle(c.tok(g - 1)) || c.tok(g - 1).fold == "un"sv || c.tok(g - 1).fold == "une"sv))
      --g;
    if (g > c.s.first_token + 1 && h.IsGenitive(g - 1) && c.tok(g - 2).kind == TokenKind::kWord &&
        !c.tok(g - 2).capitalized && schema_.lexicon().LemmaIn("record", c.tok(g - 2).lowered()))
      subjects.clear();
  }
  // "entre A et B" after the cue, or ending it ("l'appel entre X et Y").
  // ("a parlé de la ligne entre X et Y", "ont discuté des relations entre X et Y": so is the complement with
  // "de" of a verb of words.tsv de_topic; "ont échangé des messages entre" has an object.)
  const bool topic =
      !noun && (schema_.lexicon().LemmaIn(WordClass::kTopicContact, c.tok(cue.first_token)) ||
                (cue.end_token < c.s.end_token && h.IsGenitive(cue.end_token) &&
                 schema_.lexicon().LemmaIn(WordClass::kDeTopic, c.tok(cue.end_token - 1)) &&
                 !schema_.lexicon().LemmaIn(WordClass::kExchangeVerb, c.tok(cue.end_token - 1))));
  std::int64_t entre = -1;
  // (Most cues have no "entre" after them: a plain look for one first, the loop below reads much more of
  // each token.)
  const std::uint32_t entre_end = std::min(cue.end_token + 10, c.s.end_token);
  const bool has_entre = std::any_of(c.doc_tokens + cue.end_token - 1, c.doc_tokens + entre_end,
                                     [](const Token& w) { return w.fold == "entre"sv; });
  for (std::uint32_t t = cue.end_token - 1; has_entre && t < entre_end; ++t) {
    if (c.tok(t).fold == "entre"sv) {
      entre = t;
      break;
    }
    // (Past another conversation noun in a complement, the "entre" is that one's: "ne s'étaient pas parlé
    // depuis le sommet de Bali entre X et Y"; not past the verb's object, "accueillir une rencontre entre";
    // past any after a noun: "Ces entretiens visaient à préparer un appel entre X et Y".)
    if (const Cue* other = t >= cue.end_token ? CueAt(c, t) : nullptr;
        other && other->cls == "contact"sv && (noun || InComplement(c, t)))
      break;
    // (Farther, only past where the noun's event was: "lors du sommet de Woodside, en Californie, entre X et
    // Y".)
    if (const std::string_view f = c.tok(t).fold;
        t >= cue.end_token + 6 && !c.tok(t).capitalized && f != ","sv && f != "en"sv && !IsTo(c.tok(t)))
      break;
    // (After a verb whose object is a topic, a noun phrase's "entre" is its own: "a évoqué la coopération
    // entre la Russie et X".)
    if (topic && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t)) && !IsTo(c.tok(t))) break;
  }
  // "négociations américano-russes"; "Iran-Etats-Unis : des pourparlers à Oman" (a headline's topic).
  std::vector<std::uint32_t> compound;
  for (std::uint32_t k : c.mentions) {
    const Mention& x = c.m(k);
    if (x.rule != "compound-nationality"sv && x.rule != "compound-name"sv) continue;  // (most mentions)
    const bool after = x.first_token >= cue.end_token && x.first_token <= cue.end_token + 1;
    const bool topic =
        x.first_token == c.s.first_token && x.end_token < cue.first_token && c.tok(x.end_token).fold == ":"sv;
    if (after || topic) compound.push_back(k);
  }
  // The parties after "entre"; not the hosts ("X et Y ont organisé des pourparlers entre les représentants
  // des deux camps" is not between X and Y, the two states named last).
  const auto parties_between = [&] {
    MentionList between = entre >= 0 ? h.Between(entre) : MentionList();
    if (!hosts.empty())
      EraseIf(between, [&](std::uint32_t k) {
        return std::any_of(hosts.begin(), hosts.end(),
                           [&](std::uint32_t o) { return c.m(o).entity == c.m(k).entity; });
      });
    return between;
  };
  bool shuttle = false;
  // "l'appel de X avec Y" (cues.tsv "appel de"): a call only when the genitive and "avec" name its parties
  // ("l'appel de Kiev à la retenue" is none).
  if (noun && cue.end_token > cue.first_token + 1 && h.IsGenitive(cue.end_token - 1)) {
    pairs = h.GenitiveWith(cue.end_token - 1);
    // ("les appels de la Corée du Sud sur la ligne": a use of the line by the caller.)
    if (pairs.empty() && h.LineAfter(cue.end_token, 10) >= 0)
      LineFact(c, Cue{"use", cue.first_token, cue.first_token + 1, cue.conditional});
    // ("Xi Jinping a pris l'appel de Joe Biden": who takes the call, words.tsv call_taker, talks with the
    // caller.)
    if (const std::uint32_t verb = h.VerbBeforeNounPhrase(cue.first_token);
        pairs.empty() && verb < cue.first_token &&
        schema_.lexicon().LemmaIn("call_taker", c.tok(verb).lowered()))
      if (const MentionList callers = h.Objects(cue.end_token, 4); !callers.empty())
        for (std::uint32_t taker : h.Subjects(verb)) pairs.push_back({taker, callers.front()});
    if (pairs.empty()) return;
  } else if (noun && compound.size() >= 2) {
    pairs.push_back({compound[0], compound[1]});
  } else if (MentionList between = parties_between(); between.size() >= 2) {
    // ("X a fait la navette entre Y et Z", words.tsv shuttle: X with each of them, who did not talk.)
    shuttle = entre == cue.end_token && schema_.lexicon().Is("shuttle", c.tok(cue.end_token - 1).fold);
    // ("entre l'Egypte, le Soudan et l'Ethiopie": each with each.)
    if (!shuttle)
      for (std::size_t i = 0; i < between.size(); ++i)
        for (std::size_t j = i + 1; j < between.size(); ++j) pairs.push_back({between[i], between[j]});
    // ("X a participé aux discussions entre Y et Z": X with each of them.)
    if (shuttle || (noun && h.JoinsConversation(cue.first_token)))
      for (std::uint32_t a : h.Subjects(cue.first_token))
        for (std::uint32_t b : between) pairs.push_back({a, b});
  } else {
    // (An "entre" without two parties after it is about something else: "ont évoqué lors d'un appel la
    // rivalité entre leurs deux pays".)
    std::uint32_t from = cue.end_token;
    // "X et Y se sont rencontrés à la Maison Blanche", "s'est entretenu au Kremlin avec Y", "a été reçu au
    // Kremlin par Y": one meets or talks with no one "à" an institution; it is where (but "a été convoqué au
    // département d'Etat", with no agent, was convoked by it).
    const bool reflexive = !noun && h.Reflexive(cue.first_token);
    bool passive = false;
    for (std::uint32_t t = h.VerbGroupStart(cue.first_token); !noun && !reflexive && t < cue.first_token; ++t)
      passive |= HasLemma(c.tok(t).lowered(), "etre") && c.tok(cue.first_token).lowered().participle;
    // (So is one between a verb whose object is the other party and that object: "a reçu lundi à l'Elysée le
    // président chinois".)
    const bool direct = !noun && !reflexive && !passive &&
                        schema_.lexicon().LemmaIn(WordClass::kDirectContact, c.tok(cue.first_token));
    if (reflexive || passive || direct)
      if (const std::uint32_t t = h.AfterTime(from); t < c.s.end_token && IsTo(c.tok(t)))
        for (std::uint32_t k : c.mentions)
          if (c.m(k).first_token > t && c.m(k).type == EntityType::kInstitution) {
            const std::uint32_t end = c.m(k).end_token, after = h.AfterTime(end);
            const bool agent = after < c.s.end_token && c.tok(after).fold == "par"sv;
            const bool object = after < c.s.end_token &&
                                (h.Is(WordClass::kDeterminer, after) ||
                                 (c.tok(after).kind == TokenKind::kWord && c.tok(after).capitalized));
            if (h.PhraseStart(k) == t + 1 && (passive ? agent : !direct || object)) from = end;
            break;
          }
    auto objects = h.Objects(from, noun ? 10 : 16);
    // "a transmis un message de Vladimir Poutine à Kim Jong Un": after a message, its author comes with "de"
    // and whom it went to with "à": the bearer talks with the addressee, and so does the author.
    std::optional<std::uint32_t> author;
    if (const std::optional<std::uint32_t> to = h.MessageAddressee(from, objects)) {
      author = objects.front();
      objects = {*to};
    }
    // "a transmis à Y un message de X": the addressee inside the cue, after "à" (CueFinder skips it), and the
    // author after the message with "de".
    if (!noun && cue.end_token > cue.first_token + 2 &&
        NamesWhatIsSent(schema_.lexicon(), c.tok(cue.end_token - 1)))
      for (std::uint32_t k : c.mentions)
        if (const std::uint32_t b = h.PhraseStart(k, /*titled=*/true);
            IsActor(c.m(k)) && b > cue.first_token + 1 && c.m(k).end_token < cue.end_token &&
            IsTo(c.tok(b - 1))) {
          if (!objects.empty() && h.IsGenitive(from) && h.PhraseStart(objects.front(), true) <= from + 2)
            author = objects.front();
          objects = {k};
          break;
        }
    // "a transmis un message à Téhéran", "une proposition à Téhéran": after what is sent (NamesWhatIsSent), a
    // state named by its capital after "à" is whom it went to, not where; also before the addressees
    // coordinated to it ("sa réponse au Qatar et à l'Égypte").
    if (from + 1 < c.s.end_token && IsTo(c.tok(from)) && from > cue.first_token &&
        NamesWhatIsSent(schema_.lexicon(), c.tok(from - 1)))
      for (std::uint32_t k : c.mentions)
        if (const Mention& x = c.m(k);
            x.first_token == from + 1 && x.type == EntityType::kCountry &&
            (objects.empty() ||
             (objects.front() != k && x.end_token + 1 < c.s.end_token && c.tok(x.end_token).fold == "et"sv &&
              h.PhraseStart(objects.front(), true) <= x.end_token + 3)))
          objects.insert(objects.begin(), k);
    // "s'est entretenu séparément avec les deux délégations", "a reçu séparément les deux dirigeants", "a
    // appelé les deux hommes" (the object of a verb whose object is no topic): the pair named before.
    const bool object_is_party = !noun && !topic;
    const std::string_view talker = subjects.empty() ? std::string_view() : c.m(subjects.front()).entity;
    for (std::uint32_t t = from; objects.empty() && t < std::min(from + 3, c.s.end_token); ++t)
      if (c.tok(t).fold == "avec"sv)
        objects = h.PairAt(t + 1, talker);
      else if (object_is_party && c.tok(t).fold == "les"sv)
        objects = h.PairAt(t, talker);
    // "des discussions « franches » de plus de sept heures avec son homologue X": after a noun, the party
    // comes with "avec" past what qualifies the noun, in the same phrase.
    // (Not past a verb or another clause: "les négociations de paix et mettre fin à la guerre avec X", "n'a
    // pas participé à la réunion mais reste en contact avec X".)
    for (std::uint32_t t = from; noun && objects.empty() && t < std::min(from + 10, c.s.end_token); ++t) {
      const Token& w = c.tok(t);
      const WordInfo& info = w.lowered();
      if ((w.kind == TokenKind::kPunct && !CueFinder::IsQuote(c.doc.TokenText(t))) || w.fold == "et"sv ||
          w.fold == "ou"sv || w.fold == "mais"sv ||
          (w.kind == TokenKind::kWord && info.verb && !info.noun && !info.adjective))
        break;
      if (w.fold == "avec"sv) {
        objects = h.Objects(t + 1, 6);
        break;
      }
    }
    // ("Lors d'un entretien, X a remercié Y": the subject after the comma is no object of the noun.)
    if (occasion_object)
      EraseIf(objects, [&](std::uint32_t o) { return std::ranges::find(subjects, o) != subjects.end(); });
    if (objects.empty() && occasion_object) objects.push_back(*occasion_object);
    // "X a eu Y au téléphone", "X a félicité mardi Y au téléphone": the object of the verb before "au" and a
    // channel (words.tsv channel:) is the other party, and the verb's subject the first. (A state or
    // institution only as the object of "avoir": "a évoqué l'Ukraine au téléphone" is a topic.)
    // (Compared before subtracting: a cue may open the article, at token 0.)
    if (const std::uint32_t au = cue.first_token - 1;
        objects.empty() && cue.first_token > c.s.first_token + 2 && c.tok(au).fold == "au"sv &&
        schema_.lexicon().Is(WordClass::kChannel, c.tok(cue.first_token)))
      for (std::uint32_t k : c.mentions) {
        if (c.m(k).end_token != au || !IsActor(c.m(k))) continue;
        std::uint32_t v = h.PhraseStart(k, /*titled=*/true);
        while (v > c.s.first_token && h.TimeWord(v - 1)) --v;
        if (v == c.s.first_token || c.tok(v - 1).kind != TokenKind::kWord) continue;
        if (const WordInfo& verb = c.tok(v - 1).lowered();
            verb.verb && (HasLemma(verb, "avoir") ||
                          (c.m(k).type == EntityType::kOfficial && (verb.participle || !verb.noun)))) {
          objects.push_back(k);
          // (Not the party before the channel, the subject of the verb.)
          subjects = h.Subjects(v - 1);
        }
      }
    // "ont convenu de maintenir les canaux de communication entre Paris et Pékin": the parties of a line
    // named after the cue are the line's, not the conversation's.
    for (std::uint32_t l : c.mentions)
      if (const Mention& line = c.m(l); IsLine(line) && line.first_token >= from &&
                                        line.end_token < c.s.end_token &&
                                        c.tok(line.end_token).fold == "entre"sv)
        EraseIf(objects, [&](std::uint32_t k) { return c.m(k).first_token > line.end_token; });
    // "X et Y au sommet du G20": the organisation of a meeting is not a party to it, and being there
    // together says nothing of a conversation.
    // (The first mention after the cue, not the object: "de l'Organisation de coopération de Shanghai
    // (OCS)" has the acronym in apposition as its object.)
    if (noun && !objects.empty() && h.IsGenitive(from))
      for (std::uint32_t k : c.mentions)
        if (c.m(k).first_token >= from) {
          if (c.m(k).type == EntityType::kInstitution && h.PhraseStart(k) == from + 1) return;
          // ("le sommet de Paris", "les pourparlers de Doha": a capital right after the noun is the place.)
          if (c.m(k).first_token == from + 1 && NamedByCapital(schema_, c.m(k))) Erase(objects, k);
          break;
        }
    // ("des discussions organisées par la Chine": who hosts the conversation, words.tsv host_verb, is no
    // party to it.)
    if (const std::uint32_t p = cue.end_token;
        noun && p + 1 < c.s.end_token && c.tok(p).lowered().participle && c.tok(p + 1).fold == "par"sv &&
        schema_.lexicon().LemmaIn(WordClass::kHostVerb, c.tok(p)))
      EraseIf(objects, [&](std::uint32_t k) { return c.m(k).first_token > p; });
    // After a verb, what is talked about is no party: "ont discuté de l'Ukraine (avec X)" (a pair named
    // before, "avec les deux délégations", is none).
    if (const WordInfo& last = c.tok(cue.end_token - 1).lowered();
        !noun && !(last.noun && !last.verb) && !objects.empty() &&
        c.m(objects.front()).first_token > from) {  // ("a reçu un appel de X": X calls)
      const std::uint32_t t = h.PhraseStart(objects.front());
      // ("avec des responsables russes": "des" is an article there.)
      const bool after_preposition =
          t >= from + 2 &&
          (schema_.lexicon().Is(WordClass::kPreposition, c.tok(t - 2)) || c.tok(t - 2).lower == "\xc3\xa0"sv);
      // ("a rencontré des responsables russes": "des" is an article after a verb that takes no "de" topic.)
      const bool topic_de =
          h.IsGenitive(t - 1) && (c.tok(t - 1).fold != "des"sv ||
                                  schema_.lexicon().LemmaIn(WordClass::kDeTopic, c.tok(cue.end_token - 1)));
      // ("a convoqué les ambassadeurs de Russie": the "de" after people named by their title or group is
      // theirs, no topic.)
      const bool complement =
          t >= from + 3 && h.PeopleNoun(t - 2) && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t - 3));
      if (t > from && !after_preposition && !complement && (topic_de || c.tok(t - 1).fold == "sur"sv)) {
        // The party comes after the topic with "avec": "ont discuté de l'Ukraine avec X" ("de Taïwan et de
        // la mer de Chine" names no party).
        objects = h.ObjectsWith(c.m(objects.back()).end_token, 8);
      } else if (t > from && c.tok(t - 1).fold != "avec"sv && h.IsGenitive(h.AfterTime(from)) &&
                 schema_.lexicon().LemmaIn(WordClass::kDeTopic, c.tok(cue.end_token - 1))) {
        // ("ont discuté d'un accord prévoyant la libération d'otages détenus par le Hamas": the topic opens
        // right after the verb, and what it names further on is the topic's.)
        objects = h.ObjectsWith(from, 24);
      }
    }
    // "des pourparlers sur l'Ukraine": after a noun too, what "sur" names is the topic; so is what a
    // participle governs with "à" ("un sommet consacré à la Syrie avec X").
    if (noun && !objects.empty())
      if (const std::uint32_t t = h.PhraseStart(objects.front());
          t > from && (c.tok(t - 1).fold == "sur"sv ||
                       (IsTo(c.tok(t - 1)) && t - 1 > from && c.tok(t - 2).lowered().participle &&
                        !c.tok(t - 2).lowered().noun)))
        objects = h.ObjectsWith(c.m(objects.back()).end_token, 8);
    // "Les deux hommes ont évoqué la sécurité européenne": what such a verb governs is the topic (words.tsv
    // topic_contact); the other party, if any, comes with "avec" ("a évoqué avec Y la crise").
    // ("ont abordé les négociations engagées par Washington avec Moscou": an "avec" after another
    // conversation noun is that one's.)
    if (topic) {
      objects = h.ObjectsWith(from, 10);
      for (auto it = FirstCueFrom(c, cue.end_token);
           !objects.empty() && it != c.doc.cues.end() && it->first_token < c.m(objects.front()).first_token;
           ++it)
        if (it->cls == "contact"sv && c.tok(it->first_token).lowered().noun) objects.clear();
    }
    // "X a reçu Y", "X a été accueilli par Y", "X a prévenu Y": the other party is the verb's own object
    // (words.tsv direct_contact); "a reçu le soutien de la Russie" receives no one, "a prévenu une escalade
    // avec la Chine" warns no one.
    // ("a reçu un appel téléphonique de Y": the verb's object is the cue's own noun.)
    if (!objects.empty() && cue.end_token == cue.first_token + 1 &&
        schema_.lexicon().LemmaIn(WordClass::kDirectContact, c.tok(cue.first_token))) {
      std::uint32_t t = h.PhraseStart(objects.front(), true);
      if (t > from && c.tok(t - 1).fold == "par"sv) --t;
      for (std::uint32_t k = from; k < t; ++k) {
        // ("a reçu lundi à Doha X": where it took place; "a été convoquée à deux reprises par X": when.)
        if (const std::uint32_t place = h.LocativeEnd(k); place > k && place <= t) {
          k = place - 1;
          continue;
        }
        if (const std::uint32_t time = h.AfterTime(k); time > k && time <= t) {
          k = time - 1;
          continue;
        }
        // ("a convoqué à son tour l'ambassadeur du Mali", "a informé au préalable le président X")
        if (const std::uint32_t own = std::max(h.OwnPartEnd(k), h.AdverbPhraseEnd(k)); own > k && own <= t) {
          k = own - 1;
          continue;
        }
        // ("a informé de sa décision le directeur X": what the verb tells of, with "de".)
        if (h.IsGenitive(k) && c.tok(k).fold != "des"sv && k + 2 < t &&
            (IsArticle(c.tok(k + 1)) || h.Is(WordClass::kPossessive, k + 1)) && c.tok(k + 2).lowered().noun &&
            !c.tok(k + 2).capitalized) {
          k += 2;
          continue;
        }
        // ("a convoqué les ambassadeurs de Russie": people named by their title or group stand for the
        // complement.)
        if (k + 2 == t && h.IsGenitive(k + 1) && h.PeopleNoun(k)) break;
        // ("a reçu M. Kerry", "a reçu l'ancien secrétaire d'Etat X": a courtesy title or "ancien" opens the
        // object.)
        if (!(c.tok(k).lowered().adverb || schema_.lexicon().Is(WordClass::kStop, c.tok(k)) ||
              h.Is(WordClass::kCourtesy, k) || h.Is(WordClass::kFormer, k)))
          objects.clear();
      }
    }
    // "X, que le chancelier avait prévenu", "X, que M. Orban avait rencontré", "X, qu'il a rencontrée
    // séparément": the object of the verb is the antecedent of "que".
    if (const std::uint32_t v = h.VerbGroupStart(cue.first_token);
        !noun && objects.empty() && !subjects.empty()) {
      const std::string_view pronoun = v > c.s.first_token ? c.tok(v - 1).fold : ""sv;
      const bool named = c.m(subjects.front()).end_token == v;
      const std::uint32_t subject =
          named ? h.PhraseStart(subjects.front(), /*titled=*/true) : v - 1;  // ("que M. Orban")
      if (subject >= c.s.first_token + 3 && (named || pronoun == "il"sv || pronoun == "elle"sv) &&
          (c.tok(subject - 1).fold == "que"sv || c.tok(subject - 1).fold == "qu'"sv) &&
          c.tok(subject - 2).fold == ","sv)
        for (std::uint32_t k : c.mentions)
          if (c.m(k).end_token == subject - 2 && IsActor(c.m(k))) objects.push_back(k);
    }
    // "X, avec qui il s'est entretenu", "X, avec qui M. Loukachenko s'était entretenu": the party is the
    // antecedent of "avec qui".
    if (const std::uint32_t v = h.VerbGroupStart(cue.first_token); !noun && objects.empty()) {
      std::uint32_t subject = v;
      if (v > c.s.first_token && (c.tok(v - 1).fold == "il"sv || c.tok(v - 1).fold == "elle"sv))
        subject = v - 1;
      for (std::uint32_t k : c.mentions)
        if (c.m(k).end_token == v && IsActor(c.m(k)))
          subject = h.PhraseStart(k, /*titled=*/true);  // ("M. Loukachenko")
      if (subject < v && subject >= c.s.first_token + 3 && c.tok(subject - 1).fold == "qui"sv &&
          (c.tok(subject - 2).fold == "avec"sv || IsTo(c.tok(subject - 2)))) {
        const std::uint32_t end = c.tok(subject - 3).fold == ","sv ? subject - 3 : subject - 2;
        for (std::uint32_t k : c.mentions)
          if (c.m(k).end_token == end && IsActor(c.m(k))) objects.push_back(k);
      }
    }
    // "Le vice-président chinois Han Zheng l'a également reçu": an object pronoun before the verb is the
    // person the sentence before is about.
    if (!noun && objects.empty() && !subjects.empty()) {
      if (const std::optional<std::uint32_t> person = h.ObjectPronoun(cue.first_token, c.m(subjects.front())))
        objects.push_back(*person);
      else if (subjects.size() == 1)
        objects = h.PluralObjectPronoun(cue.first_token, subjects.front());
    }
    // "les entretiens de X avec Y": a conversation noun's genitive is one party, "avec" names the other.
    if (noun && subjects.empty() && from < c.s.end_token && h.IsGenitive(from))
      if (auto parties = h.GenitiveWith(from); !parties.empty()) {
        pairs = std::move(parties);
        objects.clear();
      }
    // (An object after a noun from token `first` on is the noun's: "avec" is its complement.)
    const auto after_a_noun = [&](std::uint32_t first) {
      return [&, first](std::uint32_t k) {
        for (std::uint32_t t = first; t + 1 < h.PhraseStart(k); ++t)
          if (const WordInfo& info = c.tok(t).lowered(); !c.tok(t).capitalized && info.noun && !info.verb)
            return true;
        return false;
      };
    };
    // "Les deux présidents sont convenus de renvoyer leurs ambassadeurs à Moscou": an infinitive after "de"
    // is what was agreed or said; its complements are no parties, one only comes with "avec".
    if (!noun && from + 1 < c.s.end_token && (c.tok(from).fold == "de"sv || c.tok(from).fold == "d'"sv) &&
        c.tok(from + 1).lowered().infinitive) {
      objects = h.ObjectsWith(from, 10);
      // ("sont convenus de renforcer leur coopération avec les Etats-Unis".)
      EraseIf(objects, after_a_noun(from + 2));
    } else if (!noun && subjects.size() >= 2 && from < c.s.end_token && h.IsGenitive(from)) {
      // ("Des délégations américaine et ukrainienne se sont réunies pour discuter d'un cessez-le-feu avec la
      // Russie": two parties talking of a topic; the "avec" after its noun is the noun's.)
      EraseIf(objects, after_a_noun(from + 1));
    }
    // "Les deux dirigeants ont parlé pendant deux heures": "parler" alone (not "parler avec", "parler à")
    // has its parties as subjects; what follows it is no party ("a parlé devant le Parlement"), but for the
    // objects from the first after an "avec" past what says how or when, with no verb of another clause
    // between ("a parlé pendant une heure avec X", "a parlé « en toute franchise » avec X").
    const auto with_after = [&] {
      for (auto o = objects.begin(); o != objects.end(); ++o) {
        const std::uint32_t p = h.PhraseStart(*o, /*titled=*/true);
        if (p <= cue.end_token || p > cue.end_token + 12) break;
        if (c.tok(p - 1).fold != "avec"sv) continue;
        for (std::uint32_t t = cue.end_token; t + 1 < p; ++t)
          if (const WordInfo& info = c.tok(t).lowered(); c.tok(t).kind == TokenKind::kWord &&
                                                         !c.tok(t).capitalized && info.verb && info.finite &&
                                                         !info.noun)
            return MentionList();
        return MentionList(o, objects.end());
      }
      return MentionList();
    };
    if (cue.end_token == cue.first_token + 1 && c.tok(cue.first_token).lowered().verb &&
        HasLemma(c.tok(cue.first_token).lowered(), "parler"))
      objects = with_after();
    // "X participait à la réunion": the parties of the conversation named before ("X et Y assistaient à la
    // rencontre" are not its parties with each other).
    if (noun && objects.empty() && !subjects.empty() && h.JoinsConversation(cue.first_token)) {
      MentionList pair = h.ConversationPair(cue.first_token, 3);
      // ("Des responsables iraniens et américains ont tenu des pourparlers. [...] Brett McGurk a participé
      // aux discussions": of two states talking, the one the participant does not stand for.)
      const bool states = pair.empty();
      if (states) pair = h.ConversationPair(cue.first_token, 3, /*asserted=*/true, EntityType::kCountry);
      for (std::uint32_t p : pair)
        if (std::none_of(subjects.begin(), subjects.end(), [&](std::uint32_t k) {
              return c.m(k).entity == c.m(p).entity || (states && SpeaksFor(c, schema_, p, c.m(k).entity));
            }))
          objects.push_back(p);
      joined = !objects.empty();
    }
    // "Les négociations ont réuni X et Y": with a conversation for subject, the parties are the objects; with
    // a person, the one who convened them met them ("Joe Biden a réuni les dirigeants du G7"); with any
    // other, a verb of words.tsv gathering is no conversation ("Le centre réunit des représentants de").
    const std::uint32_t v = h.VerbGroupStart(cue.first_token);
    if (!noun && subjects.empty() && v > c.s.first_token && NamesConversation(c, v - 1))
      for (std::size_t i = 0; i < objects.size(); ++i)
        for (std::size_t j = i + 1; j < objects.size(); ++j) pairs.push_back({objects[i], objects[j]});
    else if (!noun && schema_.lexicon().LemmaIn(WordClass::kGathering, c.tok(cue.first_token)) &&
             (subjects.empty() || std::any_of(subjects.begin(), subjects.end(), [&](std::uint32_t k) {
                return c.m(k).type != EntityType::kOfficial;
              })))
      return;
    if (!subjects.empty() && !objects.empty()) {
      for (std::uint32_t a : subjects)
        for (std::uint32_t b : objects) pairs.push_back({a, b});
      if (author) pairs.push_back({*author, objects.front()});
    } else if (objects.empty() && subjects.size() >= 2 &&
               // ("La Chine et le Japon ont mis en service une ligne destinée à prévenir les incidents":
               // those who receive or warn no one named did not talk with each other.)
               !(schema_.lexicon().LemmaIn(WordClass::kDirectContact, c.tok(cue.first_token)) &&
                 !h.Reflexive(cue.first_token))) {
      for (std::size_t i = 0; i < subjects.size(); ++i)
        for (std::size_t j = i + 1; j < subjects.size(); ++j) pairs.push_back({subjects[i], subjects[j]});
    }
  }
  if (pairs.empty()) return;  // (what follows is the modality and the line of the pairs' conversations)
  std::uint32_t from = subjects.empty() ? cue.first_token : h.Start(subjects.back());
  // ("« Nous n'avons pas eu de contact avec X », a déclaré Y": a subject after the cue, a first person's
  // speaker, leaves the cue's own verb group to say whether it took place.)
  if (from > cue.first_token)
    from = h.VerbGroupStart(noun ? h.VerbBeforeNounPhrase(cue.first_token) : cue.first_token);
  // (A noun's adjectives too: "un éventuel entretien entre X et Y" has not taken place.)
  if (noun)
    while (from > c.s.first_token &&
           (schema_.lexicon().Is(WordClass::kDeterminer, c.tok(from - 1)) ||
            (c.tok(from - 1).lowered().adjective && !c.tok(from - 1).lowered().verb)))
      --from;
  Modality modality = ModalityOf(h, from, cue.end_token);
  // "Un entretien entre les deux hommes est une éventualité", "... n'a pas eu lieu": a noun opening the
  // sentence (or a clause after "que") has what its clause says of it, past an incise ("La rencontre entre X
  // et Y, annoncée par Z, aura lieu lundi"; "a estimé qu'une rencontre entre X et Y n'était pas à l'ordre du
  // jour").
  if (noun && modality == Modality::kAsserted &&
      (from == c.s.first_token ||
       (from > c.s.first_token && (c.tok(from - 1).fold == "que"sv || c.tok(from - 1).fold == "qu'"sv)))) {
    const auto clause_end = [&](std::uint32_t e) {
      while (e < c.s.end_token && c.tok(e).kind != TokenKind::kPunct) ++e;
      return e;
    };
    const std::uint32_t e = clause_end(cue.end_token);
    modality = ModalityOf(h, cue.end_token, e);
    if (const std::uint32_t incise_end = clause_end(e + 1);
        modality == Modality::kAsserted && e + 1 < incise_end && incise_end + 1 < c.s.end_token &&
        c.tok(e).fold == ","sv && c.tok(incise_end).fold == ","sv &&
        (c.tok(e + 1).lowered().participle || h.Is(WordClass::kRelative, e + 1)))
      modality = ModalityOf(h, incise_end + 1, clause_end(incise_end + 1));
  }
  // "disposait d'autres moyens de communiquer avec X": what one has the means to do is not done (words.tsv
  // capability).
  if (const std::uint32_t f = cue.first_token - (cue.first_token > c.s.first_token &&
                                                 (c.tok(cue.first_token - 1).fold == "s'"sv ||
                                                  c.tok(cue.first_token - 1).fold == "se"sv));
      !noun && modality == Modality::kAsserted && c.tok(cue.first_token).lowered().infinitive &&
      f >= c.s.first_token + 2 && h.IsGenitive(f - 1) &&
      schema_.lexicon().LemmaIn("capability", c.tok(f - 2).lowered()))
    modality = Modality::kHypothetical;
  // "sans échange", "sans aucun contact", "pas de rencontre": a conversation that did not take place ("plus
  // de contacts" may be more of them). (Not the "ne" of a verb, which Negated reads with its second word:
  // "ne se sont parlé qu'une fois" restricts, "n'a" is no determiner.)
  std::uint32_t t = cue.first_token;
  while (t > c.s.first_token && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t - 1)) &&
         c.tok(t - 1).lower != "a"sv)
    --t;
  if (const std::string_view f = t > c.s.first_token ? c.tok(t - 1).fold : ""sv;
      f == "sans"sv || (t > c.s.first_token && h.Is(WordClass::kNegation, t - 1) && f != "plus"sv &&
                        f != "ne"sv && f != "n'"sv))
    modality = Modality::kNegated;
  // ("sans toutefois évoquer de contacts avec Y", "sans avoir de contacts": the object of an infinitive after
  // "sans".)
  if (std::uint32_t v = t - 1; noun && t > c.s.first_token + 1 && c.tok(v).lowered().infinitive) {
    while (v > c.s.first_token && c.tok(v - 1).kind == TokenKind::kWord && c.tok(v - 1).lowered().adverb &&
           !c.tok(v - 1).lowered().verb && c.tok(v - 1).fold != "sans"sv)
      --v;
    if (v > c.s.first_token && c.tok(v - 1).fold == "sans"sv) modality = Modality::kNegated;
  }
  // "attachée au dialogue avec Tokyo", "ouvert à la reprise du dialogue avec Kiev": a stance toward a
  // conversation (words.tsv disposition), none that took place.
  if (noun && modality == Modality::kAsserted) {
    std::uint32_t d = cue.first_token;
    const auto skip_determiners = [&] {
      while (d > c.s.first_token && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(d - 1)) &&
             !IsTo(c.tok(d - 1)))
        --d;
    };
    skip_determiners();
    // (Or the complement of a noun there: "du" is "de le".)
    const std::string_view det = d < cue.first_token ? c.tok(d).fold : ""sv;
    if ((det == "du"sv || det == "des"sv) && d > c.s.first_token + 1 && c.tok(d - 1).lowered().noun) {
      d -= 1;
      skip_determiners();
    } else if (d > c.s.first_token + 2 && (c.tok(d - 1).fold == "de"sv || c.tok(d - 1).fold == "d'"sv) &&
               c.tok(d - 2).lowered().noun) {
      d -= 2;
      skip_determiners();
    }
    if (d > c.s.first_token + 1 && IsTo(c.tok(d - 1)) &&
        schema_.lexicon().Is("disposition", c.tok(d - 2).fold))
      modality = Modality::kHypothetical;
  }
  // "dit ignorer tout appel entre X et Y", "exclut toute rencontre", "s'oppose à « toute forme d'échanges »":
  // "tout" before a singular noun (or a kind of it) is any such conversation, none that took place.
  if (noun && modality == Modality::kAsserted) {
    std::uint32_t t = cue.first_token;
    const auto skip_quotes = [&] {
      while (t > c.s.first_token && CueFinder::IsQuote(c.doc.TokenText(t - 1))) --t;
    };
    skip_quotes();
    if (t >= c.s.first_token + 2 && h.IsGenitive(t - 1)) {
      if (IsKindNoun(c.tok(t - 2).fold)) {
        t -= 2;
        skip_quotes();
      }
    }
    if (t > c.s.first_token && (c.tok(t - 1).fold == "tout"sv || c.tok(t - 1).fold == "toute"sv))
      modality = Modality::kHypothetical;
  }
  // (Named by its verb: "se sont parlé" is "contact:parle".)
  const std::string_view word =
      c.tok(cue.first_token).fold == "se"sv ? c.tok(cue.end_token - 1).fold : c.tok(cue.first_token).fold;
  // "Antony Blinken et Sergueï Lavrov ont participé aux discussions" of Joe Biden and Vladimir Poutine: who
  // joins talks talks with the other side, not with their own (a state known by nationality or gazetteer).
  if (joined) {
    const auto side = [&](std::uint32_t k) { return StateOfMention(schema_.gazetteer(), c.m(k)); };
    std::erase_if(pairs, [&](const auto& pair) {
      const std::string_view a = side(pair.first);
      return !a.empty() && a == side(pair.second);
    });
  }
  // "Au cours de cet échange, le chancelier a appelé la Russie à ...": a conversation named again by a
  // demonstrative is one told in the sentences before; a pair with one of its parties only is not another.
  if (noun && cue.first_token > c.s.first_token && IsDemonstrative(c.tok(cue.first_token - 1).fold)) {
    const auto told_with_another = [&](std::uint32_t a, std::uint32_t b) {
      const std::string_view x = c.m(a).entity, y = c.m(b).entity;
      for (const Relation& r : c.doc.relations) {
        if (r.type != RelationType::kSpokeWith || r.modality != Modality::kAsserted ||
            r.sentence >= c.sentence || r.sentence + kNamedAgainReach < c.sentence)
          continue;
        const std::string_view p = c.m(r.source).entity, q = c.m(r.target).entity;
        if ((p == x || q == x) != (p == y || q == y)) return true;
      }
      return false;
    };
    std::erase_if(pairs, [&](const auto& pair) { return told_with_another(pair.first, pair.second); });
  }
  for (auto [a, b] : pairs) {
    // "a affirmé dans un entretien au quotidien X": talking to an outlet is an interview, its source.
    if (const bool outlet_a = c.Outlet(schema_, instance_, a); outlet_a != c.Outlet(schema_, instance_, b)) {
      if (modality == Modality::kAsserted)
        Add(c, RelationType::kCites, outlet_a ? a : b, outlet_a ? b : a, "interview");
      continue;
    }
    if (Relation* r = Add(c, RelationType::kSpokeWith, a, b,
                          shuttle ? std::string("shuttle") : std::string("contact:").append(word), modality))
      r->attributes = FactAttributes(c);
  }
  // "X et Y ont mené des discussions par l'intermédiaire du ministre omanais, Z", "sous l'égide de W": the
  // go-between (words.tsv mediator) talks with each party; a state in a go-between's title is not another
  // ("du chef de la diplomatie omanaise, Z"), nor is the go-between of a verb between ("ont évoqué l'accord,
  // conclu sous l'égide de l'ONU").
  if (!pairs.empty() && (h.SentenceWords() & kGoBetweenWord))
    for (std::uint32_t k : c.mentions) {
      const Mention& g = c.m(k);
      if (!IsActor(g) || g.entity.empty() || g.anonymous || !h.GoBetween(k)) continue;
      const std::uint32_t noun = *h.GoBetweenNoun(k);
      if (!schema_.lexicon().Is("mediator", c.tok(noun).fold)) continue;
      bool verb_between = false;
      for (std::uint32_t t = std::min(noun + 1, cue.end_token); t < std::max(noun, cue.first_token); ++t)
        verb_between |= !c.tok(t).capitalized && !c.tok(t).lowered().noun &&
                        (c.tok(t).lowered().participle || c.tok(t).lowered().finite);
      if (verb_between || h.InRole(k)) continue;
      for (auto [a, b] : pairs)
        for (std::uint32_t p : {a, b})
          if (c.m(p).entity != g.entity)
            if (Relation* r = Add(c, RelationType::kSpokeWith, k, p, "go-between", modality))
              r->attributes = FactAttributes(c);
    }
  // "se sont parlé par la ligne directe", "sur la hotline": the parties used the line, which links them;
  // "X a contacté son homologue via une ligne de crise": the line links them too (the caller's use is the
  // cue "via"'s). The line is looked for after the parties named after the cue ("a appelé son homologue
  // indien, le général X, sur la ligne directe"), or between the cue and them ("s'est entretenu par cette
  // ligne avec son homologue").
  std::uint32_t after_parties = cue.end_token;
  for (auto [a, b] : pairs)
    for (std::uint32_t p : {a, b})
      if (c.m(p).first_token >= cue.end_token) after_parties = std::max(after_parties, c.m(p).end_token);
  std::int64_t line = h.LineAfter(after_parties, 10);
  if (const std::int64_t between = h.LineAfter(cue.end_token, 10);
      line < 0 && between >= 0 && c.m(between).end_token < after_parties)
    line = between;
  if (line >= 0) {
    const std::string_view by =
        LinePreposition(c, schema_.lexicon(), static_cast<std::uint32_t>(line), cue.end_token);
    // ("ont tenu une réunion sur la ligne d'urgence": after a meeting held in person, words.tsv
    // channel:in person, "sur" names what it was about.)
    const bool topic_of_meeting =
        by == "sur"sv && schema_.lexicon().ValueOf("channel:", c.tok(cue.first_token)) == "in person"sv;
    if ((by == "par"sv || by == "sur"sv || by == "via"sv) && !topic_of_meeting) {
      std::set<std::uint32_t> parties;
      for (auto [a, b] : pairs) parties.insert({a, b});
      for (std::uint32_t p : parties) {
        if (by != "via"sv)
          if (Relation* r = Add(c, RelationType::kUsed, p, static_cast<std::uint32_t>(line),
                                std::string("contact-over:").append(word), modality))
            r->attributes = FactAttributes(c);
        if (modality == Modality::kAsserted)
          Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), p, "contact-over");
      }
    }
  }
}

// "n'a pas répondu vendredi aux appels", "ne répond plus à la ligne": answering (or not) a call over a line,
// not a statement nor a comment.
bool RelationExtractor::InComplement(const Context& c, std::uint32_t noun) const {
  std::uint32_t t = noun;
  if (t > c.s.first_token && (c.tok(t - 1).fold == "du"sv || c.tok(t - 1).fold == "au"sv)) return true;
  if (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
  if (t == c.s.first_token) return false;
  // ("des", "de" and their kin also open objects: "a accueilli des pourparlers".)
  const std::string_view before = c.tok(t - 1).fold;
  return schema_.lexicon().Is(WordClass::kPreposition, c.tok(t - 1)) && before != "de"sv &&
         before != "d'"sv && before != "des"sv && before != "du"sv && before != "au"sv && before != "aux"sv;
}

bool RelationExtractor::AnswersACall(const Context& c, const Cue& cue) const {
  // (The verb before the negation's second word: "ne répond plus".)
  std::uint32_t verb = cue.end_token - 1;
  if (verb > cue.first_token && schema_.lexicon().Is(WordClass::kNegation, c.tok(verb))) --verb;
  if (!HasLemma(c.tok(verb).lowered(), "repondre")) return false;
  for (std::uint32_t t = cue.end_token; t < std::min(cue.end_token + 5, c.s.end_token); ++t) {
    const Token& w = c.tok(t);
    if (w.kind == TokenKind::kPunct) return false;
    if (HeadsA(w, "line"sv)) return true;
    if (const Cue* at = CueAt(c, t); at && (at->cls == "contact"sv || at->cls == "use"sv)) return true;
    // ("à notre appel du matin": a call, even where the noun alone is no cue.)
    if (HasLemma(w.lowered(), "appel")) return true;
  }
  return false;
}

// "X appelle l'Italie à la retenue", "a appelé Moscou à cesser le feu": calling on someone to do something
// is no call ("a appelé X à deux reprises", "à Moscou" are).
bool RelationExtractor::AppealNotCall(const Context& c, const Cue& cue) const {
  const WordInfo& verb = c.tok(cue.first_token).lowered();
  if (!HasLemma(verb, "appeler")) return false;
  const Lexicon& lexicon = schema_.lexicon();
  for (std::uint32_t t = cue.end_token; t < std::min(cue.end_token + 8, c.s.end_token); ++t) {
    const Token& w = c.tok(t);
    if (w.kind == TokenKind::kPunct) return false;
    // ("a appelé X pour l'exhorter à retirer": the "à" of another verb.)
    if (w.fold == "pour"sv || (!w.capitalized && w.lowered().verb && !w.lowered().noun)) return false;
    if (!IsTo(w)) continue;
    std::uint32_t n = t + 1;
    // ("a appelé Washington à « cesser les provocations »".)
    while (n < c.s.end_token &&
           (lexicon.Is(WordClass::kDeterminer, c.tok(n)) || CueFinder::IsQuote(c.doc.TokenText(n))))
      ++n;
    if (n >= c.s.end_token) return false;
    const Token& x = c.tok(n);
    return x.kind == TokenKind::kWord && !x.capitalized && lexicon.ValueOf("number:", x).empty() &&
           !lexicon.Is(WordClass::kTimes, x) && lexicon.ValueOf("channel:", x).empty() &&
           x.fold != "plusieurs"sv;
  }
  return false;
}

// "ont échangé mardi 90 prisonniers", "échangent des tirs": what is exchanged (words.tsv exchanged) makes
// it no conversation.
bool RelationExtractor::ExchangesThings(const Context& c, const Cue& cue) const {
  if (!schema_.lexicon().LemmaIn(WordClass::kExchangeVerb, c.tok(cue.first_token))) return false;
  for (std::uint32_t t = cue.end_token; t < std::min(cue.end_token + 8, c.s.end_token); ++t) {
    const Token& w = c.tok(t);
    if (w.kind == TokenKind::kPunct) return false;
    // ("échangent Brittney Griner contre Viktor Bout": one thing or person for another.)
    if ((t < cue.end_token + 5 && schema_.lexicon().LemmaIn(WordClass::kExchanged, w)) ||
        w.fold == "contre"sv)
      return true;
  }
  return false;
}

// Where to look for the agent of a cue: the cue itself when it is a verb; for a preposition ("via", "par le
// biais de"), the verb it complements, whose subject acts ("X a contacté son homologue via la ligne": X).
std::uint32_t RelationExtractor::VerbBefore(const Context& c, const Cue& cue) const {
  const std::uint32_t f = cue.first_token;
  // A gerund has the subject of the verb it depends on: "l'armée a prévenu les Russes en utilisant la ligne".
  if (f > c.s.first_token && c.tok(f - 1).fold == "en"sv && c.tok(f).fold.ends_with("ant"sv) &&
      c.tok(f).lowered().verb)
    for (std::uint32_t t = f - 1; t-- > c.s.first_token;) {
      const Token& w = c.tok(t);
      if (w.kind == TokenKind::kPunct && w.fold != ","sv) break;
      const WordInfo& info = w.lowered();
      if (!w.capitalized && info.verb && (info.finite || info.participle) && !info.noun) return t;
    }
  if (c.tok(f).lowered().verb) return f;
  for (std::uint32_t t = cue.first_token; t-- > c.s.first_token;) {
    const Token& w = c.tok(t);
    if (w.kind == TokenKind::kPunct) break;
    const WordInfo& info = w.lowered();
    // (A participle that is also a noun is the verb after an auxiliary: "a prévenu Moscou via la ligne".)
    const bool after_auxiliary = t > c.s.first_token && IsAuxiliary(c.tok(t - 1).lowered());
    if (!w.capitalized && info.verb && (info.finite || info.participle) &&
        (!info.noun || (info.participle && after_auxiliary)))
      return t;
  }
  return cue.first_token;
}

}  // namespace newsgraph
