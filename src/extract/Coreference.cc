#include "extract/Coreference.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "resolve/NameKey.h"
#include "schema/PhraseTable.h"
#include "text/Fold.h"
#include "text/Morphology.h"

namespace newsgraph {

using namespace std::string_view_literals;
namespace {

std::vector<std::string> Words(const std::string& name) {
  return PhraseTable::SplitWords(name);
}

// "al-Burhane" is also named "Burhane": the Arabic article joined to a name by a hyphen (folded words).
std::string_view WithoutParticle(std::string_view word) {
  for (std::string_view particle : {"al-"sv, "el-"sv, "ad-"sv, "ar-"sv, "as-"sv, "at-"sv, "az-"sv, "ash-"sv})
    if (word.size() > particle.size() + 1 && word.starts_with(particle)) return word.substr(particle.size());
  return word;
}

// The NameKeys a full name is found by: those of its words, and of a word without its Arabic article; none
// for a name of one word.
struct WordKeys {
  std::vector<std::string> keys;
  std::size_t last_word = 0;  // keys[last_word...] are those of the last word
};
WordKeys WordKeysOf(const std::string& name) {
  WordKeys out;
  const auto words = Words(name);
  if (words.size() < 2) return out;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w + 1 == words.size()) out.last_word = out.keys.size();
    out.keys.push_back(NameKey(words[w]));
    if (const std::string_view rest = WithoutParticle(words[w]); rest.size() != words[w].size())
      out.keys.push_back(NameKey(rest));
  }
  return out;
}

// The WordKeysOf `name`, kept per thread across articles (the same people are named in many): a name's words
// are folded, split and keyed once. (A node-based map, so that the keys found stay where they are while an
// article looks up more; emptied between articles once it holds kMaxKeptNames.)
constexpr std::size_t kMaxKeptNames = 1 << 14;
thread_local StringMap<WordKeys> kept_word_keys;
const WordKeys& KeptWordKeysOf(const std::string& name) {
  if (const auto it = kept_word_keys.find(std::string_view(name)); it != kept_word_keys.end())
    return it->second;
  return kept_word_keys.emplace(name, WordKeysOf(name)).first->second;
}

// A head noun in the plural ("lignes", "canaux", "homologues"): by its folded form's last letter.
bool IsPlural(std::string_view head) {
  return head.ends_with('s') || head.ends_with('x');
}

// "leurs homologues russes": a counterpart mention whose noun (words.tsv counterpart) is plural and which
// does not start a list of states ("ses homologues français, britannique et turc").
bool PluralCounterparts(const Lexicon& lexicon, const Document& doc, const Mention& m) {
  bool plural = false;
  for (std::uint32_t t = m.first_token; t < m.end_token; ++t)
    plural = plural || (IsPlural(doc.tokens[t].fold) && lexicon.Is("counterpart", doc.tokens[t].fold));
  const std::string_view next = m.end_token < doc.tokens.size() ? doc.tokens[m.end_token].fold : ""sv;
  return plural && next != ","sv && next != "et"sv;
}

// NameKey(id) of an article's id, whose words are keyed one by one when they are ASCII letters and digits
// ("gen-0000123"): a number is its own key, and the other words ("gen") are those of every article, which
// NameKey's per-thread caches know. (NameKey of the whole id missed both of its caches, for an entry no other
// article asks for: about 2,200 instructions an article.) Another id, or one that starts with an article
// that NameKey drops ("le-123"), is keyed whole.
std::string ArticleIdKey(std::string_view id) {
  const auto word_byte = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  std::string key;
  for (std::size_t at = 0; at < id.size();) {
    if (const char c = id[at]; (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80)
      return NameKey(id);
    if (!word_byte(id[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < id.size() && word_byte(id[end])) ++end;
    const std::string_view word = id.substr(at, end - at);
    if (key.empty() &&
        (word == "le"sv || word == "la"sv || word == "les"sv || word == "l"sv || word == "the"sv))
      return NameKey(id);
    if (!key.empty()) key += '_';
    if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      key += word;
    else
      key += NameKey(word);
    at = end;
  }
  return key;
}

// ArticleIdKey of the id last asked, kept per thread: an article asks it for its anonymous sources and again
// for each line it names no other way. Valid until the next call.
const std::string& KeptArticleIdKey(std::string_view id) {
  thread_local std::string last_id, last_key;
  if (id != last_id || last_key.empty()) {
    last_id.assign(id);
    last_key = ArticleIdKey(id);
  }
  return last_key;
}

// The n-th anonymous source's id, from `prefix`, the article's "official:anon@<its key>#" (made at its first
// anonymous source).
std::string AnonymousId(const Document& doc, std::string& prefix, int n) {
  if (prefix.empty()) prefix = "official:anon@" + KeptArticleIdKey(doc.article.id) + "#";
  return prefix + std::to_string(n);
}

// FoldedHead(m.name), without folding the name again when its first word is its first token (as MentionFinder
// writes names, from their tokens' text): that token's folded form (folding goes character by character).
std::string FoldedFirstWord(const Document& doc, const Mention& m) {
  const std::string_view first = doc.TokenText(m.first_token);
  const std::size_t space = m.name.find(' ');
  if (m.name.starts_with(first) && (space == std::string::npos ? m.name.size() : space) == first.size())
    return std::string(doc.tokens[m.first_token].fold);
  return FoldedHead(m.name);
}

// Whether the text names `a` with the head word `head`: as its first word ("le ministère russe de la
// Défense"), or as the common noun its name follows ("l'agence officielle Irna").
bool NamedBy(const Document& doc, const Mention& a, std::string_view head) {
  if (FoldedFirstWord(doc, a) == head) return true;
  const std::uint32_t first = doc.sentences[a.sentence].first_token;
  for (std::uint32_t t = a.first_token; t > first && a.first_token - t < 3;) {
    const Token& w = doc.tokens[--t];
    if (w.capitalized || w.kind != TokenKind::kWord) return false;
    if (w.fold == head) return true;
  }
  return false;
}

// The person a title in the complement of a kin noun or of another title is not: the one that noun is
// apposed to ("Kim Yo-jong, la sœur du dirigeant nord-coréen", words.tsv kin; "Iouri Ouchakov, conseiller
// diplomatique du président russe"); null when there is none.
const Mention* ApposedToHeadOf(const Document& doc, const Lexicon& lexicon, std::size_t i) {
  const Mention& m = doc.mentions[i];
  const std::uint32_t first = doc.sentences[m.sentence].first_token;
  std::uint32_t t = m.role_end > m.role_first ? m.role_first : m.first_token;
  if (t > first && (doc.tokens[t - 1].fold == "la"sv || doc.tokens[t - 1].fold == "l'"sv)) --t;
  if (t < first + 4) return nullptr;
  const std::string_view of = doc.tokens[t - 1].fold;
  if (of != "du"sv && of != "de"sv && of != "des"sv && of != "d'"sv) return nullptr;
  t -= 2;
  // (The head may have adjectives after it: "conseiller diplomatique du".)
  for (int adjectives = 0;
       adjectives < 2 && t > first && doc.tokens[t].kind == TokenKind::kWord && !doc.tokens[t].capitalized &&
       !doc.tokens[t].facts.starts_title && doc.tokens[t].lowered().adjective;
       ++adjectives)
    --t;
  const Token& noun = doc.tokens[t];
  if (noun.capitalized || noun.kind != TokenKind::kWord ||
      !(noun.facts.starts_title || lexicon.Is(WordClass::kKin, noun) ||
        lexicon.LemmaIn(WordClass::kKin, noun)))
    return nullptr;
  while (t > first && lexicon.Is(WordClass::kDeterminer, doc.tokens[t - 1])) --t;
  if (t == first || doc.tokens[t - 1].fold != ","sv) return nullptr;
  for (std::size_t k = i; k-- > 0 && doc.mentions[k].sentence == m.sentence;)
    if (const Mention& p = doc.mentions[k]; p.type == EntityType::kOfficial && p.end_token == t - 1)
      return &p;
  return nullptr;
}

// The person that mention i names by a nickname: "Mohamed Hamdane Daglo, dit « Hemedti »", "surnommé",
// "alias"; or null.
const Mention* NicknamedPerson(const Document& doc, std::size_t i) {
  const Mention& m = doc.mentions[i];
  std::uint32_t t = m.first_token;
  if (t > 0 && doc.tokens[t - 1].kind == TokenKind::kPunct) --t;  // the opening quote
  if (t < 2) return nullptr;
  const std::string_view word = doc.tokens[t - 1].fold;
  if (word != "dit"sv && word != "dite"sv && word != "surnomme"sv && word != "surnommee"sv &&
      word != "alias"sv)
    return nullptr;
  std::uint32_t name_end = t - 1;
  if (doc.tokens[name_end - 1].fold == ","sv) --name_end;
  for (std::size_t k = i; k-- > 0 && doc.mentions[k].sentence == m.sentence;) {
    const Mention& p = doc.mentions[k];
    if (p.end_token < name_end) break;
    if (p.end_token == name_end && p.type == EntityType::kOfficial && !p.entity.empty() && !p.generic &&
        !p.anonymous)
      return &p;
  }
  return nullptr;
}

}  // namespace

std::string_view Coreference::StateOf(const Mention& m) const {
  return schema_.gazetteer().StateOf(m.entity);
}

bool Coreference::KnownAs(const Mention& m, const std::string& head) const {
  if (FoldedHead(m.name) == head) return true;
  const GazetteerEntry* e = schema_.gazetteer().FindByNodeId(m.entity);
  if (!e) return false;
  const std::vector<std::string>& kinds = e->Attribute("kind");
  // ("selon le média": any outlet, words.tsv outlet_any.)
  const bool any_outlet = schema_.lexicon().Is("outlet_any", head);
  return std::any_of(e->names.begin(), e->names.end(),
                     [&](const std::string& n) { return FoldedHead(n) == head; }) ||
         std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) {
           return Fold(k) == head || (any_outlet && schema_.lexicon().Is("outlet_head", Fold(k)));
         });
}

