// SentenceReader: what the rules ask of a sentence (the subjects and objects of a verb, where a phrase or a
// verb group starts, a negation, a hypothesis, the pair named before, ...), over a
// RelationExtractor::Context. Its small members, asked in the rules' loops, are defined here so that they
// inline; the others are in SentenceReader.cc. Those declared `inline` there are asked only by
// SentenceReader.cc: inline, gcc inlines them into their callers as it did when all this was one file (1.3M
// of 490M instructions on 1k articles). Also the cue lookups by token that it and the rules share (CueAt,
// FirstCueFrom, CueEndingAt).
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// (gcc 12 sees a small_vector's move copy more than its inline room when inlined into a function that returns
// one of several lists: a false -Wstringop-overread; and, inlined into Contact, a push_back past a list just
// assigned one element as writing beyond its room: a false -Wstringop-overflow. Warnings clang does not
// have.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-overread"
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#endif
#include <boost/container/small_vector.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "core/Document.h"
#include "extract/relation/Context.h"
#include "extract/relation/WordTests.h"
#include "schema/Schema.h"

namespace newsgraph {

// (These headers are the relation files' own, which all compare with "..."sv.)
using namespace std::string_view_literals;

// Where the noun phrase of a name starting at token `t` starts (not before `floor`): back over articles,
// possessives and a head noun, "de" included ("à l'agence Reuters", "de l'agence de presse Interfax").
std::uint32_t NounPhraseStart(const Document& doc, const Lexicon& lexicon, std::uint32_t floor,
                              std::uint32_t t);

// The cue that starts at token `t`, if any.
inline const Cue* CueAt(const RelationExtractor::Context& c, std::uint32_t t) {
  return c.cue_at[t];
}

// The first cue of the document that starts at or after token `t` (cues are in text order).
// (For a token of the sentence, among the sentence's few cues: a search of all the document's cost more.)
inline std::vector<Cue>::const_iterator FirstCueFrom(const RelationExtractor::Context& c, std::uint32_t t) {
  if (t < c.s.first_token || t > c.s.end_token)
    return std::lower_bound(c.doc.cues.begin(), c.doc.cues.end(), t,
                            [](const Cue& q, std::uint32_t v) { return q.first_token < v; });
  auto it = c.doc.cues.begin() + c.first_cue;
  const auto end = c.doc.cues.begin() + c.end_cue;
  while (it != end && it->first_token < t) ++it;
  return it;
}

// A cue that ends right before token `end`, if any.
inline const Cue* CueEndingAt(const RelationExtractor::Context& c, std::uint32_t end) {
  auto it = FirstCueFrom(c, end);
  while (it != c.doc.cues.begin() && (it - 1)->end_token + 8 > end)
    if ((--it)->end_token == end) return &*it;
  return nullptr;
}

// Mentions a helper works out (the subjects or objects of a verb, a pair): nearly always one or two, kept
// inline so that returning them allocates nothing (some 25k lists on 1k articles were each a heap block).
using MentionList = boost::container::small_vector<std::uint32_t, 4>;

struct SentenceReader {
  const Schema& schema;
  RelationExtractor::Context& c;
  // (A position of Context::verb_group_starts or Context::phrase_starts not found yet.)
  static constexpr std::uint32_t kUnknownStart = std::numeric_limits<std::uint32_t>::max();

  bool Is(WordClass cls, std::uint32_t t) const { return schema.lexicon().Is(cls, c.tok(t)); }

  // A number, or a word naming a time: "2015", "semaine", "mars", "lundi", "soir".
  bool TimeWord(std::uint32_t t) const {
    const Token& w = c.tok(t);
    if (w.kind == TokenKind::kNumber) return true;
    return w.kind == TokenKind::kWord && !w.capitalized &&
           (Is(WordClass::kPeriod, t) || Is(WordClass::kMonth, t) ||
            (Is(WordClass::kStop, t) && w.lowered().noun && !IsTo(w) && !Is(WordClass::kDeterminer, t)));
  }
  // Where a time complement starting at `t` ends ("lundi", "samedi soir", "mardi et mercredi", "la semaine
  // dernière", "en 2013", "le mois dernier", counts and times between commas: "une seule fois, en
  // novembre,"); `t` when there is none.
  [[gnu::always_inline]] std::uint32_t AfterTime(std::uint32_t t) const {
    std::uint32_t u = t, end = t;
    bool time = false;
    for (std::uint32_t n = 0; n < 8 && u < c.s.end_token; ++n, ++u) {
      if (TimeWord(u) || Is(WordClass::kTimes, u)) {
        time = true;
        end = u + 1;
        // ("mardi et mercredi")
        if (u + 2 < c.s.end_token && c.tok(u + 1).fold == "et"sv && TimeWord(u + 2)) ++u;
        continue;
      }
      const Token& w = c.tok(u);
      if (w.fold == ","sv && u > t) {
        if (time) end = u + 1;
        continue;
      }
      if (w.kind != TokenKind::kWord || w.capitalized) break;
      // "la semaine", "en mars", "à deux reprises", "dernière", "seule"; "(n'a été utilisée) qu'une fois"
      if (Is(WordClass::kDeterminer, u) || w.fold == "en"sv || IsTo(w) || w.lowered().adjective ||
          !schema.lexicon().ValueOf("number:", w).empty() ||
          (u == t && (w.fold == "qu'"sv || w.fold == "que"sv))) {
        if (time && w.lowered().adjective) end = u + 1;
        continue;
      }
      break;
    }
    return time ? end : t;
  }

