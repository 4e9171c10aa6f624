#include "extract/CueFinder.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

#include "core/InstanceId.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;
namespace {

// What the matching in CueFinder::Process asks of a phrase's class and words, found once per phrase and
// thread (PhraseInfoOf) instead of by string comparisons for each phrase tried at each token.
struct PhraseInfo {
  bool none;       // class "none"
  bool statement;  // class "report" or "deny"
  // For each word of the phrase, what may come before it (the first word's, none):
  enum Before : std::uint8_t {
    kAuxiliary = 1,     // after "se": "s'est contenté de"
    kAdverb = 2,        // after a denial's "de": "de « manifestement fausses »"
    kTimeOrMedium = 4,  // before "avec", "à", "de" or "entre": "a parlé samedi soir avec"
    kObject = 8,        // a denial's "de" right after its verb: "a qualifié les accusations polonaises d'"
    kOccurrence = 16,   // "avec" or "entre" right after a noun: "un appel a eu lieu entre"
  };
  std::vector<std::uint8_t> before;
};
thread_local std::unordered_map<const Phrase*, PhraseInfo> phrase_infos;  // of the slots' owner's phrases

// The PhraseInfo of `p`, made the first time this thread asks.
const PhraseInfo& PhraseInfoOf(const Phrase& p) {
  const auto [it, added] = phrase_infos.try_emplace(&p);
  PhraseInfo& info = it->second;
  if (!added) return info;
  const bool deny = p.cls == "deny"sv;
  info.none = p.cls == "none"sv;
  info.statement = deny || p.cls == "report"sv;
  info.before.assign(p.words.size(), 0);
  for (std::size_t w = 1; w < p.words.size(); ++w) {
    const std::string& word = p.words[w];
    if (p.words[w - 1] == "se"sv) info.before[w] |= PhraseInfo::kAuxiliary;
    if (deny && p.words[w - 1] == "de"sv) info.before[w] |= PhraseInfo::kAdverb;
    if (word == "avec"sv || word == "a"sv || word == "de"sv || word == "entre"sv)
      info.before[w] |= PhraseInfo::kTimeOrMedium;
    if (w == 1 && (word == "avec"sv || word == "entre"sv)) info.before[w] |= PhraseInfo::kOccurrence;
    if (deny && w == 1 && word == "de"sv) info.before[w] |= PhraseInfo::kObject;
  }
  return info;
}

// A phrase that may start at a token, with its PhraseInfo.
struct Candidate {
  const Phrase* phrase;
  const PhraseInfo* info;
};

// Candidates' slots, per thread: the key (the WordInfo whose lemmas were read, none without them; the form's
// phrases) and its list. (2,048 of them, 80 KB: with 512, forms that took one another's slot refilled them
// about 3,000 times on 1k articles.)
constexpr int kCandidateBits = 11;
struct CandidateSlot {
  const WordInfo* lemmas_of = nullptr;
  const std::vector<Phrase>* cues = nullptr;  // none: an empty slot
  std::vector<Candidate> candidates;
};
thread_local std::array<CandidateSlot, std::size_t{1} << kCandidateBits> candidate_slots;
thread_local std::uint64_t candidate_slots_owner = 0;

// Makes `slot` the slot of token `t`'s phrases (with those of the lemmas of `lemmas_of`, when given). (Out of
// line: a slot is mostly found filled, and the look-up inlined in CueFinder::Process then stays small.)
[[gnu::noinline]] void FillCandidates(CandidateSlot& slot, const Token& t, const WordInfo* lemmas_of,
                                      const PhraseTable& cues) {
  // (A lemma that is the form itself has the form's phrases, or none when the form has none: the list is the
  // same for every token with this key.)
  slot.lemmas_of = lemmas_of;
  slot.cues = t.facts.cues;
  std::vector<Candidate>& candidates = slot.candidates;
  candidates.clear();
  for (const Phrase& p : *t.facts.cues) candidates.push_back({&p, &PhraseInfoOf(p)});
  if (lemmas_of == nullptr) return;
  // Longest first, in list order among phrases of a length: each one goes after those at least as long (a
  // stable sort of the lists put together, without its buffer).
  const auto longer = [](const Candidate& a, const Candidate& b) {
    return a.phrase->words.size() > b.phrase->words.size();
  };
  for (const std::string& lemma : lemmas_of->lemmas)
    if (lemma != t.fold)
      for (const Phrase& p : cues.StartingWith(lemma)) {
        const Candidate c{&p, &PhraseInfoOf(p)};
        candidates.insert(std::upper_bound(candidates.begin(), candidates.end(), c, longer), c);
      }
}

// The slot of a key (the WordInfo whose lemmas are read, none without them; the form's phrases).
std::size_t SlotOf(const WordInfo* lemmas_of, const std::vector<Phrase>* cues) {
  const auto key = reinterpret_cast<std::uintptr_t>(lemmas_of) ^ reinterpret_cast<std::uintptr_t>(cues);
  return (key * 0x9E3779B97F4A7C15ULL) >> (64 - kCandidateBits);
}

// Candidates' look-up when slot `at` holds another key. The other slot of its pair (at ^ 1) may hold it,
// moved there by a key that took its slot: the two swap places. Else the key is made in its slot, whose key
// moves to the other unless the other's own key is there. (With one slot for a key, two keys met again and
// again whose pointers hash to one slot refilled it each time: on 1k articles from 100 to 1,700 times, as the
// heap placed the forms' phrase lists and WordInfos.)
[[gnu::noinline]] const std::vector<Candidate>& MissedCandidates(std::size_t at, const Token& t,
                                                                 const WordInfo* lemmas_of,
                                                                 const PhraseTable& cues) {
  CandidateSlot& slot = candidate_slots[at];
  CandidateSlot& other = candidate_slots[at ^ 1];
  if (other.lemmas_of == lemmas_of && other.cues == t.facts.cues) {
    std::swap(slot, other);
    return slot.candidates;
  }
  if (other.cues == nullptr || SlotOf(other.lemmas_of, other.cues) != (at ^ 1)) std::swap(slot, other);
  FillCandidates(slot, t, lemmas_of, cues);
  return slot.candidates;
}

// The phrases that may start at `t`: those of its form (TokenFacts::cues) and, `with_lemmas`, those of its
// other lemmas, longest first (in list order among phrases of a length). Kept per thread in 2,048 slots, a
// pair of them for the keys of either: it depends only on the form's phrases and on the WordInfo whose lemmas
// are read (a pair of pointers), and a verb that reports is met again and again. Valid until the next call.
const std::vector<Candidate>& Candidates(const Token& t, bool with_lemmas, const PhraseTable& cues) {
  const WordInfo* lemmas_of = with_lemmas ? t.facts.lower : nullptr;
  const std::size_t at = SlotOf(lemmas_of, t.facts.cues);
  CandidateSlot& slot = candidate_slots[at];
  if (slot.lemmas_of != lemmas_of || slot.cues != t.facts.cues) [[unlikely]]
    return MissedCandidates(at, t, lemmas_of, cues);
  return slot.candidates;
}

}  // namespace