Coreference::Coreference(const Schema& schema, const InstitutionIndex& institutions)
    : schema_(schema), institutions_(institutions) {
  std::set<std::string> ambiguous, ambiguous_full;
  for (const GazetteerEntry& e : schema.gazetteer().entries()) {
    for (const std::string& seat : e.Attribute("seat")) by_seat_.emplace(Fold(seat), &e);
    if (e.type != EntityType::kOfficial) continue;
    for (const std::string& n : e.names) {
      auto words = Words(n);
      if (words.empty()) continue;
      auto [it, inserted] = people_by_surname_.try_emplace(NameKey(words.back()), &e);
      if (!inserted && it->second != &e) ambiguous.insert(it->first);
      if (words.size() < 2) continue;
      auto [full, added] = people_by_key_.try_emplace(NameKey(n), &e);
      if (!added && full->second != &e) ambiguous_full.insert(full->first);
    }
  }
  for (const std::string& a : ambiguous) people_by_surname_.erase(a);
  for (const std::string& a : ambiguous_full) people_by_key_.erase(a);
  for (const GazetteerEntry& e : schema.gazetteer().entries())
    if (std::ranges::any_of(e.Attribute("capital"),
                            [&](const std::string& c) { return by_seat_.count(Fold(c)); }))
      seat_states_.push_back(e.NodeId());
}

void Coreference::Process(Document& doc) const {
  // The rules that five steps resolve alone, found in the mentions at once (no step makes them): most
  // articles have none of them, and each step scanned all the mentions for its own.
  bool short_name = false, outlet_named = false, counterpart = false, anaphor = false, office = false,
       possessive = false;
  for (const Mention& m : doc.mentions) {
    short_name |= m.rule == "short-name"sv;
    outlet_named |= m.rule == "outlet-named"sv;
    counterpart |= m.rule == "counterpart"sv;
    anaphor |= m.rule == "institution-anaphor"sv;
    office |= m.rule == "office-of-person"sv;
    possessive |= m.rule == "possessive-group"sv;
  }
  if (short_name) ResolveShortNames(doc);
  ResolveSeats(doc);
  if (outlet_named) ResolveOutletNames(doc);
  ResolvePeople(doc);
  if (counterpart) ResolveCounterparts(doc);
  ResolveUnnamedHolders(doc);
  ResolveLines(doc);
  QualifyInstitutions(doc);
  ResolveStateInstitutions(doc);
  if (anaphor) ResolveInstitutionAnaphors(doc);
  if (office) ResolvePersonsOffices(doc);
  if (possessive) ResolvePossessiveGroups(doc);
  for (Mention& m : doc.mentions)
    if (m.label.empty()) m.label = m.name;
}

void Coreference::ResolveShortNames(Document& doc) const {
  // "le Nord" is North Korea in an article that names North Korea, and no one elsewhere.
  std::unordered_set<std::string_view> named;
  for (const Mention& m : doc.mentions)
    if (m.rule == "gazetteer"sv) named.insert(m.entity);
  for (Mention& m : doc.mentions) {
    if (m.rule != "short-name"sv) continue;
    if (named.count(m.entity))
      m.generic = false;
    else
      m.entity.clear();
  }
}

void Coreference::ResolveSeats(Document& doc) const {
  if (seat_states_.empty()) return;
  for (Mention& m : doc.mentions) {
    // (The state must have the seat for capital, below: most states have none, and their mentions' names need
    // no folding.)
    if (m.type != EntityType::kCountry || std::ranges::find(seat_states_, m.entity) == seat_states_.end())
      continue;
    const auto seat = by_seat_.find(Fold(m.name));
    if (seat == by_seat_.end()) continue;
    // (Its state's capital by that name: "Bruxelles", not "la Belgique".)
    const GazetteerEntry* state = schema_.gazetteer().FindByNodeId(m.entity);
    if (!state || std::ranges::none_of(state->Attribute("capital"),
                                       [&](const std::string& c) { return Fold(c) == seat->first; }))
      continue;
    // (The city where something happens stays a city: "a rencontré à Bruxelles", "le sommet de Bruxelles".)
    if (m.first_token > 0) {
      const Token& before = doc.tokens[m.first_token - 1];
      if (before.lower == "\xc3\xa0"sv || before.fold == "depuis"sv || before.fold == "vers"sv ||
          before.fold == "de"sv || before.fold == "d'"sv)
        continue;
    }
    const GazetteerEntry& organisation = *seat->second;
    const bool named = std::ranges::any_of(doc.mentions, [&](const Mention& x) {
      if (x.type != EntityType::kInstitution || x.entity.empty()) return false;
      if (x.entity == organisation.NodeId()) return true;
      const GazetteerEntry* e = schema_.gazetteer().FindByNodeId(x.entity);
      return e &&
             std::ranges::find(e->Attribute("part_of"), organisation.id) != e->Attribute("part_of").end();
    });
    if (!named) continue;
    m.type = EntityType::kInstitution;
    m.entity = organisation.NodeId();
    m.label = organisation.label();
  }
}