  // From token `t` on, the sentence says nothing of what a silence is about: no noun but a time ("n'a pas
  // réagi dans l'immédiat", "pour l'instant").
  bool NothingSaidAfter(std::uint32_t t) const;
  // Inside the title phrase of a person of this sentence ("Kremlin" in "le porte-parole du Kremlin, Peskov").
  bool InRole(std::uint32_t mi) const {
    // The sentence's mentions with a title phrase, found with has_roles (its room kept by the thread): most
    // sentences name no one by a title phrase, and the others few.
    thread_local std::vector<std::uint32_t> holders;
    if (!c.has_roles) {
      holders.clear();
      for (std::uint32_t o : c.mentions)
        if (c.m(o).role_end > c.m(o).role_first) holders.push_back(o);
      c.has_roles = !holders.empty();
    }
    if (!*c.has_roles) return false;
    const Mention& x = c.m(mi);
    for (std::uint32_t o : holders) {
      const Mention& p = c.m(o);
      if (o != mi && x.first_token >= p.role_first && x.end_token <= p.role_end) return true;
    }
    return false;
  }
  // Preceded by a preposition (skipping an article): the complement of something else.
  // First token of a mention's noun phrase: its articles and the head noun it is apposed to ("l'agence
  // TASS", "l'agence de presse TASS"); with `titled`, its title too ("à son homologue, le général X").
  // Found once for each position of the sentence (Context::phrase_starts): the rules ask it of the same
  // mentions many times.
  std::uint32_t PhraseStart(std::uint32_t mi, bool titled = false) const {
    const std::uint32_t t = titled ? Start(mi) : c.m(mi).first_token;
    // (What the memo holds, inline: it is asked 73k times on 1k articles and misses one time in five.)
    const std::vector<std::uint32_t>& known = c.phrase_starts;
    if (const std::uint32_t i = t - c.s.first_token; i < known.size() && known[i] != kUnknownStart) [[likely]]
      return known[i];
    return NotePhraseStart(t);
  }
  [[gnu::noinline]] std::uint32_t NotePhraseStart(std::uint32_t t) const;
  // "ce que la Serbie a nié": the object of the verb of subject `mi` is the relative before it, which
  // stands for the clause before.
  bool RelativeObject(std::uint32_t mi) const {
    const std::uint32_t subject = PhraseStart(mi, /*titled=*/true);
    return subject >= c.s.first_token + 2 &&
           (c.tok(subject - 1).fold == "que"sv || c.tok(subject - 1).fold == "qu'"sv) &&
           c.tok(subject - 2).fold == "ce"sv;
  }
  // Mention `mi` is a person or institution after "[article] ENTOURAGE de" (words.tsv entourage: "le bureau
  // de M. X", "le service de presse du Kremlin"): where that phrase starts.
  std::optional<std::uint32_t> EntourageOf(std::uint32_t mi) const;
  bool InPP(std::uint32_t mi) const;
  // The statement noun ("propos", "informations", words.tsv statement_noun) whose complement mention `mi` is,
  // past its article or courtesy title: "les propos de M. Borrell", "les informations du Washington Post".
  std::optional<std::uint32_t> StatementNounOf(std::uint32_t mi) const;
  // Token `k` is a noun for people by their title or group: "ambassadeurs", "représentants", "dirigeants".
  bool PeopleNoun(std::uint32_t k) const {
    const WordInfo& info = c.tok(k).lowered();
    return info.noun && (HeadsA(c.tok(k), "group"sv) ||
                         std::any_of(info.lemmas.begin(), info.lemmas.end(), [&](const std::string& l) {
                           return !schema.lexicon().titles().StartingWith(l).empty();
                         }));
  }
  bool Boundary(std::uint32_t t) const {
    const std::string_view f = c.tok(t).fold;
    // (By length first: asked of the tokens between verbs and their subjects, 200k times on 1k articles.)
    switch (f.size()) {
      case 1:
        return f == ";"sv;
      case 2:
        return f == "si"sv;
      case 3:  // ("ainsi que" joins, it opens no clause)
        return f == "car"sv ||
               ((f == "que"sv || f == "qu'"sv) && (t == c.s.first_token || c.tok(t - 1).fold != "ainsi"sv));
      case 4:
        return f == "mais"sv;
      case 5:
        return f == "quand"sv;
      case 6:
        return f == "tandis"sv;
      case 7:
        return f == "lorsque"sv || f == "lorsqu'"sv;
      default:
        return false;
    }
  }
  // Start of the token span a mention covers including its title phrase.
  std::uint32_t Start(std::uint32_t mi) const {
    const Mention& x = c.m(mi);
    if (x.rank_first < x.first_token) return x.rank_first;
    return x.role_end > x.role_first && x.role_first < x.first_token ? x.role_first : x.first_token;
  }
  // End of the token span a mention covers including its title phrase: a person named by a title alone
  // ("le chancelier allemand", "une source au sein de la délégation") has its mention on the title's head
  // and the rest of the phrase in its role.
  std::uint32_t End(std::uint32_t mi) const {
    const Mention& x = c.m(mi);
    return x.role_first >= x.first_token && x.role_first < x.end_token ? std::max(x.end_token, x.role_end)
                                                                       : x.end_token;
  }