CueFinder::CueFinder(const Schema& schema) : schema_(schema), instance_(NewInstanceId()) {}

namespace {

// Whether `a` and `b` are the same bytes. (A plain loop, not memcmp: the words compared are short, and with
// no call in it CueFinder::Matches saves and restores no registers, 81k calls on 1k articles.)
bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (a[k] != b[k]) return false;
  return true;
}

// An article, a possessive or a demonstrative: the determiners one phrase word may stand for (not "de",
// "au" and the like, which words.tsv determiner also holds).
bool IsArticleLike(std::string_view f) {
  constexpr std::string_view kWords[] = {"le", "la",  "les",  "l'",    "un", "une", "des",   "son",
                                         "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces"};
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

}  // namespace

bool CueFinder::Matches(const Document& doc, std::uint32_t i, const std::string& word) const {
  const Token& t = doc.tokens[i];
  if (SameWord(t.fold, word)) return true;
  // "de" and "à" and their contractions with an article: "membre de" matches "membre du", "en charge des";
  // "parler à" (folded "parler a") matches "parler au", "parler aux".
  if (word == "de"sv && (t.fold == "du"sv || t.fold == "des"sv || t.fold == "d'"sv)) return true;
  // (Not "au cours de": a complement of occasion, TimeOrMedium.)
  if (word == "a"sv && (t.fold == "au"sv || t.fold == "aux"sv))
    return i + 1 >= doc.tokens.size() || !schema_.lexicon().Is(WordClass::kOccasion, doc.tokens[i + 1]);
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  // An article of a phrase stands for any other: "transmettre une réponse" matches "a transmis sa réponse",
  // "ce message".
  if (t.facts.classes != 0 && schema_.lexicon().Is(WordClass::kDeterminer, t) && IsArticleLike(t.fold) &&
      IsArticleLike(word))
    return true;
  // (A plain loop: std::find's unrolled one made each call save and restore more registers than a word
  // has lemmas to compare.)
  for (const std::string& lemma : t.lowered().lemmas)
    if (SameWord(lemma, word)) return true;
  return false;
}