void Coreference::ResolveCounterparts(Document& doc) const {
  // An unnamed counterpart ("a eu une conversation avec son homologue français") is its state, unless the
  // article named before one person of that state, and only one, of a rank like that of the titled person
  // before it in its sentence: that person.
  constexpr std::string_view kCountry = "country:";
  const auto leader = [&](const Mention& p) -> std::optional<bool> {
    if (p.role.empty()) return std::nullopt;
    const std::string role = Fold(p.role);
    return schema_.lexicon().Is("leader", role) ||
           schema_.lexicon().Is("leader", role.substr(0, role.find(' ')));
  };
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule != "counterpart"sv || m.type != EntityType::kCountry || !m.entity.starts_with(kCountry))
      continue;
    // (Several counterparts of one state, "leurs homologues russes", are that state's people: no one person.
    // "ses homologues français, britannique et turc" are one of each state.)
    if (PluralCounterparts(schema_.lexicon(), doc, m)) continue;
    const std::string_view state = std::string_view(m.entity).substr(kCountry.size());
    std::optional<bool> own_rank;  // whether the one whose counterpart it is leads a state, when titled
    std::string own_role;          // (folded, SameRole)
    for (std::size_t k = i; k-- > 0 && doc.mentions[k].sentence == m.sentence && !own_rank;)
      if (const Mention& own = doc.mentions[k]; own.type == EntityType::kOfficial) {
        own_rank = leader(own);
        if (own_rank) own_role = SameRole(own.role);
      }
    const Mention* person = nullptr;
    bool unique = true;
    for (std::size_t k = 0; k < i && unique; ++k) {
      const Mention& p = doc.mentions[k];
      if (p.type != EntityType::kOfficial || p.entity.empty() || p.anonymous || p.nationality != state)
        continue;
      // ("son homologue saoudien" of a foreign minister: not the crown prince; nor anyone's counterpart one
      // who held a post: "l'ancien secrétaire d'Etat américain Henry Kissinger".)
      if (const std::optional<bool> rank = leader(p); (own_rank && rank && *rank != *own_rank) || p.former)
        continue;
      unique = !person || person->entity == p.entity;
      if (!person) person = &p;
    }
    // (Else, as a headline's, the person of that state named a counterpart in the two sentences after, or
    // with the same title: "X s'entretient avec son homologue japonais" over "X a eu un entretien avec son
    // homologue japonaise, Y"; "Le chef d'état-major américain a parlé à son homologue russe" over "... avec
    // le chef d'état-major russe Y".)
    for (std::size_t k = i + 1;
         !person && k < doc.mentions.size() && doc.mentions[k].sentence <= m.sentence + 2; ++k)
      if (const Mention& p = doc.mentions[k]; p.type == EntityType::kOfficial && !p.entity.empty() &&
                                              !p.anonymous && p.nationality == state && !p.role.empty() &&
                                              (schema_.lexicon().Is("counterpart", Fold(p.role)) ||
                                               (!own_role.empty() && SameRole(p.role) == own_role)))
        person = &p;
    if (!person || !unique) continue;
    m.type = EntityType::kOfficial;
    m.entity = person->entity;
    m.label = person->label;
  }
}

void Coreference::ResolveUnnamedHolders(Document& doc) const {
  // (A former holder acts for neither: "L'ancienne Première ministre estonienne a exhorté Pékin" is no
  // Estonia.)
  const auto unnamed = [](const Mention& m) {
    return m.rule == "title-ref"sv && m.entity.empty() && !m.anonymous && !m.former &&
           m.role_end > m.role_first;
  };
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (!unnamed(m)) continue;
    // (Not before a capitalised word: the holder's name the finder missed, "le chef d'état-major Roman X".)
    if (const std::uint32_t after = std::max(m.end_token, m.role_end);
        after < doc.tokens.size() && doc.tokens[after].capitalized &&
        doc.tokens[after].kind == TokenKind::kWord)
      continue;
    // (Else the state its title names: "l'ambassadeur de Russie a été convoqué".)
    const Mention* institution = nullptr;
    const Mention* named_state = nullptr;
    for (std::size_t k = i + 1; k < doc.mentions.size() && doc.mentions[k].first_token < m.role_end; ++k) {
      const Mention& x = doc.mentions[k];
      if (x.entity.empty() || x.end_token > m.role_end) continue;
      if (!institution && x.type == EntityType::kInstitution) institution = &x;
      // ("de Russie", not a posting: "le chargé d'affaires chinois à Manille")
      const std::string_view before = x.first_token > 0 ? doc.tokens[x.first_token - 1].fold : ""sv;
      if (!named_state && x.type == EntityType::kCountry && !x.generic && m.nationality.empty() &&
          (before == "de"sv || before == "d'"sv || before == "du"sv))
        named_state = &x;
    }
    if (institution) {
      m.type = EntityType::kInstitution;
      m.entity = institution->entity;
      m.label = institution->label;
    } else if (named_state) {
      m.type = EntityType::kCountry;
      m.entity = named_state->entity;
      m.label = named_state->label;
    } else if (!m.nationality.empty()) {
      // ("le chancelier allemand a été appelé par X": the state of the title, as an unnamed counterpart's.)
      m.type = EntityType::kCountry;
      m.entity = "country:" + m.nationality;
    }
  }
}

void Coreference::ResolveOutletNames(Document& doc) const {
  // "Selon le quotidien grec Kathimerini, ... Kathimerini précise": the outlet's name alone, which the
  // mention finder took for a person's, is the outlet.
  std::unordered_map<std::string, std::uint32_t> outlets;  // by name key
  for (std::uint32_t k = 0; k < doc.mentions.size(); ++k)
    if (doc.mentions[k].rule == "outlet-named"sv) outlets.emplace(NameKey(doc.mentions[k].label), k);
  if (outlets.empty()) return;  // (most articles)
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kOfficial || (m.rule != "surname"sv && m.rule != "person-name"sv) ||
        m.role_end > m.role_first ||
        (m.first_token > 0 && schema_.lexicon().Is(WordClass::kCourtesy, doc.tokens[m.first_token - 1])))
      continue;
    const auto it = outlets.find(NameKey(m.name));
    if (it == outlets.end()) continue;
    const Mention& outlet = doc.mentions[it->second];
    m.type = EntityType::kInstitution;
    m.entity = outlet.entity;
    m.label = outlet.label;
    m.rule = "outlet-name";
    m.generic = false;
  }
}

