// Who a statement is about or answers when it names no one: the conversation or the statement named in the
// sentences before, the last speaker, the state a nationality names.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/CueFinder.h"
#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;

namespace {

// The first mention of the document that names `state` (not only by an adjective or a group), if any.
std::optional<std::uint32_t> NamedState(const RelationExtractor::Context& c, const GazetteerEntry& state) {
  for (std::uint32_t k = 0; k < c.doc.mentions.size(); ++k)
    if (c.doc.mentions[k].entity == state.NodeId() && !c.doc.mentions[k].generic) return k;
  return std::nullopt;
}

}  // namespace

// A conversation named before (a demonstrative before a contact noun in tokens [first, end): "sur cet
// échange", "sur ces appels"): its first party that is not `speaker` (an entity id), from the last asserted
// spoke_with of an earlier sentence.
std::optional<std::uint32_t> RelationExtractor::ConversationNamedBefore(const Context& c, std::uint32_t first,
                                                                        std::uint32_t end,
                                                                        std::string_view speaker) const {
  // (What opens the statement, after its "que" or its quotation mark.)
  std::uint32_t opening =
      first < end && (c.tok(first).fold == "que"sv || c.tok(first).fold == "qu'"sv) ? first + 1 : first;
  while (opening < end && CueFinder::IsQuote(c.doc.TokenText(opening))) ++opening;
  // ("sans commenter directement les discussions": and its adverbs.)
  while (opening + 1 < end && c.tok(opening).kind == TokenKind::kWord && !c.tok(opening).capitalized &&
         c.tok(opening).lowered().adverb && !c.tok(opening).lowered().noun &&
         !schema_.lexicon().Is(WordClass::kNegation, c.tok(opening)))
    ++opening;
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
    // ("a confirmé l'échange à la chaîne Geo News": or to whom it was said; "l'appel à la retenue" names
    // no one.)
    const auto to_someone = [&] {
      return IsTo(c.tok(noun_end)) && std::any_of(c.mentions.begin(), c.mentions.end(), [&](std::uint32_t k) {
               return IsActor(c.m(k)) && c.m(k).first_token > noun_end && c.m(k).first_token <= noun_end + 3;
             });
    };
    const bool alone = noun_end == c.s.end_token || c.tok(noun_end).kind == TokenKind::kPunct ||
                       c.tok(noun_end).fold == "sans"sv || c.tok(noun_end).fold == "dans"sv ||
                       c.tok(noun_end).fold == "par"sv || c.tok(noun_end).fold == "mais"sv ||
                       verb_at(noun_end) || qualified || to_someone();
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
        IsKindNoun(c.tok(after + 2).fold))
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
    const bool any = (IsAnyQuantifier(det) || negated_de()) &&
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
        if (c.tok(v).kind == TokenKind::kWord && schema_.lexicon().LemmaIn(WordClass::kOccurrence, c.tok(v)))
          return true;
      return false;
    };
    const bool indefinite_subject =
        t == opening && opening > first && (f == "des"sv || f == "un"sv || f == "une"sv) &&
        (verb_at(after) ||
         (after < c.s.end_token && (c.tok(after).fold == "se"sv || c.tok(after).fold == "s'"sv))) &&
        took_place();
    // ("a démenti l'existence de tels contacts": such a conversation is the one named before.)
    if (!IsDemonstrative(f) && !IsSuch(f) && !definite && !any && !again && !described && !indefinite_subject)
      continue;
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
  bool verb = false, none = false;
  auto q = FirstCueFrom(c, first);
  for (; q != c.doc.cues.end() && q->first_token < end; ++q) {
    if (q->cls != "contact"sv || q->conditional) continue;
    const WordInfo& info = c.tok(q->first_token).lowered();
    // ("avoir reçu": a participle after its auxiliary, which the dictionary also knows as a noun.)
    verb = info.verb &&
           (!info.noun || (q->first_token > first && IsAuxiliary(c.tok(q->first_token - 1).lowered())));
    // ("« Il n'y a pas eu de rencontre »", "aucune rencontre", "a démenti toute rencontre": a conversation
    // said not to exist.)
    if (const std::string_view before = q->first_token > first ? c.tok(q->first_token - 1).fold : ""sv;
        !verb && info.noun)
      none = before == "de"sv || before == "d'"sv || IsAnyQuantifier(before);
    if (verb || none) break;
  }
  if (!verb && !none) return std::nullopt;
  // ("ses diplomates se sont entretenus avec des responsables européens": a verb with "avec" names its own
  // party, if no one known.)
  for (std::uint32_t t = q->end_token; t < std::min(q->end_token + 3, end); ++t)
    if (c.tok(t).fold == "avec"sv) return std::nullopt;
  // (The last conversation of the three sentences before, one of whose parties the speaker is not; one said
  // not to exist may be one denied before: "Le Kremlin a démenti que X ait rencontré Y. « Il n'y a pas eu
  // de rencontre », a assuré Z".)
  for (std::size_t r = c.doc.relations.size(); r-- > 0;) {
    const Relation& rel = c.doc.relations[r];
    if (rel.sentence + 3 < c.sentence) break;
    if (rel.sentence >= c.sentence || rel.type != RelationType::kSpokeWith ||
        !(rel.modality == Modality::kAsserted || (none && rel.modality == Modality::kNegated)) ||
        ByGoBetween(rel))
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
  if (SentenceReader{schema_, c}.NoneIn(statement_noun_bit_, first, end)) return std::nullopt;
  for (std::uint32_t t = first; t + 1 < end; ++t) {
    const std::string_view f = c.tok(t).fold;
    // ("de telles exigences", "une telle déclaration": such a statement is the one before.)
    const bool such = IsSuch(f);
    if ((!IsDemonstrative(f) && !such && !IsArticle(c.tok(t)) && f != "des"sv) ||
        !schema_.lexicon().Is(WordClass::kStatementNoun, c.tok(t + 1)))
      continue;
    // (A claim may come with "des": "ont dénoncé des allégations « manifestement fausses »".)
    const bool claim = schema_.lexicon().Is("claim_noun", c.tok(t + 1).fold);
    // ("a démenti l'information.", "L'information a été démentie par X": a piece of news, words.tsv
    // news_noun, with the definite article and nothing after it that says what it was, is the one before;
    // "les critiques" may be anyone's.)
    const bool the =
        IsArticle(c.tok(t)) && schema_.lexicon().Is("news_noun", c.tok(t + 1).fold) &&
        (t + 2 >= end || c.tok(t + 2).kind == TokenKind::kPunct || c.tok(t + 2).lowered().finite);
    if (!IsDemonstrative(f) && !such && !the && !(claim && f == "des"sv)) continue;
    // (A claim is looked for as far back as a silence: statements that claimed nothing may come between.)
    if (std::optional<std::uint32_t> said =
            LastSpeaker(c, speaker, false, claim ? std::max(back, kSilenceReach) : back, claim);
        said || !claim)
      return said;
    // ("Selon cet ouvrage, X aurait eu sept conversations avec Y. L'équipe de X a qualifié ces affirmations
    // de « fausses »": with no one named who claimed it, the fact the sentence before told, by its party
    // other than the speaker.)
    for (std::size_t r = c.doc.relations.size(); r-- > 0 && c.doc.relations[r].sentence + 1 >= c.sentence;)
      if (const Relation& fact = c.doc.relations[r];
          fact.sentence < c.sentence && fact.modality == Modality::kAsserted &&
          (fact.type == RelationType::kSpokeWith || fact.type == RelationType::kUsed ||
           fact.type == RelationType::kEstablished))
        return c.m(fact.source).entity != speaker ? fact.source : fact.target;
    return std::nullopt;
  }
  return std::nullopt;
}