  // The subject(s) of a verb at token `pos`: the nearest actor mention before it in the clause that is not
  // a complement, with the ones coordinated to it ("X et Y", "ni X ni Y").
  MentionList Subjects(std::uint32_t pos, bool lines = false) const;
  inline MentionList FindSubjects(std::uint32_t pos, bool lines) const;

  // People without a name act for the states or institutions named after them: "Les directeurs des
  // opérations de l'Inde et du Pakistan se sont parlé", "De hauts responsables de l'OTAN ont annoncé"; a
  // person's entourage for the person ("L'équipe de transition de Donald Trump a refusé de commenter").
  // Where a sentence's clause opens, before token `before`: after the comma that ends a source opening the
  // sentence ("Selon X, ...", "D'après X, ..."), else at the sentence's start.
  inline std::uint32_t SourceOpeningEnd(std::uint32_t before) const;
  inline MentionList StatesOfUnnamedSubject(std::uint32_t pos) const;
  // Where a participial clause in apposition between a subject and its verb at `pos` starts (its comma),
  // else `pos`: "L'agence KCNA, citant la sœur de Kim Jong Un, Kim Yo Jong, a affirmé".
  inline std::uint32_t ParticipleApposition(std::uint32_t pos) const;
  // Where a place complement at token `t` ends ("à Doha", "en Chine", "au Caire": a preposition and a state
  // or place named right after it; "à Istanbul", "à Camp David": a name no one in the article bears, with
  // the capitalised words before it that are no mention), else `t`.
  std::uint32_t LocativeEnd(std::uint32_t t) const;
  // The parties of a conversation named in a complement of occasion (words.tsv occasion) at `cue`: "X a
  // accusé Y lors d'un entretien avec Z" (the clause's subject, not the name nearest before), "Lors d'un
  // entretien avec Z, X a dit" (the subject after it). Empty when the cue is in no such complement.
  MentionList OccasionSubjects(std::uint32_t cue, std::uint32_t* verb = nullptr) const;
  // The person or state right after the verb at `v` and its participle (its direct object: "X a appelé Y à
  // la retenue").
  std::optional<std::uint32_t> DirectObject(std::uint32_t v) const;
  // Token `p` opens a clause: it starts the sentence or follows a comma, "et", "mais" or "puis".
  bool OpensClause(std::uint32_t p) const {
    if (p == c.s.first_token) return true;
    const std::string_view before = c.tok(p - 1).fold;
    return before == ","sv || before == "et"sv || before == "mais"sv || before == "puis"sv;
  }
  // The light verb (words.tsv light_verb) a noun at `pos` is the object of, within a few words before it
  // ("il avait eu plus de sept heures d'entretiens", "il a tenu une réunion"), else `pos` ("Il s'agissait
  // du premier entretien" has no subject).
  inline std::uint32_t NounsVerb(std::uint32_t pos) const;
  // Token `t` heads a verb group: a finite verb that is no noun, or a participle after its auxiliary ("a
  // reçu", "a de nouveau eu").
  inline bool VerbHead(std::uint32_t t) const;
  // "« Nous avons parlé avec nos homologues russes », a-t-il déclaré", "« J'ai discuté avec X », a dit Y": a
  // first-person subject in what someone says stands for its speaker.
  inline std::optional<std::uint32_t> FirstPersonSubject(std::uint32_t pos) const;
  // "Il a démenti ...", "..., et elle a ajouté": a subject pronoun opening the clause stands for the first
  // person of its sentence before it, else for the last person named in the two sentences before.
  // "Celui-ci a affirmé", "Ce dernier a rencontré Y" (also in its sentence: "X a reçu Y ; ce dernier a dit"):
  // the last person named before, in the sentence or the one before.
  inline MentionList PronounSubject(std::uint32_t pos) const;
  // The gender of a demonstrative subject ending at token `t` ("celui-ci", "ce dernier", "cette dernière"),
  // if it is one.
  std::optional<Gender> DemonstrativeSubject(std::uint32_t t) const;
  // "X l'a reçu", "Y la recevra": a direct object pronoun before the verb at `pos` stands for the first
  // person of the sentence before (else the one before it) other than `subject`, usually its subject ("Le
  // président Macron est arrivé à Kiev. Volodymyr Zelensky l'a accueilli"); "le" not for a woman, "la" not
  // for a man.
  std::optional<std::uint32_t> ObjectPronoun(std::uint32_t pos, const Mention& subject) const;
  // "Le président kazakh les a reçus": "les" before the verb at `pos`, after its subject `subject` (a
  // mention), stands for the two people named last other than the subject.
  MentionList PluralObjectPronoun(std::uint32_t pos, std::uint32_t subject) const;
  // The sentence has the word "deux" or "trois" (memoised: the pair rules ask of most subjects and
  // statements).
  bool HasTwo() const { return (SentenceWords() & RelationExtractor::kGroupCount) != 0; }
  // What the sentence has of RelationExtractor::SentenceWords (memoised).
  std::uint8_t SentenceWords() const { return c.sentence_words ? *c.sentence_words : NoteSentenceWords(); }
  [[gnu::noinline]] std::uint8_t NoteSentenceWords() const;
  // No token of tokens [first, end) is in the words.tsv class of bit `class_bit` (Lexicon::ClassBit), by
  // the sentence's classes put together: false for a span outside the sentence.
  bool NoneIn(std::uint64_t class_bit, std::uint32_t first, std::uint32_t end) const {
    if (first < c.s.first_token || end > c.s.end_token) return false;
    SentenceWords();
    return (c.sentence_classes & class_bit) == 0;
  }
  // A mention of the sentence has an entity: it can be one end of a fact.
  bool NamesAnyone() const {
    return std::any_of(c.mentions.begin(), c.mentions.end(),
                       [&](std::uint32_t k) { return !c.m(k).entity.empty(); });
  }
  // The sentence has a subject pronoun that stands for people named before (PronounSubject,
  // PluralPronounSubject).
  bool HasSubjectPronoun() const {
    return std::any_of(c.doc_tokens + c.s.first_token, c.doc_tokens + c.s.end_token, [](const Token& w) {
      return w.fold == "il"sv || w.fold == "elle"sv || w.fold == "ils"sv || w.fold == "elles"sv ||
             w.fold == "celui-ci"sv || w.fold == "celle-ci"sv || w.fold == "dernier"sv ||
             w.fold == "derniere"sv;
    });
  }
  // "Les deux dirigeants se sont entretenus", "les deux pays ont convenu", "Selon X, les deux ministres ont
  // discuté": the two people (states) named last (TwoNamedLast).
  MentionList PairSubject(std::uint32_t pos) const;
  // The verb right before the noun phrase of the noun at `pos` ("ont eu un long entretien", "restent en
  // contact"), else `pos` (NounsVerb: only a light verb).
  std::uint32_t VerbBeforeNounPhrase(std::uint32_t pos) const;
  // The two people named in apposition to "les deux X" at token `f` (its complement may come between): ",
  // A et B".
  inline MentionList ApposedPair(std::uint32_t f) const;
  // "les deux hommes", "les deux pays", "les deux armées" at token `f`: the two people (states) named last
  // before it (TwoNamedLast), other than the one of entity `besides` (who talks with them: "X s'est
  // entretenu avec les deux dirigeants").
  MentionList PairAt(std::uint32_t f, std::string_view besides = {}) const;
  // Mentions `a` and `b`, in that order, are joined by "et": "Pékin et Séoul", "la Chine et la Corée du Sud".
  bool Coordinated(std::uint32_t a, std::uint32_t b) const;
  // "La Russie et l'Ukraine ont procédé à un échange": the last two states named as a pair ("X et Y") before
  // token `before`, in its sentence or the `back` before; the one named last first, as TwoNamedLast.
  inline MentionList CoordinatedStatesBefore(std::uint32_t before, std::uint32_t back) const;
  // The mentions of the states of `people` (their titles' nationalities) the article names up to this
  // sentence, one each; none unless each has one, all different.
  MentionList NamedStatesOf(const MentionList& people) const;
  // "les deux généraux rivaux, X et Y": the last two people named in apposition to a group of two, before
  // token `before` (in its sentence or the `back` before); the one named last first, as TwoNamedLast.
  inline MentionList EnumeratedPair(std::uint32_t before, std::uint32_t back) const;
  // "X s'est entretenu avec Y. [...] Les deux hommes ont évoqué": the two people (of `type`) of the last
  // conversation (`asserted`, or any) before token `before` (in its sentence or the `back` before), even with
  // others named since; of a sentence's conversations, the first, usually its main clause's ("X a rencontré
  // Y, après s'être entretenu avec Z").
  // (A counterpart named by the state, "son homologue russe", is a person all the same; of a sentence's
  // conversations, one that took place rather than one proposed: "a proposé d'accueillir une rencontre
  // entre X et Y, lors d'un entretien avec son homologue russe".)
  MentionList ConversationPair(std::uint32_t before, std::uint32_t back, bool asserted = true,
                               EntityType type = EntityType::kOfficial, bool speakers_side = false) const;
  // The state of the speaker of the statement token `t` is in, if any: its own id's, its institution's, or
  // the one the gazetteer gives the person.
  std::string_view SpeakersStateAt(std::uint32_t t) const {
    for (const RelationExtractor::Context::Statement& st : c.statements)
      if (st.first <= t && t < st.end) return StateOf(st.speaker);
    return {};
  }
  std::string_view StateOf(std::uint32_t mi) const;
  bool OfState(std::uint32_t mi, std::string_view state) const { return StateOf(mi) == state; }
  // Relation `rel` is told in the pluperfect in a "lorsque" / "quand" clause: "depuis mars 2023, lorsque X
  // avait parlé avec Z".
  inline bool Recalled(const Relation& rel) const;
  // "X a parlé avec Y et Z. [...] les deux dirigeants": the two a conversation's subject spoke with in one
  // coordination (of the same modality, in the same sentence), the one named last first; else none.
  inline MentionList CoordinatedObjects(const Relation& found) const;
  // The parties (of `type`) of the last sentence with an asserted conversation before token `before` (in
  // its sentence or the `back` before), one mention of each: "X a rencontré Y et Z. [...] Les trois hommes".
  inline MentionList ConversationParties(std::uint32_t before, std::uint32_t back, EntityType type) const;
  // "X et Y se sont rencontrés. Ils ont convenu ...": a plural subject pronoun opening a clause stands for
  // the two people named last (else the two states), as "les deux hommes" does.
  inline MentionList PluralPronounSubject(std::uint32_t pos) const;
  // The conversation noun at `noun` is what the verb before it takes part in, with "à" (words.tsv
  // join_verb): "participait également à la réunion", "a assisté aux discussions".
  bool JoinsConversation(std::uint32_t noun) const;
  // The two entities of `type` named last before token `before` (in its sentence, else the ones before it),
  // when the last sentence naming any there names exactly two, or names one and the sentence before it one
  // other; else none. Not one of entity `besides`.
  inline MentionList TwoNamedLast(EntityType type, std::uint32_t before, std::string_view besides = {}) const;
  // Mention `k`, after "à" at token `to`, is the second end of a line: "relie Moscou à Washington" (a
  // connect cue, the first end of the same type, "à").
  inline bool SecondEnd(std::uint32_t k, std::uint32_t to) const;
  // Mention `x` is in the list of what a complement with "sur" names ("sur les relations bilatérales,
  // l'Ukraine et Taïwan"): nouns, names, articles, commas and "et" back to the "sur".
  bool InTopicList(const Mention& x) const;
  // The article's sentence `s` opens with `word` (folded): "Il a échangé avec Y" with "il", a sentence whose
  // subject that pronoun is.
  bool SentenceOpensWith(std::uint32_t s, std::string_view word) const {
    return c.doc.tokens[c.doc.sentences[s].first_token].fold == word;
  }
  // Token `t` is the comma of an incise naming who speaks: "..., a assuré l'Élysée".
  bool Incise(std::uint32_t t) const {
    if (c.tok(t).fold != ","sv) return false;
    for (std::uint32_t k = t + 1; k <= t + 3 && k < c.s.end_token; ++k)
      if (const Cue* cue = CueAt(c, k)) return cue->cls == "report"sv || cue->cls == "deny"sv;
    return false;
  }
  // Where the verb group of the verb at `pos` starts: its auxiliaries, adverbs, negation and reflexive
  // pronoun ("n'a pas encore", "s'est"), and what is inserted into it: "par ailleurs" (a preposition and
  // an adverb), "lui-même", ", quant à lui," (between commas, right after an auxiliary). Found once for each
  // position of the sentence (Context::verb_group_starts): the rules ask it of the same cues many times.
  std::uint32_t VerbGroupStart(std::uint32_t pos) const {
    // (What the memo holds, inline: it is asked 140k times on 1k articles and misses one time in nine.)
    const std::vector<std::uint32_t>& known = c.verb_group_starts;
    if (const std::uint32_t i = pos - c.s.first_token; i < known.size() && known[i] != kUnknownStart)
        [[likely]]
      return known[i];
    return NoteVerbGroupStart(pos);
  }
  [[gnu::noinline]] std::uint32_t NoteVerbGroupStart(std::uint32_t pos) const;
  // The verb at `pos` is reflexive: "se" or "s'" in its verb group ("s'est entretenu", "se sont parlé").
  bool Reflexive(std::uint32_t pos) const {
    for (std::uint32_t t = VerbGroupStart(pos); t <= pos; ++t)
      if (c.tok(t).fold == "s'"sv || c.tok(t).fold == "se"sv) return true;
    return false;
  }
  // The end of "pour sa part", "de son côté", "à son tour" (and "leur") at token `t`, or `t`.
  // (FindVerbGroupStart asks it at each word it walks back over: the words first, the lexicon last.)
  std::uint32_t OwnPartEnd(std::uint32_t t) const {
    if (t + 3 > c.s.end_token) return t;
    const std::string_view noun = c.tok(t + 2).fold, before = c.tok(t).fold;
    const bool own = (noun == "part"sv && before == "pour"sv) || (noun == "cote"sv && before == "de"sv) ||
                     (noun == "tour"sv && IsTo(c.tok(t)));
    return own && schema.lexicon().Is(WordClass::kPossessive, c.tok(t + 1)) ? t + 3 : t;
  }
  // The end of an adverbial phrase at token `t` (a preposition and a words.tsv adverb_phrase word: "au
  // préalable", "à nouveau", "en outre"), or `t`.
  std::uint32_t AdverbPhraseEnd(std::uint32_t t) const {
    if (t + 2 > c.s.end_token || !schema.lexicon().Is(WordClass::kAdverbPhrase, c.tok(t + 1))) return t;
    return schema.lexicon().Is(WordClass::kPreposition, c.tok(t)) || IsTo(c.tok(t)) ? t + 2 : t;
  }
  inline std::uint32_t FindVerbGroupStart(std::uint32_t pos) const;
  // "X s'est entretenu avec Y et a annoncé", "X a reçu Y, puis a assuré", "X a assuré ..., mais a démenti":
  // the verb before the one at `pos` when this one is coordinated to it without a subject of its own (a
  // finite verb, or a participle after its auxiliary). A verb group opening with an auxiliary goes with the
  // nearest one opening with the same, over the verbs of a clause between ("a assuré que Kaboul souhaitait
  // une solution, mais a démenti").
  inline std::optional<std::uint32_t> CoordinatedVerb(std::uint32_t pos) const;
  // "X a affirmé que S, tout en démentant S2", "X a reçu Y, estimant que S": the verb a present participle
  // (a gerund, or after a comma) depends on, whose subject it has: the first verb of its clause, over the
  // "que" clauses between.
  std::optional<std::uint32_t> ParticipleGovernor(std::uint32_t pos) const;
  // "X a rencontré Y, quelques jours après s'être entretenu avec Z", "avant de rencontrer Z": the verb an
  // infinitive after "après" or "avant de" at `pos` depends on, whose subject it has.
  std::optional<std::uint32_t> InfinitiveGovernor(std::uint32_t pos) const {
    // (Its first test inline where it is asked: most verb groups have no infinitive.)
    const std::uint32_t group = VerbGroupStart(pos);
    if (group < c.s.first_token + 2) return std::nullopt;
    bool infinitive = false;
    for (std::uint32_t t = group; t <= pos; ++t) infinitive |= c.tok(t).lowered().infinitive;
    if (!infinitive) return std::nullopt;
    return GovernorOfInfinitive(group);
  }
  [[gnu::noinline]] std::optional<std::uint32_t> GovernorOfInfinitive(std::uint32_t group) const;
  // The verb whose "de" complement the infinitive at `pos` is ("ont convenu d'établir").
  inline std::optional<std::uint32_t> DeGovernor(std::uint32_t pos) const;
  // A verb group starts at token `t`: an auxiliary or a finite verb, after adverbs, negation or a reflexive
  // pronoun ("et sont convenus", "et n'a pas répondu").
  bool VerbGroupFollows(std::uint32_t t) const;
  // The parties after "entre" at token `entre` (-1: none): "entre X et Y", "entre les deux pays".
  MentionList Between(std::int64_t entre) const;
  // The comma opening a relative clause inserted right before the verb group at `pos` (", que le chancelier
  // avait prévenu, a estimé"), if any.
  std::optional<std::uint32_t> InsertedRelative(std::uint32_t pos) const;
  // "..., comme l'affirme New Delhi": the "comme" before the verb group at `pos` (its object pronoun between)
  // of a speaker named after the verb, if any.
  std::optional<std::uint32_t> AsSays(std::uint32_t pos) const {
    std::uint32_t g = VerbGroupStart(pos);
    if (g > c.s.first_token && (c.tok(g - 1).fold == "l'"sv || c.tok(g - 1).fold == "le"sv)) --g;
    if (g > c.s.first_token && c.tok(g - 1).fold == "comme"sv) return g - 1;
    return std::nullopt;
  }
  // The mention a subject "qui" before the verb at `pos` stands for; kNoAntecedent when "qui" follows no
  // mention; -1 with no "qui".
  static constexpr std::int64_t kNoAntecedent = -2;
  inline std::int64_t RelativeAntecedent(std::uint32_t pos) const;
  // The actor whose noun phrase mention `mi` is a genitive complement of ("le centre russe de réconciliation
  // de la base de Hmeimim": the centre), or none.
  std::optional<std::uint32_t> GenitiveHead(std::uint32_t mi) const;
  // The noun phrase at token `b` is the complement of a part of a territory after a preposition of place
  // (words.tsv area): "dans le nord de la Syrie", "à la frontière de l'Ukraine", "au large de la Libye".
  bool InAreaOf(std::uint32_t b) const;
  // The actors after an "avec" within `window` tokens from `from` (before any punctuation), else none:
  // the other party of a conversation named after its topic ("ont discuté de l'Ukraine avec X").
  MentionList ObjectsWith(std::uint32_t from, std::uint32_t window) const {
    std::uint32_t with = from;
    while (with < std::min(from + window, c.s.end_token) && c.tok(with).fold != "avec"sv &&
           c.tok(with).kind != TokenKind::kPunct)
      ++with;
    return with < c.s.end_token && c.tok(with).fold == "avec"sv ? Objects(with, 8) : MentionList{};
  }
  // Token `t`, a noun that is also a verb form ("rencontre", "entretiens"), is the noun here: it follows a
  // determiner (over adjectives: "les récents entretiens") that is no object pronoun ("Poutine les
  // rencontre", "il l'appelle"): one after a preposition, punctuation, a verb or a participle, or opening
  // the sentence.
  bool DeterminedNoun(std::uint32_t t) const;
  // The parties of a conversation noun followed by the genitive at `genitive` ("les entretiens de X avec
  // Y", "les appels de hauts responsables du Pentagone avec leurs homologues russes"): the actor the
  // genitive names, each actor "avec" names after it.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> GenitiveWith(std::uint32_t genitive) const;
  bool IsGenitive(std::uint32_t t) const {
    const std::string_view f = c.tok(t).fold;
    return f == "de"sv || f == "du"sv || f == "des"sv || f == "d'"sv;
  }