void Coreference::ResolvePeople(Document& doc) const {
  constexpr std::string_view kOfficial = "official:";
  for (Mention& m : doc.mentions)
    if (m.rule == "person-name"sv && m.entity.starts_with(kOfficial))
      if (auto it = people_by_key_.find(std::string_view(m.entity).substr(kOfficial.size()));
          it != people_by_key_.end()) {
        m.entity = it->second->NodeId();
        m.label = it->second->label();
      }
  // Full names in the article, as they are before the loop below resolves other mentions.
  // (This step's containers are kept per thread and emptied for each article: made for each, they cost more
  // than most articles' use of them.)
  thread_local std::vector<const Mention*> full;
  full.clear();
  for (const Mention& m : doc.mentions)
    if (m.type == EntityType::kOfficial && !m.entity.empty() && !m.anonymous && !m.generic)
      full.push_back(&m);
  // The word keys of each of them (KeptWordKeysOf), found at the first surname looked up (most articles look
  // up none). A surname's key is compared with them in article order: an article has a few dozen full names,
  // and indexing their words in a hash map cost more than all the look-ups.
  // (Emptied here, where none of the kept keys is in use.)
  if (kept_word_keys.size() >= kMaxKeptNames) kept_word_keys.clear();
  thread_local std::vector<const WordKeys*> full_keys;  // of each of `full`
  full_keys.clear();
  // The full name that `word` is a word of (with `last_only`, the last word), if only one person has it;
  // or, when several do, only one of those named before token `at` ("M. Wang" after Wang Yi is he, though
  // Wang Wenbin is named later).
  auto by_word = [&](const std::string& word, bool last_only, std::uint32_t at) -> const Mention* {
    if (full_keys.size() != full.size()) {
      full_keys.reserve(full.size());
      for (const Mention* f : full) full_keys.push_back(&KeptWordKeysOf(f->name));
    }
    const std::string key = NameKey(word);
    const Mention* found = nullptr;
    const Mention* found_before = nullptr;
    bool shared = false;
    for (std::size_t k = 0; k < full.size(); ++k) {
      // (In article order: once shared, what is named from `at` on changes nothing.)
      if (shared && full[k]->first_token >= at) break;
      const std::vector<std::string>& keys = full_keys[k]->keys;
      for (std::size_t w = last_only ? full_keys[k]->last_word : 0; w < keys.size(); ++w) {
        if (keys[w] != key) continue;
        shared |= found && found->entity != full[k]->entity;
        found = full[k];
        if (full[k]->first_token < at) {
          if (found_before && found_before->entity != full[k]->entity) return nullptr;
          found_before = full[k];
        }
      }
    }
    if (!shared) return found;
    return found_before;  // (two people share it: no guess unless one was named before)
  };

  // The people named before the current mention, with what a title reference is matched on. Listed up to
  // the current title reference when there is one: a mention is final once the loop has passed it (each step
  // changes only its own mention).
  struct Named {
    const Mention* mention;
    std::string_view nation;  // its nationality, or its gazetteer entry's state
    bool has_role;
    std::string role;  // folded
    int salience;      // how many times the person was named up to here
  };
  thread_local std::vector<Named> named;
  named.clear();
  std::size_t listed = 0;  // doc.mentions[0, listed) are in `named` when they are people
  thread_local std::unordered_map<std::string_view, int, StringHash> salience;
  salience.clear();
  // A person's nationality, or its gazetteer entry's state.
  auto nation_of = [&](const Mention& p) {
    return p.nationality.empty() ? StateOf(p) : std::string_view(p.nationality);
  };
  auto list_named_before = [&](std::size_t end) {
    for (; listed < end; ++listed) {
      const Mention& p = doc.mentions[listed];
      if (p.type != EntityType::kOfficial || p.entity.empty() || p.anonymous || p.generic) continue;
      named.push_back({&p, nation_of(p), !p.role.empty(), p.role.empty() ? std::string() : SameRole(p.role),
                       ++salience[p.entity]});
    }
  };

  // The nicknames given so far (NicknamedPerson), by NameKey.
  thread_local std::vector<std::pair<std::string, const Mention*>> nicknames;
  nicknames.clear();
  int anonymous = 0;
  std::string anonymous_prefix, last_anonymous;
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.type != EntityType::kOfficial || !m.entity.empty()) continue;
    if (m.anonymous) {
      if (m.rule != "anonymous"sv && last_anonymous.empty()) continue;  // "le responsable" with no one before
      // "un dirigeant occidental", "un responsable étranger": any one of many states' (words.tsv
      // multinational), no source of the article (the "Affaires étrangères" of a ministry are no such word).
      bool any_state = false;
      for (std::uint32_t t = m.role_first + 1; t < m.role_end && !any_state; ++t)
        any_state =
            schema_.lexicon().Is(WordClass::kMultinational, doc.tokens[t]) && !doc.tokens[t - 1].capitalized;
      if (any_state) continue;
      if (m.rule == "anonymous"sv) last_anonymous = AnonymousId(doc, anonymous_prefix, ++anonymous);
      m.entity = last_anonymous;
      continue;
    }
    if (m.rule == "surname"sv) {
      const Mention* nicknamed = NicknamedPerson(doc, i);
      if (nicknamed) {
        nicknames.emplace_back(NameKey(m.name), nicknamed);
      } else if (!nicknames.empty()) {
        const std::string key = NameKey(m.name);
        for (const auto& [nickname, person] : nicknames)
          if (nickname == key) nicknamed = person;
      }
      if (nicknamed) {
        m.entity = nicknamed->entity;
        m.label = nicknamed->label;
        m.generic = false;
        continue;
      }
      bool courtesy =
          m.first_token > 0 && schema_.lexicon().Is(WordClass::kCourtesy, doc.tokens[m.first_token - 1]);
      // Without "M." or "Mme", the surname is the last word of a full name, or any word of it when it is not
      // a first name: family names come first in "Wang Yi", "Kim Jong Un".
      const Mention* f = by_word(m.name, !courtesy, m.first_token);
      if (!f && !courtesy && !doc.tokens[m.first_token].written().first_name)
        f = by_word(m.name, false, m.first_token);
      if (f) {
        m.entity = f->entity;
        m.label = f->label;
        m.generic = false;
      } else if (auto it = people_by_surname_.find(NameKey(m.name)); it != people_by_surname_.end()) {
        m.entity = it->second->NodeId();
        m.label = it->second->label();
        m.generic = false;
      } else if (!m.generic) {
        m.entity = "official:" + NameKey(m.name);
      }
      continue;
    }
    if (m.rule == "title-ref"sv) {
      // The person before it with the same nationality and title, else the same nationality, else the same
      // title; among several, the most mentioned so far ("le président français" after three Macrons).
      list_named_before(i);
      const std::string role = SameRole(m.role);
      const std::string domain = DomainOf(doc, m);
      const Mention* best = nullptr;
      int best_score = 0;
      const Mention* head_holder = ApposedToHeadOf(doc, schema_.lexicon(), i);
      for (const Named& n : named) {
        const Mention& p = *n.mention;
        if (head_holder && p.entity == head_holder->entity) continue;
        bool same_nation = !m.nationality.empty() && n.nation == m.nationality;
        bool same_role = n.has_role && (n.role == role || KindOfRole(n.role) == role);
        // A person named with another title is the last choice: "le président russe" after Vladimir Poutine
        // and "le porte-parole du Kremlin, Dmitri Peskov" is Poutine.
        int score = (same_nation ? 8 : 0) + (same_role ? 4 : 0) + (!n.has_role || same_role ? 2 : 0) +
                    (m.sentence - p.sentence <= 2 ? 1 : 0);
        // "le ministre chinois" is not the last person named unless nothing says they are not Chinese.
        if (!m.nationality.empty() && !same_nation && (!n.nation.empty() || !same_role)) continue;
        // "le chef de l'Etat turc" is not the Turkish foreign minister: each top office has its own holder.
        if (n.has_role && !same_role && schema_.lexicon().Is("office", role) &&
            schema_.lexicon().Is("office", n.role))
          continue;
        // Nor is "le porte-parole de la diplomatie iranienne" the head of an Iranian agency named before: a
        // post (words.tsv) names no one named with another title, nor one the gazetteer knows named with none
        // ("l'ambassadeur russe" after "Vladimir Poutine").
        if (!same_role && schema_.lexicon().Is("post", role) &&
            (n.has_role || schema_.gazetteer().FindByNodeId(p.entity)))
          continue;
        // Nor is "le ministre chinois de la Défense" the Chinese minister of foreign affairs: a title of
        // another domain.
        if (same_role && !domain.empty())
          if (const std::string other = DomainOf(doc, p); !other.empty() && other != domain) continue;
        if (!same_nation && !same_role) continue;
        score = score * 100 + n.salience;
        if (score >= best_score) {
          best = &p;
          best_score = score;
        }
      }
      // "John Kirby, le porte-parole du Conseil": the person named right before, in apposition.
      bool after_name = false;
      if (i > 0) {
        const Mention& p = doc.mentions[i - 1];
        after_name = p.sentence == m.sentence && p.type == EntityType::kOfficial && !p.entity.empty() &&
                     !p.generic && !p.anonymous && p.end_token < m.first_token &&
                     doc.tokens[p.end_token].fold == ","sv;
        for (std::uint32_t t = p.end_token + 1; after_name && t < m.first_token; ++t)
          after_name = schema_.lexicon().Is(WordClass::kDeterminer, doc.tokens[t]) ||
                       schema_.lexicon().Is(WordClass::kFormer, doc.tokens[t]) ||
                       doc.tokens[t].fold == "alors"sv;
        if (after_name) best = &p;
      }
      // "le commandant américain ..., le général Tod Wolters": a person named in apposition later in the
      // sentence.
      for (std::size_t k = i + 1;
           !after_name && k < doc.mentions.size() && doc.mentions[k].sentence == m.sentence; ++k) {
        const Mention& p = doc.mentions[k];
        if (p.type != EntityType::kOfficial || p.entity.empty() || p.generic || p.anonymous) continue;
        // (Apposed: after a comma, with no verb of another clause in between.)
        // (The person's title may include this one: "le chef de l'armée, le général X" is one title span.)
        // (The title comes before the name: "Pierre Martin, ambassadeur de France" is not in apposition to
        // what came before the name.)
        bool apposed =
            p.role_end > p.role_first && p.role_first >= 2 && p.role_first > m.end_token &&
            p.role_first < p.first_token && p.role_first - m.end_token <= 20 &&
            (doc.tokens[p.role_first - 1].fold == ","sv || doc.tokens[p.role_first - 2].fold == ","sv);
        if (p.role_end > p.role_first && p.role_first < m.end_token && p.first_token >= m.end_token) {
          best = &p;
          break;
        }
        for (std::uint32_t t = m.end_token; apposed && t < p.role_first; ++t) {
          const WordInfo& info = doc.tokens[t].lowered();
          apposed =
              !(doc.tokens[t].kind == TokenKind::kWord && info.finite && (!info.noun || IsAuxiliary(info)));
        }
        if (apposed) best = &p;
        break;
      }
      // "un porte-parole du département d'Etat ... selon le porte-parole": else the anonymous source with
      // that title named shortly before.
      for (std::size_t k = i; !best && k-- > 0 && doc.mentions[k].sentence + 3 >= m.sentence;)
        if (const Mention& p = doc.mentions[k];
            p.anonymous && p.type == EntityType::kOfficial && !p.entity.empty() && SameRole(p.role) == role &&
            (m.nationality.empty() || p.nationality == m.nationality) &&
            (Fold(m.name) == Fold(m.role) ||
             Fold(p.name) == Fold(m.name)))  // (or "... du Département d'Etat")
          best = &p;
      // "..., a déclaré le chef de l'Etat turc. « ... », a souligné Erdogan": else a person of its state
      // named in the two sentences after, with no other title, and not as a noun's complement ("le chef des
      // services secrets turcs ... l'ancien conseiller de Recep Tayyip Erdogan" is not Erdogan).
      const auto complement = [&](const Mention& p) {
        return p.first_token > doc.sentences[p.sentence].first_token &&
               (doc.tokens[p.first_token - 1].fold == "de"sv ||
                doc.tokens[p.first_token - 1].fold == "d'"sv) &&
               p.first_token >= 2 && doc.tokens[p.first_token - 2].lowered().noun;
      };
      for (std::size_t k = i + 1; !best && !m.nationality.empty() && k < doc.mentions.size() &&
                                  doc.mentions[k].sentence <= m.sentence + 2;
           ++k)
        if (const Mention& p = doc.mentions[k];
            p.type == EntityType::kOfficial && !p.entity.empty() && !p.generic && !p.anonymous &&
            nation_of(p) == m.nationality && (p.role.empty() || SameRole(p.role) == role) && !complement(p))
          best = &p;
      if (best) {
        m.entity = best->entity;
        m.label = best->label;
      }
    }
  }
}