bool RelationExtractor::CalledFalse(Context& c, std::uint32_t first, std::uint32_t end) const {
  if (SentenceReader{schema_, c}.NoneIn(statement_noun_bit_, first, end)) return false;
  for (std::uint32_t t = first; t < end; ++t) {
    // (Claim nouns are statement nouns, a WordClass bit: the by-name look-up only for those.)
    if (!schema_.lexicon().Is(WordClass::kStatementNoun, c.tok(t)) ||
        !schema_.lexicon().Is("claim_noun", c.tok(t).fold))
      continue;
    // ("ces allégations « fausses »", "les accusations de « transparentes » et de « fausses »": what the
    // claim was called, with the qualifiers coordinated before.)
    bool called = false;
    for (std::uint32_t a = t + 1; a < std::min(end, t + (called ? 10 : 5)); ++a) {
      const Token& w = c.tok(a);
      if (schema_.lexicon().LemmaIn("falsehood", w.lowered())) return true;
      called |= w.fold == "de"sv || w.fold == "d'"sv;
      const bool qualifier =
          called && (w.fold == "de"sv || w.fold == "d'"sv || w.fold == "et"sv || w.lowered().adjective);
      if (!CueFinder::IsQuote(c.doc.TokenText(a)) && !(w.kind == TokenKind::kWord && w.lowered().adverb) &&
          !qualifier)
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
  // ("« Nous n'avons rien à voir avec cela »": no part in what was claimed.)
  const Lexicon& lexicon = schema_.lexicon();
  for (std::uint32_t k = first; k + 2 < end && k < first + 8; ++k)
    if (lexicon.Is(WordClass::kNegation, c.tok(k)) && c.tok(k).fold == "rien"sv && IsTo(c.tok(k + 1)) &&
        c.tok(k + 2).fold == "voir"sv)
      return true;
  std::uint32_t t = skip_quotes(first);
  // ("« Non, c'est faux »")
  if (t + 1 < end && c.tok(t).fold == "non"sv && c.tok(t + 1).fold == ","sv) t += 2;
  if (t + 2 >= end) return false;
  const std::string_view pronoun = c.tok(t).fold;
  if (pronoun != "c'"sv && pronoun != "ce"sv && pronoun != "cela"sv && pronoun != "ca"sv) return false;
  // ("Ce n'est pas vrai", "Cela n'est absolument pas exact": a truth negated, words.tsv truth.)
  const bool negated = c.tok(t + 1).fold == "n'"sv || c.tok(t + 1).fold == "ne"sv;
  if (negated) ++t;
  if (!HasLemma(c.tok(++t).lowered(), "etre")) return false;
  const auto falsehood = [&](std::uint32_t x) {
    return negated ? lexicon.LemmaIn("truth", c.tok(x).lowered())
                   : lexicon.LemmaIn("falsehood", c.tok(x).lowered());
  };
  if (negated) {
    // ("absolument")
    while (t + 1 < end && !lexicon.Is(WordClass::kNegation, c.tok(t + 1)) && c.tok(t + 1).lowered().adverb)
      ++t;
    if (t + 1 >= end || !lexicon.Is(WordClass::kNegation, c.tok(t + 1))) return false;
    ++t;
  }
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
  SentenceReader h{schema_, c};
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
  std::uint32_t subject = h.PhraseStart(sp, /*titled=*/true);
  bool relative = subject < cue.first_token && h.RelativeObject(sp);
  // ("ce que les deux pays démentent": the members of a pair are named elsewhere; its phrase is the subject.)
  if (const std::uint32_t g = h.VerbGroupStart(cue.first_token);
      !relative && g >= c.s.first_token + 5 && subject < g && c.tok(g - 3).fold == "les"sv &&
      IsGroupCount(c.tok(g - 2).fold) && c.tok(g - 4).fold == "que"sv && c.tok(g - 5).fold == "ce"sv) {
    subject = g - 3;
    relative = true;
  }
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

}  // namespace newsgraph
