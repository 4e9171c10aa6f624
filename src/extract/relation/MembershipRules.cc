// The membership rules (member_of): "X est membre de Y", "la Pologne, pays membre de l'OTAN", titles ("le
// porte-parole du Kremlin, X": RolesToMembership) and appositions ("X, du Conseil de sécurité nationale").
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/CueFinder.h"
#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"
#include "text/Fold.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_literals;
using namespace std::string_view_literals;

namespace {

// Person `p`'s title with the portfolio that tokens [from, end) name, when they do: "de la Défense" after
// the nationality adjective in "le ministre chinois de la Défense X", "des Affaires étrangères" before the
// state in "le ministre des Affaires étrangères du Niger" ("ministre de la Défense", "ministre des Affaires
// étrangères"); else empty. (A portfolio opens with "de" or "à" and names its field with a capital or a
// domain word, words.tsv domain; it stops at a comma.)
std::string WithPortfolio(const Document& doc, const Lexicon& lexicon, const Mention& p, std::uint32_t from,
                          std::uint32_t end) {
  if (from >= end || end > from + 6) return {};
  const std::string_view of = doc.tokens[from].fold;
  if (of != "de"sv && of != "du"sv && of != "des"sv && of != "d'"sv && !IsTo(doc.tokens[from])) return {};
  bool named = false;
  for (std::uint32_t t = from + 1; t < end; ++t) {
    const Token& w = doc.tokens[t];
    if (w.kind != TokenKind::kWord ||
        (!w.capitalized && w.lowered().finite && !w.lowered().noun && !w.lowered().adjective))
      return {};
    named |= w.capitalized || lexicon.Is(WordClass::kDomain, w);
  }
  if (!named) return {};
  // (Its field with a capital, as a ministry's name is written, so that "à la défense" and "à la Défense"
  // make one role.)
  std::string out = p.role;
  for (std::uint32_t t = from; t < end; ++t) {
    const Token& w = doc.tokens[t];
    if (t == from || w.space_before) out += ' ';
    if (!w.capitalized && lexicon.Is(WordClass::kDomain, w)) {
      icu::UnicodeString word = icu::UnicodeString::fromUTF8(doc.TokenText(t));
      word.replace(0, U16_LENGTH(word.char32At(0)), u_toupper(word.char32At(0)));
      word.toUTF8String(out);
    } else {
      out += doc.TokenText(t);
    }
  }
  return out;
}

// Where person `p`'s title words end, from its first (the tokens that spell Mention::role), when more of
// its title phrase follows them; else its first.
std::uint32_t TitleWordsEnd(const Document& doc, const Mention& p) {
  const std::uint32_t begin = doc.tokens[p.role_first].begin;
  std::uint32_t end = p.role_first + 1;
  while (end < p.role_end && doc.tokens[end - 1].end - begin < p.role.size()) ++end;
  return end < p.role_end && doc.TokenSpan(p.role_first, end) == p.role ? end : p.role_first;
}

// The institution or state whose mention ends at the comma `comma` ("Kigali, par la voix de ..."), or -1.
std::int64_t VoiceOwner(const Document& doc, std::span<const std::uint32_t> around, std::uint32_t comma) {
  for (std::uint32_t k : around)
    if (const Mention& x = doc.mentions[k];
        x.end_token == comma && !x.entity.empty() &&
        (x.type == EntityType::kInstitution || x.type == EntityType::kCountry))
      return k;
  return -1;
}

}  // namespace