std::string Coreference::SameRole(std::string_view role) const {
  std::string folded = Fold(role);
  const std::string same = schema_.lexicon().ValueOf("same_role:", folded);
  return same.empty() ? folded : Fold(same);
}

std::string Coreference::DomainOf(const Document& doc, const Mention& m) const {
  for (std::uint32_t t = m.role_first; t < m.role_end; ++t)
    if (schema_.lexicon().Is(WordClass::kDomain, doc.tokens[t])) {
      const std::string same = schema_.lexicon().ValueOf("same_domain:", doc.tokens[t]);
      return same.empty() ? std::string(doc.tokens[t].fold) : Fold(same);
    }
  return {};
}

std::string Coreference::KindOfRole(std::string_view role) const {
  return Fold(schema_.lexicon().ValueOf("kind_of:", role));
}

std::string Coreference::HomeState(const Document& doc) const {
  // (An article names few states: they are counted in a list, as views of the ids and of the gazetteer.)
  std::vector<std::pair<std::string_view, int>> count;
  std::string_view most;
  int most_count = 0;
  for (const Mention& m : doc.mentions) {
    if (m.generic || m.anonymous || (m.type != EntityType::kInstitution && m.type != EntityType::kOfficial))
      continue;
    const std::string_view state = StateOf(m);
    if (state.empty()) continue;
    auto it = std::find_if(count.begin(), count.end(), [&](const auto& c) { return c.first == state; });
    if (it == count.end()) it = count.insert(count.end(), {state, 0});
    if (const int n = ++it->second; most.empty() || n > most_count) {
      most = state;
      most_count = n;
    }
  }
  return std::string(most);
}

const GazetteerEntry* Coreference::ApposedEntry(const Document& doc, const Mention& before,
                                                const Mention& m) const {
  // "au GRU, le service de renseignement militaire russe,": right after the entry's mention, a comma and an
  // article (the caller has seen the two tokens between them), and closed by a comma.
  const std::uint32_t t = m.first_token;
  if (before.type != EntityType::kInstitution || before.sentence != m.sentence ||
      doc.tokens[before.end_token].fold != ","sv ||
      !schema_.lexicon().Is(WordClass::kDeterminer, doc.tokens[t - 1]) ||
      m.end_token >= doc.sentences[m.sentence].end_token || doc.tokens[m.end_token].fold != ","sv)
    return nullptr;
  const GazetteerEntry* e = schema_.gazetteer().FindByNodeId(before.entity);
  const std::size_t at = m.entity.find('@');
  if (!e || at == std::string::npos) return nullptr;
  const std::string_view state = std::string_view(m.entity).substr(at + 1);
  if (StateOf(before) != state) return nullptr;
  // Its words after the head are a name of the entry ("service de" + "renseignement militaire russe").
  for (std::size_t from = m.entity.find('_'); from < at; from = m.entity.find('_', from + 1))
    if (institutions_.Find(std::string_view(m.entity).substr(from + 1, at - from - 1), state) == e) return e;
  return nullptr;
}

