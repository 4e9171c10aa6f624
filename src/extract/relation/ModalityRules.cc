// What makes a fact other than asserted, or gives it attributes: a denial or an intention that governs its
// cue, a call refused, the sentence's channel, times and dates (FactAttributes).
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/RelationExtractor.h"
#include "extract/relation/RuleSupport.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;

// The cue `governor` governs the infinitive of `fact`: only the infinitive's verb group (and a day) in
// between, the governor's subject its subject: "a démenti avoir parlé avec", "a nié s'être entretenu avec",
// "a proposé mardi de mettre en place".
bool RelationExtractor::Governs(const Context& c, const Cue& governor, const Cue& fact) const {
  if (governor.end_token > fact.first_token || fact.first_token > governor.end_token + 7) return false;
  const Lexicon& lexicon = schema_.lexicon();
  const bool fact_noun = c.tok(fact.first_token).lowered().noun && !c.tok(fact.first_token).lowered().verb;
  // ("a proposé à Pyongyang de rétablir la ligne": past the governing verb's addressee.)
  std::uint32_t from = governor.end_token;
  std::int64_t addressee = -1;
  if (from + 1 < fact.first_token && IsTo(c.tok(from)) && c.tok(governor.first_token).lowered().verb) {
    std::uint32_t t = from + 1;
    while (t < fact.first_token && IsArticle(c.tok(t))) ++t;
    for (std::uint32_t k : c.mentions)
      if (c.m(k).first_token == t && IsActor(c.m(k)) && c.m(k).end_token < fact.first_token) {
        addressee = k;
        from = c.m(k).end_token;
      }
  }
  for (std::uint32_t t = from; t < fact.first_token; ++t) {
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
    // ("a tenté à une dizaine de reprises de joindre": the words before "reprises", asked last.)
    const auto times_ahead = [&] {
      if (!info.noun && !lexicon.Is(WordClass::kDeterminer, w)) return false;
      for (std::uint32_t u = t + 1; u < fact.first_token && u < t + 4; ++u)
        if (lexicon.Is(WordClass::kTimes, c.tok(u))) return true;
      return false;
    };
    const bool article = t + 1 == fact.first_token && lexicon.Is(WordClass::kDeterminer, w);
    // ("a démenti l'existence de négociations", "les informations faisant état de pourparlers": the noun
    // phrase whose complement the fact's noun is.)
    const bool noun_phrase =
        fact_noun && ((info.noun && !info.finite) || lexicon.Is(WordClass::kDeterminer, w));
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
          (verb_group || day || article || modifier || coordinated || how || purpose || noun_phrase ||
           times_ahead())))
      return false;
  }
  for (std::uint32_t k : c.mentions)
    if (k != addressee && c.m(k).end_token > governor.end_token && c.m(k).first_token < fact.first_token)
      return false;
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
    // ("a refusé d'entrer dans les détails de son entretien avec X": the details of a conversation that took
    // place, as with "de donner des détails sur".)
    const auto topic_noun = [&] {
      const WordInfo& last = c.tok(x->end_token - 1).lowered();
      return last.noun && !last.verb;
    };
    if ((x->cls == "intention"sv || (x->cls == "decline"sv && !AnswersACall(c, *x) && !topic_noun())) &&
        Governs(c, *x, fact))
      return true;
    if (x->cls == "intention"sv && PurposeOfGoverned(c, *x, fact)) return true;
    // "a appelé Pékin à renouer le dialogue", "a exhorté X à entamer des négociations" (words.tsv urge):
    // what an appeal urges has not happened.
    const bool urge =
        x->cls == "intention"sv && schema_.lexicon().LemmaIn(WordClass::kUrge, c.tok(x->first_token));
    if ((x->cls != "contact"sv && !urge) || x->first_token >= fact.first_token) return false;
    // ("a appelé X à retirer ses troupes et à engager des négociations avec Y": an infinitive coordinated to
    // the one urged is urged too.)
    std::uint32_t urged = x->end_token;
    for (std::uint32_t t = x->end_token; t + 2 < fact.first_token && t < x->end_token + 24; ++t)
      if (const std::string_view linker = c.tok(t + 1).fold;
          c.tok(t).fold == "et"sv && (IsTo(c.tok(t + 1)) || linker == "de"sv || linker == "d'"sv) &&
          c.tok(t + 2).lowered().infinitive)
        urged = t + 2;
    if (fact.first_token > urged + 8 || !(urge ? UrgesToDo(c, *x) : AppealNotCall(c, *x))) return false;
    // ("a appelé X à la retenue lors d'un entretien": the occasion the appeal was made on.)
    for (std::uint32_t t = x->end_token; t < fact.first_token; ++t)
      if (c.tok(t).kind == TokenKind::kPunct || schema_.lexicon().Is(WordClass::kOccasion, c.tok(t)))
        return false;
    return true;
  });
}