  // The complement of a go-between (words.tsv go_between), who stands between or beside the parties: "par
  // l'intermédiaire du ministre omanais, X", "en présence de X", "sous l'égide de X".
  // A state in the title of one who does is one too: "en présence du chef de la diplomatie chinoise X".
  bool GoBetween(std::uint32_t mi) const {
    // (Inline, the answer of a sentence with no go-between word, as most have not.)
    if (c.m(mi).sentence == c.sentence && !(SentenceWords() & RelationExtractor::kGoBetweenWord))
      return false;
    return GoBetweenNoun(mi).has_value();
  }
  // The go-between noun (words.tsv go_between) whose complement mention `mi` is, or that of the person whose
  // title `mi` is in: "par l'intermédiaire de X", "grâce à la médiation des Emirats".
  std::optional<std::uint32_t> GoBetweenNoun(std::uint32_t mi) const;
  inline std::optional<std::uint32_t> GoBetweenNounBefore(std::uint32_t mi) const;
  // Whom a message went to, when its author comes first with "de", the first of `objects`, right after token
  // `from` that follows the message noun: Y of "un message de X à Y".
  std::optional<std::uint32_t> MessageAddressee(std::uint32_t from, const MentionList& objects) const;
  // Actor mentions after token `pos` in the clause: the first one and those coordinated to it.
  MentionList Objects(std::uint32_t pos, std::uint32_t limit = 14) const;
  enum class Coordination { kNone, kComma, kAnd };
  // How the phrase ending at token `from` and the one starting at `to` are joined: by "et" ("ainsi que",
  // "puis"), by a comma alone, or not as a coordination.
  inline Coordination CoordinationBetween(std::uint32_t from, std::uint32_t to) const;
  // Where a phrase in apposition opened by the comma at token `comma` closes, at its own comma before `to`:
  // a participle's ("avec la direction du Hamas, installée dans l'émirat, et avec Y"), a title ("avec X,
  // conseiller diplomatique du président, et avec Y") or a noun with its complement ("Y, allié du Hezbollah,
  // et Z"); nullopt if there is none.
  inline std::optional<std::uint32_t> AppositionClose(std::uint32_t comma, std::uint32_t to) const;
  // The list of actors that mention `k` (ending at `end`) is in goes on to an "et": "Y, Z et W".
  inline bool ListGoesOn(std::uint32_t end, std::uint32_t k) const;