void Coreference::QualifyInstitutions(Document& doc) const {
  // A state's institution named by its head noun alone is the home state's by default: "Le ministère de la
  // Défense" in a story told by the Pentagon is the American one.
  const auto state_head = [&](const Mention& m) {
    return m.rule == "institution-head"sv && m.entity.find('@') == std::string::npos &&
           schema_.lexicon().Is(WordClass::kNationalHead, doc.tokens[m.first_token]);
  };
  // The institutions to qualify (most articles have none), found in one pass before the loop below changes
  // their ids: the offices without a state ("le bureau du Premier ministre") and the state heads.
  std::vector<std::size_t> institutions;
  bool any_state_head = false;
  std::vector<std::pair<std::string, const GazetteerEntry*>> apposed;  // made ids that are a known entry
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule == "institution-head"sv) {
      // "a annoncé la télévision d'Etat": of the State, but which one the mention does not say (in Mali, in
      // Iran): the article's own, never merged with another article's.
      if (m.entity.ends_with("_etat"sv) &&
          !schema_.lexicon().Is(WordClass::kNationalHead, doc.tokens[m.first_token]))
        m.entity.append("@").append(KeptArticleIdKey(doc.article.id));
      else if (i > 0 && doc.mentions[i - 1].end_token + 2 == m.first_token)
        if (const GazetteerEntry* e = ApposedEntry(doc, doc.mentions[i - 1], m))
          apposed.emplace_back(m.entity, e);
    }
    const bool office = m.rule == "institution-office"sv;
    if (office ? m.entity.find('@') == std::string::npos : state_head(m)) {
      institutions.push_back(i);
      any_state_head |= !office;
    }
  }
  // "au GRU, le service de renseignement militaire russe,": the description is the known institution in
  // all its mentions of the article.
  for (const auto& [made, e] : apposed)
    for (Mention& m : doc.mentions)
      if (m.entity == made) {
        m.entity = e->NodeId();
        m.label = e->label();
      }
  // (Counted only when a state head needs it.)
  const std::string main = any_state_head ? HomeState(doc) : std::string();
  const std::string prefix = "institution:";
  for (const std::size_t i : institutions) {
    Mention& m = doc.mentions[i];
    const bool office = m.rule == "institution-office"sv;
    std::string country = main;
    if (office) {
      // "Le Premier ministre israélien Benjamin Netanyahu ..., selon le bureau du Premier ministre": the
      // state of the title's holder named nearest before (else in the same sentence); none, no state.
      country.clear();
      const std::size_t space = m.name.find(' ');
      std::string title = Fold(space == std::string::npos ? "" : m.name.substr(space + 1));
      for (std::string_view article : {"du ", "de la ", "de l'", "des "})
        if (title.starts_with(article)) title.erase(0, article.size());
      auto state_of = [&](const Mention& p) -> std::string {
        if (p.type != EntityType::kOfficial || p.role.empty() || Fold(p.role) != title) return "";
        if (!p.nationality.empty()) return p.nationality;
        if (p.entity.starts_with("official:"))
          if (const GazetteerEntry* e = schema_.gazetteer().FindById(std::string_view(p.entity).substr(9));
              e && !e->Attribute("country").empty())
            return e->Attribute("country").front();
        return "";
      };
      for (std::size_t k = i; k-- > 0 && country.empty();) country = state_of(doc.mentions[k]);
      for (std::size_t k = i + 1;
           k < doc.mentions.size() && doc.mentions[k].sentence == m.sentence && country.empty(); ++k)
        country = state_of(doc.mentions[k]);
    }
    // "les services de renseignement égyptiens [...] proches des services de renseignement": the state of the
    // same head named before with its state.
    if (!office) {
      const std::string qualified = m.entity + "@";
      for (std::size_t k = i; k-- > 0;)
        if (doc.mentions[k].entity.starts_with(qualified)) {
          country = doc.mentions[k].entity.substr(qualified.size());
          break;
        }
    }
    // "En Ukraine, le porte-parole du ministère des Affaires étrangères", "A Pékin, ...": a sentence opening
    // on the state where it happens (or its capital); "Selon Varsovie, l'ambassadeur de Russie a été convoqué
    // au ministère des Affaires étrangères": on the state that tells it.
    if (const Sentence& s = doc.sentences[m.sentence];
        !office && s.first_token + 2 < s.end_token &&
        (doc.tokens[s.first_token].fold == "en"sv || doc.tokens[s.first_token].fold == "au"sv ||
         doc.tokens[s.first_token].fold == "a"sv || doc.tokens[s.first_token].fold == "selon"sv))
      for (std::size_t k = i; k-- > 0 && doc.mentions[k].sentence == m.sentence;)
        if (const Mention& x = doc.mentions[k];
            x.type == EntityType::kCountry && !x.entity.empty() && x.first_token == s.first_token + 1 &&
            x.end_token < s.end_token && doc.tokens[x.end_token].fold == ","sv)
          country = x.entity.substr(x.entity.find(':') + 1);
    // "Côté algérien, le ministère des Affaires étrangères", "Du côté chinois, ...": a sentence opening on
    // the side of a state.
    if (const Sentence& s = doc.sentences[m.sentence]; !office) {
      std::uint32_t t = s.first_token;
      if (doc.tokens[t].fold == "du"sv) ++t;
      if (t + 2 < s.end_token && doc.tokens[t].fold == "cote"sv && doc.tokens[t + 1].facts.nationality &&
          doc.tokens[t + 2].fold == ","sv && t + 2 < m.first_token)
        country = doc.tokens[t + 1].facts.nationality->id;
    }
    // "au ministère de la Défense à Moscou": the capital right after it.
    if (const Mention* x = i + 1 < doc.mentions.size() ? &doc.mentions[i + 1] : nullptr;
        !office && x && x->type == EntityType::kCountry && !x->entity.empty() && x->sentence == m.sentence &&
        x->first_token == m.end_token + 1 && doc.tokens[m.end_token].lower == "\xc3\xa0"sv)
      country = x->entity.substr(x->entity.find(':') + 1);
    if (m.first_token > 0 && schema_.lexicon().Is(WordClass::kPossessive, doc.tokens[m.first_token - 1])) {
      // "son ministère de la Défense": the state of the nearest preceding state or state institution.
      country.clear();
      for (std::size_t k = i; k-- > 0 && doc.mentions[k].sentence + 1 >= m.sentence;) {
        const std::string& e = doc.mentions[k].entity;
        if (doc.mentions[k].type == EntityType::kCountry)
          country = e.substr(e.find(':') + 1);
        else if (e.find('@') != std::string::npos)
          country = e.substr(e.find('@') + 1);
        if (!country.empty()) break;
      }
    }
    if (country.empty()) continue;
    std::string content = m.entity.substr(prefix.size());
    if (const GazetteerEntry* e = institutions_.Find(content, country)) {
      m.entity = e->NodeId();
      m.label = e->label();
    } else {
      m.entity += "@" + country;
    }
  }
}

