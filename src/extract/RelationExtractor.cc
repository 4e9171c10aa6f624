#include "extract/RelationExtractor.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <span>
#include <string_view>
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

#include "core/FormCache.h"
#include "extract/CueFinder.h"
#include "extract/PersonGender.h"
#include "text/Fold.h"
#include "text/Morphology.h"

namespace newsgraph {

using namespace std::string_view_literals;
namespace {

bool IsActor(const Mention& m) {
  return !m.entity.empty() && (m.type == EntityType::kOfficial || m.type == EntityType::kInstitution ||
                               m.type == EntityType::kCountry);
}
bool IsLine(const Mention& m) {
  return !m.entity.empty() && m.type == EntityType::kCommunicationLine;
}
// A word for a message ("lettre", "message": words.tsv channel:message), sent rather than spoken.
bool NamesAMessage(const Lexicon& lexicon, const Token& t) {
  return lexicon.ValueOf("channel:", t) == "message"sv;
}
// A news outlet: the head of its name ("l'agence officielle saoudienne SPA") or its gazetteer kind= is a
// words.tsv outlet_head.
bool IsOutlet(const Schema& schema, const Mention& m) {
  const Lexicon& lexicon = schema.lexicon();
  // (An entry of the gazetteer is one by its kind: "Agence internationale de l'énergie atomique" is no news
  // agency.)
  const GazetteerEntry* e = schema.gazetteer().FindByNodeId(m.entity);
  if (!e) return lexicon.Is("outlet_head", FoldedHead(m.name));
  const std::vector<std::string>& kinds = e->Attribute("kind");
  return std::any_of(kinds.begin(), kinds.end(),
                     [&](const std::string& kind) { return lexicon.Is("outlet_head", Fold(kind)); });
}

// IsOutlet, remembered by the thread across articles for `owner` (a RelationExtractor's instance id): an
// outlet's gazetteer and name lookups cost hundreds of instructions, and the same few names come back in
// article after article.
bool KnownOutlet(const Schema& schema, std::uint64_t owner, const Mention& m) {
  thread_local FormCache<bool> cache(1 << 16);
  thread_local std::uint64_t cache_owner = 0;
  thread_local std::string key;
  if (cache_owner != owner) {
    cache_owner = owner;
    cache.Clear();
  }
  key.assign(m.entity).append(1, '\x1f').append(m.name);  // (what IsOutlet reads of the mention)
  return cache.Get(key, [&] { return IsOutlet(schema, m); });
}

// A state named by its capital ("Paris", "Doha"): in "le sommet de Paris" it is where a meeting is held.
bool NamedByCapital(const Schema& schema, const Mention& m) {
  if (m.type != EntityType::kCountry) return false;
  const GazetteerEntry* e = schema.gazetteer().FindByNodeId(m.entity);
  if (!e) return false;
  const std::vector<std::string>& capitals = e->Attribute("capital");
  const std::string name = Fold(m.name);
  return std::any_of(capitals.begin(), capitals.end(), [&](const std::string& n) { return Fold(n) == name; });
}

// A noun that reports ("communiqué", "déclaration": a report cue of cues.tsv).
bool ReportNoun(const Token& w) {
  return w.lowered().noun && std::any_of(w.facts.cues->begin(), w.facts.cues->end(),
                                         [](const Phrase& p) { return p.cls == "report"sv; });
}

// After "selon", a word that names no source: a stressed pronoun ("selon lui") or a relative ("des
// informations selon lesquelles ...").
bool NamesNoSource(std::string_view fold) {
  return fold == "lui"sv || fold == "elle"sv || fold == "eux"sv || fold == "elles"sv || fold == "nous"sv ||
         fold == "lequel"sv || fold == "laquelle"sv || fold == "lesquels"sv || fold == "lesquelles"sv;
}

}  // namespace

struct RelationExtractor::Context {
  Document& doc;
  const std::vector<const Cue*>& cue_at;  // by token: the first cue that starts there, if any
  std::uint32_t sentence;
  Sentence s;  // (a copy: its token span is read at every step of the rules, one load less each)
  std::span<const std::uint32_t> mentions;  // indices into doc.mentions, in text order
  struct Statement {
    std::uint32_t speaker;     // mention index
    std::uint32_t first, end;  // token span of what was said
    bool denial = false;       // the speaker denies it ("a démenti que ...")
  };
  std::vector<Statement>& statements;  // (empty for each sentence; Process keeps its room across sentences)
  // The statements of the sentences before, with their sentence: who spoke last, also when what they said
  // gave no edge ("X a fait part de ses inquiétudes. Y a rejeté ces accusations.").
  struct EarlierStatement {
    std::uint32_t sentence, speaker;
    bool denial;
  };
  const std::vector<EarlierStatement>& earlier_statements;
  // The facts added, by type and entity ids (views of the mentions' ids, which relation extraction leaves as
  // they are).
  // (A sentence gives few: a vector, looked through, costs less than a tree. Empty for each sentence;
  // Process keeps its room across sentences.)
  std::vector<std::tuple<RelationType, std::string_view, std::string_view>>& seen;
  // Helpers::VerbGroupStart of each position from s.first_token to s.end_token, as far as asked (empty for
  // each sentence; Process keeps its room across sentences).
  std::vector<std::uint32_t>& verb_group_starts;
  // NounPhraseStart of each position from s.first_token to s.end_token, as far as Helpers::PhraseStart asked
  // it (empty for each sentence; Process keeps its room across sentences).
  std::vector<std::uint32_t>& phrase_starts;
  // Helpers::Subjects of the positions asked, where they depend on the sentence alone (empty for each
  // sentence; Process keeps its room across sentences).
  struct KnownSubjects {
    struct Entry {
      std::uint32_t pos;
      bool lines;
      std::uint32_t first, end;  // the subjects, in `subjects`
    };
    std::vector<Entry> entries;
    std::vector<std::uint32_t> subjects;
  };
  KnownSubjects& known_subjects;
  // Where the sentence's mentions start in doc.mentions (the number of mentions before it), also when it
  // has none: what it says may be about people named before ("Les deux hommes se sont parlé").
  std::size_t first_mention = 0;
  // The SentenceWords of the sentence's tokens put together, once asked (Helpers::HasTwo, MayNegate,
  // Hypothetical, GoBetweenNoun, FactAttributes, InsertedRelative, ReportFrom).
  std::optional<std::uint8_t> sentence_words;
  // IsOutlet of each of doc.mentions, once asked (-1: not yet), for the whole document: Contact asks it of
  // both parties of each pair, and a party is often in several pairs (12.6k asks of 9k mentions on 1k
  // articles).
  std::vector<std::int8_t>& outlets;
  // PersonGender of each of doc.mentions, once asked (-1: not yet), for the whole document: the rules that
  // read a pronoun ask it of the people named before for each cue.
  std::vector<std::int8_t>& genders;
  // doc.tokens' and doc.mentions' elements, which relation extraction reads and never moves: the rules read
  // tokens and mentions millions of times, each through a pointer loaded once less than through the vector.
  const Token* doc_tokens = doc.tokens.data();
  const Mention* doc_mentions = doc.mentions.data();
  // Whether a mention of the sentence has a title phrase (Mention::role_first), once asked: no mention is
  // inside one without.
  std::optional<bool> has_roles = std::nullopt;
  // The words.tsv classes of the sentence's tokens put together (Lexicon::ClassesOf), found with
  // sentence_words: whether a sentence has a statement noun at all (CalledFalse, StatementNamedBefore).
  std::uint64_t sentence_classes = 0;
  // The sentence's cues: [first_cue, end_cue) in doc.cues.
  std::uint32_t first_cue = 0, end_cue = 0;