  // Tokens [t, end) are the head of a part of what follows: nouns and adjectives (and their complements),
  // no title, then "de" and its article ("quartier général de l'", "commandement du théâtre occidental de
  // l'").
  inline bool PartOf(std::uint32_t t, std::uint32_t end) const;

  std::int64_t LineAfter(std::uint32_t pos, std::uint32_t limit = 12) const {
    for (std::uint32_t k : c.mentions)
      if (IsLine(c.m(k)) && c.m(k).first_token >= pos && c.m(k).first_token < pos + limit) return k;
    return -1;
  }
  // The mention of the sentence that ends at token `end` (and starts before it), if any.
  std::int64_t MentionEndingAt(std::uint32_t end) const {
    for (std::uint32_t k : c.mentions)
      if (c.m(k).end_token == end && c.m(k).first_token < end) return k;
    return -1;
  }
  std::int64_t LineBefore(std::uint32_t pos) const {
    std::int64_t found = -1;
    for (std::uint32_t k : c.mentions)
      if (IsLine(c.m(k)) && c.m(k).end_token <= pos) found = k;
    return found;
  }

  // What was said in [first, end) denies something: a negation, not one of a modal ("l'Inde ne pouvait
  // faire comme si": a claim about what can be done).
  bool Denies(std::uint32_t first, std::uint32_t end) const;
  // A negation in [first, end). In what a statement says (`claim`), not that of a present infinitive: "sont
  // convenus de ne pas tirer" denies nothing ("a assuré ne pas avoir été informé", "a accusé X de ne pas
  // avoir empêché" do); a fact named in the infinitive is negated all the same ("de ne pas pouvoir joindre
  // X").
  bool Negated(std::uint32_t first, std::uint32_t end, bool claim = false) const {
    // (Most sentences have no "ne", "aucun" or cessation verb: a look for one first, once per sentence,
    // inline where it is asked.)
    if (first >= c.s.first_token && !MayNegate()) return false;
    return FindNegation(first, end, claim);
  }
  [[gnu::noinline]] bool FindNegation(std::uint32_t first, std::uint32_t end, bool claim) const;
  // The sentence has a word without which Negated finds no negation in it: "ne", "aucun" or a verb of
  // cessation (the rules ask of most facts and statements).
  bool MayNegate() const { return (SentenceWords() & RelationExtractor::kNegationWord) != 0; }
  bool Hypothetical(std::uint32_t first, std::uint32_t end) const;
};

}  // namespace newsgraph