bool CueFinder::MayStartTimeOrMedium(const Lexicon& lexicon, const Token& t) {
  // (TimeOrMedium's tests of the token itself, or what its next words need it to be.)
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  return (t.lowered().adverb && !lexicon.Is(WordClass::kNegation, t)) ||
         (lexicon.Is(WordClass::kStop, t) && t.lowered().noun) || !lexicon.ValueOf("channel:", t).empty() ||
         t.fold == "l'"sv || t.fold == "en"sv || t.fold == "par"sv || t.fold == "au"sv || t.fold == "a"sv ||
         t.fold == "le"sv || t.fold == "la"sv || t.fold == "ce"sv || t.fold == "cette"sv ||
         t.fold == "depuis"sv || lexicon.Is(WordClass::kOccasion, t);
}

bool CueFinder::MayComeInsideCue(const Lexicon& lexicon, const Token& t, std::string_view written) {
  // (What the matching loop of Process may skip before a phrase's next word.)
  return lexicon.Is(WordClass::kNegation, t) || IsAuxiliary(t.lowered()) || IsQuote(written) ||
         (t.kind == TokenKind::kWord && t.lowered().adverb) || t.facts.may_start_time_or_medium ||
         t.lower == "\xc3\xa0"sv || t.fold == "au"sv || t.fold == "aux"sv || t.fold == "s'"sv ||
         t.fold == "se"sv || lexicon.Is(WordClass::kDeterminer, t);
}

std::uint32_t CueFinder::OccurrenceLength(const Document& doc, const Sentence& s, std::uint32_t i) const {
  const Lexicon& lexicon = schema_.lexicon();
  std::uint32_t j = i;
  const auto word = [&] { return j < s.end_token && doc.tokens[j].kind == TokenKind::kWord; };
  if (word() && (doc.tokens[j].fold == "s'"sv || doc.tokens[j].fold == "se"sv)) ++j;
  const std::uint32_t verb_group = j;
  while (word() && (IsAuxiliary(doc.tokens[j].lowered()) || doc.tokens[j].lowered().adverb ||
                    lexicon.Is(WordClass::kNegation, doc.tokens[j])))
    ++j;
  // ("eu" of "a eu lieu", an auxiliary's participle.)
  if (j == verb_group) return 0;
  return word() && lexicon.LemmaIn(WordClass::kOccurrence, doc.tokens[j]) ? j + 1 - i : 0;
}

bool CueFinder::ObjectPronoun(const Token& t) {
  constexpr std::string_view kPronouns[] = {"en", "y", "le", "la", "les", "l'", "se", "s'", "lui", "leur"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), t.fold) != std::end(kPronouns);
}

std::uint32_t CueFinder::TimeOrMedium(const Document& doc, std::uint32_t i) const {
  const Lexicon& lexicon = schema_.lexicon();
  const Token& t = doc.tokens[i];
  if (t.kind == TokenKind::kNumber) return 1;
  if (t.kind != TokenKind::kWord || t.capitalized) return 0;
  // (Before the adverbs: hunspell has "depuis" as one, which it stays before any other word.)
  if (t.fold == "depuis"sv)
    if (const std::uint32_t since = SinceLength(doc, i)) return since;
  const WordInfo& info = t.lowered();
  const auto time_noun = [&](const Token& word) {
    return word.kind == TokenKind::kWord && lexicon.Is(WordClass::kStop, word) && word.lowered().noun;
  };
  // "le même jour", "la veille", "cette semaine", "la semaine dernière": a determiner, maybe an adjective,
  // a time word (words.tsv stop or period) and maybe an adjective (first: "la" is a noun, a musical note).
  if (t.fold == "le"sv || t.fold == "la"sv || t.fold == "ce"sv || t.fold == "cette"sv) {
    const auto adjective = [&](std::uint32_t k) {
      return k < doc.tokens.size() && doc.tokens[k].kind == TokenKind::kWord && !doc.tokens[k].capitalized &&
             doc.tokens[k].lowered().adjective;
    };
    std::uint32_t k = i + 1;
    if (adjective(k) && !doc.tokens[k].lowered().noun) ++k;
    if (k < doc.tokens.size() &&
        (time_noun(doc.tokens[k]) || (doc.tokens[k].kind == TokenKind::kWord && !doc.tokens[k].capitalized &&
                                      lexicon.Is(WordClass::kPeriod, doc.tokens[k])))) {
      ++k;
      if (adjective(k)) ++k;
      return k - i;
    }
  }
  if ((info.adverb && !lexicon.Is(WordClass::kNegation, t)) || time_noun(t) ||
      !lexicon.ValueOf("channel:", t).empty())
    return 1;  // "longuement", "samedi", "soir", "téléphone"
  if ((t.fold == "l'"sv || t.fold == "en"sv) && i + 1 < doc.tokens.size() &&
      (time_noun(doc.tokens[i + 1]) || (t.fold == "en"sv && doc.tokens[i + 1].kind == TokenKind::kNumber)))
    return 2;  // "l'après-midi", "en mars", "en 2023"
  if ((t.fold == "par"sv || t.fold == "au"sv) && i + 1 < doc.tokens.size() &&
      !lexicon.ValueOf("channel:", doc.tokens[i + 1]).empty())
    return 2;  // "par téléphone", "au téléphone"
  return OccasionLength(doc, i);
}