  const Token& tok(std::uint32_t i) const { return doc_tokens[i]; }
  const Mention& m(std::uint32_t i) const { return doc_mentions[i]; }
  Gender GenderOf(const Lexicon& lexicon, std::uint32_t i) {
    if (genders.size() <= i) genders.resize(doc.mentions.size(), -1);
    if (genders[i] < 0) genders[i] = static_cast<std::int8_t>(PersonGender(lexicon, doc, i));
    return static_cast<Gender>(genders[i]);
  }
  bool Outlet(const Schema& schema, std::uint64_t owner, std::uint32_t i) {
    // The mentions of the document whose IsOutlet was worked out by KnownOutlet: another with the same
    // entity and name has the same answer (half the asks on 1k articles), found here for less than
    // KnownOutlet's key and hash. (Its room kept by the thread; emptied at the document's first ask.)
    thread_local std::vector<std::uint32_t> asked;
    if (outlets.size() <= i) {
      outlets.resize(doc.mentions.size(), -1);
      asked.clear();
    }
    if (outlets[i] >= 0) return outlets[i] != 0;
    const Mention& m = doc.mentions[i];
    for (std::uint32_t j : asked)
      if (const Mention& same = doc.mentions[j]; same.entity == m.entity && same.name == m.name)
        return (outlets[i] = outlets[j]) != 0;
    outlets[i] = KnownOutlet(schema, owner, m);
    asked.push_back(i);
    return outlets[i] != 0;
  }
};

// ---- helpers over a sentence
// -------------------------------------------------------------------------------

namespace {

bool IsArticle(const Token& w) {
  return w.fold == "le"sv || w.fold == "la"sv || w.fold == "l'"sv || w.fold == "les"sv;
}
// A conversation found for a go-between with each party ("a fait la navette entre", "par l'intermédiaire
// de"), not the parties' own.
bool ByGoBetween(const Relation& rel) {
  return rel.rule == "shuttle"sv || rel.rule == "go-between"sv;
}
// An object pronoun before a verb: "leur faire part", "l'a utilisée".
bool IsObjectPronoun(std::string_view fold) {
  return fold == "le"sv || fold == "la"sv || fold == "l'"sv || fold == "les"sv || fold == "lui"sv ||
         fold == "leur"sv || fold == "en"sv || fold == "y"sv;
}
// How many sentences back a silence with nothing after it ("Le Kremlin n'a pas réagi.") looks for the
// conversation it is about: the end of an article often says who kept silent about its main event.
constexpr std::uint32_t kSilenceReach = 4;
// How many sentences back a conversation named again ("a confirmé les échanges", "a démenti tout contact") is
// looked for: a paragraph's worth, an article's last ones often coming back to its first conversation.
constexpr std::uint32_t kNamedAgainReach = 4;
// How many sentences back two states named last but not as a pair ("les deux pays") look for a conversation
// between two states instead.
constexpr std::uint32_t kPairReach = 8;

// "deux", "trois": the count of a group named again ("les deux hommes", "les trois dirigeants"). (Inline:
// asked of each token of the spans the pair rules look through.)
inline bool IsGroupCount(std::string_view fold) {
  return fold == "deux"sv || fold == "trois"sv;
}

// "ce", "cet", "cette", "ces": what follows is something named before.
bool IsDemonstrative(std::string_view fold) {
  return fold == "ce"sv || fold == "cet"sv || fold == "cette"sv || fold == "ces"sv;
}
// A dash (an em or en dash folds to "-"), which closes an inserted phrase as a comma does ("— leur
// troisième échange —").
bool IsDash(const Token& w) {
  return w.kind == TokenKind::kPunct && w.fold == "-"sv;
}
// "à", "au", "aux": the dative and locative preposition ("à" folds like the verb "a").
bool IsTo(const Token& w) {
  return w.lower == "\xc3\xa0"sv || w.fold == "au"sv || w.fold == "aux"sv;
}

// The word heads a phrase of heads.tsv class `cls` ("ligne": line, "responsables": group).
bool HeadsA(const Token& w, std::string_view cls) {
  return std::any_of(w.facts.heads->begin(), w.facts.heads->end(),
                     [&](const Phrase& p) { return p.cls == cls; });
}

// Where the noun phrase of a name starting at token `t` starts (not before `floor`): back over articles,
// possessives and a head noun, "de" included ("à l'agence Reuters", "de l'agence de presse Interfax").
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

// The cue that starts at token `t`, if any.
const Cue* CueAt(const RelationExtractor::Context& c, std::uint32_t t) {
  return c.cue_at[t];
}
// The preposition that introduces line mention `line` ("par ce canal", "via leur ligne directe"), not before
// token `floor`; empty if none.
std::string_view LinePreposition(const RelationExtractor::Context& c, const Lexicon& lexicon,
                                 std::uint32_t line, std::uint32_t floor) {
  std::uint32_t t = c.m(line).first_token;
  while (t > floor &&
         (IsArticle(c.tok(t - 1)) || c.tok(t - 1).fold == "une"sv || IsDemonstrative(c.tok(t - 1).fold) ||
          lexicon.Is(WordClass::kPossessive, c.tok(t - 1))))
    --t;
  return t > floor ? c.tok(t - 1).fold : ""sv;
}

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

// Token `t` is a noun or verb that names a conversation: a contact cue starts there, or it is "appel" or
// "visite" (no cue alone: "l'appel", "la visite"; by lemma, found once per form: SentenceWords). (Inline:
// asked of each token of a statement.)
inline bool NamesConversation(const RelationExtractor::Context& c, std::uint32_t t) {
  const Cue* named = CueAt(c, t);
  return (named && named->cls == "contact"sv) ||
         (c.tok(t).facts.sentence_words & RelationExtractor::kCallOrVisit) != 0;
}
// The line mention `k` is named with a definite article ("la ligne"): a line that exists.
bool DefiniteLine(const RelationExtractor::Context& c, std::uint32_t k) {
  const std::uint32_t named = c.m(k).first_token;
  if (named == 0 || c.doc.tokens[named - 1].sentence != c.m(k).sentence) return false;
  const std::string_view article = c.tok(named - 1).fold;
  return article == "la"sv || article == "l'"sv || article == "le"sv;
}

// Mention `party` stands for `speaker` (an entity id): it is it, or it holds a title of that state ("Téhéran
// a démenti tout contact" after "le ministre iranien X a parlé avec Y" is about Y, not X).
// An institution of a state stands for it too ("L'armée indienne n'a pas souhaité commenter" the talks of
// India with China is about China).
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
// The first mention of the document that names `state` (not only by an adjective or a group), if any.
std::optional<std::uint32_t> NamedState(const RelationExtractor::Context& c, const GazetteerEntry& state) {
  for (std::uint32_t k = 0; k < c.doc.mentions.size(); ++k)
    if (c.doc.mentions[k].entity == state.NodeId() && !c.doc.mentions[k].generic) return k;
  return std::nullopt;
}
// The first cue of the document that starts at or after token `t` (cues are in text order).
// (For a token of the sentence, among the sentence's few cues: a search of all the document's cost more.)
std::vector<Cue>::const_iterator FirstCueFrom(const RelationExtractor::Context& c, std::uint32_t t) {
  if (t < c.s.first_token || t > c.s.end_token)
    return std::lower_bound(c.doc.cues.begin(), c.doc.cues.end(), t,
                            [](const Cue& q, std::uint32_t v) { return q.first_token < v; });
  auto it = c.doc.cues.begin() + c.first_cue;
  const auto end = c.doc.cues.begin() + c.end_cue;
  while (it != end && it->first_token < t) ++it;
  return it;
}
// A cue that ends right before token `end`, if any.
const Cue* CueEndingAt(const RelationExtractor::Context& c, std::uint32_t end) {
  auto it = FirstCueFrom(c, end);
  while (it != c.doc.cues.begin() && (it - 1)->end_token + 8 > end)
    if ((--it)->end_token == end) return &*it;
  return nullptr;
}
// A use cue ends right before token `t`, or before its article ("d'utiliser la ligne").
bool UsedBefore(const RelationExtractor::Context& c, std::uint32_t t) {
  if (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
  const Cue* cue = CueEndingAt(c, t);
  return cue && cue->cls == "use"sv;
}

// Mentions a helper works out (the subjects or objects of a verb, a pair): nearly always one or two, kept
// inline so that returning them allocates nothing (some 25k lists on 1k articles were each a heap block).
using MentionList = boost::container::small_vector<std::uint32_t, 4>;
// (std::erase_if and std::erase for it: Boost 1.74 has none.)
template <typename Pred>
void EraseIf(MentionList& list, Pred pred) {
  list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
}
void Erase(MentionList& list, std::uint32_t k) {
  list.erase(std::remove(list.begin(), list.end(), k), list.end());
}

struct Helpers {
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
  // Where a time complement starting at `t` ends ("lundi", "samedi soir", "la semaine dernière", "en
  // 2013", "le mois dernier", counts and times between commas: "une seule fois, en novembre,"); `t` when
  // there is none.
  std::uint32_t AfterTime(std::uint32_t t) const {
    std::uint32_t u = t, end = t;
    bool time = false;
    for (std::uint32_t n = 0; n < 8 && u < c.s.end_token; ++n, ++u) {
      if (TimeWord(u) || Is(WordClass::kTimes, u)) {
        time = true;
        end = u + 1;
        continue;
      }
      const Token& w = c.tok(u);
      if (w.fold == ","sv && u > t) {
        if (time) end = u + 1;
        continue;
      }
      if (w.kind != TokenKind::kWord || w.capitalized) break;
      // "la semaine", "en mars", "à deux reprises", "dernière", "seule"
      if (Is(WordClass::kDeterminer, u) || w.fold == "en"sv || IsTo(w) || w.lowered().adjective ||
          !schema.lexicon().ValueOf("number:", w).empty()) {
        if (time && w.lowered().adjective) end = u + 1;
        continue;
      }
      break;
    }
    return time ? end : t;
  }

  // From token `t` on, the sentence says nothing of what a silence is about: no noun but a time ("n'a pas
  // réagi dans l'immédiat", "pour l'instant").
  bool NothingSaidAfter(std::uint32_t t) const {
    for (; t < c.s.end_token; ++t) {
      const Token& w = c.tok(t);
      if (!(w.kind != TokenKind::kWord || !w.lowered().noun || TimeWord(t) || w.fold == "immediat"sv ||
            w.fold == "instant"sv || w.fold == "moment"sv))
        return false;
    }
    return true;
  }
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
  [[gnu::noinline]] std::uint32_t NotePhraseStart(std::uint32_t t) const {
    if (t < c.s.first_token || t > c.s.end_token)
      return NounPhraseStart(c.doc, schema.lexicon(), c.s.first_token, t);
    std::vector<std::uint32_t>& starts = c.phrase_starts;
    if (starts.empty()) starts.assign(c.s.end_token - c.s.first_token + 1, kUnknownStart);
    std::uint32_t& start = starts[t - c.s.first_token];
    if (start == kUnknownStart) start = NounPhraseStart(c.doc, schema.lexicon(), c.s.first_token, t);
    return start;
  }
  // "ce que la Serbie a nié": the object of the verb of subject `mi` is the relative before it, which
  // stands for the clause before.
  bool RelativeObject(std::uint32_t mi) const {
    const std::uint32_t subject = PhraseStart(mi, /*titled=*/true);
    return subject >= c.s.first_token + 2 &&
           (c.tok(subject - 1).fold == "que"sv || c.tok(subject - 1).fold == "qu'"sv) &&
           c.tok(subject - 2).fold == "ce"sv;
  }
  // Mention `mi` is a person after "[article] ENTOURAGE de" (words.tsv entourage: "le bureau de M. X"): where
  // that phrase starts.
  std::optional<std::uint32_t> EntourageOf(std::uint32_t mi) const {
    if (c.m(mi).type != EntityType::kOfficial || c.m(mi).generic) return std::nullopt;
    std::uint32_t t = PhraseStart(mi);
    if (t < c.s.first_token + 2 || !IsGenitive(t - 1) || !schema.lexicon().Is("entourage", c.tok(t - 2).fold))
      return std::nullopt;
    t -= 2;
    while (t > c.s.first_token && IsArticle(c.tok(t - 1))) --t;
    return t;
  }
  bool InPP(std::uint32_t mi) const {
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
  // The statement noun ("propos", "informations", words.tsv statement_noun) whose complement mention `mi` is,
  // past its article or courtesy title: "les propos de M. Borrell", "les informations du Washington Post".
  std::optional<std::uint32_t> StatementNounOf(std::uint32_t mi) const {
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

  // The subject(s) of a verb at token `pos`: the nearest actor mention before it in the clause that is not
  // a complement, with the ones coordinated to it ("X et Y", "ni X ni Y").
  MentionList Subjects(std::uint32_t pos, bool lines = false) const {
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
  MentionList FindSubjects(std::uint32_t pos, bool lines) const {
    if (const std::optional<std::uint32_t> verb = CoordinatedVerb(pos))
      if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
    if (const std::optional<std::uint32_t> verb = InfinitiveGovernor(pos))
      if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
    // (ParticipleGovernor's and InsertedRelative's first tests before calling them: most verbs end in no
    // "-ant", and most verb groups follow no comma.)
    if (c.tok(pos).fold.ends_with("ant"sv))
      if (const std::optional<std::uint32_t> verb = ParticipleGovernor(pos))
        if (MentionList out = Subjects(*verb, lines); !out.empty()) return out;
    // "X, que le chancelier avait prévenu, a estimé": the subject comes before the relative clause.
    if (const std::uint32_t g = VerbGroupStart(pos); g > c.s.first_token + 2 && c.tok(g - 1).fold == ","sv)
      if (const std::optional<std::uint32_t> open = InsertedRelative(pos)) pos = *open;
    MentionList out;
    // "selon le Pentagone, qui n'a pas donné": the subject "qui" is the name right before it, even a
    // complement.
    if (const std::int64_t antecedent = RelativeAntecedent(pos); antecedent >= 0) {
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
    }
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
      if (x.type == EntityType::kOfficial && x.entity.empty() && !x.role.empty() && !InPP(c.mentions[k]))
        break;
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
      if (t == c.s.first_token || !(c.tok(t - 1).fold == "et"sv || c.tok(t - 1).fold == "ni"sv || list))
        break;
      const Mention& x = c.m(c.mentions[k]);
      if (x.end_token > t || InRole(c.mentions[k]) || !IsActor(x)) continue;
      // A complement ends the list: "Selon l'agence Nova, X et Y ont eu un entretien"; so does the group the
      // people named are in apposition to ("Les ministres indien et chinois, X et Y, se sont entretenus").
      if (InPP(c.mentions[k])) break;
      if (list && x.rule == "national-group"sv && std::all_of(out.begin(), out.end(), [&](std::uint32_t o) {
            return c.m(o).type == EntityType::kOfficial;
          }))
        break;
      bool tight = true;
      for (std::uint32_t g = x.end_token; g + 1 < t; ++g)
        tight &= c.tok(g).fold == ","sv || schema.lexicon().Is(WordClass::kDeterminer, c.tok(g));
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

  // People without a name act for the states or institutions named after them: "Les directeurs des
  // opérations de l'Inde et du Pakistan se sont parlé", "De hauts responsables de l'OTAN ont annoncé"; a
  // person's entourage for the person ("L'équipe de transition de Donald Trump a refusé de commenter").
  // Where a sentence's clause opens, before token `before`: after the comma that ends a source opening the
  // sentence ("Selon X, ...", "D'après X, ..."), else at the sentence's start.
  std::uint32_t SourceOpeningEnd(std::uint32_t before) const {
    const std::uint32_t f = c.s.first_token;
    const bool source = c.tok(f).fold == "selon"sv ||
                        (c.tok(f).fold == "d'"sv && f + 1 < c.s.end_token && c.tok(f + 1).fold == "apres"sv);
    for (std::uint32_t t = f + 1; source && t < before; ++t)
      if (c.tok(t).fold == ","sv) return t + 1;
    return f;
  }
  MentionList StatesOfUnnamedSubject(std::uint32_t pos) const {
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
  // Where a participial clause in apposition between a subject and its verb at `pos` starts (its comma),
  // else `pos`: "L'agence KCNA, citant la sœur de Kim Jong Un, Kim Yo Jong, a affirmé".
  std::uint32_t ParticipleApposition(std::uint32_t pos) const {
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
  // Where a place complement at token `t` ends ("à Doha", "en Chine", "au Caire": a preposition and a state
  // or place named right after it; "à Istanbul", "à Camp David": a name no one in the article bears, with
  // the capitalised words before it that are no mention), else `t`.
  std::uint32_t LocativeEnd(std::uint32_t t) const {
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
  // The parties of a conversation named in a complement of occasion (words.tsv occasion) at `cue`: "X a
  // accusé Y lors d'un entretien avec Z" (the clause's subject, not the name nearest before), "Lors d'un
  // entretien avec Z, X a dit" (the subject after it). Empty when the cue is in no such complement.
  MentionList OccasionSubjects(std::uint32_t cue, std::uint32_t* verb = nullptr) const {
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
      else if (b > c.s.first_token && occasion(b - 1))
        start = b - 1;
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
          for (std::uint32_t v = c.m(k).end_token; v < c.s.end_token && c.tok(v).kind == TokenKind::kWord;
               ++v)
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
        // (Not an incise's verb, whose subject follows it: "..., a annoncé X à l'issue de ...".)
        const std::uint32_t g = VerbGroupStart(v);
        if (g > c.s.first_token && (c.tok(g - 1).fold == ","sv || CueFinder::IsQuote(c.doc.TokenText(g - 1))))
          return {};
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
  // The person or state right after the verb at `v` and its participle (its direct object: "X a appelé Y à
  // la retenue").
  std::optional<std::uint32_t> DirectObject(std::uint32_t v) const {
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
  // Token `p` opens a clause: it starts the sentence or follows a comma, "et", "mais" or "puis".
  bool OpensClause(std::uint32_t p) const {
    if (p == c.s.first_token) return true;
    const std::string_view before = c.tok(p - 1).fold;
    return before == ","sv || before == "et"sv || before == "mais"sv || before == "puis"sv;
  }
  // The light verb (words.tsv light_verb) a noun at `pos` is the object of, within a few words before it
  // ("il avait eu plus de sept heures d'entretiens", "il a tenu une réunion"), else `pos` ("Il s'agissait
  // du premier entretien" has no subject).
  std::uint32_t NounsVerb(std::uint32_t pos) const {
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
  // Token `t` heads a verb group: a finite verb that is no noun, or a participle after its auxiliary ("a
  // reçu", "a de nouveau eu").
  bool VerbHead(std::uint32_t t) const {
    const Token& w = c.tok(t);
    const WordInfo& info = w.lowered();
    if (w.kind != TokenKind::kWord || w.capitalized || !info.verb) return false;
    if (info.finite && !info.noun) return true;
    if (!info.participle) return false;
    for (std::uint32_t a = VerbGroupStart(t); a < t; ++a)
      if (IsAuxiliary(c.tok(a).lowered())) return true;
    return false;
  }
  // "« Nous avons parlé avec nos homologues russes », a-t-il déclaré", "« J'ai discuté avec X », a dit Y": a
  // first-person subject in what someone says stands for its speaker.
  std::optional<std::uint32_t> FirstPersonSubject(std::uint32_t pos) const {
    const std::uint32_t t = VerbGroupStart(NounsVerb(pos));
    if (t == c.s.first_token) return std::nullopt;
    const std::string_view f = c.tok(t - 1).fold;
    if (f != "nous"sv && f != "je"sv && f != "j'"sv) return std::nullopt;
    for (const RelationExtractor::Context::Statement& st : c.statements)
      if (st.first <= t - 1 && t - 1 < st.end) return st.speaker;
    return std::nullopt;
  }
  // "Il a démenti ...", "..., et elle a ajouté": a subject pronoun opening the clause stands for the first
  // person of its sentence before it, else for the last person named in the two sentences before.
  MentionList PronounSubject(std::uint32_t pos) const {
    const std::uint32_t t = VerbGroupStart(NounsVerb(pos));
    if (t == c.s.first_token || (c.tok(t - 1).fold != "il"sv && c.tok(t - 1).fold != "elle"sv)) return {};
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
    // Not a woman for "il", nor a man for "elle".
    std::int64_t found = -1;
    for (std::size_t k = c.first_mention; k-- > 0;) {
      const Mention& x = c.doc.mentions[k];
      if (x.sentence + 2 < c.sentence || (found >= 0 && x.sentence != c.doc.mentions[found].sentence)) break;
      if (x.type == EntityType::kOfficial && !x.entity.empty() &&
          !Disagree(c.GenderOf(schema.lexicon(), static_cast<std::uint32_t>(k)), pronoun))
        found = static_cast<std::int64_t>(k);
    }
    if (found < 0) return {};
    return {static_cast<std::uint32_t>(found)};
  }
  // "X l'a reçu", "Y la recevra": a direct object pronoun before the verb at `pos` stands for the first
  // person of the sentence before (else the one before it) other than `subject`, usually its subject ("Le
  // président Macron est arrivé à Kiev. Volodymyr Zelensky l'a accueilli"); "le" not for a woman, "la" not
  // for a man.
  std::optional<std::uint32_t> ObjectPronoun(std::uint32_t pos, const Mention& subject) const {
    const std::uint32_t t = VerbGroupStart(pos);
    if (t == c.s.first_token || !c.tok(pos).lowered().verb) return std::nullopt;
    const std::string_view f = c.tok(t - 1).fold;
    if (f != "l'"sv && f != "le"sv && f != "la"sv) return std::nullopt;
    const Gender pronoun = f == "le"sv   ? Gender::kMasculine
                           : f == "la"sv ? Gender::kFeminine
                                         : Gender::kUnknown;
    std::int64_t found = -1;
    for (std::size_t k = c.first_mention; k-- > 0;) {
      const Mention& x = c.doc.mentions[k];
      if (x.sentence + 2 < c.sentence || (found >= 0 && x.sentence != c.doc.mentions[found].sentence)) break;
      if (x.type == EntityType::kOfficial && !x.entity.empty() && !x.anonymous &&
          x.entity != subject.entity &&
          !Disagree(c.GenderOf(schema.lexicon(), static_cast<std::uint32_t>(k)), pronoun))
        found = static_cast<std::int64_t>(k);
    }
    if (found < 0) return std::nullopt;
    return static_cast<std::uint32_t>(found);
  }
  // The sentence has the word "deux" or "trois" (memoised: the pair rules ask of most subjects and
  // statements).
  bool HasTwo() const { return (SentenceWords() & RelationExtractor::kGroupCount) != 0; }
  // What the sentence has of RelationExtractor::SentenceWords (memoised).
  std::uint8_t SentenceWords() const { return c.sentence_words ? *c.sentence_words : NoteSentenceWords(); }
  [[gnu::noinline]] std::uint8_t NoteSentenceWords() const {
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
      return w.fold == "il"sv || w.fold == "elle"sv || w.fold == "ils"sv || w.fold == "elles"sv;
    });
  }
  // "Les deux dirigeants se sont entretenus", "les deux pays ont convenu", "Selon X, les deux ministres ont
  // discuté": the two people (states) named last (TwoNamedLast).
  MentionList PairSubject(std::uint32_t pos) const {
    // (Most subjects are no pair: a cheap look for "deux" first.)
    if (!HasTwo()) return {};
    bool two = false;
    for (std::uint32_t t = pos; t-- > c.s.first_token && t + 10 > pos && !two;)
      two = IsGroupCount(c.tok(t).fold);
    if (!two) return {};
    // (A noun's verb: "les deux hommes ont eu un long entretien".)
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
    const std::uint32_t g = VerbGroupStart(v);
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
    // rencontrés": the people of the two states are theirs.)
    if (c.tok(f).fold == "des"sv && f >= c.s.first_token + 2 &&
        (c.tok(f - 2).fold == "les"sv || c.tok(f - 2).fold == "des"sv) && c.tok(f - 1).lowered().noun &&
        !c.tok(f - 1).capitalized && opens(f - 2))
      return PairAt(f);
    if (!opens(f)) return {};
    return PairAt(f);
  }
  // The two people named in apposition to "les deux X" at token `f` (its complement may come between): ",
  // A et B".
  MentionList ApposedPair(std::uint32_t f) const {
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
  // "les deux hommes", "les deux pays", "les deux armées" at token `f`: the two people (states) named last
  // before it (TwoNamedLast).
  MentionList PairAt(std::uint32_t f) const {
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
      MentionList named = TwoNamedLast(EntityType::kCountry, f);
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
      if (!theirs.empty() && (states.empty() || c.m(pair[0]).sentence > c.m(states[0]).sentence))
        return theirs;
      if (!states.empty()) return states;
      // (Two states named last but not as a pair are rather those of a conversation further back: "Washington
      // et Pékin ont rétabli le dialogue. [...] Pékin préparerait des manoeuvres autour de Taïwan. Les deux
      // pays avaient convenu".)
      if (!named.empty())
        if (MentionList earlier = ConversationPair(f, kPairReach, /*asserted=*/false, EntityType::kCountry);
            !earlier.empty())
          return earlier;
      if (!named.empty()) return named;
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
    MentionList pair = TwoNamedLast(EntityType::kOfficial, f);
    if (!pair.empty() && c.m(pair[0]).sentence == c.m(pair[1]).sentence) return pair;
    if (MentionList earlier = ConversationPair(f, c.sentence); !earlier.empty()) return earlier;
    return pair.empty() ? TwoNamedLast(EntityType::kCountry, f) : pair;
  }
  // Mentions `a` and `b`, in that order, are joined by "et": "Pékin et Séoul", "la Chine et la Corée du Sud".
  bool Coordinated(std::uint32_t a, std::uint32_t b) const {
    const Mention& x = c.m(a);
    const Mention& y = c.m(b);
    if (x.sentence != y.sentence || x.end_token >= y.first_token || c.tok(x.end_token).fold != "et"sv)
      return false;
    for (std::uint32_t t = x.end_token + 1; t < y.first_token; ++t)
      if (!IsArticle(c.tok(t))) return false;
    return true;
  }
  // The mentions of the states of `people` (their titles' nationalities) the article names up to this
  // sentence, one each; none unless each has one, all different.
  MentionList NamedStatesOf(const MentionList& people) const {
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
  // "les deux généraux rivaux, X et Y": the last two people named in apposition to a group of two, before
  // token `before` (in its sentence or the `back` before); the one named last first, as TwoNamedLast.
  MentionList EnumeratedPair(std::uint32_t before, std::uint32_t back) const {
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
  // "X s'est entretenu avec Y. [...] Les deux hommes ont évoqué": the two people (of `type`) of the last
  // conversation (`asserted`, or any) before token `before` (in its sentence or the `back` before), even with
  // others named since; of a sentence's conversations, the first, usually its main clause's ("X a rencontré
  // Y, après s'être entretenu avec Z").
  // (A counterpart named by the state, "son homologue russe", is a person all the same; of a sentence's
  // conversations, one that took place rather than one proposed: "a proposé d'accueillir une rencontre
  // entre X et Y, lors d'un entretien avec son homologue russe".)
  MentionList ConversationPair(std::uint32_t before, std::uint32_t back, bool asserted = true,
                               EntityType type = EntityType::kOfficial, bool speakers_side = false) const {
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
  // The state of the speaker of the statement token `t` is in, if any: its own id's, its institution's, or
  // the one the gazetteer gives the person.
  std::string_view SpeakersStateAt(std::uint32_t t) const {
    for (const RelationExtractor::Context::Statement& st : c.statements)
      if (st.first <= t && t < st.end) return StateOf(st.speaker);
    return {};
  }
  std::string_view StateOf(std::uint32_t mi) const {
    const Mention& m = c.m(mi);
    if (m.entity.starts_with("country:")) return std::string_view(m.entity).substr(8);
    if (!m.nationality.empty()) return m.nationality;
    if (m.entity.starts_with("institution:")) return schema.gazetteer().StateOf(m.entity);
    if (const GazetteerEntry* e = schema.gazetteer().FindByNodeId(m.entity))
      for (const std::string& country : e->Attribute("country")) return country;
    return {};
  }
  bool OfState(std::uint32_t mi, std::string_view state) const { return StateOf(mi) == state; }
  // Relation `rel` is told in the pluperfect in a "lorsque" / "quand" clause: "depuis mars 2023, lorsque X
  // avait parlé avec Z".
  bool Recalled(const Relation& rel) const {
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
  // "X a parlé avec Y et Z. [...] les deux dirigeants": the two a conversation's subject spoke with in one
  // coordination (of the same modality, in the same sentence), the one named last first; else none.
  MentionList CoordinatedObjects(const Relation& found) const {
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
  // The parties (of `type`) of the last sentence with an asserted conversation before token `before` (in
  // its sentence or the `back` before), one mention of each: "X a rencontré Y et Z. [...] Les trois hommes".
  MentionList ConversationParties(std::uint32_t before, std::uint32_t back, EntityType type) const {
    MentionList out;
    std::int64_t sentence = -1;
    for (std::size_t r = c.doc.relations.size(); r-- > 0;) {
      const Relation& rel = c.doc.relations[r];
      if (rel.sentence + back < c.sentence || (sentence >= 0 && rel.sentence != sentence)) break;
      if (rel.type != RelationType::kSpokeWith || rel.modality != Modality::kAsserted ||
          c.m(rel.source).type != type || c.m(rel.target).type != type ||
          c.m(rel.source).end_token > before || c.m(rel.target).end_token > before)
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
  // "X et Y se sont rencontrés. Ils ont convenu ...": a plural subject pronoun opening a clause stands for
  // the two people named last (else the two states), as "les deux hommes" does.
  MentionList PluralPronounSubject(std::uint32_t pos) const {
    const std::uint32_t t = VerbGroupStart(pos);
    if (t == c.s.first_token || (c.tok(t - 1).fold != "ils"sv && c.tok(t - 1).fold != "elles"sv) ||
        !OpensClause(t - 1))
      return {};
    MentionList people = TwoNamedLast(EntityType::kOfficial, t - 1);
    return people.empty() ? TwoNamedLast(EntityType::kCountry, t - 1) : people;
  }
  // The conversation noun at `noun` is what the verb before it takes part in, with "à" (words.tsv
  // join_verb): "participait également à la réunion", "a assisté aux discussions".
  bool JoinsConversation(std::uint32_t noun) const {
    std::uint32_t t = noun;
    if (t > c.s.first_token && (IsArticle(c.tok(t - 1)) || IsDemonstrative(c.tok(t - 1).fold))) --t;
    if (t == c.s.first_token || !IsTo(c.tok(t - 1))) return false;
    --t;
    while (t > c.s.first_token && c.tok(t - 1).lowered().adverb) --t;
    return t > c.s.first_token && schema.lexicon().LemmaIn("join_verb", c.tok(t - 1).lowered());
  }
  // The two entities of `type` named last before token `before` (in its sentence, else the ones before it),
  // when the last sentence naming any there names exactly two, or names one and the sentence before it one
  // other; else none.
  MentionList TwoNamedLast(EntityType type, std::uint32_t before) const {
    MentionList out;  // one mention of each, the last
    std::int64_t sentence = -1;
    std::size_t sentences = 0;
    std::size_t from = c.first_mention;  // this sentence's mentions before `before` come first
    for (std::uint32_t k : c.mentions) from += c.m(k).end_token <= before;
    for (std::size_t k = from; k-- > 0;) {
      const Mention& x = c.doc.mentions[k];
      if (x.sentence + 3 < c.sentence) break;
      // (Nor one who stood by: "en présence de Donald Trump".)
      if (x.type != type || x.entity.empty() || x.anonymous || GoBetween(static_cast<std::uint32_t>(k)))
        continue;
      // (Nor the speaker of the statement they are named in: "X a assuré qu'aucune conversation entre les
      // deux dirigeants n'était prévue".)
      if (x.sentence == c.sentence &&
          std::any_of(c.doc.tokens.begin() + x.end_token,
                      c.doc.tokens.begin() + std::max(before, x.end_token),
                      [](const Token& w) { return w.fold == "que"sv || w.fold == "qu'"sv; }))
        continue;
      // ("à Astana", "en Syrie": a place, not one of two parties; but "qui relie Moscou à Washington" names
      // the second end of a line.)
      std::uint32_t b = x.first_token;
      if (b > 0 && IsArticle(c.doc.tokens[b - 1])) --b;
      if (b > 0 && (IsTo(c.doc.tokens[b - 1]) || c.doc.tokens[b - 1].fold == "en"sv) &&
          !SecondEnd(static_cast<std::uint32_t>(k), b - 1))
        continue;
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
  // Mention `k`, after "à" at token `to`, is the second end of a line: "relie Moscou à Washington" (a
  // connect cue, the first end of the same type, "à").
  bool SecondEnd(std::uint32_t k, std::uint32_t to) const {
    if (k == 0 || !IsTo(c.doc.tokens[to])) return false;
    const Mention& first = c.doc.mentions[k - 1];
    if (first.end_token != to || first.type != c.doc.mentions[k].type || first.first_token == 0) return false;
    std::uint32_t t = first.first_token;
    if (t > 0 && IsArticle(c.doc.tokens[t - 1])) --t;
    const Cue* cue = CueEndingAt(c, t);
    return cue && cue->cls == "connect"sv;
  }
  // Mention `x` is in the list of what a complement with "sur" names ("sur les relations bilatérales,
  // l'Ukraine et Taïwan"): nouns, names, articles, commas and "et" back to the "sur".
  bool InTopicList(const Mention& x) const {
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
  [[gnu::noinline]] std::uint32_t NoteVerbGroupStart(std::uint32_t pos) const {
    if (pos < c.s.first_token || pos > c.s.end_token) return FindVerbGroupStart(pos);
    std::vector<std::uint32_t>& starts = c.verb_group_starts;
    if (starts.empty()) starts.assign(c.s.end_token - c.s.first_token + 1, kUnknownStart);
    std::uint32_t& start = starts[pos - c.s.first_token];
    if (start == kUnknownStart) start = FindVerbGroupStart(pos);
    return start;
  }
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
  std::uint32_t FindVerbGroupStart(std::uint32_t pos) const {
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
  // "X s'est entretenu avec Y et a annoncé", "X a reçu Y, puis a assuré", "X a assuré ..., mais a démenti":
  // the verb before the one at `pos` when this one is coordinated to it without a subject of its own (a
  // finite verb, or a participle after its auxiliary). A verb group opening with an auxiliary goes with the
  // nearest one opening with the same, over the verbs of a clause between ("a assuré que Kaboul souhaitait
  // une solution, mais a démenti").
  std::optional<std::uint32_t> CoordinatedVerb(std::uint32_t pos) const {
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
      if (w.kind == TokenKind::kPunct && w.fold != ","sv) break;
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
  // "X a affirmé que S, tout en démentant S2", "X a reçu Y, estimant que S": the verb a present participle
  // (a gerund, or after a comma) depends on, whose subject it has: the first verb of its clause, over the
  // "que" clauses between.
  std::optional<std::uint32_t> ParticipleGovernor(std::uint32_t pos) const {
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
      if (VerbHead(g)) governor = g;
    }
    return governor;
  }
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
  [[gnu::noinline]] std::optional<std::uint32_t> GovernorOfInfinitive(std::uint32_t group) const {
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
  // The verb whose "de" complement the infinitive at `pos` is ("ont convenu d'établir").
  std::optional<std::uint32_t> DeGovernor(std::uint32_t pos) const {
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
  // A verb group starts at token `t`: an auxiliary or a finite verb, after adverbs, negation or a reflexive
  // pronoun ("et sont convenus", "et n'a pas répondu").
  bool VerbGroupFollows(std::uint32_t t) const {
    while (t < c.s.end_token && c.tok(t).kind == TokenKind::kWord &&
           (Is(WordClass::kNegation, t) || c.tok(t).fold == "se"sv || c.tok(t).fold == "s'"sv ||
            (c.tok(t).lowered().adverb && !c.tok(t).lowered().verb)))
      ++t;
    if (t >= c.s.end_token || c.tok(t).kind != TokenKind::kWord || c.tok(t).capitalized) return false;
    const WordInfo& info = c.tok(t).lowered();
    return info.finite && (IsAuxiliary(info) || !info.noun);
  }
  // The parties after "entre" at token `entre` (-1: none): "entre X et Y", "entre les deux pays".
  MentionList Between(std::int64_t entre) const {
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
  // The comma opening a relative clause inserted right before the verb group at `pos` (", que le chancelier
  // avait prévenu, a estimé"), if any.
  std::optional<std::uint32_t> InsertedRelative(std::uint32_t pos) const {
    const std::uint32_t g = VerbGroupStart(pos);
    if (g <= c.s.first_token + 2 || c.tok(g - 1).fold != ","sv) return std::nullopt;
    for (std::uint32_t t = g - 1; t-- > c.s.first_token && t + 16 > g;) {
      if (c.tok(t).kind != TokenKind::kPunct) continue;
      // (After a preposition too: ", avec qui M. Macron s'était entretenu la veille, n'a pas commenté".)
      if (c.tok(t).fold == ","sv && t + 1 < g - 1 &&
          (Is(WordClass::kRelative, t + 1) ||
           (t + 2 < g - 1 && Is(WordClass::kPreposition, t + 1) && Is(WordClass::kRelative, t + 2))))
        return t;
      break;
    }
    // "M. Rubio, qui s'exprimait aux côtés du ministre saoudien, le prince X, s'est dit": a relative clause
    // with an apposition of its own, after a name.
    if (!(SentenceWords() & RelationExtractor::kRelativeWho)) return std::nullopt;
    for (std::uint32_t t = g - 1; t-- > c.s.first_token + 1 && t + 32 > g;) {
      const Token& w = c.tok(t);
      if (w.kind == TokenKind::kPunct && w.fold != ","sv) return std::nullopt;
      // (Not past the verb of the name's own clause: "X, qui a participé aux négociations, s'est rendu à
      // Doha, a rapporté Y" closed the relative clause before.)
      if (const Token& next = c.tok(t + 1);
          w.fold == ","sv && t + 1 < g - 1 &&
          (next.fold == "s'"sv || next.fold == "se"sv || (!next.capitalized && next.lowered().finite)))
        return std::nullopt;
      if (w.fold == ","sv && Is(WordClass::kRelative, t + 1) && c.tok(t + 1).fold == "qui"sv)
        for (std::uint32_t k : c.mentions)
          if (c.m(k).end_token == t && IsActor(c.m(k)) && !InPP(k)) return t;
    }
    return std::nullopt;
  }
  // "..., comme l'affirme New Delhi": the "comme" before the verb group at `pos` (its object pronoun between)
  // of a speaker named after the verb, if any.
  std::optional<std::uint32_t> AsSays(std::uint32_t pos) const {
    std::uint32_t g = VerbGroupStart(pos);
    if (g > c.s.first_token && (c.tok(g - 1).fold == "l'"sv || c.tok(g - 1).fold == "le"sv)) --g;
    if (g > c.s.first_token && c.tok(g - 1).fold == "comme"sv) return g - 1;
    return std::nullopt;
  }
  // The mention a subject "qui" before the verb at `pos` stands for, or -1.
  std::int64_t RelativeAntecedent(std::uint32_t pos) const {
    const std::uint32_t t = VerbGroupStart(pos);
    if (t <= c.s.first_token + 1 || c.tok(t - 1).fold != "qui"sv) return -1;
    std::uint32_t before = t - 1;
    if (c.tok(before - 1).fold == ","sv) --before;
    for (std::uint32_t k : c.mentions)
      if (c.m(k).end_token == before) {
        // ("un porte-parole du ministère de la Défense, qui a accusé": the person whose title it ends.)
        for (std::uint32_t o : c.mentions)
          if (const Mention& p = c.m(o); o != k && p.type == EntityType::kOfficial &&
                                         p.role_first <= c.m(k).first_token && p.role_end >= before)
            return o;
        return k;
      }
    return -1;
  }
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
  // rencontre", "il l'appelle"): one after a preposition, punctuation or a verb, or opening the sentence.
  bool DeterminedNoun(std::uint32_t t) const {
    std::uint32_t d = t;
    while (d > c.s.first_token && !c.tok(d - 1).capitalized && c.tok(d - 1).lowered().adjective &&
           !c.tok(d - 1).lowered().verb)
      --d;
    // (The verb "a" folds as "à" does: "Washington a prévenu Téhéran".)
    if (d == c.s.first_token || !Is(WordClass::kDeterminer, d - 1) || c.tok(d - 1).lower == "a"sv)
      return false;
    const std::string_view det = c.tok(d - 1).fold;
    if (det != "le"sv && det != "la"sv && det != "les"sv && det != "l'"sv && det != "leur"sv) return true;
    if (d - 1 == c.s.first_token) return true;
    const Token& before = c.tok(d - 2);
    const WordInfo& info = before.lowered();
    return before.kind == TokenKind::kPunct || Is(WordClass::kPreposition, d - 2) ||
           before.lower == "\xc3\xa0"sv || before.fold == "apres"sv || before.fold == "avant"sv ||
           (!before.capitalized && info.verb && !info.noun);
  }
  // The parties of a conversation noun followed by the genitive at `genitive` ("les entretiens de X avec
  // Y", "les appels de hauts responsables du Pentagone avec leurs homologues russes"): the actor the
  // genitive names, each actor "avec" names after it.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> GenitiveWith(std::uint32_t genitive) const {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (std::uint32_t k : c.mentions) {
      const Mention& x = c.m(k);
      if (x.first_token <= genitive || !IsActor(x) || InRole(k)) continue;
      bool with = false;
      for (std::uint32_t t = genitive; t < x.first_token; ++t)
        with |= c.tok(t).fold == "avec"sv || Boundary(t);
      if (with || x.first_token > genitive + 6) break;
      for (std::uint32_t other : ObjectsWith(x.end_token, 8)) out.push_back({k, other});
      break;
    }
    return out;
  }
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
  std::optional<std::uint32_t> GoBetweenNoun(std::uint32_t mi) const {
    const Mention& x = c.m(mi);
    // (Most sentences have no such noun.)
    if (x.sentence == c.sentence && !(SentenceWords() & RelationExtractor::kGoBetweenWord))
      return std::nullopt;
    for (std::uint32_t o = mi > 3 ? mi - 3 : 0; o < std::min<std::size_t>(c.doc.mentions.size(), mi + 4); ++o)
      if (const Mention& p = c.m(o); o != mi && p.sentence == x.sentence && p.role_end > p.role_first &&
                                     x.first_token >= p.role_first && x.end_token <= p.role_end)
        return GoBetweenNounBefore(o);
    return GoBetweenNounBefore(mi);
  }
  std::optional<std::uint32_t> GoBetweenNounBefore(std::uint32_t mi) const {
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
      return GoBetweenNounBefore(mi - 1);
    return std::nullopt;
  }
  // Whom a message went to, when its author comes first with "de", the first of `objects`, right after token
  // `from` that follows the message noun: Y of "un message de X à Y".
  std::optional<std::uint32_t> MessageAddressee(std::uint32_t from, const MentionList& objects) const {
    if (objects.empty() || from <= c.s.first_token || from >= c.s.end_token || !IsGenitive(from) ||
        !NamesAMessage(schema.lexicon(), c.tok(from - 1)) || PhraseStart(objects.front(), true) > from + 2)
      return std::nullopt;
    const std::uint32_t to = c.m(objects.front()).end_token;
    if (to + 1 >= c.s.end_token || !IsTo(c.tok(to))) return std::nullopt;
    for (std::uint32_t k : c.mentions)
      if (const std::uint32_t t = PhraseStart(k, true); IsActor(c.m(k)) && t > to && t <= to + 2) return k;
    return std::nullopt;
  }
  // Actor mentions after token `pos` in the clause: the first one and those coordinated to it.
  MentionList Objects(std::uint32_t pos, std::uint32_t limit = 14) const {
    MentionList out;
    std::int64_t go_between_end = -1;  // where the last go-between's complement ended, if the last one was
    for (std::uint32_t k : c.mentions) {
      const Mention& x = c.m(k);
      if (x.first_token < pos || !IsActor(x) || InRole(k)) continue;
      // (A title before the name counts: "par le secrétaire à la Défense, Lloyd Austin".)
      if (Start(k) >= pos + limit && out.empty()) break;
      // A complement of another noun ("le commandant de l'OTAN") or a place ("à Paris", "en Europe") is not
      // the object itself.
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
        // (After another noun a rank is an adjective: "le quartier général de l'armée".)
        bool genitive = b - 1 > pos &&
                        (before == "de"sv || before == "du"sv || before == "des"sv || before == "d'"sv) &&
                        c.tok(b - 2).kind == TokenKind::kWord && !c.tok(b - 2).capitalized &&
                        c.tok(b - 2).fold != "et"sv && !c.tok(b - 2).facts.titles->empty() &&
                        !(b - 2 > pos && c.tok(b - 3).lowered().noun && c.tok(b - 3).facts.titles->empty() &&
                          !schema.lexicon().Is(WordClass::kDeterminer, c.tok(b - 3)));
        // ("a convoqué les ambassadeurs de Russie": a plural title no one holds here, its people stand for
        // the complement.)
        if (const std::string_view title = c.tok(b - 2).fold;
            genitive && (title.ends_with('s') || title.ends_with('x'))) {
          bool held = false;
          for (std::uint32_t o : c.mentions) held |= c.m(o).role_first <= b - 2 && b - 2 < c.m(o).role_end;
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
        if (genitive || occasion || (locative && out.empty())) continue;
      }
      // ("sous l'égide de la Turquie et du Qatar": those coordinated to a go-between stand between too.)
      if (GoBetween(k) ||
          (go_between_end >= 0 && CoordinationBetween(static_cast<std::uint32_t>(go_between_end), Start(k)) !=
                                      Coordination::kNone)) {
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
      bool timed = false, occasion = false, topic = false;
      // (Past a boundary, the candidate is none: no need to read further.)
      for (std::uint32_t t = from, start = Start(k); t < start && !crossed; ++t) {
        const std::string_view f = c.tok(t).fold;
        crossed |= Boundary(t) || f == "."sv || f == "selon"sv || f == "via"sv || Incise(t);
        timed = (timed && f != "avec"sv) || f == "apres"sv || f == "avant"sv || f == "depuis"sv ||
                f == "pendant"sv || f == "durant"sv;
        occasion = (occasion && f != ","sv) || (Is(WordClass::kOccasion, t) && !timed);
        topic = (topic && f != "avec"sv && f != ","sv) || f == "sur"sv || f == "concernant"sv;
      }
      if (crossed || timed) break;
      if (occasion || topic) continue;
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
  enum class Coordination { kNone, kComma, kAnd };
  // How the phrase ending at token `from` and the one starting at `to` are joined: by "et" ("ainsi que",
  // "puis"), by a comma alone, or not as a coordination.
  Coordination CoordinationBetween(std::uint32_t from, std::uint32_t to) const {
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
      // ("avec la direction du Hamas, installée dans l'émirat, et avec Y": a participle's phrase between
      // commas.)
      if (f == ","sv && t == from && t + 1 < to && c.tok(t + 1).lowered().participle &&
          !c.tok(t + 1).lowered().finite) {
        std::uint32_t close = t + 2;
        while (close < to && close < t + 10 && c.tok(close).fold != ","sv && !Boundary(close)) ++close;
        if (close < to && c.tok(close).fold == ","sv) {
          comma = true;
          t = close;
          continue;
        }
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
  // The list of actors that mention `k` (ending at `end`) is in goes on to an "et": "Y, Z et W".
  bool ListGoesOn(std::uint32_t end, std::uint32_t k) const {
    for (auto it = std::find(c.mentions.begin(), c.mentions.end(), k); it != c.mentions.end(); ++it) {
      if (*it == k || InRole(*it)) continue;
      if (!IsActor(c.m(*it))) return false;
      const Coordination joined = CoordinationBetween(end, Start(*it));
      if (joined != Coordination::kComma) return joined == Coordination::kAnd;
      end = c.m(*it).end_token;
    }
    return false;
  }

  // Tokens [t, end) are the head of a part of what follows: nouns and adjectives (and their complements),
  // no title, then "de" and its article ("quartier général de l'", "commandement du théâtre occidental de
  // l'").
  bool PartOf(std::uint32_t t, std::uint32_t end) const {
    std::uint32_t e = end;
    while (e > t && IsArticle(c.tok(e - 1))) --e;
    if (e <= t + 1 || !IsGenitive(e - 1) || !c.tok(t).facts.titles->empty()) return false;
    for (std::uint32_t x = t; x + 1 < e; ++x) {
      const Token& w = c.tok(x);
      const WordInfo& info = w.lowered();
      if (x > t && (IsGenitive(x) || IsArticle(w)))
        continue;  // "le commandement du théâtre occidental de l'"
      // (A capitalised common word after the noun is part of its name: "le théâtre Sud de l'".)
      const bool named = w.capitalized && (x == t || !info.common_word);
      if (w.kind != TokenKind::kWord || named || !(info.noun || info.adjective) || info.finite ||
          (x == t && !info.noun))
        return false;
    }
    return true;
  }

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
  bool Denies(std::uint32_t first, std::uint32_t end) const {
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
  [[gnu::noinline]] bool FindNegation(std::uint32_t first, std::uint32_t end, bool claim) const {
    bool ne = false, other = false, ni = false;
    for (std::uint32_t t = first; t < end && t < c.s.end_token; ++t) {
      // A decline is no denial: "X n'a pas souhaité commenter, selon Y" (its negation is part of the cue).
      if (const Cue* cue = CueAt(c, t); cue && cue->cls == "decline"sv) {
        t = cue->end_token - 1;
        continue;
      }
      const std::string_view f = c.tok(t).fold;
      // "ne pouvait faire comme si de rien n'était": what follows "comme si" is a comparison, not the claim;
      // "a déclaré avoir refusé l'appel parce que X n'avait pas créé ...": what follows "parce que" its
      // cause.
      if (f == "comme"sv && t + 1 < c.s.end_token &&
          (c.tok(t + 1).fold == "si"sv || c.tok(t + 1).fold == "s'"sv))
        break;
      if (claim && t > first && (f == "parce"sv || f == "puisque"sv || f == "puisqu'"sv || f == "car"sv))
        break;
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
  // The sentence has a word without which Negated finds no negation in it: "ne", "aucun" or a verb of
  // cessation (the rules ask of most facts and statements).
  bool MayNegate() const { return (SentenceWords() & RelationExtractor::kNegationWord) != 0; }
  bool Hypothetical(std::uint32_t first, std::uint32_t end) const {
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
};

}  // namespace

// ---- the rules
// ---------------------------------------------------------------------------------------------

namespace {

// The relation added, or null when it adds none (no entity at one end, both the same, or a fact of the
// sentence already): the rules that give a fact the sentence's attributes (FactAttributes) work them out
// only for a relation made.
Relation* Add(RelationExtractor::Context& c, RelationType type, std::uint32_t source, std::uint32_t target,
              std::string_view rule, Modality modality = Modality::kAsserted,
              std::map<std::string, std::string> attributes = {}) {
  const Mention& a = c.m(source);
  const Mention& b = c.m(target);
  if (a.entity.empty() || b.entity.empty() || a.entity == b.entity) return nullptr;
  std::string_view sa = a.entity, sb = b.entity;
  if (IsSymmetric(type) && sb < sa) std::swap(sa, sb);
  const std::tuple<RelationType, std::string_view, std::string_view> fact{type, sa, sb};
  if (std::find(c.seen.begin(), c.seen.end(), fact) != c.seen.end()) return nullptr;
  c.seen.push_back(fact);
  Relation& r = c.doc.relations.emplace_back();  // (filled in place: no Relation moved)
  r.type = type;
  r.source = source;
  r.target = target;
  r.sentence = c.sentence;
  r.modality = modality;
  r.rule = rule;
  r.attributes = std::move(attributes);
  return &r;
}

// Negation or hypothesis in tokens [first, end). The journalistic conditional ("aurait parlé") still reports
// the fact; a modal in the conditional ("pourrait", "aurait pu") or "si" makes it a hypothesis.
Modality ModalityOf(const Helpers& h, std::uint32_t first, std::uint32_t end) {
  // (A subject named in a sentence before, "X ne l'a pas reçu. Ils ont discuté avec Y", brings no negation.)
  first = std::max(first, h.c.s.first_token);
  // The second word of a negation follows a simple verb, after an adverb at most: "ne se parlent presque
  // plus", "ne se sont jamais parlé" has it inside.
  std::uint32_t after = end;
  while (after < h.c.s.end_token && after < end + 3 &&
         (h.Is(WordClass::kNegation, after) ||
          (h.c.tok(after).kind == TokenKind::kWord && h.c.tok(after).lowered().adverb &&
           !h.c.tok(after).lowered().verb)))
    ++after;
  if (h.Negated(first, after)) return Modality::kNegated;
  if (h.Hypothetical(first, end)) return Modality::kHypothetical;
  // "si" opening the fact's clause, before its subject: a condition or an indirect question ("a refusé de
  // dire si X avait parlé avec Y"); "même si" concedes the fact, "comme si" compares.
  // (Opening the sentence too, before the subject's article: "Si la ligne était utilisée, ...".)
  if (first > h.c.s.first_token && IsArticle(h.c.tok(first - 1))) --first;
  if (first > h.c.s.first_token && (h.c.tok(first - 1).fold == "si"sv || h.c.tok(first - 1).fold == "s'"sv) &&
      (first - 1 == h.c.s.first_token ||
       (h.c.tok(first - 2).fold != "meme"sv && h.c.tok(first - 2).fold != "comme"sv)))
    return Modality::kHypothetical;
  return Modality::kAsserted;
}

}  // namespace

void RelationExtractor::Report(Context& c, const Cue& cue) const {
  Helpers h{schema_, c};
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
    Gender clitic_gender = Gender::kUnknown;
    while (t > s.first_token) {
      const Token& p = c.tok(t - 1);
      const WordInfo& info = p.lowered();
      if (schema_.lexicon().Is(WordClass::kClitic, p)) {
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
      for (std::uint32_t k : c.mentions) name |= c.m(k).end_token + 1 == t && IsActor(c.m(k));
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
      for (std::uint32_t k = s.first_token; name && k + 1 < t && !clause; ++k) {
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
    // (Only in a sentence with the relative "qui": most incises are in one without, Helpers::SentenceWords.)
    if (const std::optional<std::uint32_t> open =
            incise && (h.SentenceWords() & kRelativeWho) ? h.InsertedRelative(cue.first_token) : std::nullopt;
        open && c.tok(*open + 1).fold == "qui"sv)
      for (std::uint32_t k : c.mentions)
        if (const std::uint32_t start = h.PhraseStart(k, /*titled=*/true);
            c.m(k).end_token == *open && IsActor(c.m(k)) && start == s.first_token)
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
    if (passive && !(cue.end_token < s.end_token && c.tok(cue.end_token).fold == "par"sv)) return;
    // "..., tandis que l'Inde a affirmé S, une affirmation démentie par Islamabad": the agent after "par"
    // speaks of the clause before the participle.
    if (c.tok(cue.first_token).lowered().participle && cue.end_token < s.end_token &&
        c.tok(cue.end_token).fold == "par"sv) {
      if (const auto agents = h.Objects(cue.end_token + 1, 4); !agents.empty()) {
        speaker = agents.front();
        end = cue.first_token;
        for (std::uint32_t k = cue.first_token; k-- > s.first_token;) {
          const std::string_view f = c.tok(k).fold;
          if (f == "tandis"sv || f == "mais"sv || f == ";"sv) {
            first = k + 1;
            break;
          }
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
      if (clitic && first < end && !CueFinder::IsQuote(c.doc.TokenText(first)))
        for (std::uint32_t k : c.mentions)
          if (const Mention& p = c.m(k); h.Start(k) == first && p.type == EntityType::kOfficial &&
                                         !p.entity.empty() && !p.anonymous &&
                                         !Disagree(c.GenderOf(schema_.lexicon(), k), clitic_gender))
            speaker = k;
      if (clitic && speaker < 0) {
        // The pronoun is the last person named before what was said (a person named in it is not the one
        // saying it: "« Nous parlons avec Mme X », a-t-il dit"), not one after a preposition when another is
        // there ("X a nié tout contact avec Y. « ... », a-t-il dit": X), nor a woman for "-t-il" (a man for
        // "-t-elle"). Mentions are in text order.
        for (std::size_t k = c.first_mention + c.mentions.size(); k-- > 0;) {
          const Mention& p = c.doc.mentions[k];
          if (p.type != EntityType::kOfficial || p.entity.empty() || p.first_token >= first ||
              Disagree(c.GenderOf(schema_.lexicon(), static_cast<std::uint32_t>(k)), clitic_gender))
            continue;
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
            speaker = static_cast<std::int64_t>(k);
            break;
          }
          if (p.sentence + 1 < c.sentence) break;  // no further back than the sentence before
        }
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
          if (h.InPP(k)) {
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
        if (f == ";"sv || f == "tandis"sv || (f == "mais"sv && !more_said()) ||
            (f == "et"sv && !subordinate && h.VerbGroupFollows(t + 1))) {
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
          const auto others = h.Subjects(next.first_token);
          // ("X a expliqué que M. Biden avait insisté": a speaker inside what was said is part of it.)
          bool inside = false;
          for (std::uint32_t q = first; !others.empty() && q < h.Start(others.back()) && !inside; ++q)
            inside = c.tok(q).fold == "que"sv || c.tok(q).fold == "qu'"sv;
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
}

void RelationExtractor::ReportFrom(Context& c, const Cue& cue, std::uint32_t sp, std::uint32_t first,
                                   std::uint32_t end, std::uint32_t claim) const {
  Helpers h{schema_, c};
  // "L'Elysée n'a pas communiqué sur l'appel entre X et Y": a speaker who does not speak declines to.
  // (A noun after its verb and "de" is further: "n'a pas publié de communiqué".)
  const bool noun_cue = cue.first_token > c.s.first_token &&
                        (IsArticle(c.tok(cue.first_token - 1)) || c.tok(cue.first_token - 1).fold == "de"sv ||
                         c.tok(cue.first_token - 1).fold == "d'"sv);
  const std::uint32_t reach = noun_cue ? 6 : 4;
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
      if (!state && !(t > c.s.first_token &&
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
      // stood by.)
      if (const std::uint32_t p = h.PhraseStart(k, /*titled=*/true);
          (p > a && c.tok(p - 1).fold == "depuis"sv) ||
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
        }
      }
    }
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
    if ((actor < 0 ? any >= 0 : after_comma(actor)) && line < 0 && opens + 2 <= b) {
      const std::string_view next = opens + 2 < b ? c.tok(opens + 2).fold : ""sv;
      if (next != "entre"sv && next != "avec"sv)
        opening_conversation = ConversationNamedBefore(c, a, opens + 2, c.m(sp).entity);
    }
    if (opening_conversation)
      targets.push_back(*opening_conversation);
    else if (actor >= 0)
      targets.push_back(static_cast<std::uint32_t>(actor));
    // (Neither finds a pair in a sentence without "deux" or "trois", Helpers::HasTwo: most have none.)
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
    for (std::uint32_t t : targets) {
      if (silent)
        Add(c, RelationType::kDeclinedComment, sp, t, "silent");
      else
        Add(c, denial ? RelationType::kDenied : RelationType::kReported, sp, t, denial ? "denial" : "report");
    }
  }
}

// A conversation named before (a demonstrative before a contact noun in tokens [first, end): "sur cet
// échange", "sur ces appels"): its first party that is not `speaker` (an entity id), from the last asserted
// spoke_with of an earlier sentence.
std::optional<std::uint32_t> RelationExtractor::ConversationNamedBefore(const Context& c, std::uint32_t first,
                                                                        std::uint32_t end,
                                                                        std::string_view speaker) const {
  // (What opens the statement, after its "que".)
  const std::uint32_t opening =
      first < end && (c.tok(first).fold == "que"sv || c.tok(first).fold == "qu'"sv) ? first + 1 : first;
  // (Where the sentence has no "appel" or "visite", only a word where a contact cue starts can name a
  // conversation: the look jumps from one to the next instead of reading each word of the statement.)
  const bool by_cues = first >= c.s.first_token && end <= c.s.end_token && c.sentence_words &&
                       !(*c.sentence_words & kCallOrVisit);
  auto next_cue = c.doc.cues.cbegin() + c.first_cue;
  const auto end_cue = c.doc.cues.cbegin() + c.end_cue;
  for (std::uint32_t t = first; t + 1 < end; ++t) {
    if (by_cues) {
      while (next_cue != end_cue && (next_cue->first_token <= t || next_cue->cls != "contact"sv)) ++next_cue;
      if (next_cue == end_cue || next_cue->first_token >= end) break;
      t = next_cue->first_token - 1;
    }
    const std::string_view f = c.tok(t).fold;
    if (!NamesConversation(c, t + 1)) continue;
    const Cue* named = CueAt(c, t + 1);
    // "Le Kremlin a confirmé l'appel.": with a definite article, the noun alone right after the verb, and
    // a conversation in the three sentences before.
    const std::uint32_t noun_end = named ? named->end_token : t + 2;
    // "... ne s'est pas exprimé sur le contenu de l'appel.": or in the complement of "sur", or of a
    // statement noun ("a publié un compte rendu de l'entretien").
    const auto statement_noun_before = [&](std::uint32_t b) {
      const Cue* q = CueEndingAt(c, b);
      return q && q->cls == "report"sv && c.tok(q->first_token).lowered().noun;
    };
    // "n'a pas confirmé la teneur de la conversation", "n'a pas commenté cette partie de l'entretien": or of
    // the noun the verb's object opens on.
    bool on = false;
    for (std::uint32_t b = t; b-- > first && b + 5 > t && !on;) {
      const Token& w = c.tok(b);
      const bool genitive = w.fold == "de"sv || w.fold == "du"sv || w.fold == "d'"sv;
      on = w.fold == "sur"sv || (genitive && statement_noun_before(b)) ||
           (genitive && b >= opening + 2 && b - 2 == opening &&
            (IsArticle(c.tok(opening)) || IsDemonstrative(c.tok(opening).fold)) &&
            c.tok(b - 1).lowered().noun);
      if (!on && !(IsArticle(w) || genitive || w.lowered().noun)) break;
    }
    // ("a rapporté que l'échange avait duré", "aucun appel n'a eu lieu", "la rencontre a duré": the subject
    // of a verb, an auxiliary too, which the dictionary also knows as a noun, "a".)
    const auto verb_at = [&](std::uint32_t v) {
      if (v >= c.s.end_token) return false;
      const WordInfo& info = c.tok(v).lowered();
      return c.tok(v).fold == "n'"sv || c.tok(v).fold == "ne"sv ||
             (info.finite && (!info.noun || IsAuxiliary(info)));
    };
    // ("a confirmé l'appel sans donner de détails", "... dans un communiqué", "... par la voix de son
    // porte-parole", "... mais": no complement of
    // the noun; a qualified one, "le dialogue militaire restait indispensable", may be any.)
    // ("a qualifié les discussions de « constructives »", "a décrit la rencontre comme franche": what the
    // verb says of the noun, words.tsv qualify_verb.)
    const bool qualified = noun_end < c.s.end_token && first > c.s.first_token &&
                           (c.tok(noun_end).fold == "de"sv || c.tok(noun_end).fold == "d'"sv ||
                            c.tok(noun_end).fold == "comme"sv) &&
                           schema_.lexicon().LemmaIn("qualify_verb", c.tok(first - 1).lowered());
    const bool alone = noun_end == c.s.end_token || c.tok(noun_end).kind == TokenKind::kPunct ||
                       c.tok(noun_end).fold == "sans"sv || c.tok(noun_end).fold == "dans"sv ||
                       c.tok(noun_end).fold == "par"sv || c.tok(noun_end).fold == "mais"sv ||
                       verb_at(noun_end) || qualified;
    // ("n'a pas souhaité commenter le contenu des discussions", "sans donner de détails sur la teneur des
    // échanges": "des" is "de les".)
    const bool contracted = (f == "des"sv || f == "du"sv) && t > first &&
                            ((t == opening + 2 && IsArticle(c.tok(opening))) || on) &&
                            c.tok(t - 1).lowered().noun;
    const bool definite =
        (((t == opening || on) && IsArticle(c.tok(t))) || contracted) && c.tok(t + 1).lowered().noun && alone;
    // "a démenti toute rencontre directe": any such conversation, the one named before.
    std::uint32_t after = noun_end;
    while (after < c.s.end_token && c.tok(after).kind == TokenKind::kWord && !c.tok(after).capitalized &&
           c.tok(after).lowered().adjective)
      ++after;
    // ("aucun contact de ce type")
    if (after + 2 < c.s.end_token && c.tok(after).fold == "de"sv && IsDemonstrative(c.tok(after + 1).fold) &&
        (c.tok(after + 2).fold == "type"sv || c.tok(after + 2).fold == "genre"sv ||
         c.tok(after + 2).fold == "sorte"sv))
      after += 3;
    // ("Il n'y a pas eu de rencontre": none, after a negation.)
    const auto negated_de = [&] {
      if (f != "de"sv && f != "d'"sv) return false;
      bool ne = false, other = false;
      for (std::uint32_t n = opening; n < t; ++n) {
        ne |= c.tok(n).fold == "ne"sv || c.tok(n).fold == "n'"sv;
        other |= ne && schema_.lexicon().Is(WordClass::kNegation, c.tok(n));
      }
      return other;
    };
    // ("qu'aucune nouvelle rencontre n'était prévue": over a word of words.tsv renewal.)
    const std::string_view det =
        t > opening && schema_.lexicon().LemmaIn("renewal", c.tok(t).lowered()) ? c.tok(t - 1).fold : f;
    const bool any =
        (det == "tout"sv || det == "toute"sv || det == "aucun"sv || det == "aucune"sv || negated_de()) &&
        (after == c.s.end_token || c.tok(after).kind == TokenKind::kPunct || verb_at(after));
    // "Interrogé sur la possibilité d'une nouvelle rencontre,": another conversation of the same parties
    // (words.tsv renewal), with nothing after it.
    const bool again = (noun_end == c.s.end_token || c.tok(noun_end).kind == TokenKind::kPunct) &&
                       schema_.lexicon().LemmaIn("renewal", c.tok(t).lowered());
    // "Le ministère a fait état d'échanges « francs et constructifs »": right after the verb, a conversation
    // with nothing but what it was like is the one named before.
    const bool described = [&] {
      if (t != opening || !(f == "de"sv || f == "d'"sv || f == "un"sv || f == "une"sv || f == "des"sv))
        return false;
      bool adjective = false;
      std::uint32_t k = noun_end;
      for (; k < c.s.end_token; ++k) {
        const Token& w = c.tok(k);
        if (w.kind == TokenKind::kWord && !w.capitalized && w.lowered().adjective && !w.lowered().verb)
          adjective = true;
        else if (!(w.fold == "et"sv || CueFinder::IsQuote(c.doc.TokenText(k))))
          break;
      }
      return adjective && (k == c.s.end_token || c.tok(k).kind == TokenKind::kPunct);
    }();
    // "Le Kremlin a démenti que des négociations aient eu lieu": an indefinite one opening what is said, as
    // the subject of a verb saying it took place (words.tsv occurrence: "avoir lieu", "se tenir"), not of
    // any ("que des négociations restaient la seule voie").
    const auto took_place = [&] {
      for (std::uint32_t v = after; v < std::min(after + 4, c.s.end_token); ++v)
        if (c.tok(v).kind == TokenKind::kWord && schema_.lexicon().LemmaIn("occurrence", c.tok(v).lowered()))
          return true;
      return false;
    };
    const bool indefinite_subject =
        t == opening && opening > first && (f == "des"sv || f == "un"sv || f == "une"sv) &&
        (verb_at(after) ||
         (after < c.s.end_token && (c.tok(after).fold == "se"sv || c.tok(after).fold == "s'"sv))) &&
        took_place();
    if (!IsDemonstrative(f) && !definite && !any && !again && !described && !indefinite_subject) continue;
    // The conversation named last before this sentence with a complement of its own: one whose parties are
    // not named ("Moscou avait reporté les pourparlers du Caire. Le ministère a confirmé que les pourparlers
    // ...") is none of an earlier one's.
    std::uint32_t named_last = 0;
    for (auto q = FirstCueFrom(c, c.s.first_token); q != c.doc.cues.begin();) {
      --q;
      const std::string_view next =
          q->end_token < c.doc.tokens.size() ? c.doc.tokens[q->end_token].fold : ""sv;
      if (q->cls == "contact"sv && c.tok(q->first_token).lowered().noun &&
          (next == "de"sv || next == "du"sv || next == "des"sv || next == "d'"sv || next == "entre"sv ||
           next == "avec"sv)) {
        named_last = c.tok(q->first_token).sentence;
        break;
      }
    }
    bool parties_named = false;  // a spoke_with in that sentence, asserted or not
    for (std::size_t r = c.doc.relations.size(); r-- > 0;) {
      const Relation& rel = c.doc.relations[r];
      parties_named |= rel.sentence == named_last && rel.type == RelationType::kSpokeWith;
      if (((definite || any || described || indefinite_subject) &&
           rel.sentence + kNamedAgainReach < c.sentence) ||
          (rel.sentence < named_last && !parties_named))
        break;
      // ("Les États-Unis ont lancé un appel sur la ligne. Cet appel ...": a call over a line too; "« Aucune
      // réunion n'est prévue »" after one announced, a planned one.)
      if (rel.sentence >= c.sentence ||
          (rel.type != RelationType::kSpokeWith && rel.type != RelationType::kUsed) ||
          (rel.modality != Modality::kAsserted && !(any && rel.modality == Modality::kHypothetical)))
        continue;
      // (Over a line, the one who called is the party: the line is none.)
      if (rel.type == RelationType::kUsed) {
        if (SpeaksFor(c, schema_, rel.source, speaker)) continue;
        return rel.source;
      }
      // (Nor a go-between's shuttling: "X faisait la navette entre les deux délégations. [...] ces
      // échanges" are those of the delegations.)
      if (ByGoBetween(rel)) continue;
      // ("ces pourparlers" are not the letter sent since: only a noun for a message names one.)
      if (const auto channel = rel.attributes.find("channel");
          channel != rel.attributes.end() && channel->second == "message"sv &&
          !NamesAMessage(schema_.lexicon(), c.tok(t + 1)))
        continue;
      for (std::uint32_t party : {rel.source, rel.target})
        if (!SpeaksFor(c, schema_, party, speaker)) return party;
      return std::nullopt;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> RelationExtractor::PartyOfContactVerb(const Context& c, std::uint32_t first,
                                                                   std::uint32_t end,
                                                                   std::string_view speaker) const {
  bool verb = false;
  for (auto q = FirstCueFrom(c, first); q != c.doc.cues.end() && q->first_token < end && !verb; ++q)
    if (const WordInfo& info = c.tok(q->first_token).lowered();
        q->cls == "contact"sv && info.verb && !q->conditional)
      // ("avoir reçu": a participle after its auxiliary, which the dictionary also knows as a noun.)
      verb = !info.noun || (q->first_token > first && IsAuxiliary(c.tok(q->first_token - 1).lowered()));
  if (!verb) return std::nullopt;
  // (The last conversation of the three sentences before, one of whose parties the speaker is not.)
  for (std::size_t r = c.doc.relations.size(); r-- > 0;) {
    const Relation& rel = c.doc.relations[r];
    if (rel.sentence + 3 < c.sentence) break;
    if (rel.sentence >= c.sentence || rel.type != RelationType::kSpokeWith ||
        rel.modality != Modality::kAsserted || ByGoBetween(rel))
      continue;
    for (std::uint32_t party : {rel.source, rel.target})
      if (!SpeaksFor(c, schema_, party, speaker)) return party;
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> RelationExtractor::StatementNamedBefore(Context& c, std::uint32_t first,
                                                                     std::uint32_t end,
                                                                     std::string_view speaker,
                                                                     std::uint32_t back) const {
  // (Most statements have no statement noun: a look at the sentence's classes first.)
  if (Helpers{schema_, c}.NoneIn(statement_noun_bit_, first, end)) return std::nullopt;
  for (std::uint32_t t = first; t + 1 < end; ++t) {
    const std::string_view f = c.tok(t).fold;
    // ("de telles exigences", "une telle déclaration": such a statement is the one before.)
    const bool such = f == "tel"sv || f == "telle"sv || f == "tels"sv || f == "telles"sv;
    if ((!IsDemonstrative(f) && !such && f != "des"sv) ||
        !schema_.lexicon().Is(WordClass::kStatementNoun, c.tok(t + 1)))
      continue;
    // (A claim may come with "des": "ont dénoncé des allégations « manifestement fausses »".)
    const bool claim = schema_.lexicon().Is("claim_noun", c.tok(t + 1).fold);
    if (!IsDemonstrative(f) && !such && !claim) continue;
    // (A claim is looked for as far back as a silence: statements that claimed nothing may come between.)
    return LastSpeaker(c, speaker, false, claim ? std::max(back, kSilenceReach) : back, claim);
  }
  return std::nullopt;
}

bool RelationExtractor::CalledFalse(Context& c, std::uint32_t first, std::uint32_t end) const {
  if (Helpers{schema_, c}.NoneIn(statement_noun_bit_, first, end)) return false;
  for (std::uint32_t t = first; t < end; ++t) {
    // (Claim nouns are statement nouns, a WordClass bit: the by-name look-up only for those.)
    if (!schema_.lexicon().Is(WordClass::kStatementNoun, c.tok(t)) ||
        !schema_.lexicon().Is("claim_noun", c.tok(t).fold))
      continue;
    for (std::uint32_t a = t + 1; a < std::min(end, t + 5); ++a) {
      const Token& w = c.tok(a);
      if (schema_.lexicon().LemmaIn("falsehood", w.lowered())) return true;
      if (!CueFinder::IsQuote(c.doc.TokenText(a)) && !(w.kind == TokenKind::kWord && w.lowered().adverb))
        break;
    }
  }
  return false;
}

bool RelationExtractor::CalledItFalse(const Context& c, std::uint32_t first, std::uint32_t end) const {
  const auto skip_quotes = [&](std::uint32_t t) {
    while (t < end && CueFinder::IsQuote(c.doc.TokenText(t))) ++t;
    return t;
  };
  std::uint32_t t = skip_quotes(first);
  if (t + 2 >= end) return false;
  const std::string_view pronoun = c.tok(t).fold;
  if (pronoun != "c'"sv && pronoun != "ce"sv && pronoun != "cela"sv && pronoun != "ca"sv) return false;
  if (!HasLemma(c.tok(++t).lowered(), "etre")) return false;
  const Lexicon& lexicon = schema_.lexicon();
  const auto falsehood = [&](std::uint32_t x) { return lexicon.LemmaIn("falsehood", c.tok(x).lowered()); };
  // ("C'est absolument faux", "Ce sont des fantasmes", "C'est un mensonge": adverbs and a determiner before
  // it.)
  for (++t; t < end && !falsehood(t) &&
            (c.tok(t).lowered().adverb || lexicon.Is(WordClass::kDeterminer, c.tok(t)));)
    ++t;
  if (t >= end || !falsehood(t)) return false;
  // (Nothing else said: the quote ends there.)
  t = skip_quotes(t + 1);
  return t >= end || c.tok(t).kind == TokenKind::kPunct;
}

std::optional<std::uint32_t> RelationExtractor::NationalStatement(const Context& c, std::uint32_t first,
                                                                  std::uint32_t end) const {
  for (std::uint32_t t = first; t + 1 < end && t < first + 3; ++t) {
    if (!schema_.lexicon().Is(WordClass::kStatementNoun, c.tok(t)) && !ReportNoun(c.tok(t))) continue;
    const GazetteerEntry* state = c.tok(t + 1).facts.nationality;
    if (!state || c.tok(t + 1).capitalized) return std::nullopt;
    return NamedState(c, *state);
  }
  return std::nullopt;
}

std::optional<std::uint32_t> RelationExtractor::StateOfTheObject(const Context& c, std::uint32_t first,
                                                                 std::uint32_t end) const {
  for (std::uint32_t t = first; t + 1 < end; ++t) {
    const Token& noun = c.tok(t);
    const GazetteerEntry* state = c.tok(t + 1).facts.nationality;
    if (!state || c.tok(t + 1).capitalized || noun.kind != TokenKind::kWord || noun.capitalized ||
        !noun.lowered().noun)
      continue;
    if (const std::optional<std::uint32_t> named = NamedState(c, *state)) return named;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> RelationExtractor::LastSpeaker(const Context& c, std::string_view speaker,
                                                            bool this_sentence, std::uint32_t back,
                                                            bool claims_only) const {
  // (A report of a denial: "X a rejeté toute escalade, a indiqué Y".)
  const auto reports_a_denial = [&](const Relation& said) {
    return std::any_of(c.doc.relations.begin(), c.doc.relations.end(), [&](const Relation& other) {
      return other.sentence == said.sentence && other.type == RelationType::kDenied &&
             c.m(other.source).entity == c.m(said.target).entity;
    });
  };
  // (A sentence whose statements all confirm, words.tsv confirmation: "Paris a confirmé l'appel".)
  const auto confirms = [&](const Relation& said) {
    bool any = false, all = true;
    const Sentence& s = c.doc.sentences[said.sentence];
    for (auto q = FirstCueFrom(c, s.first_token); q != c.doc.cues.end() && q->first_token < s.end_token; ++q)
      if (q->cls == "report"sv) {
        any = true;
        all = all && schema_.lexicon().LemmaIn("confirmation", c.doc.tokens[q->first_token].lowered());
      }
    return any && all;
  };
  // The last relation said ...
  const Relation* said = nullptr;
  for (std::size_t r = c.doc.relations.size(); r-- > 0 && !said;) {
    const Relation& rel = c.doc.relations[r];
    if (rel.sentence + back < c.sentence) break;
    if ((rel.sentence >= c.sentence && !this_sentence) ||
        (rel.type != RelationType::kReported && rel.type != RelationType::kDenied) ||
        (claims_only && (rel.type == RelationType::kDenied || reports_a_denial(rel) || confirms(rel))))
      continue;
    said = &rel;
  }
  // ... or, when later, the last statement of a sentence before that gave no relation.
  const auto gave_relation = [&](const Context::EarlierStatement& st) {
    return std::any_of(c.doc.relations.begin(), c.doc.relations.end(), [&](const Relation& rel) {
      return rel.sentence == st.sentence &&
             (rel.type == RelationType::kReported || rel.type == RelationType::kDenied) &&
             c.m(rel.source).entity == c.m(st.speaker).entity;
    });
  };
  std::optional<std::uint32_t> source;
  if (said) source = said->source;
  for (auto st = c.earlier_statements.rbegin(); st != c.earlier_statements.rend(); ++st) {
    if (st->sentence + back < c.sentence || (said && st->sentence <= said->sentence)) break;
    if ((claims_only && st->denial) || gave_relation(*st)) continue;
    source = st->speaker;
    break;
  }
  // (Nor what the speaker's own side said: "Paris a démenti toute intention de S" after "a indiqué
  // l'Elysée".)
  if (source && SpeaksFor(c, schema_, *source, speaker)) return std::nullopt;
  return source;
}

std::optional<std::uint32_t> RelationExtractor::DeniedWithoutObject(Context& c, const Cue& cue,
                                                                    std::uint32_t sp) const {
  if (cue.cls != "deny"sv || !c.tok(cue.first_token).lowered().verb) return std::nullopt;
  Helpers h{schema_, c};
  // "a démenti," / "a démenti.": nothing after the verb.
  // (An opening quote is what was denied: "a rejeté « tout prétexte »"; a closing one ends the cue's own
  // words, "a qualifié de « fausses »".)
  const auto opening_quote = [&](std::uint32_t t) {
    const std::string_view q = c.doc.TokenText(t);
    return q == "\u00AB"sv || q == "\u201C"sv ||
           (q == "\""sv && t + 1 < c.s.end_token && !c.tok(t + 1).space_before &&
            c.tok(t + 1).kind == TokenKind::kWord);
  };
  const bool intransitive = cue.end_token == c.s.end_token ||
                            (c.tok(cue.end_token).kind == TokenKind::kPunct && !opening_quote(cue.end_token));
  // "ce que la Serbie a nié": what the relative stands for is the clause before.
  const std::uint32_t subject = h.PhraseStart(sp, /*titled=*/true);
  const bool relative = subject < cue.first_token && h.RelativeObject(sp);
  // "Minsk a démenti toute violation de la frontière": any such thing, as someone said before ("a démenti
  // l'existence de tout accord": the same).
  std::uint32_t object = cue.end_token;
  if (!intransitive && opening_quote(object)) ++object;  // ("a rejeté « tout prétexte »")
  if (!intransitive && object + 3 < c.s.end_token && c.tok(object).fold == "l'"sv &&
      c.tok(object + 1).fold == "existence"sv && h.IsGenitive(object + 2))
    object += 3;
  const std::string_view next = intransitive ? ""sv : c.tok(object).fold;
  const bool any = next == "tout"sv || next == "toute"sv || next == "tous"sv || next == "toutes"sv;
  if (!intransitive && !relative && !any) return std::nullopt;
  // ("a rejeté toute médiation": something offered, words.tsv offer, is refused, not a claim denied.)
  if (any && object + 1 < c.s.end_token && schema_.lexicon().LemmaIn("offer", c.tok(object + 1).lowered()))
    return std::nullopt;
  // "Le Kremlin a dénoncé la présence de X, son porte-parole la qualifiant de « provocation »": an object
  // pronoun before the verb stands for what the statement before it in the sentence was about.
  if (const std::uint32_t g = h.VerbGroupStart(cue.first_token); intransitive && g > c.s.first_token) {
    const std::string_view pronoun = c.tok(g - 1).fold;
    if (pronoun == "la"sv || pronoun == "le"sv || pronoun == "les"sv || pronoun == "l'"sv)
      for (std::size_t r = c.doc.relations.size(); r-- > 0 && c.doc.relations[r].sentence == c.sentence;)
        if (const Relation& said = c.doc.relations[r];
            (said.type == RelationType::kReported || said.type == RelationType::kDenied) &&
            c.m(said.source).entity != c.m(sp).entity && c.m(said.target).entity != c.m(sp).entity)
          return said.target;
  }
  // (Any such thing is what was said just before: in this sentence or the one before it; what the relative
  // stands for, in this sentence.)
  const std::uint32_t back = relative ? 0 : any ? 1 : 2;
  const std::optional<std::uint32_t> last = LastSpeaker(c, c.m(sp).entity, true, back, /*claims_only=*/any);
  // ("X a présenté sa démarche comme S, ce que Bruxelles a contesté": with no one having said it, the
  // subject of the clause before.)
  if (relative && !last)
    for (std::uint32_t k : c.mentions)
      if (c.m(k).end_token + 2 <= subject && IsActor(c.m(k)) && !h.InPP(k) && c.m(k).entity != c.m(sp).entity)
        return k;
  // (Not the one who tells of the denial: "Le Pentagone a indiqué que X avait rejeté toute escalade"; the
  // claim, as far back as a silence looks.)
  for (const Context::Statement& st : c.statements)
    if (any && last && st.speaker == *last && st.first <= cue.first_token && cue.first_token < st.end)
      return LastSpeaker(c, c.m(sp).entity, false, kSilenceReach, /*claims_only=*/true);
  return last;
}

// Mention `x` is the subject of an incise inside a statement from `from` (", a rapporté l'agence KCNA"): its
// phrase starts right after a report or denial cue whose verb group follows a comma.
bool RelationExtractor::IncisesSpeaker(Context& c, std::uint32_t x, std::uint32_t from) const {
  Helpers h{schema_, c};
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

// The cue `governor` governs the infinitive of `fact`: only the infinitive's verb group (and a day) in
// between, the governor's subject its subject: "a démenti avoir parlé avec", "a nié s'être entretenu avec",
// "a proposé mardi de mettre en place".
bool RelationExtractor::Governs(const Context& c, const Cue& governor, const Cue& fact) const {
  if (governor.end_token > fact.first_token || fact.first_token > governor.end_token + 7) return false;
  const Lexicon& lexicon = schema_.lexicon();
  for (std::uint32_t t = governor.end_token; t < fact.first_token; ++t) {
    const Token& w = c.tok(t);
    if (w.fold == "lors"sv) return false;  // "a demandé lors de l'appel": when, not what
    const WordInfo& info = w.lowered();
    // (A participle after its auxiliary, even one that is also a finite form: "avoir repris des contacts".)
    const bool verb_group =
        IsAuxiliary(info) || (info.verb && !info.finite) || info.adverb ||
        (info.participle && t > governor.end_token && IsAuxiliary(c.tok(t - 1).lowered())) ||
        lexicon.Is(WordClass::kNegation, w) || w.fold == "s'"sv || w.fold == "se"sv || w.fold == "de"sv ||
        w.fold == "d'"sv || w.lower == "\xc3\xa0"sv;
    // (a day, or how often: "a refusé à plusieurs reprises de répondre aux appels")
    const bool day = (lexicon.Is(WordClass::kStop, w) && info.noun) || lexicon.Is(WordClass::kTimes, w) ||
                     !lexicon.ValueOf("number:", w).empty() || w.fold == "plusieurs"sv;
    const bool article = t + 1 == fact.first_token && lexicon.Is(WordClass::kDeterminer, w);
    // ("la demande américaine de rétablir": an adjective of the governing noun.)
    const bool modifier = t == governor.end_token && c.tok(t - 1).lowered().noun &&
                          (info.adjective || w.facts.nationality) && !info.verb &&
                          !lexicon.Is(WordClass::kPreposition, w);
    // ("doivent se réunir mardi et rétablir les lignes": an infinitive coordinated to the one governed.)
    const bool coordinated = w.fold == "et"sv && c.tok(fact.first_token).lowered().infinitive;
    // ("Aucune date n'a été fixée pour un sommet": a noun's purpose.)
    const bool purpose = w.fold == "pour"sv && c.tok(governor.first_token).lowered().noun;
    // ("a essayé (,) sans succès (,) de joindre", "a tenté en vain de": how, a word after "sans" or "en".)
    const std::string_view before = t > governor.end_token ? c.tok(t - 1).fold : ""sv;
    const bool how = w.fold == "sans"sv || w.fold == "en"sv || w.fold == ","sv ||
                     ((before == "sans"sv || before == "en"sv) && (info.noun || info.adjective));
    if (!((w.kind == TokenKind::kWord || w.fold == ","sv) && !w.capitalized &&
          (verb_group || day || article || modifier || coordinated || how || purpose)))
      return false;
  }
  for (std::uint32_t k : c.mentions)
    if (c.m(k).end_token > governor.end_token && c.m(k).first_token < fact.first_token) return false;
  return true;
}

std::optional<std::uint32_t> RelationExtractor::DeniedBy(const Context& c,
                                                         const std::vector<const Cue*>& cues,
                                                         const Cue& fact) const {
  for (const Cue* deny : cues) {
    if (deny->cls != "deny"sv || !Governs(c, *deny, fact)) continue;
    for (const Context::Statement& st : c.statements)
      if (st.denial && fact.first_token >= st.first && fact.first_token < st.end) return st.speaker;
  }
  return std::nullopt;
}

bool RelationExtractor::PurposeOfGoverned(const Context& c, const Cue& governor, const Cue& fact) const {
  if (governor.end_token >= fact.first_token) return false;
  // (The purpose's object pronouns come before it: "pour s'y entretenir", "pour y rencontrer", "pour lui
  // parler".)
  std::uint32_t purpose = fact.first_token;
  for (int k = 0; k < 2 && purpose > governor.end_token; ++k) {
    const std::string_view w = c.tok(purpose - 1).fold;
    if (w != "s'"sv && w != "se"sv && w != "y"sv && w != "lui"sv && w != "leur"sv && w != "les"sv &&
        w != "l'"sv && w != "le"sv && w != "la"sv)
      break;
    --purpose;
  }
  if (purpose <= governor.end_token + 1 || c.tok(purpose - 1).fold != "pour"sv ||
      purpose > governor.end_token + 14)
    return false;
  --purpose;
  std::uint32_t verb = governor.end_token;
  while (verb < purpose && !c.tok(verb).lowered().infinitive) ++verb;
  for (std::uint32_t t = verb; t < purpose; ++t)
    if (c.tok(t).kind == TokenKind::kPunct || c.tok(t).fold == "et"sv) return false;
  return verb < purpose && Governs(c, governor, Cue{"", verb, verb + 1, false});
}

bool RelationExtractor::Intended(const Context& c, const std::vector<const Cue*>& cues,
                                 const Cue& fact) const {
  // (What someone declines to comment on is not said to have happened either: "a refusé de commenter les
  // échanges avec Téhéran"; nor what someone declines to confirm: "a refusé de confirmer que S". Unanswered
  // calls were made all the same: "n'a pas répondu aux appels passés par X".)
  return std::any_of(cues.begin(), cues.end(), [&](const Cue* x) {
    if (x->cls == "decline"sv && x->end_token < fact.first_token && x->end_token < c.s.end_token &&
        (c.tok(x->end_token).fold == "que"sv || c.tok(x->end_token).fold == "qu'"sv)) {
      bool other_clause = false;
      for (std::uint32_t t = x->end_token + 1; t < fact.first_token; ++t)
        other_clause |= c.tok(t).fold == "mais"sv || c.tok(t).fold == ";"sv;
      if (!other_clause) return true;
    }
    if ((x->cls == "intention"sv || (x->cls == "decline"sv && !AnswersACall(c, *x))) && Governs(c, *x, fact))
      return true;
    if (x->cls == "intention"sv && PurposeOfGoverned(c, *x, fact)) return true;
    // "a appelé Pékin à renouer le dialogue": what an appeal urges has not happened.
    if (x->cls != "contact"sv || x->first_token >= fact.first_token || fact.first_token > x->end_token + 8 ||
        !AppealNotCall(c, *x))
      return false;
    // ("a appelé X à la retenue lors d'un entretien": the occasion the appeal was made on.)
    for (std::uint32_t t = x->end_token; t < fact.first_token; ++t)
      if (c.tok(t).kind == TokenKind::kPunct || schema_.lexicon().Is(WordClass::kOccasion, c.tok(t)))
        return false;
    return true;
  });
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
  Helpers h{schema_, c};
  // "Navalny : Washington accuse": what follows has its own speaker; the name is its topic. So it is of a
  // fact told without quotes: "Navalny : Washington convoque l'ambassadeur de Russie".
  bool quoted = false;
  for (std::uint32_t t = x.end_token + 1; t < c.s.end_token && !quoted; ++t)
    quoted = CueFinder::IsQuote(c.doc.TokenText(t));
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
  // "Riyad : premières discussions russo-américaines": before a headline that says nothing (no verb, no
  // quote), a capital is where it happens, not who speaks.
  bool said = x.type != EntityType::kCountry;
  for (std::uint32_t t = x.end_token + 1; t < c.s.end_token && !said; ++t) {
    const WordInfo& info = c.tok(t).lowered();
    said = (info.finite && !info.noun) || CueFinder::IsQuote(c.doc.TokenText(t));
  }
  if (!said) return;
  bool denial = h.Negated(x.end_token + 1, c.s.end_token, true);
  Add(c, denial ? RelationType::kDenied : RelationType::kReported, k, static_cast<std::uint32_t>(target),
      "headline-colon");
}

void RelationExtractor::Contact(Context& c, const Cue& cue) const {
  Helpers h{schema_, c};
  // The parties are mentions of the sentence with an entity, or people named before that it refers back to:
  // by a subject pronoun, by a count ("les deux hommes": HasTwo), or as the speaker of one of its statements.
  // A sentence with none of them gives nothing (a sixth of the contact cues of generated articles: "Le
  // dialogue restait indispensable", "Aucun accord n'avait été trouvé sur la reprise du dialogue").
  // (A rule that finds a party another way must be allowed for here.)
  if (!h.NamesAnyone() && c.statements.empty() && !h.HasTwo() && !h.HasSubjectPronoun()) return;
  bool noun = false;
  {
    const WordInfo& info = c.tok(cue.first_token).lowered();
    // (Opening a sentence, no subject before it: "Rencontre Trump-Poutine en Alaska".)
    noun =
        info.noun && (!info.verb || h.DeterminedNoun(cue.first_token) || cue.first_token == c.s.first_token);
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
  if (AppealNotCall(c, cue) || ExchangesThings(c, cue)) return;
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
      subjects.clear();
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
    // depuis le sommet de Bali entre X et Y"; not past the verb's object, "accueillir une rencontre entre".)
    if (const Cue* other = t >= cue.end_token ? CueAt(c, t) : nullptr;
        other && other->cls == "contact"sv && InComplement(c, t))
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
  bool shuttle = false;
  // "l'appel de X avec Y" (cues.tsv "appel de"): a call only when the genitive and "avec" name its parties
  // ("l'appel de Kiev à la retenue" is none).
  if (noun && cue.end_token > cue.first_token + 1 && h.IsGenitive(cue.end_token - 1)) {
    pairs = h.GenitiveWith(cue.end_token - 1);
    // ("les appels de la Corée du Sud sur la ligne": a use of the line by the caller.)
    if (pairs.empty() && h.LineAfter(cue.end_token, 8) >= 0)
      LineFact(c, Cue{"use", cue.first_token, cue.first_token + 1, cue.conditional});
    if (pairs.empty()) return;
  } else if (noun && compound.size() >= 2) {
    pairs.push_back({compound[0], compound[1]});
  } else if (MentionList between = entre >= 0 ? h.Between(entre) : MentionList(); between.size() >= 2) {
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
        NamesAMessage(schema_.lexicon(), c.tok(cue.end_token - 1)))
      for (std::uint32_t k : c.mentions)
        if (const std::uint32_t b = h.PhraseStart(k, /*titled=*/true);
            IsActor(c.m(k)) && b > cue.first_token + 1 && c.m(k).end_token < cue.end_token &&
            IsTo(c.tok(b - 1))) {
          if (!objects.empty() && h.IsGenitive(from) && h.PhraseStart(objects.front(), true) <= from + 2)
            author = objects.front();
          objects = {k};
          break;
        }
    // "a transmis un message à Téhéran": after a message (words.tsv channel:message), a state named by its
    // capital after "à" is whom it went to, not where.
    if (objects.empty() && from + 1 < c.s.end_token && IsTo(c.tok(from)) && from > cue.first_token &&
        NamesAMessage(schema_.lexicon(), c.tok(from - 1)))
      for (std::uint32_t k : c.mentions)
        if (c.m(k).first_token == from + 1 && c.m(k).type == EntityType::kCountry) objects.push_back(k);
    // "s'est entretenu séparément avec les deux délégations", "a reçu séparément les deux dirigeants", "a
    // appelé les deux hommes" (the object of a verb whose object is no topic): the pair named before.
    const bool object_is_party = !noun && !topic;
    for (std::uint32_t t = from; objects.empty() && t < std::min(from + 3, c.s.end_token); ++t)
      if (c.tok(t).fold == "avec"sv)
        objects = h.PairAt(t + 1);
      else if (object_is_party && c.tok(t).fold == "les"sv)
        objects = h.PairAt(t);
    // "des discussions « franches » de plus de sept heures avec son homologue X": after a noun, the party
    // comes with "avec" past what qualifies the noun, in the same phrase.
    // (Not past a verb or another clause: "les négociations de paix et mettre fin à la guerre avec X".)
    for (std::uint32_t t = from; noun && objects.empty() && t < std::min(from + 10, c.s.end_token); ++t) {
      const Token& w = c.tok(t);
      const WordInfo& info = w.lowered();
      if ((w.kind == TokenKind::kPunct && !CueFinder::IsQuote(c.doc.TokenText(t))) || w.fold == "et"sv ||
          w.fold == "ou"sv || (w.kind == TokenKind::kWord && info.verb && !info.noun && !info.adjective))
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
        // ("a convoqué à son tour l'ambassadeur du Mali")
        if (const std::uint32_t own = h.OwnPartEnd(k); own > k && own <= t) {
          k = own - 1;
          continue;
        }
        // ("a convoqué les ambassadeurs de Russie": people named by their title or group stand for the
        // complement.)
        if (k + 2 == t && h.IsGenitive(k + 1) && h.PeopleNoun(k)) break;
        // ("a reçu M. Kerry": a courtesy title opens the object.)
        if (!(c.tok(k).lowered().adverb || schema_.lexicon().Is(WordClass::kStop, c.tok(k)) ||
              h.Is(WordClass::kCourtesy, k)))
          objects.clear();
      }
    }
    // "X, que le chancelier avait prévenu", "X, que M. Orban avait rencontré": the object of the verb is the
    // antecedent of "que".
    if (const std::uint32_t v = h.VerbGroupStart(cue.first_token);
        !noun && objects.empty() && !subjects.empty()) {
      const std::uint32_t subject = h.PhraseStart(subjects.front(), /*titled=*/true);  // ("que M. Orban")
      if (subject >= c.s.first_token + 3 && c.m(subjects.front()).end_token == v &&
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
    if (!noun && objects.empty() && !subjects.empty())
      if (const std::optional<std::uint32_t> person = h.ObjectPronoun(cue.first_token, c.m(subjects.front())))
        objects.push_back(*person);
    // "les entretiens de X avec Y": a conversation noun's genitive is one party, "avec" names the other.
    if (noun && subjects.empty() && from < c.s.end_token && h.IsGenitive(from))
      if (auto parties = h.GenitiveWith(from); !parties.empty()) {
        pairs = std::move(parties);
        objects.clear();
      }
    // "Les deux présidents sont convenus de renvoyer leurs ambassadeurs à Moscou": an infinitive after "de"
    // is what was agreed or said; its complements are no parties, one only comes with "avec".
    if (!noun && from + 1 < c.s.end_token && (c.tok(from).fold == "de"sv || c.tok(from).fold == "d'"sv) &&
        c.tok(from + 1).lowered().infinitive) {
      objects = h.ObjectsWith(from, 10);
      // ("sont convenus de renforcer leur coopération avec les Etats-Unis": an "avec" after a noun is the
      // noun's.)
      EraseIf(objects, [&](std::uint32_t k) {
        for (std::uint32_t t = from + 2; t + 1 < h.PhraseStart(k); ++t)
          if (const WordInfo& info = c.tok(t).lowered(); !c.tok(t).capitalized && info.noun && !info.verb)
            return true;
        return false;
      });
    }
    // "Les deux dirigeants ont parlé pendant deux heures": "parler" alone (not "parler avec", "parler à")
    // has its parties as subjects; what follows it is no party ("a parlé devant le Parlement").
    if (cue.end_token == cue.first_token + 1 && c.tok(cue.first_token).lowered().verb &&
        HasLemma(c.tok(cue.first_token).lowered(), "parler"))
      objects.clear();
    // "X participait à la réunion": the parties of the conversation named before ("X et Y assistaient à la
    // rencontre" are not its parties with each other).
    if (noun && objects.empty() && !subjects.empty() && h.JoinsConversation(cue.first_token))
      for (std::uint32_t p : h.ConversationPair(cue.first_token, 3))
        if (std::none_of(subjects.begin(), subjects.end(),
                         [&](std::uint32_t k) { return c.m(k).entity == c.m(p).entity; }))
          objects.push_back(p);
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
  // de contacts" may be more of them).
  std::uint32_t t = cue.first_token;
  while (t > c.s.first_token && schema_.lexicon().Is(WordClass::kDeterminer, c.tok(t - 1))) --t;
  if (t > c.s.first_token &&
      (c.tok(t - 1).fold == "sans"sv || (h.Is(WordClass::kNegation, t - 1) && c.tok(t - 1).fold != "plus"sv)))
    modality = Modality::kNegated;
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
  // "dit ignorer tout appel entre X et Y", "exclut toute rencontre": "tout" before a singular noun is any
  // such conversation, none that took place.
  if (noun && modality == Modality::kAsserted && cue.first_token > c.s.first_token &&
      (c.tok(cue.first_token - 1).fold == "tout"sv || c.tok(cue.first_token - 1).fold == "toute"sv))
    modality = Modality::kHypothetical;
  // (Named by its verb: "se sont parlé" is "contact:parle".)
  const std::string_view word =
      c.tok(cue.first_token).fold == "se"sv ? c.tok(cue.end_token - 1).fold : c.tok(cue.first_token).fold;
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
    if (by == "par"sv || by == "sur"sv || by == "via"sv) {
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
  const Token& last = c.tok(cue.end_token - 1);
  const WordInfo& info = last.lowered();
  if (!HasLemma(info, "repondre")) return false;
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

void RelationExtractor::LineFact(Context& c, const Cue& cue) const {
  Helpers h{schema_, c};
  const std::string_view word = c.tok(cue.first_token).fold;
  // "la ligne reste ouverte", "Washington restait ouvert au dialogue": a state, not a line set up.
  if (cue.cls == "establish"sv && c.tok(cue.first_token).lowered().participle &&
      cue.first_token > c.s.first_token) {
    const WordInfo& before = c.tok(cue.first_token - 1).lowered();
    for (const std::string& lemma : before.lemmas)
      if (lemma == "rester"sv || lemma == "demeurer"sv) return;
  }
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
    auto objects = h.Objects(cue.end_token, 8);
    if (objects.empty()) objects = h.PairAt(cue.end_token);
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
    for (std::uint32_t o : objects)
      Add(c, RelationType::kConnects, static_cast<std::uint32_t>(line), o, "relie");
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
  // "les appels (quotidiens) de la Corée du Sud sur la ligne": the caller.
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
  // ("par des officiers de l'Eucom"; "par le bureau de liaison intercoréen" names the line, no agent.)
  if (par < c.s.end_token && c.tok(par).fold == "par"sv && h.LineAfter(par + 1, 3) < 0) {
    by = h.Objects(par + 1, 5);
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
  if (const std::uint32_t verb = VerbBefore(c, cue);
      agents.empty() && !passive &&
      !(verb != cue.first_token && schema_.lexicon().LemmaIn("call_receiver", c.tok(verb).lowered())))
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
    for (std::uint32_t a : agents)
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

void RelationExtractor::Decline(Context& c, const Cue& cue) const {
  Helpers h{schema_, c};
  if (AnswersACall(c, cue)) return;  // "n'a pas répondu aux appels": the line is not used
  // Who declines: the verb's subject ("X n'a pas souhaité commenter"), else the speaker of the sentence
  // ("..., a indiqué X, refusant de commenter").
  MentionList sources = h.Subjects(cue.first_token);
  for (const auto& st : c.statements)
    if (sources.empty() && (st.first < cue.first_token || st.end <= cue.first_token)) sources = {st.speaker};
  if (sources.empty()) return;
  std::int64_t target = -1;
  // "sans préciser la teneur de la conversation": the conversation named before, when it is the object;
  // else a line of the sentence.
  if (const std::optional<std::uint32_t> party = ConversationNamedBefore(
          c, cue.end_token, std::min(cue.end_token + 6, c.s.end_token), c.m(sources.front()).entity))
    target = *party;
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
  // of the claim; "n'a pas donné de détails sur l'appel entre X et Y": of what it is about.
  if (const std::string_view after = cue.end_token < c.s.end_token ? c.tok(cue.end_token).fold : ""sv;
      target < 0 &&
      (after == "si"sv || after == "s'"sv || after == "sur"sv || after == "que"sv || after == "qu'"sv))
    for (std::uint32_t k : c.mentions) {
      // (Rather than the source's own state: "a refusé de dire si des discussions avaient eu lieu entre
      // Moscou et Washington", said by Moscow's spokeswoman.)
      const Mention& source = c.m(sources.front());
      const bool own = SpeaksFor(c, schema_, k, source.entity) ||
                       (!source.nationality.empty() && c.m(k).entity == "country:" + source.nationality);
      if (IsActor(c.m(k)) && c.m(k).first_token > cue.end_token &&
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
  // "n'a pas commenté ces accusations", "n'a pas souhaité confirmer ces informations": the speaker of the
  // statement named before, as far back as a silence looks.
  if (target < 0)
    if (const std::optional<std::uint32_t> speaker =
            StatementNamedBefore(c, cue.end_token, c.s.end_token, c.m(sources.front()).entity, kSilenceReach))
      target = *speaker;
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
    if (t >= c.s.end_token || c.tok(t).fold != "sur"sv) return false;
    bool conversation = false;
    for (++t; t < c.s.end_token && c.tok(t).kind != TokenKind::kPunct; ++t) {
      if (const Cue* named = CueAt(c, t); named && named->cls == "contact"sv) {
        conversation = true;
        t = named->end_token - 1;
        continue;
      }
      const Token& w = c.tok(t);
      // ("contenu" is a verb too.)
      if (!(IsArticle(w) || h.IsGenitive(t) || (!w.capitalized && w.lowered().noun))) return false;
    }
    return conversation;
  };
  if (target < 0 && (h.NothingSaidAfter(cue.end_token) || on_conversation()))
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
    return std::any_of(c.doc.relations.begin(), c.doc.relations.end(),
                       [&](const Relation& r) { return r.type == RelationType::kReported && r.source == k; });
  };
  // (Not when the source did speak, with nothing more: "X a confirmé son rôle, sans donner de précisions".)
  const bool spoke = std::any_of(c.statements.begin(), c.statements.end(), [&](const Context::Statement& st) {
    return c.m(st.speaker).entity == c.m(sources.front()).entity;
  });
  for (std::size_t k = c.first_mention; target < 0 && !spoke && k-- > 0;)
    if (const Mention& x = c.doc.mentions[k];
        x.type == EntityType::kInstitution && KnownOutlet(schema_, instance_, x) && !quoted(k))
      target = static_cast<std::int64_t>(k);
  if (target < 0) target = other_party;
  if (target < 0) return;
  for (std::uint32_t s : sources)
    Add(c, RelationType::kDeclinedComment, s, static_cast<std::uint32_t>(target), "decline");
}

void RelationExtractor::Member(Context& c, const Cue& cue) const {
  Helpers h{schema_, c};
  MentionList members;
  if (c.tok(cue.first_token).fold.rfind("allie", 0) == 0) {
    // "X et ses alliés de l'OTAN": X is a member too.
    std::uint32_t t = cue.first_token;
    if (t < c.s.first_token + 3 || !schema_.lexicon().Is(WordClass::kPossessive, c.tok(t - 1)) ||
        c.tok(t - 2).fold != "et"sv)
      return;
    for (std::size_t k = c.mentions.size(); k-- > 0;)
      if (c.m(c.mentions[k]).end_token == t - 2 && IsActor(c.m(c.mentions[k])))
        members.push_back(c.mentions[k]);
    auto groups = h.Objects(cue.end_token, 3);
    if (!members.empty() && !groups.empty())
      Add(c, RelationType::kMemberOf, members.front(), groups.front(), "allies-of");
    return;
  }
  // "en Pologne, pays membre de l'OTAN": the noun in apposition stands for the mention before the comma,
  // complement or not; "Chypre, pays de l'Union européenne": a state's (and only in apposition).
  const std::uint32_t f = cue.first_token;
  const bool country_noun = c.tok(f).fold == "pays"sv;
  const bool apposed =
      country_noun ? f > c.s.first_token && c.tok(f - 1).fold == ","sv
                   : f >= c.s.first_token + 2 && c.tok(f - 2).fold == ","sv && c.tok(f - 1).lowered().noun;
  const std::uint32_t comma = country_noun ? f - 1 : f - 2;
  for (std::size_t k = c.mentions.size(); k-- > 0;) {
    const Mention& x = c.m(c.mentions[k]);
    if (apposed && x.end_token == comma && (country_noun ? x.type == EntityType::kCountry : IsActor(x))) {
      members.push_back(c.mentions[k]);
      break;
    }
    if (country_noun) continue;
    if (x.end_token <= cue.first_token && IsActor(x) && !h.InPP(c.mentions[k])) {
      // With the ones coordinated to it: "La Roumanie et la Bulgarie, deux pays membres de l'Alliance".
      members = h.Subjects(x.end_token);
      if (std::find(members.begin(), members.end(), c.mentions[k]) == members.end())
        members = {c.mentions[k]};
      break;
    }
  }
  auto groups = h.Objects(cue.end_token, 4);
  // (One is a member of an organisation: "a rejoint l'Alliance atlantique", not "a rejoint Olaf Scholz".)
  if (members.empty() || groups.empty() || c.m(groups.front()).type != EntityType::kInstitution) return;
  // "membre de l'Union européenne et de l'OTAN": with the preposition repeated.
  for (std::uint32_t k : c.mentions) {
    const Mention& x = c.m(k);
    const std::uint32_t end = c.m(groups.back()).end_token;
    if (x.first_token <= end) continue;
    std::uint32_t t = end;
    if (t + 2 < x.first_token && c.tok(t).fold == "et"sv && h.IsGenitive(t + 1)) t += 2;
    while (t < x.first_token && IsArticle(c.tok(t))) ++t;
    if (t == x.first_token && x.type == EntityType::kInstitution) groups.push_back(k);
    break;
  }
  std::uint32_t from = h.Start(members.back());
  Modality modality = ModalityOf(h, from, cue.end_token);
  for (std::uint32_t m : members)
    for (std::uint32_t g : groups)
      if (c.m(g).type == EntityType::kInstitution)
        Add(c, RelationType::kMemberOf, m, g, "membre-de", modality);
}

void RelationExtractor::Cite(Context& c, const Cue& cue) const {
  Helpers h{schema_, c};
  if (cue.end_token < c.s.end_token && c.tok(cue.end_token).fold == "par"sv) {
    // "cité par X": X cites the one the participle qualifies, even in a complement ("selon un responsable
    // américain cité par X"); "selon deux sources diplomatiques citées par Reuters" names none.
    MentionList speakers;
    for (std::uint32_t k : c.mentions) {
      std::uint32_t t = c.m(k).end_token;
      if (t > cue.first_token || !IsActor(c.m(k))) continue;
      while (t < cue.first_token && !c.tok(t).capitalized && c.tok(t).lowered().adjective &&
             !c.tok(t).lowered().verb)
        ++t;
      if (t == cue.first_token) speakers = {k};
    }
    if (speakers.empty()) {
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

void RelationExtractor::RolesToMembership(
    Document& doc, const std::vector<std::span<const std::uint32_t>>& by_sentence) const {
  // A title gives member_of toward the institution or state it names, or else the state of its nationality
  // adjective when that state is named in the article: the first mention that names it, -1 if none.
  // (Looked for once for each state asked about, which are few: indexing the entities of all mentions cost
  // more than all the searches, and a long article has thousands of mentions.)
  // (This vector, `seen` and each title's `also` hold their room across articles, or inline: made anew, they
  // were about two heap blocks a title.)
  thread_local std::vector<std::pair<std::string, std::int64_t>> first_named;
  first_named.clear();
  const auto first_named_at = [&](std::string_view id) -> std::int64_t {
    for (const auto& [named, k] : first_named)
      if (named == id) return k;
    std::int64_t found = -1;
    for (std::uint32_t k = 0; k < doc.mentions.size() && found < 0; ++k) {
      const Mention& m = doc.mentions[k];
      // (A headline's "Iran-Israël" names both states, though neither acts there; "israélo-américaine", an
      // adjective, names none.)
      // A group of nationals that acts ("des responsables russes et américains se sont rencontrés") is its
      // state, a node of the article.
      if (m.entity == id && !m.entity.empty() &&
          (!m.generic || (m.rule == "compound-nationality"sv && doc.tokens[m.first_token].capitalized) ||
           (m.rule == "national-group"sv &&
            std::any_of(doc.relations.begin(), doc.relations.end(),
                        [&](const Relation& r) { return r.source == k || r.target == k; }))))
        found = k;
    }
    first_named.emplace_back(id, found);
    return found;
  };
  // (Views of the mentions' ids. An article gives a few, 14 at most in the test corpora: a vector, looked
  // through, costs less than a tree.)
  thread_local std::vector<std::tuple<std::string_view, std::string_view>> seen;
  seen.clear();
  // Person `i` is a member of `t` once per article, in place (no Relation moved).
  const auto add_member = [&](std::uint32_t i, std::uint32_t t, const char* rule, const std::string& role,
                              bool former) {
    const std::tuple<std::string_view, std::string_view> fact{doc.mentions[i].entity, doc.mentions[t].entity};
    if (std::find(seen.begin(), seen.end(), fact) != seen.end()) return;
    seen.push_back(fact);
    Relation& r = doc.relations.emplace_back();
    r.type = RelationType::kMemberOf;
    r.source = i;
    r.target = t;
    r.sentence = doc.mentions[i].sentence;
    r.rule = rule;
    r.attributes.emplace("role", role);
    if (former) r.attributes.emplace("former", "true");
  };
  for (std::uint32_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& p = doc.mentions[i];
    if (p.type != EntityType::kOfficial || p.entity.empty() || p.role.empty()) continue;
    const std::span<const std::uint32_t> around = by_sentence[p.sentence];
    // The title phrase, and an apposed title before it ("le général en chef de l'armée américaine, le chef
    // d'état-major interarmées Mark Milley").
    std::uint32_t first = p.role_first;
    for (std::uint32_t k : around) {
      const Mention& q = doc.mentions[k];
      if (q.rule == "title-ref"sv && q.role_end + 1 == p.role_first && doc.tokens[q.role_end].fold == ","sv)
        first = q.role_first;
    }
    std::int64_t target = -1;
    MentionList also;  // coordinated to the target: "du Pentagone et de l'OTAN"
    for (std::uint32_t k : around) {
      const Mention& x = doc.mentions[k];
      if (k == i || x.first_token < first || x.end_token > p.role_end) continue;
      if ((x.type == EntityType::kInstitution || x.type == EntityType::kCountry) && !x.entity.empty()) {
        if (target >= 0) {
          const std::uint32_t from =
              also.empty() ? doc.mentions[target].end_token : doc.mentions[also.back()].end_token;
          // (Or of a second title: "commandant de l'Eucom et commandant suprême des forces alliées de
          // l'OTAN".)
          bool coordinated = false, clean = from < x.first_token;
          for (std::uint32_t t = from; t < x.first_token && clean; ++t) {
            const Token& w = doc.tokens[t];
            const std::string_view f = w.fold;
            const bool title_word = coordinated && w.kind == TokenKind::kWord && !w.capitalized &&
                                    (w.lowered().noun || w.lowered().adjective);
            coordinated |= f == "et"sv;
            clean = f == "et"sv || f == "de"sv || f == "du"sv || f == "des"sv || f == "d'"sv || f == "la"sv ||
                    f == "l'"sv || f == "le"sv || title_word;
          }
          if (!coordinated || !clean) break;
          also.push_back(k);
          continue;
        }
        // "ambassadeur américain à Moscou", "le responsable à Reuters", "un responsable américain à l'agence
        // Reuters": a posting or an addressee.
        const std::uint32_t b = NounPhraseStart(doc, schema_.lexicon(), first, x.first_token);
        // ("l'émissaire américain pour l'Iran": the state the role deals with; "l'ambassadeur iranien auprès
        // de l'ONU": the body it is posted to.)
        if (b > first &&
            (IsTo(doc.tokens[b - 1]) || doc.tokens[b - 1].fold == "en"sv ||
             doc.tokens[b - 1].fold == "pour"sv || (b > first + 1 && doc.tokens[b - 2].fold == "aupres"sv)))
          continue;
        target = k;
      }
    }
    // "l'armée soudanaise du général X", "les Forces de soutien rapide (FSR) du général Y": the institution
    // whose complement the titled person is.
    if (std::uint32_t b = first; target < 0 && b >= doc.sentences[p.sentence].first_token + 2 &&
                                 (doc.tokens[b - 1].fold == "du"sv || doc.tokens[b - 1].fold == "de"sv)) {
      b -= 1;
      if (doc.tokens[b - 1].fold == ")"sv) b = b >= 4 && doc.tokens[b - 3].fold == "("sv ? b - 3 : b;
      for (std::uint32_t k : around)
        if (const Mention& x = doc.mentions[k];
            x.type == EntityType::kInstitution && !x.entity.empty() && x.end_token == b)
          target = k;
    }
    if (target < 0) {
      for (std::uint32_t t = first; t < p.role_end && target < 0; ++t) {
        const GazetteerEntry* c = doc.tokens[t].facts.nationality;
        if (!c) continue;
        target = first_named_at(c->NodeId());
      }
      // ("Les ministres indien et chinois, X et Y": Y's adjective is not in a span of its own.)
      if (target < 0 && p.role_end == p.role_first)
        if (const GazetteerEntry* state = schema_.gazetteer().FindById(p.nationality))
          target = first_named_at(state->NodeId());
    }
    // "La Russie a commencé l'invasion de l'Ukraine par décret du président du pays, X": the state named
    // last before the title (in its sentence or the one before) that is no complement.
    const auto complement = [&](const Mention& x) {
      std::uint32_t b = x.first_token;
      const std::uint32_t opening = doc.sentences[x.sentence].first_token;
      while (b > opening && IsArticle(doc.tokens[b - 1])) --b;
      if (b == opening) return false;
      const Token& w = doc.tokens[b - 1];
      return w.fold == "de"sv || w.fold == "du"sv || w.fold == "d'"sv || w.fold == "des"sv ||
             w.fold == "en"sv || IsTo(w) || schema_.lexicon().Is(WordClass::kPreposition, w);
    };
    for (std::uint32_t t = first; target < 0 && t + 1 < p.role_end; ++t) {
      if (doc.tokens[t].fold != "du"sv || !schema_.lexicon().Is(WordClass::kStateNoun, doc.tokens[t + 1]))
        continue;
      for (std::uint32_t back = 0; back < 2 && back <= p.sentence && target < 0; ++back)
        for (std::uint32_t k : by_sentence[p.sentence - back])
          if (const Mention& x = doc.mentions[k];
              x.type == EntityType::kCountry && !x.entity.empty() && x.end_token <= first && !complement(x))
            target = k;  // the last one
    }
    // "Le ministère a confirmé. Son porte-parole, le général X, a indiqué": opening the sentence, the
    // possessive is the subject of the sentence before (its first institution or state); in an incise or
    // after "selon", the subject of its own sentence ("Le Kremlin a dénoncé S, selon son porte-parole X"), or
    // of the one before when a quote opens it ("« S », a déclaré son porte-parole X").
    const Sentence& here = doc.sentences[p.sentence];
    // ("a déclaré l'un de ses dirigeants, X": one of its title's holders; `owner` is where the phrase of
    // the possessive starts.)
    const bool one_of = first >= here.first_token + 3 &&
                        (doc.tokens[first - 1].fold == "ses"sv || doc.tokens[first - 1].fold == "leurs"sv) &&
                        (doc.tokens[first - 2].fold == "de"sv || doc.tokens[first - 2].fold == "d'"sv) &&
                        (doc.tokens[first - 3].fold == "un"sv || doc.tokens[first - 3].fold == "une"sv);
    std::uint32_t owner = one_of ? first - 3 : first - 1;
    if (one_of && owner > here.first_token && doc.tokens[owner - 1].fold == "l'"sv) --owner;
    const auto incise_comma = [&]() -> std::optional<std::uint32_t> {
      if (owner >= here.first_token + 1 && doc.tokens[owner - 1].fold == "selon"sv) return owner - 1;
      std::uint32_t t = owner;
      while (t > here.first_token &&
             (IsAuxiliary(doc.tokens[t - 1].lowered()) || doc.tokens[t - 1].lowered().participle ||
              doc.tokens[t - 1].lowered().adverb))
        --t;
      if (t < here.first_token + 2 || doc.tokens[t - 1].fold != ","sv) return std::nullopt;
      // (Or right after the comma: "Le Kremlin a rejeté toute responsabilité, son porte-parole X qualifiant
      // ...", but "a rencontré Y, son homologue" is no one's member.)
      const bool absolute = t == owner && !schema_.lexicon().Is("counterpart", Fold(p.role));
      if (t == owner && !absolute) return std::nullopt;
      return t - 1;
    };
    // (A possessive in the title's complement is read as one before it: "selon un porte-parole de sa
    // diplomatie".)
    const auto is_possessive = [&](std::uint32_t t) {
      const std::string_view f = doc.tokens[t].fold;
      return f == "son"sv || f == "sa"sv || f == "leur"sv || (one_of && t + 1 == first);
    };
    bool inner = false;
    for (std::uint32_t t = first + 1; t + 1 < p.role_end && !inner; ++t)
      inner = is_possessive(t) && (doc.tokens[t - 1].fold == "de"sv || doc.tokens[t - 1].fold == "d'"sv);
    std::optional<std::uint32_t> antecedent_end;  // the subject's sentence ends before it
    std::size_t antecedent_sentence = p.sentence;
    if (first > here.first_token && (inner || is_possessive(first - 1))) {
      if (owner == here.first_token) {
        antecedent_end = here.first_token;
        antecedent_sentence = p.sentence - 1;
      } else if (const std::optional<std::uint32_t> comma = incise_comma()) {
        const bool quoted = CueFinder::IsQuote(doc.TokenText(here.first_token)) &&
                            CueFinder::IsQuote(doc.TokenText(*comma - 1));
        antecedent_end = quoted ? here.first_token : *comma;
        if (quoted) antecedent_sentence = p.sentence - 1;
      }
    }
    // "Le Kremlin, par la voix de son porte-parole X", "l'OTAN et son secrétaire général X": after "de" or
    // "et", the possessive is the institution or state named last before it, unless a person comes between
    // ("Poutine et son porte-parole"); "Le Pentagone, dont le porte-parole X": the one before ", dont".
    // So is one in the title's complement: "Le Qatar a salué S, par la voix du porte-parole de sa
    // diplomatie, X". (A counterpart is another's: "a appelé son homologue X".)
    const std::string_view link = first >= here.first_token + 3 ? doc.tokens[first - 2].fold : ""sv;
    const bool possessive = inner || ((link == "de"sv || link == "et"sv) && is_possessive(first - 1));
    const bool whose =
        link == "dont"sv && IsArticle(doc.tokens[first - 1]) && doc.tokens[first - 3].fold == ","sv;
    if (target < 0 && !antecedent_end && (possessive || whose) &&
        !schema_.lexicon().Is("counterpart", Fold(p.role))) {
      for (std::uint32_t k : around) {
        const Mention& x = doc.mentions[k];
        if (x.end_token > (inner ? first : first - 2)) break;
        if (x.entity.empty()) continue;
        if (whose ? x.end_token == first - 3 : possessive)
          target =
              x.type == EntityType::kInstitution || x.type == EntityType::kCountry ? std::int64_t{k} : -1;
      }
    }
    if (target < 0 && antecedent_end && antecedent_sentence < doc.sentences.size())
      for (std::uint32_t k : by_sentence[antecedent_sentence]) {
        const Mention& x = doc.mentions[k];
        if (x.entity.empty() || x.type == EntityType::kCommunicationLine || x.type == EntityType::kPlace)
          continue;
        if ((x.type == EntityType::kInstitution || x.type == EntityType::kCountry) &&
            (antecedent_sentence != p.sentence || x.end_token <= *antecedent_end))
          target = k;
        break;
      }
    // "le secrétaire à la Défense Lloyd Austin": a title naming no state is held in the person's own one,
    // when the gazetteer knows it and the article names it.
    if (target < 0)
      if (const GazetteerEntry* e = schema_.gazetteer().FindByNodeId(p.entity))
        for (const std::string& country : e->Attribute("country"))
          if (target < 0) target = first_named_at("country:" + country);
    if (target < 0) continue;
    also.insert(also.begin(), static_cast<std::uint32_t>(target));
    for (std::uint32_t t : also) add_member(i, t, "title", p.role, p.former);
  }
  // "Le service de renseignement (GUR), dirigé par X": X heads the institution or state's group named right
  // before the participle (words.tsv led_by:ROLE, a participle's folded form).
  for (std::uint32_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& p = doc.mentions[i];
    if (p.type != EntityType::kOfficial || p.entity.empty() || p.anonymous) continue;
    const std::uint32_t t = std::min(p.first_token, p.role_end > p.role_first ? p.role_first : p.first_token);
    const Sentence& here = doc.sentences[p.sentence];
    if (t < here.first_token + 3 || doc.tokens[t - 1].fold != "par"sv) continue;
    const std::string role = schema_.lexicon().ValueOf("led_by:", doc.tokens[t - 2]);
    if (role.empty()) continue;
    std::uint32_t end = t - 3;
    if (doc.tokens[end].fold != ","sv) continue;
    if (end >= here.first_token + 4 && doc.tokens[end - 1].fold == ")"sv && doc.tokens[end - 3].fold == "("sv)
      end -= 3;  // the acronym in parentheses after the name: "(GUR),"
    for (std::uint32_t k : by_sentence[p.sentence])
      if (const Mention& x = doc.mentions[k];
          x.end_token == end && !x.entity.empty() &&
          (x.type == EntityType::kInstitution || x.type == EntityType::kCountry)) {
        add_member(i, k, "led-by", role, false);
        break;
      }
  }
}

std::map<std::string, std::string> RelationExtractor::FactAttributes(Context& c) const {
  // What the sentence says about how, how often and when: "par téléphone", "à deux reprises", "le 18
  // février".
  const Lexicon& lex = schema_.lexicon();
  std::map<std::string, std::string> out;
  // (Most sentences that give a fact have no word it looks for.)
  if (!(Helpers{schema_, c}.SentenceWords() & kAttributeWord)) return out;
  for (std::uint32_t t = c.s.first_token; t < c.s.end_token; ++t) {
    const Token& w = c.tok(t);
    if (w.facts.classes == 0) continue;  // channels, counts and months are words of words.tsv
    // (By name only for a word of a channel: class, not for the many numbers.)
    if (lex.Is(WordClass::kChannel, w) && !out.count("channel"))
      if (std::string channel = lex.ValueOf("channel:", w); !channel.empty()) out["channel"] = channel;
    if (lex.Is(WordClass::kTimes, w) && t > c.s.first_token) {
      std::uint32_t n = t - 1;
      if (c.tok(n).fold == "seule"sv && n > c.s.first_token) --n;
      std::string number = lex.ValueOf("number:", c.tok(n));
      if (number.empty() && c.tok(n).kind == TokenKind::kNumber) number = c.tok(n).fold;
      if (!number.empty()) out["count"] = number;
    }
    if (lex.Is(WordClass::kMonth, w) && !out.count("date")) {
      std::uint32_t first = t, end = t + 1;
      if (t > c.s.first_token && (c.tok(t - 1).kind == TokenKind::kNumber || c.tok(t - 1).fold == "1er"sv))
        first = t - 1;
      if (end < c.s.end_token && c.tok(end).kind == TokenKind::kNumber &&
          c.tok(end).end - c.tok(end).begin == 4)
        ++end;
      // "depuis le 18 février", "avant le 3 mars", "jusqu'au 3 mars": a bound, not when the fact happened.
      std::uint32_t b = first;
      if (b > c.s.first_token && IsArticle(c.tok(b - 1))) --b;
      const std::string_view bound = b > c.s.first_token ? c.tok(b - 1).fold : std::string_view();
      const bool until = (bound == "au"sv || bound == "a"sv) && b > c.s.first_token + 1 &&
                         c.tok(b - 2).fold == "jusqu'"sv;  // "jusqu'au 3 mars"
      const bool bounded = bound == "depuis"sv || bound == "avant"sv || bound == "apres"sv || until;
      if (end - first > 1 && !bounded) out["date"] = std::string(c.doc.TokenSpan(first, end));
    }
  }
  return out;
}

void RelationExtractor::ApposedAffiliations(Context& c) const {
  Helpers h{schema_, c};
  for (std::size_t i = 0; i + 1 < c.mentions.size(); ++i) {
    const Mention& p = c.m(c.mentions[i]);
    const Mention& x = c.m(c.mentions[i + 1]);
    if (p.type != EntityType::kOfficial || p.anonymous || x.type != EntityType::kInstitution ||
        p.end_token + 2 >= c.s.end_token || c.tok(p.end_token).fold != ","sv ||
        !h.IsGenitive(p.end_token + 1))
      continue;
    std::uint32_t t = p.end_token + 2;
    if (c.tok(t).fold == "la"sv || c.tok(t).fold == "l'"sv) ++t;
    // (Closed as an apposition is: "X, du Pentagone, a dit", "par X, du Conseil, et par Y".)
    const std::string_view after = x.end_token < c.s.end_token ? c.tok(x.end_token).fold : "."sv;
    if (x.first_token == t && (after == ","sv || after == "."sv || after == "et"sv))
      Add(c, RelationType::kMemberOf, c.mentions[i], c.mentions[i + 1], "apposed-affiliation");
  }
  // "Les ministres grec et turc de la Défense, X et Y, ...": each person in apposition holds the title in
  // the state of the same rank, when the article names that state (a nationality alone makes no node).
  const auto named = [&](const std::string& entity) {
    return std::any_of(c.doc.mentions.begin(), c.doc.mentions.end(),
                       [&](const Mention& m) { return m.entity == entity && !m.generic; });
  };
  for (std::size_t i = 0; i + 3 < c.mentions.size(); ++i) {
    const Mention& g1 = c.m(c.mentions[i]);
    const Mention& g2 = c.m(c.mentions[i + 1]);
    const Mention& p1 = c.m(c.mentions[i + 2]);
    const Mention& p2 = c.m(c.mentions[i + 3]);
    if (g1.rule != "national-group"sv || g2.rule != "national-group"sv ||
        g2.first_token != g1.end_token + 1 || c.tok(g1.end_token).fold != "et"sv ||
        p1.type != EntityType::kOfficial || p2.type != EntityType::kOfficial ||
        p2.first_token != p1.end_token + 1 || c.tok(p1.end_token).fold != "et"sv ||
        c.tok(p1.first_token - 1).fold != ","sv)
      continue;
    // (Up to the comma, only the title's complement: "de la Défense", "pour la normalisation des relations".)
    bool complement = p1.first_token - 1 - g2.end_token <= 6;
    for (std::uint32_t t = g2.end_token; complement && t + 1 < p1.first_token; ++t)
      complement = c.tok(t).kind == TokenKind::kWord;
    const std::vector<std::string>& lemmas = c.tok(g1.first_token).lowered().lemmas;
    if (!complement || lemmas.empty()) continue;
    const std::map<std::string, std::string> role{{"role", lemmas.front()}};
    if (named(g1.entity))
      Add(c, RelationType::kMemberOf, c.mentions[i + 2], c.mentions[i], "apposed-group", Modality::kAsserted,
          role);
    if (named(g2.entity))
      Add(c, RelationType::kMemberOf, c.mentions[i + 3], c.mentions[i + 1], "apposed-group",
          Modality::kAsserted, role);
  }
}

void RelationExtractor::LineParties(Context& c) const {
  Helpers h{schema_, c};
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
          for (std::uint32_t o : owners) Add(c, RelationType::kConnects, l, o, "line-kept");
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

namespace {

// The indices of each sentence's mentions, in their order, into `out` as views of `order` (core/BySentence,
// but with one array for all sentences instead of a vector each).
void MentionsBySentence(const Document& doc, std::vector<std::uint32_t>& order,
                        std::vector<std::span<const std::uint32_t>>& out) {
  const std::vector<Mention>& mentions = doc.mentions;
  // (MentionFinder leaves the mentions in text order, so by sentence: then `order` is 0, 1, 2, ... and each
  // sentence's indices a run of it. Checked, not assumed.)
  bool sorted = true;
  for (std::size_t k = 1; k < mentions.size() && sorted; ++k)
    sorted = mentions[k - 1].sentence <= mentions[k].sentence;
  if (sorted) {
    const std::size_t sentences =
        std::max<std::size_t>(doc.sentences.size(), mentions.empty() ? 0 : mentions.back().sentence + 1);
    order.resize(mentions.size());
    std::iota(order.begin(), order.end(), 0u);
    out.resize(sentences);
    std::size_t k = 0;
    for (std::size_t s = 0; s < sentences; ++s) {
      const std::size_t first = k;
      while (k < mentions.size() && mentions[k].sentence == s) ++k;
      out[s] = {order.data() + first, order.data() + k};
    }
    return;
  }
  thread_local std::vector<std::uint32_t> start, next;  // (their room kept across articles)
  std::size_t sentences = doc.sentences.size();
  for (const Mention& m : doc.mentions) sentences = std::max<std::size_t>(sentences, m.sentence + 1);
  start.assign(sentences + 1, 0);  // where each sentence's indices start in `order`
  for (const Mention& m : doc.mentions) ++start[m.sentence + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  order.resize(doc.mentions.size());
  next.assign(start.begin(), start.end() - 1);
  for (std::uint32_t k = 0; k < doc.mentions.size(); ++k) order[next[doc.mentions[k].sentence]++] = k;
  out.resize(sentences);
  for (std::size_t s = 0; s < sentences; ++s) out[s] = {order.data() + start[s], order.data() + start[s + 1]};
}

}  // namespace

std::uint8_t RelationExtractor::SentenceWords(const Lexicon& lexicon, const Token& t) {
  std::uint8_t words = 0;
  if (IsGroupCount(t.fold)) words |= kGroupCount;
  if (t.fold == "ne"sv || t.fold == "n'"sv || t.fold == "aucun"sv || t.fold == "aucune"sv ||
      lexicon.LemmaIn(WordClass::kCessation, t))
    words |= kNegationWord;
  // (What Helpers::Hypothetical finds a hypothesis by, and more.)
  if (lexicon.Is(WordClass::kHypothetical, t) ||
      (t.kind == TokenKind::kWord && (t.lowered().future || t.lowered().conditional)))
    words |= kHypothesisWord;
  if (lexicon.Is(WordClass::kGoBetween, t)) words |= kGoBetweenWord;
  if (lexicon.Is(WordClass::kChannel, t) || lexicon.Is(WordClass::kTimes, t) ||
      lexicon.Is(WordClass::kMonth, t))
    words |= kAttributeWord;
  if (t.fold == "qui"sv && lexicon.Is(WordClass::kRelative, t)) words |= kRelativeWho;
  if (HasLemma(t.lowered(), "appel") || HasLemma(t.lowered(), "visite")) words |= kCallOrVisit;
  if (t.fold == "mais"sv) words |= kBut;
  return words;
}

void RelationExtractor::Process(Document& doc) const {
  // (The vectors of this function are kept by each thread across articles, their room with them: made anew
  // for each article, they cost some fifteen allocations an article.)
  thread_local std::vector<std::uint32_t> order;
  thread_local std::vector<std::span<const std::uint32_t>> by_sentence;
  MentionsBySentence(doc, order, by_sentence);
  // (Room at once for as many facts as the document has cues: growing the vector step by step moved every
  // relation again at each step.)
  doc.relations.reserve(doc.relations.size() + doc.cues.size());
  // (Asked of every token a negation or an incise is looked for in.)
  // (All null between documents: each document's entries are set back to null after it, cue by cue. Cleared
  // whole before each document, it was eight bytes written for each token.)
  thread_local std::vector<const Cue*> cue_at;
  if (cue_at.size() < doc.tokens.size()) cue_at.resize(doc.tokens.size(), nullptr);
  for (const Cue& cue : doc.cues)
    if (!cue_at[cue.first_token]) cue_at[cue.first_token] = &cue;
  std::size_t cue_index = 0, mentions_before = 0;
  thread_local std::vector<Context::EarlierStatement> earlier_statements;
  thread_local std::vector<std::int8_t> outlets, genders;
  earlier_statements.clear();
  outlets.clear();
  genders.clear();
  // Each sentence's cues, and where the cue of each fact found from one is (by index from the sentence's
  // first relation): cleared for each sentence.
  thread_local std::vector<const Cue*> cues, other_cues;
  thread_local std::vector<std::optional<std::uint32_t>> fact_at;
  // (The same for each Context's statements, facts, verb group starts, phrase starts and subjects.)
  thread_local std::vector<Context::Statement> statements;
  thread_local std::vector<std::tuple<RelationType, std::string_view, std::string_view>> seen;
  thread_local std::vector<std::uint32_t> verb_group_starts;
  thread_local std::vector<std::uint32_t> phrase_starts;
  thread_local Context::KnownSubjects known_subjects;
  // (One Context for the document, its sentence's fields set for each sentence below: made anew for each
  // sentence, it was some 25 instructions more a sentence.)
  Context c{doc,
            cue_at,
            /*sentence=*/0,
            /*s=*/{},
            /*mentions=*/{},
            statements,
            earlier_statements,
            seen,
            verb_group_starts,
            phrase_starts,
            known_subjects,
            /*first_mention=*/0,
            /*sentence_words=*/{},
            outlets,
            genders};
  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si) {
    statements.clear();
    seen.clear();
    verb_group_starts.clear();
    phrase_starts.clear();
    known_subjects.entries.clear();
    known_subjects.subjects.clear();
    c.sentence = si;
    c.s = doc.sentences[si];
    c.mentions = by_sentence[si];
    c.sentence_words.reset();
    c.has_roles.reset();
    c.sentence_classes = 0;
    c.first_mention = mentions_before;
    mentions_before += c.mentions.size();
    cues.clear();
    c.first_cue = static_cast<std::uint32_t>(cue_index);
    while (cue_index < doc.cues.size() && doc.cues[cue_index].first_token < c.s.end_token)
      cues.push_back(&doc.cues[cue_index++]);
    c.end_cue = static_cast<std::uint32_t>(cue_index);
    if (c.mentions.empty() && cues.empty()) continue;
    std::size_t first_relation = doc.relations.size();
    HeadlineColon(c);
    LineParties(c);
    ApposedAffiliations(c);
    // (The cues of the other rules are kept aside as the statements are read: each report or denial cue went
    // through the whole dispatch below again for nothing.)
    other_cues.clear();
    for (const Cue* cue : cues)
      if (cue->cls == "report"sv || cue->cls == "deny"sv)
        Report(c, *cue);
      else
        other_cues.push_back(cue);
    fact_at.assign(doc.relations.size() - first_relation, std::nullopt);
    for (const Cue* cue : other_cues) {
      const std::size_t before = doc.relations.size();
      if (cue->cls == "contact"sv)
        Contact(c, *cue);
      else if (cue->cls == "establish"sv || cue->cls == "operate"sv || cue->cls == "use"sv ||
               cue->cls == "connect"sv)
        LineFact(c, *cue);
      else if (cue->cls == "decline"sv)
        Decline(c, *cue);
      else if (cue->cls == "member"sv)
        Member(c, *cue);
      else if (cue->cls == "cite"sv)
        Cite(c, *cue);
      if (doc.relations.size() == before) continue;  // (no fact of its own to deny or intend)
      if (const std::optional<std::uint32_t> speaker = DeniedBy(c, cues, *cue)) {
        for (std::size_t r = before; r < doc.relations.size(); ++r) {
          doc.relations[r].attributed_to = *speaker;
          doc.relations[r].modality = Modality::kNegated;
        }
      } else if (Intended(c, cues, *cue)) {
        // (What a line named with its definite article links holds whatever use is intended of it: "a tenté
        // d'utiliser la ligne avec Pékin"; "de rétablir la ligne avec Moscou" says it links no one now.)
        for (std::size_t r = before; r < doc.relations.size(); ++r)
          if (doc.relations[r].modality == Modality::kAsserted &&
              !(cue->cls == "use"sv && doc.relations[r].type == RelationType::kConnects &&
                DefiniteLine(c, doc.relations[r].source)))
            doc.relations[r].modality = Modality::kHypothetical;
      }
      fact_at.resize(doc.relations.size() - first_relation, cue->first_token);
    }
    RefusedCalls(c, cues);
    for (const Context::Statement& st : c.statements)
      earlier_statements.push_back({si, st.speaker, st.denial});
    // Facts stated inside reported speech are attributed to the speaker.
    for (std::size_t r = first_relation; r < doc.relations.size(); ++r) {
      Relation& rel = doc.relations[r];
      if (rel.type == RelationType::kReported || rel.type == RelationType::kDenied ||
          rel.type == RelationType::kCites)
        continue;
      const Mention& src = doc.mentions[rel.source];
      // A source named in an earlier sentence stands in for a clause's subject ("les deux hommes", "ils"):
      // the fact is in the statement when its cue is ("a démenti mardi que les deux hommes aient évoqué"),
      // else (no cue) when the statement opens a clause.
      const std::optional<std::uint32_t> cue_at = fact_at[r - first_relation];
      const auto in_statement = [&](const Context::Statement& st) {
        if (src.sentence != c.sentence && cue_at) return *cue_at >= st.first && *cue_at < st.end;
        if (src.sentence != c.sentence) {
          const std::string_view before = st.first > c.s.first_token ? c.tok(st.first - 1).fold : ""sv;
          return st.first == c.s.first_token || before == ","sv || before == "que"sv || before == "qu'"sv;
        }
        return src.first_token >= st.first && src.end_token <= st.end;
      };
      // (Of nested statements, the innermost says it: "X a démenti les informations de Y selon lesquelles S"
      // is Y's claim.)
      std::uint32_t innermost = 0;
      for (const auto& st : c.statements)
        if (in_statement(st) && doc.mentions[st.speaker].entity != src.entity)
          innermost = std::max(innermost, st.first);
      for (const auto& st : c.statements)
        if (in_statement(st) && doc.mentions[st.speaker].entity != src.entity && st.first == innermost) {
          rel.attributed_to = st.speaker;
          if (st.denial) rel.modality = Modality::kNegated;  // what a speaker denies is not a fact
        }
    }
  }
  for (const Cue& cue : doc.cues) cue_at[cue.first_token] = nullptr;
  RolesToMembership(doc, by_sentence);
  QualifyLinesByStates(doc);
}

void RelationExtractor::RefusedCalls(Context& c, const std::vector<const Cue*>& cues) const {
  Helpers h{schema_, c};
  // The state a mention stands for: its own, that of its title, or that of its institution.
  const auto state_of = [&](std::uint32_t k) -> std::string_view {
    const Mention& m = c.m(k);
    if (m.type == EntityType::kCountry && m.entity.starts_with("country:"))
      return std::string_view(m.entity).substr(std::string_view("country:").size());
    if (!m.nationality.empty()) return m.nationality;
    return m.type == EntityType::kInstitution ? schema_.gazetteer().StateOf(m.entity) : std::string_view();
  };
  for (const Cue* cue : cues) {
    if (cue->cls != "intention"sv || !HasLemma(c.tok(cue->first_token).lowered(), "refuser")) continue;
    // ("l'appel de X", "de prendre la ligne", "de répondre aux appels"; "un appel à la retenue" is no call.)
    bool call = false;
    for (std::uint32_t t = cue->end_token; t < std::min(cue->end_token + 4, c.s.end_token) && !call; ++t)
      call = (HasLemma(c.tok(t).lowered(), "appel") && (t + 1 == c.s.end_token || !IsTo(c.tok(t + 1)))) ||
             HasLemma(c.tok(t).lowered(), "ligne");
    if (!call) continue;
    for (std::uint32_t refuser : h.Subjects(cue->first_token)) {
      const std::string_view side = state_of(refuser);
      for (std::size_t r = c.doc.relations.size();
           r-- > 0 && c.doc.relations[r].sentence + 3 >= c.sentence;) {
        Relation& rel = c.doc.relations[r];
        if (rel.sentence == c.sentence || rel.type != RelationType::kSpokeWith ||
            rel.modality != Modality::kAsserted)
          continue;
        for (std::uint32_t party : {rel.source, rel.target})
          if (c.m(party).entity == c.m(refuser).entity || (!side.empty() && state_of(party) == side))
            rel.modality = Modality::kNegated;
      }
    }
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
  // gazetteer's: an article has few lines, and a map of sets of strings cost more than the look-ups).
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> states;
  for (const Relation& r : doc.relations) {
    const Mention& line = doc.mentions[r.source];
    if (r.type != RelationType::kConnects || r.modality != Modality::kAsserted || line.entity.empty() ||
        line.entity.find('@') != std::string::npos)
      continue;
    const std::string_view state = state_of(doc.mentions[r.target]);
    if (state.empty()) continue;
    auto of_line =
        std::find_if(states.begin(), states.end(), [&](const auto& s) { return s.first == line.entity; });
    if (of_line == states.end()) of_line = states.insert(states.end(), {line.entity, {}});
    if (std::find(of_line->second.begin(), of_line->second.end(), state) == of_line->second.end())
      of_line->second.push_back(state);
  }
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