void Coreference::ResolvePersonsOffices(Document& doc) const {
  // "Le Premier ministre indien Narendra Modi s'est entretenu avec X, a indiqué son bureau": the office of
  // the title (a top office) of the first person of its sentence (else, or when a pronoun is its subject, of
  // the last one of the sentence before), in that person's state: the institution "le bureau du Premier
  // ministre indien" names. None: it names no one.
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule != "office-of-person"sv) continue;
    std::size_t first = i;
    while (first > 0 && doc.mentions[first - 1].sentence == m.sentence) --first;
    // ("Il s'est entretenu avec X, selon son cabinet": a sentence whose subject is a pronoun is about the
    // person of the sentence before.)
    const std::string_view opening = doc.tokens[doc.sentences[m.sentence].first_token].fold;
    const bool pronoun = opening == "il"sv || opening == "elle"sv;
    std::vector<std::size_t> candidates;
    for (std::size_t k = first; k < i && !pronoun; ++k) candidates.push_back(k);
    for (std::size_t k = first; k-- > 0 && doc.mentions[k].sentence + 1 == m.sentence;)
      candidates.push_back(k);
    for (std::size_t k : candidates) {
      const Mention& p = doc.mentions[k];
      if (p.type != EntityType::kOfficial || p.entity.empty() || p.anonymous) continue;
      std::string state = p.nationality;
      if (state.empty() && p.entity.starts_with("official:"))
        if (const GazetteerEntry* e = schema_.gazetteer().FindById(std::string_view(p.entity).substr(9));
            e && !e->Attribute("country").empty())
          state = e->Attribute("country").front();
      // (Of a state's top office only, words.tsv office: not "le bureau du général".)
      if (!p.role.empty() && !state.empty() && schema_.lexicon().Is("office", SameRole(p.role))) {
        m.entity = "institution:" + NameKey(m.name + " " + p.role) + "@" + state;  // (the name is the head)
        m.label = m.name + " du " + p.role;
        m.generic = false;
      }
      break;
    }
  }
}

void Coreference::ResolvePossessiveGroups(Document& doc) const {
  // "Le Hamas a indiqué que ses négociateurs avaient parlé avec Y", "Selon l'Iran, ses diplomates ...": the
  // group of the first state or institution named in its sentence, the subject (not the nearest: "X s'est
  // entretenu avec Y, selon un communiqué de ses services"), else of the first named in the sentence before;
  // of a person, their state ("Netanyahou a dit que ses émissaires"). None, or a person of no known state:
  // it names no one.
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule != "possessive-group"sv) continue;
    std::vector<std::size_t> candidates;
    std::size_t first = i;
    while (first > 0 && doc.mentions[first - 1].sentence == m.sentence) --first;
    for (std::size_t k = first; k < i; ++k) candidates.push_back(k);
    std::size_t before = first;
    while (before > 0 && doc.mentions[before - 1].sentence + 1 == m.sentence) --before;
    for (std::size_t k = before; k < first; ++k) candidates.push_back(k);
    for (std::size_t k : candidates) {
      const Mention& p = doc.mentions[k];
      if (p.entity.empty() || p.anonymous || p.type == EntityType::kCommunicationLine ||
          p.type == EntityType::kPlace)
        continue;
      if (p.type == EntityType::kOfficial) {
        std::string_view state = p.nationality;
        if (state.empty()) state = StateOf(p);
        if (const GazetteerEntry* e = state.empty() ? nullptr : schema_.gazetteer().FindById(state)) {
          m.entity = e->NodeId();
          m.label = e->label();
        }
      } else {
        m.type = p.type;
        m.entity = p.entity;
        m.label = p.label;
      }
      break;
    }
  }
}

void Coreference::ResolveInstitutionAnaphors(Document& doc) const {
  // "Le ministère sud-coréen de l'Unification a indiqué S. Le ministère a ajouté S2": the nearest
  // institution named before with the same head word; none: the mention names no one. A gazetteer
  // institution has the head words of its names too ("l'Alliance" after "l'OTAN") and its kinds
  // ("kind=agence": "a ajouté l'agence" after "selon KCNA").
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule != "institution-anaphor"sv) continue;
    // ("le mouvement islamiste": a head with adjectives is known as the whole, a gazetteer kind=.)
    const std::string head = m.name.find(' ') == std::string::npos ? FoldedFirstWord(doc, m) : Fold(m.name);
    // ("Le gouvernement allemand a démenti. [...] le porte-parole du gouvernement": the state acting; with no
    // government named by that head before, the one named by another: "Les autorités de transition
    // maliennes ont annoncé S. Le porte-parole du gouvernement".)
    if (schema_.lexicon().Is("government_anaphor", head)) {
      for (const bool same_head : {true, false}) {
        std::size_t k = i;
        while (k-- > 0 && !(doc.mentions[k].rule == "government"sv && !doc.mentions[k].entity.empty() &&
                            (!same_head || FoldedFirstWord(doc, doc.mentions[k]) == head)))
          ;
        if (k >= i) continue;  // (none: k wrapped around)
        m.type = EntityType::kCountry;
        m.entity = doc.mentions[k].entity;
        m.label = doc.mentions[k].label;
        break;
      }
      continue;
    }
    const Mention* found = SpeakersInstitution(doc, i, head);
    // One named by that head word in the text first, then one the gazetteer knows by it: "le ministère" after
    // "le ministère russe de la Défense" and then "le chef du Pentagone" (a ministry of kind=) is the
    // Russian one.
    for (const bool named : {true, false})
      for (std::size_t k = i; !found && k-- > 0;) {
        const Mention& a = doc.mentions[k];
        if (a.type == EntityType::kInstitution && !a.entity.empty() &&
            (named ? NamedBy(doc, a, head) : KnownAs(a, head)))
          found = &a;
      }
    if (!found) continue;
    m.entity = found->entity;
    m.label = found->label;  // (still a stand-in: "agence" is no name of the agency)
  }
}

const Mention* Coreference::SpeakersInstitution(const Document& doc, std::size_t i,
                                                const std::string& head) const {
  // "M. Grossi a déclaré que l'agence S", after "le directeur général de l'Agence internationale de
  // l'énergie atomique, Rafael Grossi" and "selon l'agence officielle Irna": the agency of a person named
  // before it in its sentence, the one in that person's title.
  const Mention& m = doc.mentions[i];
  for (std::size_t p = i; p-- > 0 && doc.mentions[p].sentence == m.sentence;) {
    const Mention& person = doc.mentions[p];
    if (person.type != EntityType::kOfficial || person.entity.empty() || person.anonymous) continue;
    for (std::size_t t = p + 1; t-- > 0;) {
      const Mention& titled = doc.mentions[t];
      if (titled.entity != person.entity || titled.role_end <= titled.role_first) continue;
      // (The title's own mentions are next to the person's, in its sentence.)
      const auto in_title = [&](const Mention& a) {
        return a.type == EntityType::kInstitution && !a.entity.empty() &&
               a.first_token >= titled.role_first && a.end_token <= titled.role_end && KnownAs(a, head);
      };
      for (std::size_t k = t; k-- > 0 && doc.mentions[k].sentence == titled.sentence;)
        if (in_title(doc.mentions[k])) return &doc.mentions[k];
      for (std::size_t k = t + 1; k < doc.mentions.size() && doc.mentions[k].sentence == titled.sentence; ++k)
        if (in_title(doc.mentions[k])) return &doc.mentions[k];
    }
  }
  return nullptr;
}