std::uint32_t CueFinder::SinceLength(const Document& doc, std::uint32_t i) const {
  // "depuis 2020", "depuis lundi", "depuis un mois", "depuis des semaines", "depuis le 7 avril": a
  // determiner, then numbers and time words (days, months: words.tsv stop; words.tsv period).
  const Lexicon& lexicon = schema_.lexicon();
  std::uint32_t k = i + 1;
  if (k < doc.tokens.size() && lexicon.Is(WordClass::kDeterminer, doc.tokens[k])) ++k;
  const std::uint32_t phrase = k;
  for (; k < doc.tokens.size() && k < phrase + 3; ++k) {
    const Token& w = doc.tokens[k];
    if (w.kind != TokenKind::kNumber &&
        !(w.kind == TokenKind::kWord && !w.capitalized &&
          ((lexicon.Is(WordClass::kStop, w) && w.lowered().noun) || lexicon.Is(WordClass::kPeriod, w))))
      break;
  }
  return k > phrase ? k - i : 0;
}

std::uint32_t CueFinder::OccasionLength(const Document& doc, std::uint32_t i) const {
  const Lexicon& lexicon = schema_.lexicon();
  const auto fold = [&](std::uint32_t k) { return k < doc.tokens.size() ? doc.tokens[k].fold : ""sv; };
  std::uint32_t k = i;
  if (fold(k) == "au"sv || fold(k) == "a"sv) ++k;  // "au cours", "à l'issue"
  if (fold(k) == "l'"sv) ++k;
  if (k >= doc.tokens.size() || !lexicon.Is(WordClass::kOccasion, doc.tokens[k])) return 0;
  ++k;
  if (const std::string_view f = fold(k); f == "de"sv || f == "du"sv || f == "des"sv || f == "d'"sv) ++k;
  // Its noun phrase: lower-case words and numbers, up to a preposition, a punctuation mark or a name.
  const std::uint32_t phrase = k;
  for (; k < doc.tokens.size() && k < phrase + 5; ++k) {
    const Token& w = doc.tokens[k];
    if (w.kind == TokenKind::kPunct || w.capitalized || w.fold == "avec"sv || w.fold == "a"sv ||
        w.fold == "au"sv || w.fold == "aux"sv || w.fold == "par"sv ||
        (w.kind == TokenKind::kWord && w.lowered().finite))
      break;
  }
  return k > phrase ? k - i : 0;
}

bool CueFinder::NegatedByNi(const Document& doc, const Sentence& s, std::uint32_t ne) {
  // (Back to the start of the clause: a comma, a "que" or a verb ends the subject.)
  for (std::uint32_t t = ne; t-- > s.first_token;) {
    const Token& w = doc.tokens[t];
    if (w.fold == "ni"sv) return true;
    if (w.fold == ","sv || w.fold == ";"sv || w.fold == "que"sv || w.fold == "qu'"sv ||
        (w.kind == TokenKind::kWord && !w.capitalized && w.lowered().finite && !w.lowered().noun))
      return false;
  }
  return false;
}