const Cue* RelationExtractor::Attempt(const Context& c, const std::vector<const Cue*>& cues,
                                      const Cue& fact) const {
  for (const Cue* x : cues)
    if (x->cls == "intention"sv && x->first_token < fact.first_token &&
        schema_.lexicon().LemmaIn("attempt", c.tok(x->first_token).lowered()) && Governs(c, *x, fact))
      return x;
  return nullptr;
}

bool RelationExtractor::UrgesToDo(const Context& c, const Cue& cue) const {
  // ("a exhorté M. Poutine à retirer ses troupes", "a pressé Kiev de négocier": "à" or "de" and an
  // infinitive after the object, in the same clause.)
  for (std::uint32_t t = cue.end_token; t + 1 < std::min(cue.end_token + 10, c.s.end_token); ++t) {
    const Token& w = c.tok(t);
    if (w.kind == TokenKind::kPunct) return false;
    if ((IsTo(w) || w.fold == "de"sv || w.fold == "d'"sv) && c.tok(t + 1).lowered().infinitive) return true;
  }
  return false;
}

void RelationExtractor::RefusedCalls(Context& c, const std::vector<const Cue*>& cues) const {
  SentenceReader h{schema_, c};
  const auto state_of = [&](std::uint32_t k) { return StateOfMention(schema_.gazetteer(), c.m(k)); };
  for (const Cue* cue : cues) {
    if (cue->cls != "intention"sv || !HasLemma(c.tok(cue->first_token).lowered(), "refuser")) continue;
    // ("l'appel de X", "de prendre la ligne", "de répondre aux appels"; "un appel à la retenue" is no call.)
    std::int64_t call = -1;
    for (std::uint32_t t = cue->end_token; t < std::min(cue->end_token + 4, c.s.end_token) && call < 0; ++t)
      if ((HasLemma(c.tok(t).lowered(), "appel") && (t + 1 == c.s.end_token || !IsTo(c.tok(t + 1)))) ||
          HasLemma(c.tok(t).lowered(), "ligne"))
        call = t;
    if (call < 0) continue;
    // ("Le Pentagone a tenté d'établir une communication via la ligne, mais X a refusé de prendre l'appel":
    // the call this sentence told of before, no earlier one.)
    if (std::any_of(cues.begin(), cues.end(), [&](const Cue* told) {
          return told->first_token < cue->first_token &&
                 (told->cls == "contact"sv || told->cls == "use"sv || told->cls == "establish"sv);
        }))
      continue;
    // The caller the call is named by ("l'appel d'Austin", "un appel du secrétaire à la Défense X"), if any:
    // the refused call is one with that person, or that state.
    std::int64_t caller = -1;
    if (const auto after = static_cast<std::uint32_t>(call) + 1; after < c.s.end_token && h.IsGenitive(after))
      for (std::uint32_t k : c.mentions)
        if (const Mention& x = c.m(k); x.first_token > after && IsActor(x)) {
          bool clause = x.first_token < after + 10;
          for (std::uint32_t t = after; clause && t < x.first_token; ++t)
            clause = c.tok(t).kind != TokenKind::kPunct || c.tok(t).fold == "'"sv;
          if (clause) caller = k;
          break;
        }
    const auto called = [&](std::uint32_t party) {
      if (caller < 0) return true;
      const Mention& x = c.m(static_cast<std::uint32_t>(caller));
      const std::string_view state = state_of(static_cast<std::uint32_t>(caller));
      return x.type == EntityType::kOfficial || state.empty() ? c.m(party).entity == x.entity
                                                              : state_of(party) == state;
    };
    for (std::uint32_t refuser : h.Subjects(cue->first_token)) {
      const std::string_view side = state_of(refuser);
      for (std::size_t r = c.doc.relations.size();
           r-- > 0 && c.doc.relations[r].sentence + 3 >= c.sentence;) {
        Relation& rel = c.doc.relations[r];
        if (rel.sentence == c.sentence || rel.type != RelationType::kSpokeWith ||
            rel.modality != Modality::kAsserted)
          continue;
        // (A meeting in person was no call: "X a rencontré Y. Pékin avait refusé un appel de Z".)
        if (const auto channel = rel.attributes.find("channel");
            channel != rel.attributes.end() && channel->second == "in person")
          continue;
        const auto refuses = [&](std::uint32_t party) {
          return c.m(party).entity == c.m(refuser).entity || (!side.empty() && state_of(party) == side);
        };
        if ((refuses(rel.source) && called(rel.target)) || (refuses(rel.target) && called(rel.source)))
          rel.modality = Modality::kNegated;
      }
    }
  }
}

std::map<std::string, std::string> RelationExtractor::FactAttributes(Context& c) const {
  // What the sentence says about how, how often and when: "par téléphone", "à deux reprises", "le 18
  // février".
  const Lexicon& lex = schema_.lexicon();
  std::map<std::string, std::string> out;
  // (Most sentences that give a fact have no word it looks for.)
  if (!(SentenceReader{schema_, c}.SentenceWords() & kAttributeWord)) return out;
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

}  // namespace newsgraph