void Coreference::ResolveStateInstitutions(Document& doc) const {
  // "Le ministère russe de la Défense a indiqué S. Selon le ministère russe, S2": an institution named by its
  // head and its state alone is the nearest institution of that head and state named before.
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule != "institution-head"sv) continue;  // (before looking for the '@' of its state)
    const std::size_t at = m.entity.find('@');
    if (at == std::string::npos) continue;
    const std::string head = FoldedFirstWord(doc, m);
    // (Its id is "institution:" and the key of its head alone, or it has more words.)
    constexpr std::string_view kInstitution = "institution:";
    if (const std::string_view id = std::string_view(m.entity).substr(0, at);
        !id.starts_with(kInstitution) || id.substr(kInstitution.size()) != NameKey(head))
      continue;
    const std::string state = m.entity.substr(at + 1);
    for (std::size_t k = i; k-- > 0;) {
      const Mention& a = doc.mentions[k];
      if (a.type != EntityType::kInstitution || a.generic || a.entity.empty() || a.entity == m.entity ||
          StateOf(a) != state || !KnownAs(a, head))
        continue;
      m.entity = a.entity;
      m.label = a.label;
      break;
    }
  }
}

void Coreference::ResolveLines(Document& doc) const {
  // Clusters of line mentions: a generic or undistinguished description joins the current line; a
  // distinctive one ("de déconfliction") names it, or starts another line when the current has another name.
  // A mention starts a cluster or joins the last one: each cluster's mentions are those from its first up
  // to the next cluster's first, in `members`. (Kept per thread: an article has a few lines, and a vector
  // per cluster and four vectors grown per article cost more than a quarter of this step.)
  struct LineCluster {
    std::size_t first_member;  // in `members`
    std::string key;
    bool set_only;   // whether it has only plural mentions so far
    unsigned kinds;  // the kinds of its descriptions so far
  };
  thread_local std::vector<LineCluster> clusters;
  thread_local std::vector<std::size_t> members;
  clusters.clear();
  members.clear();
  constexpr unsigned kOffice = 1, kWire = 2;
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.type != EntityType::kCommunicationLine) continue;
    // "maintenir les lignes de communication ouvertes", "garder ouverts les canaux", "que les lignes restent
    // ouvertes": the practice of talking, no line of its own.
    std::uint32_t after = m.end_token;
    if (after + 1 < doc.tokens.size() && (HasLemma(doc.tokens[after].lowered(), "rester") ||
                                          HasLemma(doc.tokens[after].lowered(), "demeurer")))
      ++after;
    if (IsPlural(doc.tokens[m.first_token].fold) &&
        ((after < doc.tokens.size() && doc.tokens[after].fold.starts_with("ouvert"sv)) ||
         (m.first_token >= 2 && doc.tokens[m.first_token - 1].fold == "les"sv &&
          doc.tokens[m.first_token - 2].fold.starts_with("ouvert"sv)))) {
      m.entity.clear();
      continue;
    }
    // "une ligne distincte", "une ligne similaire" (words.tsv another), "l'autre ligne": not the line
    // named before.
    bool another = false;
    const Sentence& s = doc.sentences[m.sentence];
    for (std::uint32_t t = std::max(m.first_token, s.first_token + 1) - 1;
         t < std::min(m.end_token + 1, s.end_token); ++t)
      another |= !doc.tokens[t].capitalized && schema_.lexicon().LemmaIn(WordClass::kAnother, doc.tokens[t]);
    // "toutes les lignes de communication [...] le bureau de liaison": a plural names several lines, so a
    // line described after it is one of them, not the set (a distinctive name still names the set: "les
    // autres canaux militaires [...] la ligne de déconfliction").
    const bool plural = IsPlural(doc.tokens[m.first_token].fold);
    const bool one_of_set =
        !plural && !m.generic && m.entity.empty() && !clusters.empty() && clusters.back().set_only;
    // "la ligne directe [...] le bureau de liaison": an office (heads.tsv line-office) described is not a
    // wire described (words.tsv wire), nor the reverse ("ce canal de consultation" may be the office).
    unsigned kind = 0;  // kOffice or kWire bits, none for a reference ("la ligne") or another head
    if (!m.generic)
      kind = m.rule == "office-head"sv                                           ? kOffice
             : schema_.lexicon().Is(WordClass::kWire, doc.tokens[m.first_token]) ? kWire
                                                                                 : 0u;
    const bool other_kind = kind != 0 && !clusters.empty() && (clusters.back().kinds & ~kind) != 0;
    // "la ligne militaire et le téléphone rouge": a line coordinated to the one before is another one.
    bool coordinated = false;
    if (!members.empty() && !m.generic)
      if (const Mention& before = doc.mentions[members.back()];
          before.sentence == m.sentence && before.end_token < m.first_token) {
        coordinated = true;
        bool conjunction = false;
        for (std::uint32_t t = before.end_token; t < m.first_token && coordinated; ++t) {
          const Token& w = doc.tokens[t];
          conjunction |= w.fold == "et"sv || w.fold == "ou"sv;
          coordinated = w.fold == "et"sv || w.fold == "ou"sv || w.fold == ","sv ||
                        schema_.lexicon().Is(WordClass::kDeterminer, w);
        }
        coordinated = coordinated && conjunction;
      }
    // ("... la ligne militaire et le téléphone rouge. [...] la ligne militaire": the same description as
    // an earlier line's first, after another line, is that line again: a cluster of its own, keyed as it.)
    bool described_before = false;
    if (!m.generic && m.entity.empty() && clusters.size() >= 2) {
      const std::string key = NameKey(m.name);
      for (std::size_t c = 0; c + 1 < clusters.size() && !described_before; ++c)
        described_before =
            clusters[c].key.empty() && NameKey(doc.mentions[members[clusters[c].first_member]].name) == key;
      described_before =
          described_before && NameKey(doc.mentions[members[clusters.back().first_member]].name) != key;
    }
    if (clusters.empty() || another || one_of_set || other_kind || coordinated || described_before ||
        (!m.entity.empty() && !clusters.back().key.empty() && clusters.back().key != m.entity)) {
      if (m.generic && clusters.empty()) continue;  // "la ligne" with nothing before it
      clusters.push_back({members.size(), m.entity, plural, kind});
      members.push_back(i);
      continue;
    }
    LineCluster& last = clusters.back();
    last.set_only = last.set_only && plural;
    last.kinds |= kind;
    members.push_back(i);
    if (last.key.empty()) last.key = m.entity;
  }
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    std::string& key = clusters[c].key;
    const std::size_t end = c + 1 < clusters.size() ? clusters[c + 1].first_member : members.size();
    if (key.empty()) {
      // No distinctive name: the line is known only in this article.
      const Mention& first = doc.mentions[members[clusters[c].first_member]];
      key = "line:" + NameKey(first.name) + "@" + KeptArticleIdKey(doc.article.id);
    }
    for (std::size_t k = clusters[c].first_member; k < end; ++k) doc.mentions[members[k]].entity = key;
  }
}

}  // namespace newsgraph