std::optional<std::uint32_t> CueFinder::RefusalBefore(const Document& doc, const Sentence& s,
                                                      std::uint32_t i) const {
  const Lexicon& lexicon = schema_.lexicon();
  const auto lemma_in = [&](std::uint32_t k, WordClass cls) {
    const Token& t = doc.tokens[k];
    return t.kind == TokenKind::kWord && !t.capitalized && lexicon.LemmaIn(cls, t);
  };
  // The object pronouns of the infinitive: "en dire plus", "le confirmer", "y répondre", "s'exprimer".
  std::uint32_t k = i;
  while (k > s.first_token && doc.tokens[k - 1].facts.object_pronoun) --k;
  if (k < s.first_token + 2) return std::nullopt;
  const std::string_view preposition = doc.TokenText(k - 1);
  if ((preposition == "de"sv || preposition == "d'"sv || preposition == "à"sv) &&
      lemma_in(k - 2, WordClass::kRefusal))
    return k - 2;
  // "sans en préciser le contenu", "sans confirmer": a statement not made.
  if (preposition == "sans"sv) return k - 1;
  // "n'a pas souhaité", "ne souhaite pas": the negation's second word before the verb or right after it.
  const auto negation = [&](std::uint32_t n) {
    return doc.tokens[n].fold != "ne"sv && doc.tokens[n].fold != "n'"sv &&
           lexicon.Is(WordClass::kNegation, doc.tokens[n]);
  };
  if (negation(k - 1))
    return lemma_in(k - 2, WordClass::kWish) ? std::optional<std::uint32_t>(k - 2) : std::nullopt;
  if (!lemma_in(k - 1, WordClass::kWish)) return std::nullopt;
  // ("sans vouloir commenter")
  if (doc.tokens[k - 2].fold == "sans"sv) return k - 2;
  for (std::uint32_t n = k - 1; n-- > s.first_token && n + 3 >= k - 1;)
    if (negation(n) ||
        ((doc.tokens[n].fold == "ne"sv || doc.tokens[n].fold == "n'"sv) && NegatedByNi(doc, s, n)))
      return n;
  return std::nullopt;
}

bool CueFinder::Attributive(const Document& doc, const Sentence& s, std::uint32_t i) const {
  const WordInfo& info = doc.tokens[i].lowered();
  // (A finite form that is also an adjective is one after a noun: "des infrastructures critiques".)
  if (i == s.first_token || (info.finite && !info.adjective) || !(info.participle || info.adjective))
    return false;
  // "Mohamed Hamdane Daglo, dit « Hemedti »": the nickname the person named is known by.
  if (info.participle && i >= s.first_token + 2 && doc.tokens[i - 1].fold == ","sv &&
      doc.tokens[i - 2].capitalized && i + 1 < s.end_token && IsQuote(doc.TokenText(i + 1)))
    return true;
  const Token& before = doc.tokens[i - 1];
  const WordInfo& noun = before.lowered();
  // ("n'a pas communiqué": "pas" is no noun there; "ses demandes répétées": a noun after its determiner,
  // verb form or not.)
  const bool determined = i >= s.first_token + 2 && !doc.tokens[i - 2].capitalized && !IsAuxiliary(noun) &&
                          schema_.lexicon().Is(WordClass::kDeterminer, doc.tokens[i - 2]);
  if (before.kind != TokenKind::kWord || before.capitalized || !noun.noun || (noun.verb && !determined) ||
      noun.adverb || schema_.lexicon().Is(WordClass::kNegation, before))
    return false;
  // ("a de son côté affirmé que": a verb after its auxiliary; not "n'avait reçu aucune proposition écrite",
  // whose auxiliary is the participle's before it.)
  for (std::uint32_t k = i - 1; k-- > s.first_token && k + 5 > i;) {
    const WordInfo& aux = doc.tokens[k].lowered();
    if (aux.finite && IsAuxiliary(aux)) return false;
    if (aux.participle && aux.verb) break;
  }
  if (i + 1 == s.end_token) return true;
  const std::string_view next = doc.tokens[i + 1].fold;
  return next != "par"sv && next != "que"sv && next != "qu'"sv;
}

std::uint32_t CueFinder::ObjectEnd(const Document& doc, const Sentence& s, std::uint32_t first) const {
  const Lexicon& lexicon = schema_.lexicon();
  if (first >= s.end_token || !lexicon.Is(WordClass::kDeterminer, doc.tokens[first]) ||
      doc.tokens[first].fold == "de"sv || doc.tokens[first].fold == "d'"sv)
    return first;
  for (std::uint32_t t = first + 1; t < s.end_token && t < first + 6; ++t) {
    const Token& w = doc.tokens[t];
    if (w.kind != TokenKind::kWord || (w.lowered().finite && !w.lowered().noun)) return first;
    if (w.fold == "de"sv || w.fold == "d'"sv) return t;
  }
  return first;
}