void RelationExtractor::Member(Context& c, const Cue& cue) const {
  SentenceReader h{schema_, c};
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
  // "L'Alliance des États du Sahel (AES), dont le Burkina Faso est membre avec le Mali et le Niger": the
  // subjects of "dont ... membre", with the ones "avec" adds, are members of what ", dont" follows (the cue
  // "membre" alone; "membre de" names the organisation itself).
  if (cue.end_token == cue.first_token + 1 && c.tok(cue.first_token).fold.rfind("membre", 0) == 0) {
    std::uint32_t t = cue.first_token;
    while (t > c.s.first_token && (IsAuxiliary(c.tok(t - 1).lowered()) || c.tok(t - 1).lowered().participle ||
                                   (c.tok(t - 1).lowered().adverb && !c.tok(t - 1).capitalized)))
      --t;
    members = h.Subjects(t);
    if (members.empty()) return;
    std::uint32_t dont = h.Start(members.front());
    while (dont > c.s.first_token && IsArticle(c.tok(dont - 1))) --dont;
    if (dont < c.s.first_token + 3 || c.tok(dont - 1).fold != "dont"sv || c.tok(dont - 2).fold != ","sv)
      return;
    // (Its acronym between parentheses may come before the comma: "(AES), dont".)
    std::optional<std::uint32_t> group;
    for (std::uint32_t k : c.mentions)
      if (const Mention& x = c.m(k); x.type == EntityType::kInstitution && !x.entity.empty() &&
                                     x.end_token + 3 >= dont - 2 && x.end_token <= dont - 2)
        group = k;
    if (!group) return;
    for (std::uint32_t k : h.ObjectsWith(cue.end_token, 2)) members.push_back(k);
    const Modality modality = ModalityOf(h, dont, cue.end_token);
    for (std::uint32_t m : members)
      if (c.m(m).type == EntityType::kCountry || c.m(m).type == EntityType::kOfficial)
        Add(c, RelationType::kMemberOf, m, *group, "dont-membre", modality);
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
    if (!role.empty()) r.attributes.emplace("role", role);
    if (former) r.attributes.emplace("former", "true");
  };
  // (The people whose titles gave them an edge, in order.)
  thread_local MentionList titled;
  titled.clear();
  // (Looked for at the first title that asks: most articles have none.)
  std::optional<std::int64_t> home;
  const auto home_state = [&]() -> std::int64_t {
    if (!home) {
      home = -1;
      for (const Mention& m : doc.mentions)
        if (m.type == EntityType::kCountry && !m.entity.empty()) {
          home = first_named_at(m.entity);
          break;
        }
    }
    return *home;
  };
  // "la vice-présidente Delcy Rodríguez", "le ministre de la Défense, Khawaja Asif": a head of state's,
  // government's or minister's title that names no state, of a person the gazetteer does not know, is held in
  // the article's own state, the first one it names (once all else is read: not when the person is a member
  // of a state otherwise, nor when the sentence names states but not that one).
  std::vector<std::pair<std::uint32_t, std::string>> homeless;  // each person's, with the role
  const auto state_title = [&](const std::string& role) {
    const std::string folded = Fold(role);
    std::string_view title = folded;
    if (title.rfind("vice-", 0) == 0) title.remove_prefix(5);
    return title.rfind("ministre", 0) == 0 || schema_.lexicon().Is("leader", title);
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
    // (A portfolio names no one: "ministre de la Défense", not "chef de la diplomatie du Parti".)
    const auto no_mention_in = [&](std::uint32_t from, std::uint32_t end) {
      return std::none_of(around.begin(), around.end(), [&](std::uint32_t k) {
        return k != i && doc.mentions[k].first_token < end && doc.mentions[k].end_token > from;
      });
    };
    std::int64_t target = -1;
    std::string portfolio;  // the role with the portfolio the title phrase names apart, if it does
    MentionList also;       // coordinated to the target: "du Pentagone et de l'OTAN"
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
        // ("le ministre des Affaires étrangères du Niger": with its portfolio, before the state.)
        if (x.type == EntityType::kCountry && b > first)
          portfolio = WithPortfolio(doc, schema_.lexicon(), p, TitleWordsEnd(doc, p), b - 1);
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
        // "le ministre chinois de la Défense": the title is held with its portfolio, the complement the
        // adjective split from it.
        // (Not a posting: "l'émissaire chinois à Kiev".)
        if (target >= 0 && t == TitleWordsEnd(doc, p)) {
          std::uint32_t end = t + 1;
          while (end < p.role_end && doc.tokens[end].fold != ","sv) ++end;
          if (no_mention_in(t + 1, end)) portfolio = WithPortfolio(doc, schema_.lexicon(), p, t + 1, end);
        }
      }
      // "Le chef de la diplomatie européenne, Josep Borrell": an institution's adjective (words.tsv
      // of_institution:ID) names it, when the article does. (Not an unnamed source's: "un diplomate européen"
      // may be a member state's.)
      for (std::uint32_t t = first; t < p.role_end && target < 0 && !p.anonymous; ++t)
        if (const std::string id = doc.tokens[t].lowered().adjective
                                       ? schema_.lexicon().ValueOf("of_institution:", doc.tokens[t])
                                       : std::string();
            !id.empty())
          if (const GazetteerEntry* e = schema_.gazetteer().FindById(id))
            target = first_named_at(e->NodeId());
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
      // ("selon un communiqué de son porte-parole", "S, par la voix de sa porte-parole X": as right after
      // "selon".)
      if (owner >= here.first_token + 3 &&
          (doc.tokens[owner - 1].fold == "de"sv || doc.tokens[owner - 1].fold == "d'"sv))
        for (std::uint32_t t = owner - 1; t-- > here.first_token && t + 5 > owner;) {
          const Token& w = doc.tokens[t];
          if (w.fold == "selon"sv || (w.fold == "par"sv && doc.tokens[t + 2].fold == "voix"sv)) return t;
          if (w.capitalized || !(schema_.lexicon().Is(WordClass::kDeterminer, w) || w.lowered().noun)) break;
        }
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
    // ("tandis que Kigali, par la voix de sa porte-parole X, a salué S": the one right before the comma.)
    if (target < 0 && antecedent_end && antecedent_sentence == p.sentence &&
        doc.tokens[*antecedent_end].fold == "par"sv && *antecedent_end > here.first_token &&
        doc.tokens[*antecedent_end - 1].fold == ","sv)
      target = VoiceOwner(doc, around, *antecedent_end - 1);
    // (Not a counterpart's: "Son homologue allemande X l'accompagnait" is of another state than the one
    // named before.)
    if (target < 0 && antecedent_end && antecedent_sentence < doc.sentences.size() &&
        !schema_.lexicon().Is("counterpart", Fold(p.role)))
      for (std::uint32_t k : by_sentence[antecedent_sentence]) {
        const Mention& x = doc.mentions[k];
        if (x.entity.empty() || x.type == EntityType::kCommunicationLine || x.type == EntityType::kPlace)
          continue;
        if ((x.type == EntityType::kInstitution || x.type == EntityType::kCountry) &&
            (antecedent_sentence != p.sentence || x.end_token <= *antecedent_end))
          target = k;
        break;
      }
    // "le directeur général de la sécurité extérieure, X": the director of the "Direction générale de la
    // sécurité extérieure" the article names (a title spelling the directorate's name).
    if (target < 0 && p.role_end > p.role_first + 2) {
      std::string_view title = doc.FoldedText(p.role_first, p.role_end);
      title = title.substr(0, title.find(" ,"sv));
      for (const std::string_view head : {"directeur "sv, "directrice "sv})
        if (title.starts_with(head)) {
          title.remove_prefix(head.size());
          const bool general = title.starts_with("general "sv) || title.starts_with("generale "sv);
          if (general) title.remove_prefix(title.find(' ') + 1);
          const std::string name = (general ? "direction generale "s : "direction "s) + std::string(title);
          for (const GazetteerEntry* e : schema_.gazetteer().FindByName(name))
            if (target < 0 && e->type == EntityType::kInstitution) target = first_named_at(e->NodeId());
        }
    }
    // "le secrétaire à la Défense Lloyd Austin": a title naming no state is held in the person's own one,
    // when the gazetteer knows it and the article names it.
    // (Else a head of state's, government's or minister's title naming no state: `homeless`.)
    bool at_home = false;
    if (target < 0) {
      if (const GazetteerEntry* e = schema_.gazetteer().FindByNodeId(p.entity)) {
        for (const std::string& country : e->Attribute("country"))
          if (target < 0) target = first_named_at("country:" + country);
      } else if (!p.former && !p.anonymous && p.nationality.empty() && home_state() >= 0 &&
                 state_title(p.role)) {
        target = home_state();
        at_home = true;
      }
    }
    if (target < 0) continue;
    // ("le secrétaire à la Défense Lloyd Austin": a portfolio with no state or institution in it.)
    if (const std::uint32_t from = portfolio.empty() ? TitleWordsEnd(doc, p) : p.role_first;
        from > p.role_first) {
      std::uint32_t end = from;
      while (end < p.role_end && doc.tokens[end].fold != ","sv && !doc.tokens[end].facts.nationality) ++end;
      if (no_mention_in(from, end)) portfolio = WithPortfolio(doc, schema_.lexicon(), p, from, end);
    }
    if (at_home) {
      homeless.emplace_back(i, portfolio.empty() ? p.role : portfolio);
      continue;
    }
    also.insert(also.begin(), static_cast<std::uint32_t>(target));
    const std::string* role = portfolio.empty() ? &p.role : &portfolio;
    // "X s'est entretenu avec son homologue Y": a counterpart holds the post of the titled person before him
    // in the sentence (as its title edge gave it) when that post is a head of state's or government's or a
    // minister's (words.tsv leader, same_role:), else no post the text gives ("homologue" says who he is to
    // another).
    std::string held;
    // (After a possessive, as counterparts are named: a look-up for each title cost 2M instructions on 1k
    // articles.)
    if (p.role_first > doc.sentences[p.sentence].first_token &&
        schema_.lexicon().Is(WordClass::kPossessive, doc.tokens[p.role_first - 1]) &&
        p.role.size() == doc.tokens[p.role_first].end - doc.tokens[p.role_first].begin &&
        schema_.lexicon().Is("counterpart", doc.tokens[p.role_first].fold)) {
      role = &held;
      for (std::size_t n = titled.size(); n-- > 0;) {
        const Mention& owner = doc.mentions[titled[n]];
        if (owner.sentence != p.sentence) break;
        if (owner.entity == p.entity) continue;
        const auto edge = std::find_if(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
          return r.rule == "title"sv && doc.mentions[r.source].entity == owner.entity;
        });
        const std::string* post = &owner.role;
        if (edge != doc.relations.end())
          if (const auto it = edge->attributes.find("role"); it != edge->attributes.end()) post = &it->second;
        if (const std::string folded = Fold(*post); folded.starts_with("ministre"sv) ||
                                                    schema_.lexicon().Is("leader", folded) ||
                                                    !schema_.lexicon().ValueOf("same_role:", folded).empty())
          held = *post;
        break;
      }
    }
    titled.push_back(i);
    for (std::uint32_t t : also) add_member(i, t, "title", *role, p.former);
    // "le général britannique X, commandant adjoint de l'OTAN": the rank's state too, when the article names
    // it.
    if (p.rank_first < p.first_token && doc.mentions[target].type == EntityType::kInstitution)
      if (const GazetteerEntry* state = schema_.gazetteer().FindById(p.nationality))
        if (const std::int64_t k = first_named_at(state->NodeId()); k >= 0 && k != target) {
          std::uint32_t rank_end = p.rank_first + 1;
          while (rank_end < p.first_token && !doc.tokens[rank_end].facts.nationality) ++rank_end;
          add_member(i, static_cast<std::uint32_t>(k), "title",
                     std::string(doc.TokenSpan(p.rank_first, rank_end)), p.former);
        }
  }
  // "Le service de renseignement (GUR), dirigé par X", "une délégation américaine conduite par la
  // sous-secrétaire d'Etat X": X heads the institution or state's group named right before the participle
  // (words.tsv led_by:ROLE, a participle's folded form).
  // And "le général X, qui commande le NORAD", "Hun Sen, qui préside le Sénat": the relative's verb (the
  // same forms, the present's too) says what X heads.
  // (Person `i` heads the institution or state of its sentence that starts at `first`, or ends at `end`.)
  const auto heads = [&](std::uint32_t i, std::uint32_t first, std::uint32_t end, const char* rule,
                         const std::string& role) {
    for (std::uint32_t k : by_sentence[doc.mentions[i].sentence])
      if (const Mention& x = doc.mentions[k];
          (x.first_token == first || x.end_token == end) && !x.entity.empty() &&
          (x.type == EntityType::kInstitution || x.type == EntityType::kCountry)) {
        add_member(i, k, rule, role, false);
        break;
      }
  };
  for (std::uint32_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& p = doc.mentions[i];
    if (p.type != EntityType::kOfficial || p.entity.empty() || p.anonymous) continue;
    const Sentence& here = doc.sentences[p.sentence];
    if (std::uint32_t v = p.end_token + 2;
        v + 1 < here.end_token && doc.tokens[v - 2].fold == ","sv && doc.tokens[v - 1].fold == "qui"sv) {
      while (v + 1 < here.end_token && (IsAuxiliary(doc.tokens[v].lowered()) ||
                                        (doc.tokens[v].lowered().adverb && !doc.tokens[v].capitalized)))
        ++v;
      if (const std::string role = schema_.lexicon().ValueOf("led_by:", doc.tokens[v]); !role.empty()) {
        std::uint32_t b = v + 1;
        while (b < here.end_token && IsArticle(doc.tokens[b])) ++b;
        heads(i, b, ~0u, "heads", role);
      }
    }
    std::uint32_t t = std::min(p.first_token, p.role_end > p.role_first ? p.role_first : p.first_token);
    // "Le Kremlin, par la voix de Dmitri Peskov, a averti": the voice of the institution or state before the
    // comma is its member.
    if (t == p.first_token && t >= here.first_token + 5 &&
        (doc.tokens[t - 1].fold == "de"sv || doc.tokens[t - 1].fold == "d'"sv) &&
        schema_.lexicon().Is("voice", doc.tokens[t - 2].fold) && IsArticle(doc.tokens[t - 3]) &&
        doc.tokens[t - 4].fold == "par"sv && doc.tokens[t - 5].fold == ","sv)
      if (const std::int64_t k = VoiceOwner(doc, by_sentence[p.sentence], t - 5); k >= 0)
        add_member(i, static_cast<std::uint32_t>(k), "voice", "", false);
    if (t > here.first_token && IsArticle(doc.tokens[t - 1])) --t;
    if (t < here.first_token + 3 || doc.tokens[t - 1].fold != "par"sv) continue;
    const std::string role = schema_.lexicon().ValueOf("led_by:", doc.tokens[t - 2]);
    if (role.empty()) continue;
    std::uint32_t end = t - 2;
    if (doc.tokens[end - 1].fold == ","sv) --end;
    if (end >= here.first_token + 4 && doc.tokens[end - 1].fold == ")"sv && doc.tokens[end - 3].fold == "("sv)
      end -= 3;  // the acronym in parentheses after the name: "(GUR),"
    heads(i, ~0u, end, "led-by", role);
  }
  for (const auto& [i, role] : homeless) {
    const Mention& p = doc.mentions[i];
    const auto in_state = [&](const Relation& r) {
      return r.type == RelationType::kMemberOf && doc.mentions[r.source].entity == p.entity &&
             doc.mentions[r.target].type == EntityType::kCountry;
    };
    bool other_state = false, home_named = false;
    for (std::uint32_t k : by_sentence[p.sentence])
      if (const Mention& x = doc.mentions[k]; x.type == EntityType::kCountry && !x.entity.empty()) {
        home_named |= x.entity == doc.mentions[*home].entity;
        other_state |= x.entity != doc.mentions[*home].entity;
      }
    if ((other_state && !home_named) || std::any_of(doc.relations.begin(), doc.relations.end(), in_state))
      continue;
    add_member(i, static_cast<std::uint32_t>(*home), "home-state", role, false);
  }
}

void RelationExtractor::ApposedAffiliations(Context& c) const {
  SentenceReader h{schema_, c};
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

}  // namespace newsgraph