bool CueFinder::InIncise(const Document& doc, const Sentence& s, std::uint32_t i) const {
  const Lexicon& lexicon = schema_.lexicon();
  std::uint32_t k = i;
  while (k > s.first_token &&
         (IsAuxiliary(doc.tokens[k - 1].lowered()) || lexicon.Is(WordClass::kClitic, doc.tokens[k - 1])))
    --k;
  if (k == s.first_token || !(doc.tokens[k - 1].fold == ","sv || IsQuote(doc.TokenText(k - 1)))) return false;
  // (A participle with no auxiliary opens a participial phrase: "leur hors-bord, poursuivi par les
  // garde-côtes".)
  if (k == i && !doc.tokens[i].lowered().finite) return false;
  return i + 1 == s.end_token || (doc.tokens[i + 1].fold != "que"sv && doc.tokens[i + 1].fold != "qu'"sv);
}

void CueFinder::Process(Document& doc) const {
  const Lexicon& lexicon = schema_.lexicon();
  // (About one cue every ten tokens: room made once.)
  doc.cues.reserve(doc.cues.size() + doc.tokens.size() / 8);
  // Most tokens start no phrase and are no verb of an incise: they are passed by a search whose loop, with no
  // call in it, stays tight.
  const auto may_start = [](const Token& t) { return t.facts.may_start_cue; };
  if (candidate_slots_owner != instance_) {
    candidate_slots_owner = instance_;
    candidate_slots.fill({});
    phrase_infos.clear();
  }
  for (const Sentence& s : doc.sentences) {
    const auto sentence_end = doc.tokens.begin() + s.end_token;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      i = static_cast<std::uint32_t>(std::find_if(doc.tokens.begin() + i, sentence_end, may_start) -
                                     doc.tokens.begin());
      if (i == s.end_token) break;
      const Token& t = doc.tokens[i];
      const bool lemma_cues = t.facts.lemma_cues && (!t.capitalized || i == s.first_token);
      // Most words start no phrase: only whether they report in an incise is asked of them.
      if (t.facts.cues->empty() && !lemma_cues) {
        if (InciseReport(doc, s, i)) doc.cues.push_back(Cue{"report", i, i + 1, false});
        continue;
      }
      // Candidate phrases start with the token's form or with one of its lemmas.
      const std::vector<Candidate>& candidates = Candidates(t, lemma_cues, lexicon.cues());
      const std::size_t cues_before = doc.cues.size();
      // "du dirigeant russe", "les participants": a present participle after a determiner is a noun, no
      // verb's cue.
      // (Of a phrase matched by its verb's lemma: asked once per token, before the phrases' first words.)
      const bool participle_noun = t.lowered().noun && i > s.first_token &&
                                   lexicon.Is(WordClass::kDeterminer, doc.tokens[i - 1]) &&
                                   (t.fold.ends_with("ant"sv) || t.fold.ends_with("ants"sv) ||
                                    t.fold.ends_with("ante"sv) || t.fold.ends_with("antes"sv));
      // (What the loops below read of the token, the phrase and its words, read once: after each call to
      // Matches the compiler loads them again.)
      const bool verb = t.lowered().verb;
      // Nothing may come between the token and the next (TokenFacts::may_come_inside_cue): a longer phrase
      // goes on there with its second word or fails (most of those tried fail there: "se", "faire", "d'").
      const bool next_plain = i + 1 == s.end_token || !doc.tokens[i + 1].facts.may_come_inside_cue;
      for (const Candidate& c : candidates) {
        const Phrase* p = c.phrase;
        if (participle_noun && p->words.front() != t.fold) continue;
        // Later words follow one another ("se sont entretenus" is matched by its lemma alone).
        std::uint32_t j = i + 1;
        std::size_t w = 1;
        bool ok = true;
        bool object_inside = false;  // the verb's object between its words: "qualifier X de faux"
        const std::size_t words = p->words.size();
        if (words > 1 && next_plain) {
          if (i + 1 == s.end_token || !Matches(doc, i + 1, p->words[1])) continue;
          w = 2;
          j = i + 2;
        }
        for (; w < words && ok; ++w, ++j) {
          const std::string& word = p->words[w];
          const std::uint8_t before = c.info->before[w];
          // Whether token `at` is `word`, the answer for the last token asked kept: a word is mostly asked
          // of the same token two or three times below.
          std::uint32_t known_at = UINT32_MAX;
          bool known = false;
          const auto matches = [&](std::uint32_t at) {
            if (at != known_at) {
              known_at = at;
              known = Matches(doc, at, word);
            }
            return known;
          };
          // A negation inside the phrase is skipped: "ne répond plus aux appels" is "répondre à appel"; so
          // are quotation marks: "a qualifié de « fausses »".
          if (j < s.end_token && !matches(j) && lexicon.Is(WordClass::kNegation, doc.tokens[j])) ++j;
          // So is the auxiliary of a reflexive verb: "s'est contenté de dire" is "se contenter de dire".
          if ((before & PhraseInfo::kAuxiliary) && j < s.end_token && !matches(j) &&
              IsAuxiliary(doc.tokens[j].lowered()))
            ++j;
          while (j < s.end_token && IsQuote(doc.TokenText(j))) ++j;
          // So is an adverb before a denial's adjective: "a qualifié ces allégations de « manifestement
          // fausses »".
          if (before & PhraseInfo::kAdverb)
            while (j + 1 < s.end_token && !matches(j) && doc.tokens[j].kind == TokenKind::kWord &&
                   doc.tokens[j].lowered().adverb && !lexicon.Is(WordClass::kNegation, doc.tokens[j]))
              ++j;
          // And a noun the adjective qualifies: "a qualifié ces informations de « rumeurs infondées »".
          if ((before & PhraseInfo::kAdverb) && j + 1 < s.end_token && !matches(j) &&
              doc.tokens[j].kind == TokenKind::kWord && !doc.tokens[j].capitalized &&
              doc.tokens[j].lowered().noun && matches(j + 1))
            ++j;
          // So is the verb saying that a noun's conversation took place: "un appel a eu lieu mardi entre X et
          // Y".
          if ((before & PhraseInfo::kOccurrence) && !verb && j < s.end_token && !matches(j))
            j += OccurrenceLength(doc, s, j);
          // So are a time and a medium before its preposition, or right after its verb: "a parlé samedi soir
          // avec", "a parlé par téléphone avec", "a reçu dimanche un appel", "parlerait « bientôt » avec".
          if ((before & PhraseInfo::kTimeOrMedium) || (w == 1 && verb))
            for (std::uint32_t gap = 0; gap < 4 && j + 1 < s.end_token && !matches(j); ++gap) {
              const std::uint32_t skip =
                  doc.tokens[j].facts.may_start_time_or_medium ? TimeOrMedium(doc, j) : 0;
              if (!skip) break;
              j += skip;
              while (j < s.end_token && IsQuote(doc.TokenText(j))) ++j;
            }
          // So is the addressee right after its verb, before the object's determiner: "a transmis dimanche à
          // son homologue Y un message", "a remis au chef du bureau politique du Hamas, Y, la proposition"
          // (no verb nor punctuation in between, but for the commas of a name in apposition).
          if (w == 1 && verb && j + 2 < s.end_token && !matches(j) &&
              (doc.tokens[j].lower == "\xc3\xa0"sv || doc.tokens[j].fold == "au"sv ||
               doc.tokens[j].fold == "aux"sv))
            for (std::uint32_t k = j + 1; k < std::min(j + 14, s.end_token); ++k) {
              const Token& x = doc.tokens[k];
              const bool apposition_comma =
                  x.fold == ","sv &&
                  (doc.tokens[k - 1].capitalized || (k + 1 < s.end_token && doc.tokens[k + 1].capitalized));
              if ((x.kind != TokenKind::kWord && !apposition_comma) ||
                  (!x.capitalized && x.lowered().verb && !x.lowered().noun && !x.lowered().adjective))
                break;
              if (k > j + 1 && Matches(doc, k, word) && lexicon.Is(WordClass::kDeterminer, x)) {
                j = k;
                break;
              }
            }
          // A denial's verb may have its object before its "de": "a qualifié les accusations polonaises
          // d'« infondées »".
          if (const std::uint32_t object = j;
              (before & PhraseInfo::kObject) && j < s.end_token && !matches(j))
            if (const std::uint32_t end = ObjectEnd(doc, s, object); end > object) {
              j = end;
              object_inside = j < s.end_token && matches(j);
            }
          // So is an adjective between a determiner and its noun: "lors d'un premier appel", "ont eu un long
          // appel" (words.tsv prenominal).
          if (w >= 2 && j + 1 < s.end_token && !matches(j) && doc.tokens[j].kind == TokenKind::kWord &&
              lexicon.Is(WordClass::kDeterminer, doc.tokens[j - 1]) &&
              lexicon.LemmaIn("prenominal", doc.tokens[j].lowered()))
            ++j;
          ok = j < s.end_token && matches(j);
        }
        if (!ok) continue;
        // A phrase of class "none" only takes the cue reading away from its first word ("répond" in "ne
        // répond plus aux appels"); the words after it may still be cues ("appels").
        if (c.info->none) break;
        if (c.info->statement && p->words.size() == 1 && Attributive(doc, s, i)) break;
        // "les informations faisant état d'une rencontre": what a statement noun says, whose speaker is
        // not the sentence's.
        if (c.info->statement && i > s.first_token && t.fold.ends_with("ant"sv) && !t.lowered().finite &&
            lexicon.Is(WordClass::kStatementNoun, doc.tokens[i - 1]))
          break;
        // (The cue is then the verb alone: what is denied comes after it.)
        Cue cue{p->cls, i, object_inside ? i + 1 : j, false};
        if (c.info->statement)
          if (const std::optional<std::uint32_t> refusal = RefusalBefore(doc, s, i)) {
            // (The refusing verb was taken for an intention.)
            while (!doc.cues.empty() && doc.cues.back().first_token >= *refusal) doc.cues.pop_back();
            cue = Cue{"decline", *refusal, j, false};
          }
        // "Le Kremlin ne commente pas", "je ne répondrai pas": a statement verb negated in a simple tense
        // (words.tsv decline_verb), as "n'a pas commenté"; so is one negated by "ni" ("Ni X ni Y n'ont
        // répondu").
        // (The words' folds first: most statement verbs follow no "ne".)
        if (c.info->statement && cue.cls == "report"sv && i > s.first_token) {
          const bool simple = t.lowered().finite;
          std::uint32_t ne = simple ? i : i - 1;  // (before the auxiliary of a compound tense)
          while (ne > s.first_token && doc.tokens[ne - 1].facts.object_pronoun) --ne;
          if (ne > s.first_token &&
              (doc.tokens[ne - 1].fold == "ne"sv || doc.tokens[ne - 1].fold == "n'"sv) &&
              (simple || (t.lowered().participle && IsAuxiliary(doc.tokens[i - 1].lowered())))) {
            const bool second = simple && i + 1 < s.end_token && doc.tokens[i + 1].fold != "ne"sv &&
                                lexicon.Is(WordClass::kNegation, doc.tokens[i + 1]);
            if ((second || NegatedByNi(doc, s, ne - 1)) && lexicon.LemmaIn("decline_verb", t.lowered()))
              cue = Cue{"decline", ne - 1, second ? i + 2 : i + 1, false};
          }
        }
        // "a rejeté toute solution de compromis", "a rejeté l'offre": a proposal (words.tsv) is refused, no
        // claim denied ("a démenti toute médiation" denies one).
        if (cue.cls == "deny"sv && cue.end_token == i + 1 && lexicon.LemmaIn("refuse_verb", t.lowered())) {
          std::uint32_t k = cue.end_token;
          while (k < s.end_token && (lexicon.Is(WordClass::kDeterminer, doc.tokens[k]) ||
                                     doc.tokens[k].fold == "tout"sv || doc.tokens[k].fold == "toute"sv ||
                                     (doc.tokens[k].lowered().adverb && !doc.tokens[k].capitalized)))
            ++k;
          if (k < s.end_token && lexicon.Is("proposal", doc.tokens[k].fold)) cue.cls = "report";
        }
        // The conditional mood on the cue or its auxiliary ("aurait déclaré", "pourrait utiliser").
        for (std::uint32_t k = i; k-- > s.first_token && k + 3 >= i;) {
          const Token& aux = doc.tokens[k];
          if (aux.kind != TokenKind::kWord) break;
          if (aux.lowered().conditional) cue.conditional = true;
        }
        if (t.lowered().conditional) cue.conditional = true;
        doc.cues.push_back(std::move(cue));
        i = j - 1;
        break;
      }
      if (doc.cues.size() == cues_before && InciseReport(doc, s, i))
        doc.cues.push_back(Cue{"report", i, i + 1, false});
    }
  }
}

}  // namespace newsgraph
