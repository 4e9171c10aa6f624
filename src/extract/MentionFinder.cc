#include "extract/MentionFinder.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <tuple>

#include "core/TokenOfFolded.h"
#include "extract/MentionOrder.h"
#include "resolve/NameKey.h"
#include "schema/PhraseTable.h"
#include "text/Fold.h"
#include "text/Morphology.h"

namespace newsgraph {

using namespace std::string_view_literals;
namespace {

// A monarch's number after the name: "II", "III", "IV" ... "XVI" (roman numerals of one to sixteen).
bool RegnalNumber(std::string_view word) {
  static constexpr std::string_view kNumbers[] = {"II", "III", "IV",  "V",    "VI",  "VII", "VIII", "IX",
                                                  "X",  "XI",  "XII", "XIII", "XIV", "XV",  "XVI"};
  return std::find(std::begin(kNumbers), std::end(kNumbers), word) != std::end(kNumbers);
}

// The articles a stand-in starts with ("un responsable", "le porte-parole").
bool IsIndefinite(const Token& t) {
  return t.fold == "un"sv || t.fold == "une"sv;
}
bool IsDefinite(const Token& t) {
  return t.fold == "le"sv || t.fold == "la"sv || t.fold == "l'"sv || t.fold == "au"sv;  // ("à le")
}
// "ce responsable", "cette porte-parole": a stand-in for someone named before, as with a definite article.
bool IsDemonstrative(const Token& t) {
  return t.fold == "ce"sv || t.fold == "cet"sv || t.fold == "cette"sv;
}
// A word between a stand-in's determiner and its noun: "haut", "plus", a former post's ("ancien").
bool BeforeStandInNoun(const Lexicon& lexicon, const Token& t) {
  return t.fold == "haut"sv || t.fold == "haute"sv || t.fold == "plus"sv || lexicon.Is(WordClass::kFormer, t);
}
// "son homologue russe": the counterpart of someone named before.
bool IsCounterpart(const Token& t) {
  return t.fold == "homologue"sv || t.fold == "homologues"sv;
}

// A plural head in the singular: "armées" -> "armée", "états-majors" -> "état-major" (each part of a
// compound).
std::string Singular(std::string_view plural) {
  std::string out;
  for (std::size_t start = 0;;) {
    const std::size_t dash = plural.find('-', start);
    std::string_view part = plural.substr(start, dash == std::string_view::npos ? dash : dash - start);
    if (part.size() > 1 && part.ends_with('s')) part.remove_suffix(1);
    out.append(part);
    if (dash == std::string_view::npos) return out;
    out += '-';
    start = dash + 1;
  }
}

constexpr std::uint32_t kMaxSpan = 14;  // tokens in one institution or line name

bool IsWord(const Token& t) {
  return t.kind == TokenKind::kWord;
}

// "de", "du", "des", "d'": what opens a noun's complement.
bool IsGenitive(std::string_view fold) {
  return fold == "de"sv || fold == "du"sv || fold == "des"sv || fold == "d'"sv;
}

// Makes `m` a mention that stands for a state (its label and id from the gazetteer). (Filled in place: a
// mention made, then moved into its span or the document, cost as much again.)
void StateMention(Mention& m, const GazetteerEntry& country, std::string_view name, std::string_view rule,
                  bool generic = false) {
  m.type = EntityType::kCountry;
  m.name.assign(name);
  m.entity = country.NodeId();
  m.label = country.label();
  m.rule = rule;
  m.generic = generic;
}

// Makes `m` a stand-in of `type` that Coreference resolves to what it refers to (none: it names no one).
void StandInMention(Mention& m, EntityType type, std::string_view name, std::string_view rule) {
  m.type = type;
  m.name.assign(name);
  m.rule = rule;
  m.generic = true;
}

// End of lexicon phrase `p` when it matches the sentence's tokens from i (folded), else 0.
// (`p` is one of the token's TokenFacts::titles or ::heads, listed under its first word's folded form: that
// word is the token's and is not compared again.)
std::uint32_t PhraseEnd(const Phrase& p, const Document& doc, const Sentence& s, std::uint32_t i) {
  std::uint32_t j = i + 1;
  for (std::size_t w = 1; w < p.words.size(); ++w)
    if (j >= s.end_token || doc.tokens[j++].fold != p.words[w]) return 0;
  return j;
}
// The singular of plural title `w` whose lemma is `lemma`, as written ("présidents" → "président").
std::string SingularTitle(const Token& w, const std::string& lemma) {
  return w.fold == lemma + "s" ? std::string(w.lower.substr(0, w.lower.size() - 1)) : lemma;
}
bool IsQuote(const Token& t) {
  return t.fold == "\""sv || t.fold == "\xc2\xab"sv || t.fold == "\xc2\xbb"sv;
}

// Where `word` is best looked for from: a byte other than a letter, a space or the lead byte of a UTF-8
// character if it has one (punctuation, or the last byte of "©"), else its least frequent letter in French
// text, in either case ("SUIVRE": the "V"). (A lead byte starts many characters: "\xc2" is that of "«" and
// "»" too.)
std::size_t RarestByte(std::string_view word) {
  static constexpr std::string_view kLettersRarestFirst = "wkxyzjqhbgfvpmcduaolnirtse";
  const auto rank = [](char c) -> std::size_t {
    if (c >= 'a' && c <= 'z') return kLettersRarestFirst.find(c);
    if (c >= 'A' && c <= 'Z') return kLettersRarestFirst.find(static_cast<char>(c - 'A' + 'a'));
    if (c == ' ' || static_cast<unsigned char>(c) >= 0xC0) return kLettersRarestFirst.size();
    return 0;
  };
  std::size_t best = 0, best_rank = std::string_view::npos;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (rank(word[k]) < best_rank) {
      best = k;
      best_rank = rank(word[k]);
    }
  }
  return best;
}

// text.find(word) != npos, but memchr looks for the word's byte at `anchor` (its RarestByte) instead of its
// first: it stops far less often in a whole article ("photo :", "crédit photo" start with frequent letters).
bool Contains(std::string_view text, std::string_view word, std::size_t anchor) {
  if (word.empty()) return true;
  const std::size_t after = word.size() - anchor;
  for (std::size_t at = anchor; at + after <= text.size();) {
    const void* hit = std::memchr(text.data() + at, word[anchor], text.size() - after - at + 1);
    if (hit == nullptr) return false;
    const auto found = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    if (text.substr(found - anchor, word.size()) == word) return true;
    at = found + 1;
  }
  return false;
}

// The first four bytes of `text` as one word (0 for a shorter text), as MentionFinder::DiscardPrefix keeps
// them.
std::uint32_t Head(std::string_view text) {
  std::uint32_t head = 0;
  if (text.size() >= sizeof head) std::memcpy(&head, text.data(), sizeof head);
  return head;
}

// One of 64 bits for a Head, from its top six bits once mixed.
std::uint64_t HeadBit(std::uint32_t head) {
  return std::uint64_t{1} << ((head * 0x9E3779B1u) >> 26);
}

// One space at most separates each of tokens [first, end) from the next, as the normaliser leaves them: their
// surface folded is their folded forms as Document::FoldedText has them (folding goes character by
// character), with no need to fold it again.
bool SpacedOnce(const Document& doc, std::uint32_t first, std::uint32_t end) {
  for (std::uint32_t k = first + 1; k < end; ++k) {
    const Token& t = doc.tokens[k];
    if (t.begin - doc.tokens[k - 1].end != (t.space_before ? 1u : 0u) ||
        (t.space_before && doc.text[t.begin - 1] != ' '))
      return false;
  }
  return true;
}

// No gazetteer name starts at token i, told from the second word of each name it may start (GazetteerAt
// compares it to the next token): false when one has a single word.
bool NoLongNameAt(const Document& doc, const Sentence& s, std::uint32_t i) {
  for (const GazetteerName& g : *doc.tokens[i].facts.names)
    if (g.words.size() < 2 || (i + 1 < s.end_token && doc.tokens[i + 1].fold == g.words[1])) return false;
  return true;
}

// TitlePhraseEnd of each token of the document this thread is processing (a function of the token: the
// sentence passed with it is its own), kNotAsked until asked: the rules ask it of the same title many times
// (the name after it, each search for a title ending at a word).
constexpr std::uint32_t kNotAsked = std::numeric_limits<std::uint32_t>::max();
thread_local std::vector<std::uint32_t> title_phrase_ends;

// The mentions of the document this thread is processing, where a Span makes its mention.
thread_local std::vector<Mention>* mentions_in_progress = nullptr;

}  // namespace

MentionFinder::Span& MentionFinder::Span::operator=(Span&& other) noexcept {
  if (this == &other) return *this;
  if (mention_at != kNone || extra_at != kNone) Drop();
  end = other.end;
  name = other.name;
  person = other.person;
  generic = other.generic;
  mention_at = std::exchange(other.mention_at, kNone);
  extra_at = std::exchange(other.extra_at, kNone);
  return *this;
}

Mention& MentionFinder::Span::MakeAt(std::uint32_t* at) {
  *at = static_cast<std::uint32_t>(mentions_in_progress->size());
  return mentions_in_progress->emplace_back();
}

Mention& MentionFinder::Span::mention() const {
  return (*mentions_in_progress)[mention_at];
}

void MentionFinder::Span::Drop() {
  std::vector<Mention>& mentions = *mentions_in_progress;
  mentions.erase(mentions.begin() + std::min(mention_at, extra_at), mentions.end());
  mention_at = extra_at = kNone;
}

MentionFinder::MentionFinder(const Schema& schema, const InstitutionIndex& institutions)
    : schema_(schema),
      institutions_(institutions),
      discard_lines_(schema.lexicon().discard("line")),
      bylines_(schema.lexicon().discard("byline")) {
  for (const std::string& line : discard_lines_)
    longest_discard_line_ = std::max(longest_discard_line_, line.size());
  discard_line_length_.resize(longest_discard_line_ + 1);
  for (const std::string& line : discard_lines_) discard_line_length_[line.size()] = true;
  for (const std::string& prefix : schema.lexicon().discard("prefix")) {
    if (prefix.size() >= sizeof(std::uint32_t)) {
      discard_prefixes_.push_back({Head(prefix), prefix});
      discard_prefix_heads_ |= HeadBit(Head(prefix));
    } else {
      short_discard_prefixes_.push_back(prefix);
    }
  }
  for (const std::string& part : schema.lexicon().discard("contains"))
    discard_parts_.push_back({part, RarestByte(part)});
  for (const std::string& suffix : schema.lexicon().discard("suffix"))
    discard_suffixes_.push_back({suffix, RarestByte(suffix)});
}

std::string MentionFinder::Surface(const Document& doc, std::uint32_t first, std::uint32_t end) const {
  return std::string(doc.TokenSpan(first, end));
}

const GazetteerEntry* MentionFinder::Nationality(const Document& doc, std::uint32_t i) const {
  const Token& t = doc.tokens[i];
  return IsWord(t) ? t.facts.nationality : nullptr;
}

std::vector<const GazetteerEntry*> MentionFinder::CompoundPeople(const Schema& schema, const Token& t) {
  if (!t.capitalized || !IsWord(t)) return {};
  std::vector<const GazetteerEntry*> out;
  for (std::size_t from = 0; from <= t.fold.size();) {
    const std::size_t to = std::min(t.fold.find('-', from), t.fold.size());
    const auto& entries = schema.gazetteer().FindByName(t.fold.substr(from, to - from));
    if (entries.size() != 1 || entries[0]->type != EntityType::kOfficial) return {};
    out.push_back(entries[0]);
    from = to + 1;
  }
  if (out.size() < 2) return {};
  return out;
}

std::vector<const GazetteerEntry*> MentionFinder::CompoundNationalities(const Schema& schema,
                                                                        const Token& t) {
  std::vector<const GazetteerEntry*> out;
  const std::string_view f = t.fold;
  std::size_t dash = f.find('-');
  if (dash == std::string::npos || !IsWord(t)) return out;
  if (t.capitalized) {
    // "Chine-Inde", "Iran-Etats-Unis", "Pékin-Washington": states named side by side (in headlines), each
    // the longest run of parts that is a state's name or its capital.
    auto state_named = [&](std::string_view part) -> const GazetteerEntry* {
      const auto& entries = schema.gazetteer().FindByName(part);
      const auto is_part = [&](const std::string& n) { return Fold(n) == part; };
      if (entries.size() != 1 || entries[0]->type != EntityType::kCountry) return nullptr;
      const std::vector<std::string>& capitals = entries[0]->Attribute("capital");
      if (std::none_of(entries[0]->names.begin(), entries[0]->names.end(), is_part) &&
          std::none_of(capitals.begin(), capitals.end(), is_part))
        return nullptr;
      return entries[0];
    };
    for (std::size_t from = 0; from < f.size();) {
      const GazetteerEntry* found = nullptr;
      std::size_t next = std::string_view::npos;
      for (std::size_t to = f.find('-', from);; to = f.find('-', to + 1)) {
        if (const GazetteerEntry* e =
                state_named(f.substr(from, to == std::string_view::npos ? f.npos : to - from))) {
          found = e;
          next = to;
        }
        if (to == std::string_view::npos) break;
      }
      if (!found) return {};
      out.push_back(found);
      from = next == std::string_view::npos ? f.size() : next + 1;
    }
    return out.size() >= 2 ? out : std::vector<const GazetteerEntry*>{};
  }
  std::size_t start = 0;
  while (dash != std::string::npos) {
    const std::string* id = schema.lexicon().NationalPrefix(std::string_view(f).substr(start, dash - start));
    if (!id) return {};
    const GazetteerEntry* c = schema.gazetteer().FindById(*id);
    if (!c) return {};
    out.push_back(c);
    start = dash + 1;
    dash = f.find('-', start);
  }
  const GazetteerEntry* last = schema.gazetteer().FindByAdjective(std::string_view(f).substr(start));
  if (!last) return {};
  out.push_back(last);
  return out;
}

bool MentionFinder::Compound(const Schema& schema, const Token& t) {
  return t.fold.find('-') != std::string_view::npos &&
         (!CompoundNationalities(schema, t).empty() || !CompoundPeople(schema, t).empty());
}

std::uint32_t MentionFinder::CountryAt(const Document& doc, const Sentence& s, std::uint32_t i,
                                       const GazetteerEntry** out) const {
  const NameMatch g = GazetteerAt(doc, s, i);
  if (g.end == 0 || g.name->entry->type != EntityType::kCountry) return 0;
  const std::string_view node_id = g.name->entry->NodeId();
  *out = schema_.gazetteer().FindById(node_id.substr(node_id.find(':') + 1));
  return *out ? g.end : 0;
}

std::uint32_t MentionFinder::LongestTitleAt(const Document& doc, const Sentence& s, std::uint32_t i,
                                            std::string_view* cls) const {
  for (const Phrase& p : *doc.tokens[i].facts.titles) {
    std::uint32_t j = PhraseEnd(p, doc, s, i);
    if (!j) continue;
    if (cls) *cls = p.cls;
    return j - i;
  }
  return 0;
}

bool MentionFinder::ComplementOfNoun(const Document& doc, const Sentence& s, std::uint32_t k) const {
  std::uint32_t g = k;
  if (g > s.first_token && IsDefinite(doc.tokens[g - 1])) --g;
  if (g < s.first_token + 2) return false;
  const std::string_view of = doc.tokens[g - 1].fold;
  if (!IsGenitive(of)) return false;
  const Token& noun = doc.tokens[g - 2];
  return IsWord(noun) && !noun.capitalized &&
         (Is(WordClass::kKin, noun) || schema_.lexicon().LemmaIn(WordClass::kKin, noun));
}

bool MentionFinder::NamesALeader(const Document& doc, const Sentence& s, std::uint32_t name) const {
  if (name <= s.first_token) return false;
  const Token& head = doc.tokens[name - 1];
  return IsWord(head) && !head.capitalized && Is(WordClass::kNamedAfterLeader, head);
}

std::optional<std::uint32_t> MentionFinder::TitleEndingAt(const Document& doc, const Sentence& s,
                                                          std::uint32_t end, std::uint32_t span,
                                                          bool titles_only) const {
  // (The title phrase's end, kept per token, is asked first: a title there ends there only if one starts
  // there, and its class is looked up only then.)
  std::string_view cls;
  for (std::uint32_t k = end > s.first_token + span ? end - span : s.first_token; k < end; ++k)
    if (doc.tokens[k].facts.starts_title && TitlePhraseEnd(doc, s, k) == end &&
        (!titles_only || (TitleAt(doc, s, k, &cls) && cls == "title"sv)))
      return k;
  return std::nullopt;
}

bool MentionFinder::MayBeNameWord(const Lexicon& lexicon, const Token& t) {
  if (!IsWord(t) || !t.capitalized || lexicon.Is(WordClass::kStop, t)) return false;
  if (lexicon.Is(WordClass::kCourtesy, t)) return false;  // "Mme", "Dr": before a name, never part of it
  if (lexicon.Is(WordClass::kPlatform, t)) return false;  // "a assuré sur Twitter Mykhaïlo Podoliak"
  if (t.all_caps && t.end - t.begin > 1) return false;    // acronyms come from the gazetteer
  const WordInfo& info = t.written();
  if (info.first_name || info.surname) return true;
  if (lexicon.Is(WordClass::kDomain, t)) return false;  // "de l'Energie", written without its accent
  // A capitalised common word ("Défense", or any word at the start of a sentence) is not a name.
  return !t.lowered().common_word;
}

bool MentionFinder::InNoTitle(const Document& doc, const Sentence& s, std::uint32_t i) const {
  if (TitleAt(doc, s, i, nullptr) > 0) return false;
  for (std::uint32_t k = i > s.first_token + 3 ? i - 3 : s.first_token; k < i; ++k)
    if (k + TitleAt(doc, s, k, nullptr) > i) return false;  // "Etat" in "secrétaire d'Etat"
  return true;
}

bool MentionFinder::CommonNameWord(const Lexicon& lexicon, const Token& t) {
  return CapitalizedWord(lexicon, t) && t.lowered().common_word && !lexicon.Is(WordClass::kCourtesy, t) &&
         t.facts.nationality == nullptr;
}

bool MentionFinder::CommonWordStartsNameAt(const Document& doc, const Sentence& s, std::uint32_t i) const {
  // (Both words may be common ones between commas: "Le porte-parole du ministère, Roman Rousseau, a dit".)
  const bool between_commas = i > s.first_token && i + 2 < s.end_token && doc.tokens[i - 1].fold == ","sv &&
                              doc.tokens[i + 2].fold == ","sv && IsCapitalizedWord(doc, i + 1) &&
                              !TitleAt(doc, s, i + 1, nullptr) && !Nationality(doc, i + 1);
  // (Or a middle initial: ", Tore O. Sandvik,".)
  // (The tokenizer keeps the initial's full stop after a common word: "K.".)
  const bool initial = i + 2 < s.end_token && doc.tokens[i + 1].capitalized &&
                       doc.TokenText(i + 1).size() == 2 && doc.TokenText(i + 1).back() == '.' &&
                       IsNameWord(doc, s, i + 2);
  if (!(i > s.first_token && IsCapitalizedWord(doc, i) && doc.tokens[i].lowered().common_word &&
        !Is(WordClass::kCourtesy, doc.tokens[i]) && !TitleAt(doc, s, i, nullptr) && !Nationality(doc, i) &&
        i + 1 < s.end_token && (between_commas || initial || IsNameWord(doc, s, i + 1)) &&
        (between_commas || initial || !doc.tokens[i + 1].lowered().common_word) &&
        !doc.tokens[i + 1].written().first_name))
    return false;
  // After a comma or right after a title phrase ("son homologue israélien Roman Belov").
  return doc.tokens[i - 1].fold == ","sv || TitleEndingAt(doc, s, i, 4);
}

bool MentionFinder::HyphenatedParticle(const Lexicon& lexicon, const Token& t, std::string_view written) {
  const std::size_t hyphen = written.find('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= written.size() || t.capitalized) return false;
  const char next = written[hyphen + 1];
  return next >= 'A' && next <= 'Z' && lexicon.Is("particle", Fold(written.substr(0, hyphen)));
}

bool MentionFinder::TitleInApposition(const Document& doc, const Sentence& s, std::uint32_t j) const {
  if (j >= s.end_token || doc.tokens[j].fold != ","sv) return false;
  std::uint32_t after = j + 1;  // ", alors", ", le", ", l'actuel"
  while (after < s.end_token && after < j + 3 &&
         (Is(WordClass::kDeterminer, doc.tokens[after]) || doc.tokens[after].lowered().adverb))
    ++after;
  std::string_view cls;
  if (after >= s.end_token || !TitleAt(doc, s, after, &cls) || cls != "title"sv) return false;
  // (A title right before a name is that name's: "pour l'Indo-Pacifique, l'amiral John Aquilino".)
  const std::uint32_t end = TitlePhraseEnd(doc, s, after);
  return end >= s.end_token || !IsCapitalizedWord(doc, end);
}

bool MentionFinder::ApposedToNameBefore(const Document& doc, const Sentence& s, std::uint32_t k,
                                        const Mention* named) const {
  std::uint32_t comma = k;
  while (comma > s.first_token && Is(WordClass::kDeterminer, doc.tokens[comma - 1])) --comma;
  if (comma < s.first_token + 2 || doc.tokens[comma - 1].fold != ","sv) return false;
  for (const Mention* x = named; x > doc.mentions.data() && x[-1].sentence == named->sentence;)
    if (--x; x->end_token == comma - 1 && x->type == EntityType::kOfficial && !x->anonymous &&
             x->rule != "title-ref"sv)
      return true;
  return false;
}

bool MentionFinder::AnonymousSourceAt(const Document& doc, const Sentence& s, std::uint32_t k) const {
  std::string_view cls;
  return k > s.first_token && IsIndefinite(doc.tokens[k - 1]) && TitleAt(doc, s, k, &cls) &&
         cls == "generic"sv;
}

bool MentionFinder::NamedBefore(const Document& doc, std::uint32_t i) const {
  // "Li a refusé ..." after "Li Shangfu": a word that is also a common noun ("li"), but the first or last
  // word of a person named in full earlier in the article (the last 200 mentions are enough).
  const Token& t = doc.tokens[i];
  if (!IsCapitalizedWord(doc, i)) return false;
  const std::size_t from = doc.mentions.size() > 200 ? doc.mentions.size() - 200 : 0;
  for (std::size_t k = from; k < doc.mentions.size(); ++k) {
    const Mention& m = doc.mentions[k];
    if (m.type != EntityType::kOfficial || m.end_token - m.first_token < 2 || m.rule == "title-ref"sv)
      continue;
    if (doc.tokens[m.first_token].fold == t.fold || doc.tokens[m.end_token - 1].fold == t.fold) return true;
  }
  return false;
}

std::uint32_t MentionFinder::DatelineEnd(const Document& doc, const Sentence& s) {
  // "JAKARTA -", "NEW YORK -", "WASHINGTON (Reuters) -": a place in capitals, maybe its agency's credit in
  // parentheses, and a dash.
  std::uint32_t i = s.first_token;
  while (i < s.end_token && doc.tokens[i].all_caps) ++i;
  if (i == s.first_token) return i;
  if (i < s.end_token && doc.tokens[i].fold == "("sv) {
    const std::uint32_t open = i;
    while (i < s.end_token && i < open + 5 && doc.tokens[i].fold != ")"sv) ++i;
    if (i == s.end_token || doc.tokens[i].fold != ")"sv) return s.first_token;
    ++i;
  }
  const bool dash = i < s.end_token && (doc.tokens[i].fold == "-"sv || doc.tokens[i].fold == "\u2013"sv ||
                                        doc.tokens[i].fold == "\u2014"sv);
  return dash ? i + 1 : s.first_token;
}

bool MentionFinder::CapitalizedWord(const Lexicon& lexicon, const Token& t) {
  return IsWord(t) && t.capitalized && !t.all_caps && !lexicon.Is(WordClass::kStop, t);
}

std::vector<std::string_view> MentionFinder::FoundIn(std::string_view text,
                                                     const std::vector<AnchoredWord>& words) {
  std::vector<std::string_view> found;
  for (const AnchoredWord& word : words)
    if (Contains(text, word.word, word.anchor)) found.push_back(word.word);
  return found;
}

bool MentionFinder::Skipped(const Document& doc, const Sentence& s,
                            const std::vector<std::string_view>& parts,
                            const std::vector<std::string_view>& suffixes) const {
  // (The normaliser left one space between tokens that have any.)
  std::string_view folded = doc.FoldedText(s.first_token, s.end_token);
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == '.')) folded.remove_suffix(1);
  // (Most sentences are longer than any discarded line.)
  if (folded.size() <= longest_discard_line_ && discard_line_length_[folded.size()])
    for (const std::string& line : discard_lines_)
      if (folded == line) return true;
  for (const std::string_view part : parts)
    if (folded.find(part) != std::string_view::npos) return true;
  const std::uint32_t head = Head(folded);  // (0 for a text too short for any of discard_prefixes_)
  if (discard_prefix_heads_ & HeadBit(head))
    for (const DiscardPrefix& prefix : discard_prefixes_)
      if (prefix.head == head && folded.starts_with(prefix.text)) return true;
  for (const std::string_view prefix : short_discard_prefixes_)
    if (folded.starts_with(prefix)) return true;
  auto is_byline = [&](std::uint32_t t) {
    return std::find(bylines_.begin(), bylines_.end(), doc.tokens[t].fold) != bylines_.end();
  };
  // "(Reportage Elizabeth Pineau, avec John Irish; version française Kate Entringer)": a credit in
  // parentheses that starts with a byline word, whatever follows.
  if (s.end_token - s.first_token >= 3 && doc.tokens[s.first_token].fold == "("sv &&
      is_byline(s.first_token + 1)) {
    std::uint32_t last = s.end_token - 1;
    if (doc.tokens[last].fold == "."sv && last > s.first_token) --last;
    if (doc.tokens[last].fold == ")"sv) return true;
  }
  // "Par Julien Moreau": a byline.
  if (s.end_token - s.first_token <= 6 && s.end_token - s.first_token >= 2) {
    bool byline = is_byline(s.first_token);
    for (std::uint32_t i = s.first_token + 1; byline && i < s.end_token; ++i)
      byline = doc.tokens[i].capitalized || doc.tokens[i].kind == TokenKind::kPunct;
    if (byline) return true;
  }
  for (const std::string_view suffix : suffixes) {
    // (Looked for in the sentence first: most have it nowhere.)
    if (doc.Span(s.begin, s.end).find(suffix) == std::string_view::npos) continue;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      const std::string_view text = doc.TokenText(i);
      if (text.size() > suffix.size() && text.ends_with(suffix)) return true;
    }
  }
  return false;
}

MentionFinder::NameMatch MentionFinder::GazetteerAt(const Document& doc, const Sentence& s,
                                                    std::uint32_t i) const {
  for (const GazetteerName& g : *doc.tokens[i].facts.names) {
    if (i + g.words.size() > s.end_token) continue;
    if (g.needs_capital && !doc.tokens[i].capitalized) continue;
    if (g.contracted != GazetteerName::Contracted::kNo) {
      const std::string_view before = i > s.first_token ? doc.tokens[i - 1].fold : std::string_view();
      if (g.contracted == GazetteerName::Contracted::kLe ? before != "du"sv && before != "au"sv
                                                         : before != "des"sv && before != "aux"sv)
        continue;
      // ("la Coupe du Monde", "l'université du Caire": the end of another name.)
      if (i >= s.first_token + 3 && doc.tokens[i - 2].capitalized && IsWord(doc.tokens[i - 2])) continue;
    }
    // (The first word is the token's: the names are listed by their first word's folded form.)
    bool ok = !g.capitals[0] || doc.tokens[i].capitalized;
    for (std::size_t w = 1; w < g.words.size() && ok; ++w)
      ok = doc.tokens[i + w].fold == g.words[w] && (!g.capitals[w] || doc.tokens[i + w].capitalized);
    if (!ok) continue;
    std::uint32_t end = i + static_cast<std::uint32_t>(g.words.size());
    // Don't cut a longer capitalised name ("Washington Post" is not Washington), unless the name is a place
    // ("l'ambassadeur à Washington Karin Keller").
    // (Whether it is located or titled is asked only of a name of one word before a name word, which the two
    // checks below are about: most names matched are none.)
    const bool name_after = end < s.end_token && g.words.size() == 1 && IsNameWord(doc, s, end);
    const bool located = name_after && i > s.first_token &&
                         (doc.tokens[i - 1].lower == "\xc3\xa0"sv || doc.tokens[i - 1].fold == "en"sv);
    // (Nor the complement of a title, whose holder's name of two words or more follows: "le chef du Hezbollah
    // Naïm Qassem"; but "le correspondant du Kyiv Independent".)
    const auto titled = [&] {
      std::uint32_t title = i;
      if (title > s.first_token + 1 &&
          (doc.tokens[title - 1].fold == "la"sv || doc.tokens[title - 1].fold == "l'"sv))
        --title;
      return title >= s.first_token + 2 &&
             (doc.tokens[title - 1].fold == "du"sv || doc.tokens[title - 1].fold == "de"sv ||
              doc.tokens[title - 1].fold == "d'"sv) &&
             doc.tokens[title - 2].facts.starts_title && end + 1 < s.end_token &&
             (IsNameWord(doc, s, end + 1) ||  // ("le sultan d'Oman Haïtham ben Tarek")
              (Is(WordClass::kParticle, doc.tokens[end + 1]) && end + 2 < s.end_token &&
               IsNameWord(doc, s, end + 2)));
    };
    if (name_after && !located && doc.tokens[end].written().first_name == false &&
        doc.tokens[end].facts.names->empty() && !titled())
      continue;
    // Nor a first name: "Dominique Martin", "Maurice Gourdault-Montagne" (the states take an article: "la
    // Dominique"; "à Maurice" is located).
    if (name_after && !located && doc.tokens[i].written().first_name &&
        (i == s.first_token || !Is(WordClass::kDeterminer, doc.tokens[i - 1])) &&
        doc.tokens[end].facts.names->empty())
      continue;
    // Nor a name ending in a common noun that an adjective goes on with: "Conseil de sécurité nationale" is
    // not the UN's "Conseil de sécurité". (A number ends none: "France 24 sur place".)
    if (end < s.end_token && g.words.size() > 1 && IsWord(doc.tokens[end - 1]) &&
        !doc.tokens[end - 1].capitalized && !doc.tokens[end - 1].lowered().adjective &&
        IsWord(doc.tokens[end]) && !doc.tokens[end].capitalized && doc.tokens[end].lowered().adjective &&
        !doc.tokens[end].lowered().verb && !Nationality(doc, end))
      continue;
    // A short name only after an article ("le Nord", "du Sud", "l'Alliance"), and never the start of a
    // longer name ("Nord Stream").
    // ("la Caroline du Sud", "l'Amérique du Sud": the end of another name.)
    if (g.short_name &&
        (i == s.first_token || !Is(WordClass::kDeterminer, doc.tokens[i - 1]) ||
         (end < s.end_token && doc.tokens[end].capitalized) ||
         (i >= s.first_token + 2 && doc.tokens[i - 2].capitalized && IsWord(doc.tokens[i - 2]))))
      continue;
    return {&g, end};
  }
  return {};
}

MentionFinder::Span MentionFinder::GazetteerSpan(const Document& doc, std::uint32_t i,
                                                 NameMatch match) const {
  Span out;
  if (!match.end) return out;
  out.end = match.end;
  GazetteerMention(doc, i, match, out.Make());
  return out;
}

void MentionFinder::GazetteerMention(const Document& doc, std::uint32_t i, NameMatch match,
                                     Mention& m) const {
  const GazetteerName& g = *match.name;
  m.name.assign(doc.TokenSpan(i, match.end));
  // ("au Caire", "se sont réunis à Vienne": the city where something takes place, not its state.)
  if (!g.place.empty() &&
      (g.contracted != GazetteerName::Contracted::kNo || CapitalAsVenue(doc, i, match.end))) {
    m.type = EntityType::kPlace;
    m.entity = "place:" + NameKey(g.place);
    m.label = g.place;
    m.rule = "capital-venue";
    return;
  }
  m.type = g.entry->type;
  m.entity = g.entry->NodeId();
  m.label = g.entry->label();
  m.rule = g.short_name ? "short-name" : "gazetteer";
  m.generic = g.short_name;  // Coreference keeps it when the article names the entry in full
}

bool MentionFinder::CapitalAsVenue(const Document& doc, std::uint32_t i, std::uint32_t end) const {
  if (i == 0) return false;
  if (doc.tokens[i - 1].fold == "depuis"sv) return true;
  if (doc.tokens[i - 1].lower != "\xc3\xa0"sv) return false;
  // "a permis mardi à Kiev de frapper", "a demandé à Pékin d'user": the state asked.
  if (end + 1 < doc.tokens.size() && (doc.tokens[end].fold == "de"sv || doc.tokens[end].fold == "d'"sv) &&
      doc.tokens[end + 1].lowered().infinitive)
    return false;
  if (i < 2) return true;
  // What "à" follows says whether it places: a time ("mardi à Vienne"), a verb or a noun of a venue
  // (words.tsv venue: "se sont réunis à Vienne", "sa visite à Pékin"), an adverb ("discrètement à Alger") or
  // a comma; not a verb or noun of what is given or said to the state ("a proposé à Washington", "des armes à
  // Kiev", "face à Alger"), nor a name ("relie Paris à Islamabad", "a rencontré X à Pyongyang" is either).
  const Token& w = doc.tokens[i - 2];
  if (w.kind != TokenKind::kWord) return w.kind == TokenKind::kPunct;
  const WordInfo& info = w.lowered();
  return Is(WordClass::kMonth, w) || (info.adverb && !info.noun && !info.verb && !info.adjective) ||
         schema_.lexicon().LemmaIn("venue", info);
}

MentionFinder::Span MentionFinder::MatchHead(const Document& doc, const Sentence& s, std::uint32_t i) const {
  const WordInfo& info = doc.tokens[i].lowered();
  if (info.verb && !info.noun) return {};  // "téléphoné" folds like "téléphone"
  for (const Phrase& p : *doc.tokens[i].facts.heads) {
    std::uint32_t j = PhraseEnd(p, doc, s, i);
    if (!j) continue;
    if (Span span = ExtendHead(doc, s, p, i, j); span.end) return span;
  }
  return {};
}

// (Each extension returned as it is made: a Span assigned, then returned, moved its mention twice.)
MentionFinder::Span MentionFinder::ExtendHead(const Document& doc, const Sentence& s, const Phrase& p,
                                              std::uint32_t first, std::uint32_t head_end) const {
  if (p.cls == "institution"sv) {
    Span span = ExtendInstitution(doc, s, first, head_end);
    // A common noun phrase quoted whole is what someone called a thing, no institution: "a qualifié sa
    // démarche de « mission de paix »".
    if (span.end && !doc.tokens[first].capitalized && first > s.first_token && span.end < s.end_token &&
        IsQuote(doc.tokens[first - 1]) && IsQuote(doc.tokens[span.end]) &&
        span.mention().rule == "institution-head"sv)
      return {};
    // Nor is a piece of furniture: "un combiné posé sur le bureau du président".
    if (span.end && first >= s.first_token + 2 && doc.tokens[first - 1].fold == "le"sv &&
        (doc.tokens[first - 2].fold == "sur"sv || doc.tokens[first - 2].fold == "sous"sv) &&
        span.mention().rule == "institution-office"sv)
      return {};
    // Nor is a head of several states' institutions: "les services de renseignement des deux pays".
    if (span.end && span.end + 2 < s.end_token && doc.tokens[span.end].fold == "des"sv &&
        doc.tokens[span.end + 1].fold == "deux"sv && Is(WordClass::kStateNoun, doc.tokens[span.end + 2]) &&
        span.mention().rule == "institution-head"sv)
      return {};
    return span;
  }
  if (p.cls == "outlet"sv) {
    Span span = ExtendInstitution(doc, s, first, head_end);
    if (span.end && span.mention().rule != "outlet-named"sv) return {};  // ("la chaîne de commandement")
    return span;
  }
  if (p.cls == "institutions"sv) return CoordinatedInstitutions(doc, s, first, head_end);
  if (p.cls == "line"sv || p.cls == "line-name"sv)
    return ExtendLine(doc, s, first, head_end, p.cls == "line-name"sv);
  if (p.cls == "line-office"sv) {
    Span span = ExtendLine(doc, s, first, head_end, false);
    if (span.end && span.mention().rule == "line-head"sv) span.mention().rule = "office-head";
    return span;
  }
  if (p.cls == "place"sv) return ExtendPlace(doc, s, first, head_end);
  if (p.cls == "group"sv) return ExtendGroup(doc, s, first, head_end);
  if (p.cls == "part"sv) return ExtendPart(doc, s, first, head_end);
  return {};
}

std::uint32_t MentionFinder::AdjectivesEnd(const Document& doc, const Sentence& s, std::uint32_t j) const {
  while (j < s.end_token && IsWord(doc.tokens[j]) && !doc.tokens[j].capitalized &&
         doc.tokens[j].lowered().adjective && !Nationality(doc, j) &&
         !Is(WordClass::kPreposition, doc.tokens[j]))
    ++j;
  return j;
}

MentionFinder::Span MentionFinder::ExtendPart(const Document& doc, const Sentence& s, std::uint32_t first,
                                              std::uint32_t head_end) const {
  // "toute médiation américaine", "l'implication militaire iranienne": the state, by its adjective.
  const std::uint32_t j = AdjectivesEnd(doc, s, head_end);
  Span out;
  if (j == s.end_token || !Nationality(doc, j)) return out;
  out.end = j + 1;
  // (Not a name of the country: it names the node only when the country is named elsewhere.)
  StateMention(out.Make(), *Nationality(doc, j), doc.TokenSpan(first, j + 1), "national-part", true);
  return out;
}

MentionFinder::Span MentionFinder::ExtendInstitution(const Document& doc, const Sentence& s,
                                                     std::uint32_t first, std::uint32_t head_end) const {
  bool head_capital = doc.tokens[first].capitalized && first != s.first_token;
  const GazetteerEntry* country = nullptr;
  bool qualified = false;
  std::string key_words;
  for (std::uint32_t k = first; k < head_end; ++k) key_words.append(doc.tokens[k].fold) += ' ';
  std::uint32_t j = head_end;
  std::uint32_t accepted = head_end;  // end of the longest prefix that is a complete name
  // "administration du président Joe Biden": Joe Biden (from `first` to `end`) after his title (from `title`
  // to `title_end`), whose mention is made with the institution's.
  struct {
    std::uint32_t title = 0, title_end = 0, first = 0, end = 0;
  } head_person;
  bool office = false;  // "bureau du Premier ministre": the office of a title
  // A news outlet's head ("le quotidien grec Kathimerini", "la chaîne pakistanaise Geo News") describes the
  // outlet, which the name in apposition names: the name alone is its label and id, whatever the head.
  const bool outlet = Is(WordClass::kOutletHead, doc.tokens[first]);
  std::uint32_t outlet_name = 0, outlet_name_end = 0;
  std::uint32_t for_now = 0;  // the words of "de transition" in a government's name
  while (j < s.end_token && j - first < kMaxSpan) {
    const Token& t = doc.tokens[j];
    if (!IsWord(t)) break;
    if (const GazetteerEntry* nat = Nationality(doc, j); nat && !t.capitalized) {
      if (!country) country = nat;
      accepted = ++j;
      continue;
    }
    // "le gouvernement de transition malien", "les autorités de transition": a government for the time
    // being is the state's all the same.
    if (j == head_end && Is(WordClass::kGovernment, doc.tokens[first]) && t.fold == "de"sv &&
        j + 1 < s.end_token && doc.tokens[j + 1].fold == "transition"sv) {
      for_now = 2;
      accepted = j += 2;
      continue;
    }
    const WordInfo& info = t.lowered();
    // ("le Centre des opérations aériennes combinées basé au Qatar": a participle with its place is no word
    // of the name.)
    const bool placed = info.participle && j + 1 < s.end_token &&
                        (doc.tokens[j + 1].lower == "\xc3\xa0"sv || doc.tokens[j + 1].fold == "au"sv ||
                         doc.tokens[j + 1].fold == "en"sv || doc.tokens[j + 1].fold == "dans"sv ||
                         doc.tokens[j + 1].fold == "par"sv);
    if (!t.capitalized && head_capital && info.adjective && !placed && !Is(WordClass::kPreposition, t) &&
        !Is(WordClass::kRelative, t) && !(info.verb && !info.participle)) {
      key_words.append(t.fold) += ' ';
      accepted = ++j;
      continue;
    }
    // "l'agence officielle WAM": an adjective between the head and a name in apposition (below), or its
    // nationality ("la télévision publique iranienne").
    if (!t.capitalized && info.adjective && !info.finite && !Is(WordClass::kPreposition, t) &&
        j + 1 < s.end_token && IsWord(doc.tokens[j + 1]) &&
        (doc.tokens[j + 1].capitalized || (Nationality(doc, j + 1) && j == head_end))) {
      ++j;
      continue;
    }
    // (After a nationality or another adjective too, a name of one word: "l'agence iranienne Tasnim",
    // "l'agence officielle WAM", not "l'état-major israélien Roman Davis", a person in apposition.)
    bool right_after_head = true;
    for (std::uint32_t x = head_end; x < j && right_after_head; ++x) {
      const WordInfo& adjective = doc.tokens[x].lowered();
      right_after_head = !doc.tokens[x].capitalized &&
                         (Nationality(doc, x) != nullptr || (adjective.adjective && !adjective.finite));
    }
    // (An outlet's name may have several words after an adjective: "la chaîne américaine Fox News"; so may
    // a group's with no word of a person's name, words.tsv group_head: "le groupe islamiste Hayat Tahrir
    // al-Cham".)
    if (j > head_end && right_after_head && !outlet) {
      if (schema_.lexicon().Is("group_head", doc.tokens[first].fold))
        for (std::uint32_t x = j; right_after_head && x < s.end_token && IsWord(doc.tokens[x]) &&
                                  (doc.tokens[x].capitalized || doc.tokens[x].facts.hyphenated_particle);
             ++x)
          right_after_head = !doc.tokens[x].written().surname && !doc.tokens[x].written().first_name;
      else
        right_after_head =
            !(j + 1 < s.end_token && doc.tokens[j + 1].capitalized && IsWord(doc.tokens[j + 1])) &&
            !doc.tokens[j].written().surname;
    }
    // ("l'université George Washington", "l'Institut Max Planck": a head named after a person, words.tsv
    // eponymous_head; after another head the name is a person in apposition.)
    const bool eponymous = j == head_end && Is(WordClass::kEponymousHead, doc.tokens[first]);
    // ("le chef de la diplomatie Radoslaw Sikorski": the head ends a title, whose holder is named.)
    if (t.capitalized && right_after_head && !Is(WordClass::kStop, t) && !Nationality(doc, j) &&
        !(j == head_end && TitleEndingAt(doc, s, head_end, kMaxSpan, true)) && !GazetteerAt(doc, s, j).end &&
        (!doc.tokens[j].written().first_name || eponymous) &&
        (IsCapitalizedWord(doc, j) || (IsWord(t) && t.all_caps)) && !TitleAt(doc, s, j, nullptr)) {
      // "l'agence Nova", "le groupe Wagner", "l'agence de presse RIA": a name in apposition to the head (its
      // first word may be a common word too, "nova", or an acronym).
      std::uint32_t m = j + 1;
      // It goes on over capitalised words, even common or place names ("le quotidien South China Morning
      // Post"), up to a person's name.
      // ("Hayat Tahrir al-Cham": a particle joined to the next word, not first.)
      while (m < s.end_token && (IsCapitalizedWord(doc, m) || doc.tokens[m].facts.hyphenated_particle) &&
             !TitleAt(doc, s, m, nullptr) && (!doc.tokens[m].written().first_name || eponymous)) {
        if (NameMatch g = GazetteerAt(doc, s, m); g.end && g.name->entry->type == EntityType::kOfficial)
          break;
        ++m;
      }
      for (std::uint32_t x = j; x < m; ++x) key_words.append(doc.tokens[x].fold) += ' ';
      if (outlet) std::tie(outlet_name, outlet_name_end) = std::pair(j, m);
      qualified = true;
      accepted = j = m;
      continue;
    }
    if (t.lower == "\xc3\xa0"sv && country && Is(WordClass::kLocatedHead, doc.tokens[first]) &&
        j + 1 < s.end_token && doc.tokens[j + 1].capitalized && IsWord(doc.tokens[j + 1])) {
      // "l'ambassade de Russie à Washington"
      key_words.append(doc.tokens[j + 1].fold) += ' ';
      accepted = j = j + 2;
      continue;
    }
    if (!IsGenitive(t.fold)) break;
    std::uint32_t k = j + 1;
    if (k < s.end_token && (doc.tokens[k].fold == "la"sv || doc.tokens[k].fold == "l'"sv)) ++k;
    if (k >= s.end_token) break;
    if (Is(WordClass::kCourtesy, doc.tokens[k])) break;  // "le bureau de M. Bennett": a person's office
    const GazetteerEntry* c = nullptr;
    if (std::uint32_t e = CountryAt(doc, s, k, &c); e) {
      if (!country) country = c;
      qualified = true;
      accepted = j = e;
      continue;
    }
    const Token& n = doc.tokens[k];
    std::string_view title_cls;
    if (std::uint32_t tl = TitleAt(doc, s, k, &title_cls); tl && title_cls == "title"sv) {
      // "administration du président (américain) Joe Biden": an institution named after its head.
      std::uint32_t m = k + tl;
      while (m < s.end_token && Nationality(doc, m)) ++m;
      std::uint32_t name_end = m;
      while (name_end < s.end_token && IsNameWord(doc, s, name_end)) ++name_end;
      if (name_end == m) {
        // "bureau du Premier ministre israélien", "cabinet du président": the office of a title.
        for (std::uint32_t x = k; x < m; ++x) {
          if (const GazetteerEntry* nat = Nationality(doc, x); nat && !country)
            country = nat;
          else
            key_words.append(doc.tokens[x].fold) += ' ';
        }
        qualified = true;
        office = true;
        accepted = j = m;
        continue;
      }
      // (Only a government or an office is named after its head: "l'armée soudanaise du général X" is the
      // army, and X its commander.)
      const bool led = Is(WordClass::kNamedAfterLeader, doc.tokens[first]) ||
                       schema_.lexicon().Is("office_head", doc.tokens[first].fold);
      if (name_end - m >= 2 && led) {
        for (std::uint32_t x = m; x < name_end; ++x) key_words.append(doc.tokens[x].fold) += ' ';
        head_person = {k, k + tl, m, name_end};
        qualified = true;
        accepted = j = name_end;
        continue;
      }
      break;
    }
    const NameMatch g = n.capitalized ? GazetteerAt(doc, s, k) : NameMatch{};
    // "le gouvernement de Nicolas Maduro", "le régime de Bachar al-Assad": a government named after its
    // leader, an official of a known state, is that state acting (the leader keeps their own mention).
    if (const std::vector<std::string>* states = g.end && g.name->entry->type == EntityType::kOfficial &&
                                                         j == head_end && !country &&
                                                         (Is(WordClass::kGovernment, doc.tokens[first]) ||
                                                          Is(WordClass::kNamedAfterLeader, doc.tokens[first]))
                                                     ? &g.name->entry->Attribute("country")
                                                     : nullptr;
        states && !states->empty())
      if (const GazetteerEntry* state = schema_.gazetteer().FindById(states->front())) {
        Span out;
        out.end = head_end;
        StateMention(out.Make(), *state, doc.TokenSpan(first, head_end), "government");
        return out;
      }
    if ((n.written().first_name && k + 1 < s.end_token && IsNameWord(doc, s, k + 1)) ||
        (g.end && g.name->entry->type == EntityType::kOfficial))
      break;  // "l'administration de Joe Biden": a person, not a name of the institution
    // "le commandement de l'Armée populaire de libération": a part of a known institution, which stands
    // for it (its name is not cut to make one for the part).
    if (g.end && g.name->entry->type == EntityType::kInstitution) break;
    if (IsWord(n) && !Nationality(doc, k) &&
        (n.capitalized ? !Is(WordClass::kStop, n) : Is(WordClass::kDomain, n))) {
      // "de la Défense", "des Affaires étrangères", "de l'Unification". Only its first word is a name: a
      // name word after it is a person in apposition ("du ministère des Affaires étrangères Wang Wenbin").
      std::uint32_t m = k + 1;
      while (
          m < s.end_token && IsWord(doc.tokens[m]) && !Nationality(doc, m) && !GazetteerAt(doc, s, m).end &&
          !IsNameWord(doc, s, m) &&
          (doc.tokens[m].capitalized || (doc.tokens[m].lowered().adjective && !doc.tokens[m].lowered().verb)))
        ++m;
      for (std::uint32_t x = k; x < m; ++x) key_words.append(doc.tokens[x].fold) += ' ';
      qualified = true;
      accepted = j = m;
      continue;
    }
    // ("l'Alliance de l'Atlantique nord"; not an infinitive: "a accusé l'Alliance d'avoir rompu".)
    if (head_capital && !n.capitalized && IsWord(n) && n.lowered().noun && !n.lowered().infinitive) {
      key_words.append(n.fold) += ' ';
      accepted = j = k + 1;
      continue;
    }
    break;
  }
  Span out;
  if (!(qualified || country || (head_capital && accepted > head_end))) {
    // "le ministère a ajouté", "le porte-parole du ministère": a bare head after a definite article (one
    // word, nothing after it that it would govern) refers to the institution of that head named earlier in
    // the article, if any (Coreference decides).
    const std::string_view before = first > s.first_token ? doc.tokens[first - 1].fold : ""sv;
    const bool definite = before == "le"sv || before == "la"sv || before == "l'"sv || before == "du"sv ||
                          before == "au"sv || before == "ce"sv || before == "cet"sv || before == "cette"sv;
    // (A word it would govern: a name, a preposition, an adjective or noun; not a verb, a relative, ...)
    const auto governs_at = [&](std::uint32_t at) {
      if (at >= s.end_token || !IsWord(doc.tokens[at])) return false;
      const Token& next = doc.tokens[at];
      const WordInfo& info = next.lowered();
      bool governs = next.capitalized || Is(WordClass::kPreposition, next) ||
                     !(info.verb || info.adverb || Is(WordClass::kNegation, next) ||
                       Is(WordClass::kRelative, next) || Is(WordClass::kStop, next));
      // ("le bureau politique du Hamas": an adjective that is also a verb form, with a complement after it.)
      if (const std::string_view after = at + 1 < s.end_token ? doc.tokens[at + 1].fold : ""sv;
          info.adjective && IsGenitive(after))
        governs = true;
      // ("accusant l'armée d'avoir mené l'attaque": an infinitive's "de" is the verb's, not the noun's.)
      if ((next.fold == "de"sv || next.fold == "d'"sv) && at + 1 < s.end_token &&
          doc.tokens[at + 1].lowered().infinitive)
        governs = false;
      return governs;
    };
    // "le mouvement islamiste a nié": with an adjective or two, which a gazetteer kind= must name
    // (Coreference decides).
    std::uint32_t end = head_end;
    while (end < head_end + 2 && end < s.end_token && IsWord(doc.tokens[end]) &&
           !doc.tokens[end].capitalized && doc.tokens[end].lowered().adjective &&
           !doc.tokens[end].lowered().verb && !Nationality(doc, end) && governs_at(end))
      ++end;
    // ("le groupe armé Wagner": a name after the head's adjectives, participles too, is the head's.)
    std::uint32_t named = head_end;
    while (named < s.end_token && IsWord(doc.tokens[named]) && !doc.tokens[named].capitalized &&
           doc.tokens[named].lowered().adjective)
      ++named;
    const bool name_after =
        named > head_end && named < s.end_token && IsWord(doc.tokens[named]) && doc.tokens[named].capitalized;
    // ("le gouvernement": the state of the government named before, words.tsv government_anaphor.)
    if (definite && !name_after && !governs_at(end) && head_end == first + 1 &&
        !doc.tokens[first].capitalized &&
        (!Is(WordClass::kGovernment, doc.tokens[first]) ||
         (end == head_end && schema_.lexicon().Is("government_anaphor", doc.tokens[first].fold)))) {
      out.end = end;
      StandInMention(out.Make(), EntityType::kInstitution, doc.TokenSpan(first, end), "institution-anaphor");
    }
    // "a indiqué son bureau": the office of the person named before (Coreference decides).
    const bool complement = head_end < s.end_token &&
                            (doc.tokens[head_end].fold == "de"sv || doc.tokens[head_end].fold == "du"sv ||
                             doc.tokens[head_end].fold == "d'"sv);
    if (!complement && head_end == first + 1 && first > s.first_token &&
        Is(WordClass::kPossessive, doc.tokens[first - 1]) &&
        schema_.lexicon().Is("office_head", doc.tokens[first].fold)) {
      out.end = head_end;
      StandInMention(out.Make(), EntityType::kInstitution, doc.TokenSpan(first, head_end),
                     "office-of-person");
    }
    return out;
  }
  // "l'agence de presse russe TASS", "le quotidien Le Monde": the head describes the named entity after it.
  if (Span named = accepted < s.end_token ? MatchGazetteer(doc, s, accepted) : Span{};
      named.end && named.mention().type == EntityType::kInstitution) {
    named.mention().rule = "institution-head+name";
    named.mention().name.assign(doc.TokenSpan(first, named.end));
    return named;
  }
  // "le gouvernement ukrainien", "les autorités de Kiev": the state itself acting (nothing else qualifies
  // it).
  bool only_state =
      qualified ? key_words.find(' ') == key_words.size() - 1 : accepted == head_end + for_now + 1;
  if (Is(WordClass::kGovernment, doc.tokens[first]) && country && only_state) {
    out.end = accepted;
    StateMention(out.Make(), *country, doc.TokenSpan(first, accepted), "government");
    return out;
  }
  out.end = accepted;
  Mention& m = out.Make();
  m.type = EntityType::kInstitution;
  m.name.assign(doc.TokenSpan(first, accepted));
  m.rule = "institution-head";
  // A gazetteer name wins ("département américain de la Défense" is the Pentagon).
  if (const GazetteerEntry* e = SpacedOnce(doc, first, accepted)
                                    ? GazetteerInstitution(doc.FoldedText(first, accepted))
                                    : GazetteerInstitution(Fold(m.name))) {
    m.entity = e->NodeId();
    m.label = e->label();
    m.rule = "institution-head+gazetteer";
    return out;
  }
  if (outlet_name_end == accepted) {
    m.label.assign(doc.TokenSpan(outlet_name, outlet_name_end));
    AppendNameKey(m.entity.append("institution:"), m.label);
    m.rule = "outlet-named";
    return out;
  }
  std::string content = NameKey(key_words);
  if (const GazetteerEntry* e = country ? institutions_.Find(content, country->id) : nullptr) {
    m.entity = e->NodeId();  // "ministère américain de la Défense" is the Pentagon
    m.label = e->label();
    m.rule = "institution-head+gazetteer";
    return out;
  }
  // (Written in place: the concatenation made three strings.)
  m.entity.append("institution:").append(content);
  if (country) m.entity.append("@").append(country->id);
  m.label = m.name;
  // "les services de renseignement occidentaux": the institutions of many states (words.tsv multinational)
  // are no one institution (the adjective of a capitalised domain is part of its name: "ministère des
  // Affaires étrangères").
  if (!country)
    for (std::uint32_t k = head_end; k < accepted; ++k)
      if (Is(WordClass::kMultinational, doc.tokens[k]) && !doc.tokens[k - 1].capitalized) return {};
  // (Without its state, the office of a title is the article's state's: Coreference qualifies it.)
  if (office && !country) m.rule = "institution-office";
  if (head_person.end) {
    // The person gets the institution as the target of their title (resolved like any other name).
    Mention& p = out.MakeExtra();
    p.first_token = head_person.first;
    p.end_token = head_person.end;
    p.type = EntityType::kOfficial;
    p.name.assign(doc.TokenSpan(head_person.first, head_person.end));
    p.rule = "institution-head-person";
    p.role.assign(doc.TokenSpan(head_person.title, head_person.title_end));
    p.role_first = head_person.title;
    p.role_end = head_person.first;
    // (A gazetteer name of a person: of an official, not placed.)
    if (const NameMatch named = GazetteerAt(doc, s, head_person.first);
        named.end == head_person.end && named.name->entry->type == EntityType::kOfficial &&
        named.name->place.empty()) {
      p.entity = named.name->entry->NodeId();
      p.label = named.name->entry->label();
    } else {
      p.entity = "official:" + NameKey(p.name);
      p.label = p.name;
    }
  }
  return out;
}

const GazetteerEntry* MentionFinder::GazetteerInstitution(std::string_view folded) const {
  for (const GazetteerEntry* e : schema_.gazetteer().FindByName(folded))
    if (e->type == EntityType::kInstitution) return e;
  return nullptr;
}

MentionFinder::Span MentionFinder::CoordinatedInstitutions(const Document& doc, const Sentence& s,
                                                           std::uint32_t first,
                                                           std::uint32_t head_end) const {
  // "les armées américaine et chinoise": one institution of each state, the head in the singular.
  // A complement ("de la Défense") applies to both, after them ("les ministères russe et ukrainien de la
  // Défense") or before them ("les ministères de la Défense chinois et japonais"): its end, or `at`.
  const auto complement = [&](std::uint32_t at) {
    const std::string_view f = at + 1 < s.end_token ? doc.tokens[at].fold : ""sv;
    if (!IsGenitive(f)) return at;
    std::uint32_t k = at + 1;
    if (k < s.end_token && (doc.tokens[k].fold == "la"sv || doc.tokens[k].fold == "l'"sv)) ++k;
    std::uint32_t m = k;
    if (m < s.end_token && IsWord(doc.tokens[m]) && !Nationality(doc, m) &&
        (doc.tokens[m].capitalized ? !Is(WordClass::kStop, doc.tokens[m])
                                   : Is(WordClass::kDomain, doc.tokens[m])))
      for (++m; m < s.end_token && IsWord(doc.tokens[m]) && !Nationality(doc, m) && !IsNameWord(doc, s, m) &&
                (doc.tokens[m].capitalized ||
                 (doc.tokens[m].lowered().adjective && !doc.tokens[m].lowered().verb));)
        ++m;
    return m > k ? m : at;
  };
  // (The words of a complement from `at`, for the key.)
  const auto complement_words = [&](std::uint32_t at, std::uint32_t end) {
    std::string words;
    std::uint32_t k = at + 1;
    if (doc.tokens[k].fold == "la"sv || doc.tokens[k].fold == "l'"sv) ++k;
    for (; k < end; ++k) words.append(doc.tokens[k].fold) += ' ';
    return words;
  };
  std::uint32_t adjective = head_end;  // the first nationality
  const std::uint32_t before = complement(head_end);
  if (before > head_end && !Nationality(doc, head_end)) adjective = before;
  const std::uint32_t second = adjective + 2;
  if (second >= s.end_token || doc.tokens[adjective + 1].fold != "et"sv) return {};
  const GazetteerEntry* countries[2] = {Nationality(doc, adjective), Nationality(doc, second)};
  if (!countries[0] || !countries[1] || doc.tokens[adjective].capitalized || doc.tokens[second].capitalized)
    return {};
  // (In the singular, "armée américaine", unless the plural names one institution too: "les services de
  // renseignement américains".)
  const bool plural_name =
      std::any_of(doc.tokens[first].facts.heads->begin(), doc.tokens[first].facts.heads->end(),
                  [](const Phrase& p) { return p.cls == "institution"sv; });
  const auto number = [&](std::string_view w) { return plural_name ? std::string(w) : Singular(w); };
  std::string key_words;
  for (std::uint32_t k = first; k < head_end; ++k) key_words.append(number(doc.tokens[k].fold)) += ' ';
  std::uint32_t end = second + 1;
  if (adjective > head_end) {
    key_words += complement_words(head_end, adjective);
  } else if (const std::uint32_t after = complement(end); after > end) {
    key_words += complement_words(end, after);
    end = after;
  }
  const std::string content = NameKey(key_words);
  const std::string head = number(Surface(doc, first, head_end));
  Span out;
  for (int i = 0; i < 2; ++i) {
    Mention& m = i == 0 ? out.Make() : out.MakeExtra();
    m.type = EntityType::kInstitution;
    m.first_token = i == 0 ? first : second;
    m.end_token = i == 0 ? adjective + 1 : end;
    // Named as if written alone, the head in the singular: "armée américaine", "armée russe", "ministère
    // chinois de la Défense".
    m.name = head + " " + Surface(doc, i == 0 ? adjective : second, i == 0 ? adjective + 1 : end);
    if (adjective > head_end) m.name.append(" ").append(Surface(doc, head_end, adjective));
    m.rule = "institution-coordinated";
    m.generic = true;  // implied more than named: a node only when named elsewhere or in an edge
    const GazetteerEntry* e = GazetteerInstitution(Fold(m.name));
    if (!e) e = institutions_.Find(content, countries[i]->id);
    if (e) {
      m.entity = e->NodeId();
      m.label = e->label();
    } else {
      m.entity = "institution:" + content + "@" + countries[i]->id;
      m.label = m.name;
    }
  }
  out.end = adjective + 1;  // "et" and the second state's mention follow, as in "X et Y"
  return out;
}

MentionFinder::Span MentionFinder::ExtendLine(const Document& doc, const Sentence& s, std::uint32_t first,
                                              std::uint32_t head_end, bool named_head) const {
  // "franchir la ligne rouge", "les lignes rouges militaires": a limit not to cross, not a line ("la ligne
  // rouge téléphonique" is one).
  if (const std::string_view head = doc.tokens[first].fold;
      (head == "ligne"sv || head == "lignes"sv) && head_end == first + 1 && head_end < s.end_token &&
      doc.tokens[head_end].fold.starts_with("rouge") &&
      !(head_end + 1 < s.end_token && doc.tokens[head_end + 1].fold.starts_with("telephonique")))
    return {};
  bool qualified =
      head_end - first > 1 || doc.tokens[first].fold == "hotline"sv || doc.tokens[first].fold == "hot-line"sv;
  std::string distinctive;
  std::uint32_t start = first;
  // "« déconfliction » ligne": a quoted qualifier before the head.
  if (first >= s.first_token + 3 && IsQuote(doc.tokens[first - 1]) && IsQuote(doc.tokens[first - 3]) &&
      IsWord(doc.tokens[first - 2]) && !doc.tokens[first - 2].capitalized) {
    distinctive = doc.tokens[first - 2].fold;
    qualified = true;
    start = first - 3;
  }
  std::uint32_t j = head_end;
  bool other_complement = false;  // "ligne de front", "ligne de crédit", "canal de Suez"
  bool line_complement = false;   // "ligne d'urgence", "ligne de déconfliction"
  while (j < s.end_token && j - first < kMaxSpan) {
    const Token& t = doc.tokens[j];
    if (IsWord(t) && !t.capitalized) {
      const WordInfo& info = t.lowered();
      bool adjective =
          (info.adjective && !(info.verb && info.participle && !Is(WordClass::kLineQualifier, t))) ||
          Is(WordClass::kLineQualifier, t);
      if (adjective && !Is(WordClass::kPreposition, t) && !Is(WordClass::kRelative, t) &&
          !Nationality(doc, j)) {
        // ("une ligne dure", "la ligne ferroviaire": another kind of line; but "la ligne d'urgence
        // maritime", after a line's complement, is one.)
        if (Is(WordClass::kLineOther, t) && !line_complement) return {};
        if (Is(WordClass::kLineQualifier, t)) qualified = true;
        ++j;
        continue;
      }
      if (Nationality(doc, j) || t.fold.find('-') != std::string::npos) {  // "américano-russe"
        ++j;
        continue;
      }
    }
    if (t.fold == "de"sv || t.fold == "d'"sv) {
      std::uint32_t k = j + 1;
      bool quoted = k < s.end_token && IsQuote(doc.tokens[k]);
      if (quoted) ++k;
      if (k < s.end_token && IsWord(doc.tokens[k]) && !doc.tokens[k].capitalized &&
          !Is(WordClass::kDeterminer, doc.tokens[k]) &&
          (doc.tokens[k].lowered().noun || !doc.tokens[k].lowered().known)) {
        const Token& n = doc.tokens[k];
        if (!Is(WordClass::kLineGeneric, n)) distinctive = n.fold;
        const bool line_word = Is(WordClass::kLineQualifier, n) || quoted || !n.lowered().known;
        other_complement |= !line_word && !Is(WordClass::kLineGeneric, n);
        line_complement |= line_word || Is(WordClass::kLineGeneric, n);
        qualified = qualified || line_word;
        j = k + 1;
        if (quoted && j < s.end_token && IsQuote(doc.tokens[j])) ++j;
        continue;
      }
    }
    break;
  }
  // The line's mention, made once it is found to be one (most heads here are not).
  const auto line = [&] {
    Span out;
    Mention& m = out.Make();
    m.type = EntityType::kCommunicationLine;
    out.end = j;
    m.name.assign(doc.TokenSpan(start, j));
    m.label = m.name;
    return out;
  };
  // "des lignes de communication": some lines; but "le rétablissement des lignes" after the article named
  // lines, "des" after a noun, is "de les", those lines.
  if (distinctive.empty() && first > s.first_token && doc.tokens[first - 1].fold == "des"sv &&
      !(first > s.first_token + 1 && doc.tokens[first - 2].lowered().noun &&
        !doc.tokens[first - 2].lowered().verb && !doc.tokens[first - 2].capitalized &&
        std::any_of(doc.mentions.begin(), doc.mentions.end(),
                    [](const Mention& x) { return x.type == EntityType::kCommunicationLine; })))
    return {};
  if (!qualified) {
    // "la ligne de front", "la ligne de crédit", "le canal de Suez": another kind of line; "la chaîne CNN",
    // "le canal Telegram": the head of a name.
    if (other_complement || (j < s.end_token && IsWord(doc.tokens[j]) && doc.tokens[j].capitalized))
      return {};
    if (j + 1 < s.end_token &&
        (doc.tokens[j].fold == "de"sv || doc.tokens[j].fold == "du"sv || doc.tokens[j].fold == "d'"sv) &&
        doc.tokens[j + 1].capitalized)
      return {};
    // "par téléphone", "au téléphone": a head without an article is the medium of a call, not a line
    // referred to again. ("Il n'existe aucun canal de ce type": none, the one named before; "l'existence
    // d'un tel canal": such a one, as "ce canal".)
    const std::string_view such_word = start > s.first_token + 1 ? doc.tokens[start - 1].fold : ""sv;
    const bool such = (such_word == "tel"sv || such_word == "telle"sv || such_word == "tels"sv ||
                       such_word == "telles"sv) &&
                      Is(WordClass::kDeterminer, doc.tokens[start - 2]);
    if (start == s.first_token ||
        !(Is(WordClass::kDeterminer, doc.tokens[start - 1]) || doc.tokens[start - 1].fold == "aucun"sv ||
          doc.tokens[start - 1].fold == "aucune"sv || such))
      return {};
    // A word of many meanings refers back to a line only after a demonstrative ("ce mécanisme"), or after a
    // definite article once the article has named a line ("Le mécanisme, établi en 2015 par ...").
    // ("Le mécanisme du marché": a complement says it is another.)
    const bool complemented =
        j < s.end_token && (doc.tokens[j].fold == "du"sv || doc.tokens[j].fold == "des"sv ||
                            doc.tokens[j].fold == "de"sv || doc.tokens[j].fold == "d'"sv);
    if (Is(WordClass::kLineVague, doc.tokens[first]) && !doc.tokens[start - 1].fold.starts_with("ce") &&
        !such &&
        !(IsDefinite(doc.tokens[start - 1]) && !complemented &&
          std::any_of(doc.mentions.begin(), doc.mentions.end(),
                      [](const Mention& x) { return x.type == EntityType::kCommunicationLine; })))
      return {};
    if (std::string_view before = doc.tokens[start - 1].fold;
        before == "au"sv || before == "aux"sv || before == "de"sv || before == "d'"sv)
      return {};
    // "la ligne": refers to a line named earlier in the article, if any (Coreference decides).
    Span out = line();
    out.mention().generic = true;
    out.mention().rule = "line-anaphor";
    return out;
  }
  // "pas seulement un téléphone rouge": a kind of device, not the line of that name.
  if (named_head && start > s.first_token &&
      (doc.tokens[start - 1].fold == "un"sv || doc.tokens[start - 1].fold == "une"sv))
    return {};
  Span out = line();
  Mention& m = out.mention();
  m.rule = "line-head";
  // Only a distinctive complement ("de déconfliction") or a head that is a name ("téléphone rouge")
  // identifies the line across articles; "ligne téléphonique" or "ligne directe" could be any line.
  if (named_head)
    AppendNameKey(m.entity.append("line:"), doc.TokenSpan(first, head_end));
  else if (!distinctive.empty())
    m.entity = "line:" + NameKey("ligne " + distinctive);
  return out;
}

MentionFinder::Span MentionFinder::ExtendPlace(const Document& doc, const Sentence& s, std::uint32_t first,
                                               std::uint32_t head_end) const {
  std::uint32_t j = head_end;
  while (j < s.end_token && IsWord(doc.tokens[j]) && !doc.tokens[j].capitalized &&
         doc.tokens[j].lowered().adjective && !Is(WordClass::kPreposition, doc.tokens[j]))
    ++j;
  if (j + 1 >= s.end_token || !(doc.tokens[j].fold == "de"sv || doc.tokens[j].fold == "d'"sv)) return {};
  std::uint32_t k = j + 1;
  std::uint32_t end = k;
  while (end < s.end_token && doc.tokens[end].capitalized && IsWord(doc.tokens[end])) ++end;
  if (end == k) return {};
  Span out;
  out.end = end;
  Mention& m = out.Make();
  m.type = EntityType::kPlace;
  m.name.assign(doc.TokenSpan(first, end));
  m.label = m.name;
  AppendNameKey(m.entity.append("place:"), m.name);
  m.rule = "place-head";
  return out;
}

MentionFinder::Span MentionFinder::ExtendGroup(const Document& doc, const Sentence& s, std::uint32_t first,
                                               std::uint32_t head_end) const {
  // "des responsables russes", "les militaires américains et russes", "les forces de Moscou": the state acts.
  std::optional<std::uint32_t> possessive;  // where "ses" is, in "ses négociateurs"
  if (first > s.first_token) {
    std::uint32_t b = first;
    while (b > s.first_token + 1 && IsWord(doc.tokens[b - 1]) && !doc.tokens[b - 1].capitalized &&
           doc.tokens[b - 1].lowered().adjective && !Is(WordClass::kDeterminer, doc.tokens[b - 1]))
      --b;  // "les hauts responsables"
    const std::string_view before = doc.tokens[b - 1].fold;
    if (before == "ses"sv || before == "son"sv || before == "sa"sv) possessive = b - 1;
    // ("deux responsables américains": a count as well; "la délégation ukrainienne": the one singular head)
    if (!(possessive.has_value() || before == "les"sv || before == "des"sv || before == "ces"sv ||
          before == "aux"sv || before == "de"sv || before == "leurs"sv || before == "d'"sv ||
          before == "la"sv || before == "une"sv || before == "cette"sv ||
          !schema_.lexicon().ValueOf("number:", doc.tokens[b - 1]).empty() ||
          doc.tokens[b - 1].kind == TokenKind::kNumber))
      return {};
  }
  std::uint32_t j = AdjectivesEnd(doc, s, head_end);  // "hauts", "militaires"
  // A complement of the head before the nationality: "les directeurs des opérations militaires indien et
  // pakistanais".
  // ("... militaires (DGMO) indien et pakistanais": with its acronym.)
  const auto acronym = [&](std::uint32_t k) {
    return k + 3 < s.end_token && doc.tokens[k].fold == "("sv && doc.tokens[k + 1].all_caps &&
                   doc.tokens[k + 2].fold == ")"sv
               ? k + 3
               : k;
  };
  // ("les chefs de la défense américain et russe": after "de la", only two nationalities, one for each of
  // the group; "des représentants de l'armée soudanaise" are the army's.)
  std::uint32_t noun = j + 1;
  if (j + 2 < s.end_token && doc.tokens[j].fold == "de"sv &&
      (doc.tokens[j + 1].fold == "la"sv || doc.tokens[j + 1].fold == "l'"sv))
    ++noun;
  if (noun + 1 < s.end_token &&
      (doc.tokens[j].fold == "des"sv || doc.tokens[j].fold == "du"sv || noun == j + 2) &&
      IsWord(doc.tokens[noun]) && !doc.tokens[noun].capitalized && doc.tokens[noun].lowered().noun &&
      !Nationality(doc, noun))
    if (const std::uint32_t k = acronym(AdjectivesEnd(doc, s, noun + 1));
        k < s.end_token && Nationality(doc, k) &&
        (noun == j + 1 ||
         (k + 2 < s.end_token && doc.tokens[k + 1].fold == "et"sv && Nationality(doc, k + 2))))
      j = k;
  Span out;
  if (j < s.end_token && Nationality(doc, j)) {
    out.end = j + 1;
    // Not a name of the country: it names the node only when the country is named elsewhere.
    StateMention(out.Make(), *Nationality(doc, j), doc.TokenSpan(first, j + 1), "national-group", true);
    // "américains et russes": the second state gets its own mention, found at its own position.
    if (j + 2 < s.end_token && doc.tokens[j + 1].fold == "et"sv && Nationality(doc, j + 2)) out.end = j + 1;
    return out;
  }
  // ("les forces de Moscou"; a singular head needs its adjective: "une partie de l'Ukraine" is none.)
  const std::string_view head = doc.tokens[head_end - 1].fold;
  // ("ses troupes d'Ukraine" are another state's.)
  if (j + 1 < s.end_token && !possessive && (head.ends_with('s') || head.ends_with('x')) &&
      IsGenitive(doc.tokens[j].fold)) {
    const GazetteerEntry* c = nullptr;
    std::uint32_t k = j + 1;
    if (k < s.end_token && (doc.tokens[k].fold == "la"sv || doc.tokens[k].fold == "l'"sv)) ++k;
    if (std::uint32_t e = CountryAt(doc, s, k, &c); e) {
      out.end = e;
      StateMention(out.Make(), *c, doc.TokenSpan(k, e), "national-group");
      return out;
    }
  }
  // "Le Hamas a indiqué que ses négociateurs avaient parlé avec Y", "Selon l'Iran, ses diplomates se sont
  // entretenus": a group after a possessive, as the subject of a clause (opening it, after "que" or a comma,
  // before its verb), is the group of the sentence's subject (Coreference decides; none: it names no one).
  // (Elsewhere, whose it is needs the clause read: "a appelé la Russie à retirer ses troupes".)
  if (possessive) {
    const std::string_view opener = *possessive > s.first_token ? doc.tokens[*possessive - 1].fold : ""sv;
    const std::uint32_t verb = AdjectivesEnd(doc, s, head_end);
    const auto clitic = [](std::string_view f) {
      return f == "se"sv || f == "s'"sv || f == "ne"sv || f == "n'"sv;
    };
    if ((*possessive == s.first_token || opener == "que"sv || opener == "qu'"sv || opener == ","sv) &&
        verb < s.end_token && IsWord(doc.tokens[verb]) &&
        (doc.tokens[verb].lowered().finite || clitic(doc.tokens[verb].fold))) {
      out.end = head_end;
      StandInMention(out.Make(), EntityType::kCountry, doc.TokenSpan(first, head_end), "possessive-group");
    }
  }
  return out;
}

bool MentionFinder::StopSurnameAt(const Document& doc, const Sentence& s, std::uint32_t i) const {
  const Token& t = doc.tokens[i];
  if (!t.capitalized || t.all_caps) return false;
  if (i > s.first_token && Is(WordClass::kCourtesy, doc.tokens[i - 1])) return true;
  if (i + 1 >= s.end_token) return false;
  const Token& next = doc.tokens[i + 1];
  return IsWord(next) && next.capitalized && !next.all_caps && !next.written().known &&
         !next.lowered().known && next.facts.names->empty();
}

MentionFinder::Span MentionFinder::MatchName(const Document& doc, const Sentence& s, std::uint32_t i) const {
  const Token& t = doc.tokens[i];
  Span out;
  // "les Russes", "des Américains": the people of a state, acting for it.
  if (IsWord(t) && i > s.first_token && Nationality(doc, i) &&
      (doc.tokens[i - 1].fold == "les"sv || doc.tokens[i - 1].fold == "des"sv ||
       doc.tokens[i - 1].fold == "aux"sv)) {
    out.end = i + 1;
    StateMention(out.Make(), *Nationality(doc, i), doc.TokenSpan(i, i + 1), "demonym");
    return out;
  }
  // (A capitalised stop word, "Le", "Selon", "Il", starts none of the names below: most sentences start
  // with one; but for a surname, "l'ancien président taïwanais Ma Ying-jeou".)
  const bool stop_surname = Is(WordClass::kStopSurname, t) && StopSurnameAt(doc, s, i);
  if (Is(WordClass::kStop, t) && !stop_surname) return out;
  if (t.facts.compound && !CompoundNationalities(schema_, t).empty()) return out;  // "Chine-Inde"
  // "Roman Petrov, chef d'état-major, a dit": a capitalised common word starting the sentence is a first
  // name when a title in apposition follows the next name word.
  // So is one before a word no dictionary or gazetteer knows and a verb: "Li Hui a rencontré".
  const bool common_first =
      CommonWordStartsName(doc, s, i) ||
      (i == s.first_token && IsCapitalizedWord(doc, i) && !Is(WordClass::kPreposition, t) &&
       !Is(WordClass::kStop, t) && !Is(WordClass::kCourtesy, t) &&  // "En Ukraine, le", "M. Wang"
       !TitleAt(doc, s, i, nullptr) && !Nationality(doc, i) && i + 2 < s.end_token &&
       IsNameWord(doc, s, i + 1) &&
       (TitleInApposition(doc, s, i + 2) ||
        (!doc.tokens[i + 1].written().known && !doc.tokens[i + 1].lowered().known &&
         doc.tokens[i + 1].facts.names->empty() && doc.tokens[i + 2].lowered().finite)));
  const bool name_word = stop_surname || IsNameWord(doc, s, i);
  const bool named_before = !name_word && !common_first && NamedBefore(doc, i);
  if (!name_word && !common_first && !named_before) return out;
  std::string_view title_cls;
  bool titled = false;
  for (std::uint32_t k = (i >= s.first_token + 3 ? i - 3 : s.first_token); k < i; ++k)
    if (TitleAt(doc, s, k, &title_cls) && title_cls == "title"sv) titled = true;
  // A title phrase ending at the comma before the name: "la présidente de la Chambre des représentants,
  // Nancy Pelosi" (for the dictionary, "Nancy" is a town), "l'ambassadeur de Chine, Xie Feng".
  if (!titled && i > s.first_token + 1 && doc.tokens[i - 1].fold == ","sv)
    titled = TitleEndingAt(doc, s, i - 1, kMaxSpan, true).has_value();
  // Or right before it, however long: "le ministre de la Défense Israël Katz".
  if (!titled && i > s.first_token) titled = TitleEndingAt(doc, s, i, kMaxSpan, true).has_value();
  std::uint32_t j = i + 1;
  while (j < s.end_token && j - i < 5) {
    if (IsNameWord(doc, s, j) && !doc.tokens[j].all_caps) {
      ++j;
    } else if (doc.tokens[j].capitalized && doc.tokens[j].end - doc.tokens[j].begin == 1 &&
               j + 2 < s.end_token && doc.tokens[j + 1].fold == "."sv && IsNameWord(doc, s, j + 2)) {
      j += 2;  // an initial: "John F. Kennedy"
    } else if (j > i && doc.tokens[j].capitalized && doc.TokenText(j).size() == 2 &&
               doc.TokenText(j).back() == '.' && j + 1 < s.end_token && IsNameWord(doc, s, j + 1)) {
      ++j;  // the same, its full stop kept in the token: "Tore O. Sandvik"
    } else if (Is(WordClass::kParticle, doc.tokens[j]) && !doc.tokens[j].capitalized && j + 1 < s.end_token &&
               IsNameWord(doc, s, j + 1) && doc.tokens[j].fold != "de"sv) {
      j += 2;
    } else if (j > i && doc.tokens[j].facts.hyphenated_particle) {
      ++j;  // "Abou Mohammed al-Jolani", "Bachar al-Assad"
    } else if (j > i && RegnalNumber(doc.TokenText(j))) {
      ++j;  // "Abdallah II", "Charles III"
    } else if (Is(WordClass::kParticle, doc.tokens[j]) && doc.tokens[j].capitalized && j + 1 < s.end_token &&
               IsCapitalizedWord(doc, j + 1)) {
      // A capitalised particle starts the surname, whatever its word: "Le Pen", "Le Maire", "De Croo".
      j += 2;
    } else if (j == i + 1 && doc.tokens[i].written().first_name && IsCapitalizedWord(doc, j) &&
               !TitleAt(doc, s, j, nullptr) && !Nationality(doc, j)) {
      ++j;  // after a first name, a surname that is also a common word: "Élisabeth Borne", "Pierre Blanc"
    } else if (j == i + 1 && (titled || TitleInApposition(doc, s, j + 1)) && !doc.tokens[i].lowered().known &&
               IsCapitalizedWord(doc, j) && !TitleAt(doc, s, j, nullptr) && !Nationality(doc, j) &&
               doc.tokens[j].facts.names->empty()) {
      // After a title (or before one in apposition) and an unknown first word, the same: "le général Asim
      // Munir", "Gourangalal Das, secrétaire adjoint".
      ++j;
    } else if (j >= i + 2 && titled && i > s.first_token && doc.tokens[i - 1].fold == ","sv &&
               IsCapitalizedWord(doc, j) && j + 1 < s.end_token && doc.tokens[j + 1].fold == ","sv &&
               !TitleAt(doc, s, j, nullptr) && !Nationality(doc, j)) {
      ++j;  // the last word of a titled name between commas, a common word too: ", Shafqat Ali Khan,"
    } else if (j == i + 1 && IsCapitalizedWord(doc, j) && !TitleAt(doc, s, j, nullptr) &&
               !Nationality(doc, j) && NamedBefore(doc, j)) {
      ++j;  // a common word that ends the name of a person named in full before: "Gourangalal Das"
    } else if (IsWord(doc.tokens[j]) && doc.tokens[j].capitalized && !doc.tokens[j].all_caps &&
               j + 1 < s.end_token && IsNameWord(doc, s, j + 1) && !doc.tokens[j + 1].all_caps &&
               (!TitleAt(doc, s, j, nullptr) || doc.tokens[i].written().first_name) && !Nationality(doc, j)) {
      // A capitalised common (even function) word between two words of a name: "Choe Son Hui"; after a
      // first name, a title too: "Hassan Cheikh Mohamoud".
      ++j;
    } else {
      break;
    }
  }
  bool courtesy = i > s.first_token && Is(WordClass::kCourtesy, doc.tokens[i - 1]);
  bool first_name = doc.tokens[i].written().first_name;
  bool proper_place = false, all_unknown = true;
  for (std::uint32_t k = i; k < j; ++k) {
    // (A particle is no word of the name's own: "Tamim ben Hamad Al-Thani".)
    if (Is(WordClass::kParticle, doc.tokens[k]) && !doc.tokens[k].capitalized) continue;
    const WordInfo& info = doc.tokens[k].written();
    proper_place |= info.proper && !info.first_name && !info.surname;
    all_unknown &= !doc.tokens[k].lowered().common_word;
  }
  // A title in apposition after the name: "Nancy Pelosi, alors présidente de la Chambre".
  titled |= TitleInApposition(doc, s, j);
  std::uint32_t n = j - i;
  // (The words [i, j) name an institution.)
  const auto institution = [&](std::string_view rule) {
    out.end = j;
    Mention& m = out.Make();
    m.type = EntityType::kInstitution;
    m.name.assign(doc.TokenSpan(i, j));
    m.label = m.name;
    m.rule = rule;
    AppendNameKey(m.entity.append("institution:"), m.name);
  };
  // "L'avion d'Azerbaijan Airlines": a name ending on a company's word is a company.
  if (n >= 2 && Is(WordClass::kCompany, doc.tokens[j - 1])) {
    institution("company-name");
    return out;
  }
  // "le patron de Rosatom, Alexeï Likhatchev": one unknown word right after a title and "de" is where the
  // title is held, not a person ("le porte-parole de Vladimir Poutine" has a first name, "de M. Dupont" a
  // courtesy title).
  // A proper noun of the dictionary there that is no person's name is no one: "le porte-parole de Gazprom",
  // "le gouverneur de Kherson".
  const bool title_complement = n == 1 && !first_name && !courtesy && i >= s.first_token + 2 &&
                                (doc.tokens[i - 1].fold == "de"sv || doc.tokens[i - 1].fold == "d'"sv ||
                                 doc.tokens[i - 1].fold == "du"sv) &&
                                TitleEndingAt(doc, s, i - 1, kMaxSpan, true);
  if (title_complement && proper_place && !named_before) return out;
  if (title_complement && all_unknown && !doc.tokens[i].written().known) {
    institution("title-complement");
    return out;
  }
  // A state's one-word name, then a word the dictionary does not know, then a verb: "Israël Katz a
  // déclaré" (the state would not be followed by a name).
  const auto one_word_state = [](const GazetteerName& g) {
    return g.words.size() == 1 && g.entry->type == EntityType::kCountry;
  };
  const bool state_first_word =
      n == 2 &&
      std::any_of(doc.tokens[i].facts.names->begin(), doc.tokens[i].facts.names->end(), one_word_state) &&
      !doc.tokens[i + 1].written().known && !doc.tokens[i + 1].lowered().known && j < s.end_token &&
      doc.tokens[j].lowered().finite &&
      (i == s.first_token || !Is(WordClass::kDeterminer, doc.tokens[i - 1]));
  // A single unknown or proper word may be a surname ("Austin"): coreference keeps it only if it names
  // someone named in full in the article.
  bool person = n >= 2 ? (first_name || courtesy || titled || common_first || stop_surname ||
                          (all_unknown && !proper_place) || state_first_word || NamedBefore(doc, i))
                       : (courtesy || titled || all_unknown || named_before);
  // ("un émissaire chinois en Europe": a place; no one is named after "en" or "dans".)
  if (n == 1 && i > s.first_token && (doc.tokens[i - 1].fold == "en"sv || doc.tokens[i - 1].fold == "dans"sv))
    person = false;
  // ("à Charm el-Cheikh, en Egypte": a town, placed in its state.)
  const GazetteerEntry* placed_in = nullptr;
  if (i > s.first_token && doc.tokens[i - 1].lower == "\xc3\xa0"sv && j + 2 < s.end_token &&
      doc.tokens[j].fold == ","sv &&
      (doc.tokens[j + 1].fold == "en"sv || doc.tokens[j + 1].fold == "au"sv ||
       doc.tokens[j + 1].fold == "aux"sv) &&
      CountryAt(doc, s, j + 2, &placed_in))
    person = false;
  // ("l'émissaire pour les Balkans": a lone word after an article is a thing or a place, unless it names
  // someone named in full before; "d'Austin" is no article.)
  if (n == 1 && i > s.first_token && !named_before) {
    const std::string_view before = doc.tokens[i - 1].fold;
    if (before == "le"sv || before == "la"sv || before == "les"sv || before == "l'"sv || before == "un"sv ||
        before == "une"sv)
      person = false;
  }
  if (!person) return out;
  out.end = j;
  out.person = true;
  out.generic = n == 1 && !courtesy && !titled;  // kept only if coreference finds who it is
  return out;
}

void MentionFinder::PersonMention(const Document& doc, std::uint32_t i, const Span& span, Mention& m) const {
  m.type = EntityType::kOfficial;
  m.name.assign(doc.TokenSpan(i, span.end));
  m.label = m.name;
  const bool full = span.end - i >= 2;
  m.rule = full ? "person-name" : "surname";
  m.generic = span.generic;
  if (full) AppendNameKey(m.entity.append("official:"), m.name);
}

bool MentionFinder::MayStartMention(const Lexicon& lexicon, const Token& t) {
  // (A capital too, so that Process passes the other tokens by testing one flag, and an adjective of several
  // states, which Process notes there. Not a stand-in's determiner, most of which start none: Process finds
  // it back from its noun, StandInBefore.)
  return t.capitalized || !t.facts.heads->empty() || !t.facts.names->empty() ||
         t.facts.nationality != nullptr || t.facts.starts_title || IsCounterpart(t) ||
         lexicon.Is(WordClass::kStates, t);
}

bool MentionFinder::MayStartStandIn(const Lexicon& lexicon, const Token& t) {
  // (The articles have two to five letters: most tokens are told from them by their length alone.)
  const bool article_length = t.fold.size() >= 2 && t.fold.size() <= 5;
  // ("les déclarations du président américain": "de le" too.)
  return lexicon.Is(WordClass::kPossessive, t) ||
         (article_length && (IsIndefinite(t) || IsDefinite(t) || IsDemonstrative(t) || t.fold == "du"sv));
}

// (Inline, as StandInTitle: MatchAt asks them of every token it gets, and their calls cost as much as they
// do.)
inline std::uint32_t MentionFinder::StandInNoun(const Document& doc, const Sentence& s, std::uint32_t i,
                                                bool* former) const {
  std::uint32_t k = i + 1;
  *former = false;
  while (k < s.end_token && BeforeStandInNoun(schema_.lexicon(), doc.tokens[k])) {
    *former |= Is(WordClass::kFormer, doc.tokens[k]);
    ++k;
  }
  return k;
}

inline std::uint32_t MentionFinder::StandInTitle(const Document& doc, const Sentence& s, std::uint32_t i,
                                                 bool* former) const {
  if (!doc.tokens[i].facts.may_start_stand_in) return 0;
  const std::uint32_t k = StandInNoun(doc, s, i, former);
  return k < s.end_token && (doc.tokens[k].facts.starts_title || IsCounterpart(doc.tokens[k])) ? k : 0;
}

// (Inline: Process asks it at each token it stops at.)
inline std::uint32_t MentionFinder::StandInBefore(const Document& doc, const Sentence& s, std::uint32_t from,
                                                  std::uint32_t stop) const {
  // (Its determiner is right before its noun or the words before it, StandInNoun.)
  std::uint32_t d = stop;
  const Lexicon& lexicon = schema_.lexicon();
  while (d > from && !doc.tokens[d - 1].facts.may_start_stand_in &&
         BeforeStandInNoun(lexicon, doc.tokens[d - 1]))
    --d;
  if (d == from || !doc.tokens[d - 1].facts.may_start_stand_in) return stop;
  bool former = false;
  return StandInTitle(doc, s, d - 1, &former) ? d - 1 : stop;
}

MentionFinder::Span MentionFinder::MatchStandIn(const Document& doc, const Sentence& s, std::uint32_t i,
                                                std::uint32_t k, bool former) const {
  const Token& det = doc.tokens[i];
  bool indefinite = IsIndefinite(det);
  bool possessive = Is(WordClass::kPossessive, det);
  Span out;
  if (possessive && IsCounterpart(doc.tokens[k])) {
    // "son homologue russe": the counterpart, a person named right after or else the state (the first of
    // "ses homologues français, britannique et turc": Process adds the others).
    std::uint32_t a = k + 1;
    const GazetteerEntry* c = a < s.end_token ? Nationality(doc, a) : nullptr;
    std::uint32_t after = c ? a + 1 : a;
    for (std::uint32_t x = after; x < std::min(after + 8, s.end_token); ++x) {
      // "au Laos": a place; "et", "puis avec Y": another party (but "ses homologues éthiopien et somalien,
      // X et Y" name them after their list).
      if (const Token& w = doc.tokens[x];
          w.fold == "au"sv || w.fold == "en"sv || w.lower == "\xc3\xa0"sv || w.fold == "puis"sv ||
          w.fold == "avec"sv || (w.fold == "et"sv && !(x + 1 < s.end_token && Nationality(doc, x + 1))))
        break;
      if (IsNameWord(doc, s, x)) return {};  // the named counterpart is its own mention
    }
    if (!c) return {};
    out.end = after;
    StateMention(out.Make(), *c, doc.TokenSpan(i, after), "counterpart", true);
    return out;
  }
  std::string_view cls;
  std::uint32_t tl = TitleAt(doc, s, k, &cls);
  if (!tl || possessive) return {};
  std::uint32_t j = TitlePhraseEnd(doc, s, k);
  bool unidentified = false;
  for (std::uint32_t x = k; x < j; ++x) unidentified |= Is(WordClass::kAnonymity, doc.tokens[x]);
  // A name right after (optionally after a comma) means this is the person's title, not a stand-in.
  // ("un porte-parole de l'armée, Jagdeep Dahiya"; but "un responsable de l'administration du président Joe
  // Biden" is not Joe Biden's title: after an indefinite article the name must follow the title or a comma.)
  auto name_at = [&](std::uint32_t x) {
    if (x < s.end_token && doc.tokens[x].fold == ","sv) {
      ++x;
      // "un porte-parole de l'armée, le lieutenant-colonel Peter Lerner": the name after an apposed title.
      // (After a definite article, the title is a reference Coreference resolves to the apposed name.)
      if (indefinite && x + 1 < s.end_token && IsDefinite(doc.tokens[x]) && TitleAt(doc, s, x + 1, nullptr))
        x = TitlePhraseEnd(doc, s, x + 1);
    }
    return x < s.end_token && (IsNameWord(doc, s, x) || CommonWordStartsName(doc, s, x));
  };
  // "Vladimir Medinski, un conseiller du Kremlin": a title in apposition to the person just named is theirs.
  if (indefinite && i >= s.first_token + 2 && doc.tokens[i - 1].fold == ","sv && !doc.mentions.empty() &&
      doc.mentions.back().type == EntityType::kOfficial && !doc.mentions.back().anonymous &&
      doc.mentions.back().end_token + 1 == i)
    return {};
  const bool selon_subject = j + 1 < s.end_token && SubjectAfterSelon(doc, s, k, j + 1);
  if (!selon_subject && (name_at(k + tl) || (j < s.end_token && doc.tokens[j].fold == ","sv && name_at(j)) ||
                         (!indefinite && name_at(j))))
    return {};
  if (!indefinite && !selon_subject) {
    // "le général de division pakistanais Kashif Chaudhry": a name a few words on, before any verb or clause.
    for (std::uint32_t x = j; x < std::min(j + 6, s.end_token); ++x) {
      const Token& w = doc.tokens[x];
      if (w.kind == TokenKind::kPunct && w.fold != ","sv && w.fold != "'"sv) break;
      // ("avec le président russe, a indiqué son porte-parole X", "..., selon X": nor one after an incise's
      // verb.)
      if (w.fold == ","sv && x + 1 < s.end_token &&
          (doc.tokens[x + 1].fold == "selon"sv ||
           (doc.tokens[x + 1].lowered().finite && IsAuxiliary(doc.tokens[x + 1].lowered())) ||
           (doc.tokens[x + 1].lowered().finite && !doc.tokens[x + 1].lowered().noun)))
        break;
      // ("Le chancelier allemand, qui a reçu Andrzej Duda": a name in a relative clause is another's.)
      if (Is(WordClass::kRelative, w)) break;
      if (!w.capitalized && IsWord(w) && w.lowered().verb && !w.lowered().adjective &&
          (!w.lowered().noun || (x == j && w.lowered().finite)))
        break;  // (right after the title, "rencontre" is its verb)
      if (IsNameWord(doc, s, x) && doc.tokens[x].written().first_name) return {};
      if (IsNameWord(doc, s, x) && x + 1 < s.end_token && IsNameWord(doc, s, x + 1)) return {};
    }
  }
  Mention& m = out.Make();
  if (cls == "generic"sv || indefinite) {
    m.anonymous = true;
    m.rule = indefinite || unidentified ? "anonymous" : "anonymous-ref";
  } else {
    m.rule = "title-ref";
    m.generic = true;
  }
  out.end = j;
  m.type = EntityType::kOfficial;
  m.name.assign(doc.TokenSpan(k, j));
  m.label = m.name;
  m.role.assign(doc.TokenSpan(k, k + tl));
  m.role_first = k;
  m.role_end = j;
  m.former = former;
  // The title phrase may contain entities ("du Pentagone"): leave them to the main scan.
  out.end = k + tl;
  return out;
}

std::uint32_t MentionFinder::TitlePhraseEnd(const Document& doc, const Sentence& s, std::uint32_t k) const {
  if (!doc.tokens[k].facts.starts_title) return k;
  if (title_phrase_ends[k] == kNotAsked) title_phrase_ends[k] = FindTitlePhraseEnd(doc, s, k);
  return title_phrase_ends[k];
}

std::uint32_t MentionFinder::FindTitlePhraseEnd(const Document& doc, const Sentence& s,
                                                std::uint32_t k) const {
  std::string_view cls;
  std::uint32_t tl = TitleAt(doc, s, k, &cls);
  if (!tl) return k;
  std::uint32_t j = k + tl;
  bool after_domain = false;
  std::uint32_t and_at = 0;
  while (j < s.end_token && j - k < kMaxSpan) {
    const Token& t = doc.tokens[j];
    const WordInfo& info = t.lowered();
    // (An adjective that is also a verb form only with a complement after it: "le directeur politique du
    // Service", not "le ministre précise que".)
    const std::string_view after = j + 1 < s.end_token ? doc.tokens[j + 1].fold : ""sv;
    const bool complement = IsGenitive(after);
    if (IsWord(t) && !t.capitalized &&
        (Nationality(doc, j) || (info.adjective && (!info.verb || complement))) &&
        !Is(WordClass::kPreposition, t)) {
      ++j;
      continue;
    }
    if (t.fold == "non"sv && j + 1 < s.end_token && Is(WordClass::kAnonymity, doc.tokens[j + 1])) {
      j += 2;
      continue;
    }
    if (Is(WordClass::kAnonymity, t)) {
      ++j;
      continue;
    }
    if (TitleAt(doc, s, j, &cls) && cls == "title"sv) {  // "conseiller d'État et ministre"
      j += TitleAt(doc, s, j, nullptr);
      continue;
    }
    // "ambassadeur de Russie auprès de l'OTAN": a posting, read as a complement; so is "une source au sein de
    // la délégation ukrainienne".
    if (t.fold == "aupres"sv && j + 1 < s.end_token && IsGenitive(doc.tokens[j + 1].fold)) {
      ++j;
      continue;
    }
    if (t.fold == "au"sv && j + 2 < s.end_token && doc.tokens[j + 1].fold == "sein"sv &&
        IsGenitive(doc.tokens[j + 2].fold)) {
      j += 2;
      continue;
    }
    // "le Premier ministre thaïlandais par intérim": holding it for now.
    if (t.fold == "par"sv && j + 1 < s.end_token && doc.tokens[j + 1].fold == "interim"sv) {
      j += 2;
      continue;
    }
    // "ambassadeur de France en Iran": a posting in a state.
    if (const GazetteerEntry* posted = nullptr; t.fold == "en"sv && j + 1 < s.end_token)
      if (const std::uint32_t e = CountryAt(doc, s, j + 1, &posted); e) {
        j = e;
        continue;
      }
    bool to = t.lower == "\xc3\xa0"sv || t.fold == "au"sv || t.fold == "aux"sv;  // "à la Défense"
    // ("pour": "médiateur pour les droits humains", "envoyé spécial pour l'Ukraine")
    bool linker = IsGenitive(t.fold) || to || t.fold == "et"sv || t.fold == "pour"sv;
    if (!linker || j + 1 >= s.end_token) break;
    if (const std::string_view next = doc.tokens[j + 1].fold; t.fold == "et"sv && IsGenitive(next)) {
      and_at = j++;  // "du Pentagone et de l'OTAN": a second complement
      continue;
    }
    std::uint32_t m = j + 1;
    if (doc.tokens[m].fold == "la"sv || doc.tokens[m].fold == "l'"sv || doc.tokens[m].fold == "le"sv ||
        (t.fold == "pour"sv && doc.tokens[m].fold == "les"sv))
      ++m;
    // ("a remercié le président américain pour son rôle": a possessive starts no title's complement, but
    // for a genitive's before the head noun of an institution: "le porte-parole de sa diplomatie, X".)
    if (m + 1 < s.end_token && IsGenitive(t.fold) && m == j + 1 &&
        Is(WordClass::kPossessive, doc.tokens[m]) && !doc.tokens[m + 1].facts.heads->empty())
      ++m;
    if (m >= s.end_token || !IsWord(doc.tokens[m]) || Is(WordClass::kPossessive, doc.tokens[m])) break;
    // ("a plaidé auprès du président ukrainien pour un cessez-le-feu": what is pleaded for, with an article
    // other than the definite one, is no title's complement.)
    if (t.fold == "pour"sv && Is(WordClass::kDeterminer, doc.tokens[m])) break;
    if (t.fold == "et"sv) {  // "et ministre", "et ancien haut fonctionnaire"
      if (m != j + 1) break;
      while (m + 1 < s.end_token && Is(WordClass::kFormer, doc.tokens[m])) ++m;
      if (!TitleAt(doc, s, m, nullptr)) break;
      j = m + TitleAt(doc, s, m, nullptr);
      continue;
    }
    if (to && !doc.tokens[m].capitalized && m == j + 1 && !Is(WordClass::kDomain, doc.tokens[m]))
      break;  // "aux journalistes": an addressee, not a title ("aux droits de l'homme" is)
    // "le président du pays": the state named before (RelationExtractor's membership).
    if (t.fold == "du"sv && m == j + 1 && Is(WordClass::kStateNoun, doc.tokens[m])) {
      j = m + 1;
      continue;
    }
    // Complement words: capitalised names and lower-case nouns ("à la sécurité nationale"), not verbs.
    std::uint32_t x = m;
    bool after_name = false;  // a name ends the complement but for adjectives ("du Pentagone rencontre")
    while (x < s.end_token && IsWord(doc.tokens[x]) && x - m < 5) {
      const Token& w = doc.tokens[x];
      const WordInfo& wi = w.lowered();
      if (x > m && (Is(WordClass::kDeterminer, w) ||
                    (after_name && !w.capitalized && !(wi.adjective && !wi.verb) && !Nationality(doc, x))))
        break;
      after_name = w.capitalized;
      // "le porte-parole de M. Milley", "du général Milley", "du président Vladimir Poutine": a person,
      // with a courtesy title or a title before the name, is the complement (a title of several words may
      // be written with its capital: "du Premier ministre Abiy Ahmed").
      if (x == m) {
        std::uint32_t name = x;
        if (Is(WordClass::kCourtesy, w))
          ++name;
        else if (const std::uint32_t title = TitleAt(doc, s, x, nullptr);
                 title && (!w.capitalized || title > 1))
          name += title;
        std::uint32_t end = name;
        while (name > x && end < s.end_token && IsNameWord(doc, s, end)) ++end;
        if (end > name) {
          x = end;
          after_name = true;
          continue;
        }
      }
      // (A gazetteer name may start in lower case: "du département d'Etat".)
      if (NameMatch g = GazetteerAt(doc, s, x); w.capitalized || g.end) {
        // (No person's name after an article: "chargé de l'Europe".)
        if (g.end ? g.name->entry->type == EntityType::kOfficial
                  : IsNameWord(doc, s, x) && !(x == m && m > j + 1))
          break;  // the person's name
        if (g.end) {
          x = g.end;
          after_name = true;
          continue;
        }
      } else if (Is(WordClass::kPreposition, w) || Is(WordClass::kRelative, w) ||
                 Is(WordClass::kNegation, w) || (wi.verb && !wi.noun && !wi.adjective) ||
                 (wi.finite && IsAuxiliary(wi)) || w.fold == "s'"sv || w.fold == "se"sv) {
        break;  // ("a" is also a noun: "le chef de l'alliance a répondu"; "de l'armée s'est refusé": the
                // reflexive pronoun of the title's verb)
      } else if (x == m && !Is(WordClass::kDomain, w) && w.facts.heads->empty() && !after_domain &&
                 t.fold != "pour"sv) {
        break;  // "du sort des Français" is not part of a title; "de la Défense", "de l'armée", "pour le
                // climat" are
      }
      ++x;
    }
    if (x == m) break;
    // A domain's own complement is part of the title too: "aux droits de l'homme".
    after_domain = Is(WordClass::kDomain, doc.tokens[m]);
    j = x;
  }
  if (and_at && j == and_at + 1) j = and_at;  // no second complement after all
  // "directeur général de l'Agence internationale de l'énergie atomique (AIEA), Rafael Grossi"
  if (j > k + tl && j + 2 < s.end_token && doc.tokens[j].fold == "("sv && doc.tokens[j + 1].all_caps &&
      doc.tokens[j + 2].fold == ")"sv)
    j += 3;
  return j;
}

bool MentionFinder::SubjectAfterSelon(const Document& doc, const Sentence& s, std::uint32_t title,
                                      std::uint32_t name) const {
  std::uint32_t t = title;
  while (t > s.first_token &&
         (Is(WordClass::kDeterminer, doc.tokens[t - 1]) || doc.tokens[t - 1].fold == "haut"sv ||
          Is(WordClass::kFormer, doc.tokens[t - 1])))
    --t;
  if (t == s.first_token || doc.tokens[t - 1].fold != "selon"sv) return false;
  if (name == s.first_token || doc.tokens[name - 1].fold != ","sv) return false;
  std::uint32_t e = name;
  // (A capitalised common word goes on a name: "Emmanuel Bonne".)
  while (e < s.end_token && (IsNameWord(doc, s, e) || CommonWordStartsName(doc, s, e) ||
                             (e > name && IsWord(doc.tokens[e]) && doc.tokens[e].capitalized)))
    ++e;
  // (A name ending the sentence is in apposition: "S, selon son porte-parole, Dmitri Peskov.")
  return e > name && e < s.end_token && doc.tokens[e].fold != ","sv && doc.tokens[e].fold != "("sv &&
         doc.tokens[e].fold != "."sv;
}

bool MentionFinder::DistributedTitle(Document& doc, const Sentence& s, Mention& m) const {
  // Where the list element of a name starts: its nationality adjective, if any.
  auto element = [&](std::uint32_t name) {
    return name > s.first_token && !doc.tokens[name - 1].capitalized && Nationality(doc, name - 1) ? name - 1
                                                                                                   : name;
  };
  const std::uint32_t own = element(m.first_token);
  std::uint32_t k = own;
  for (int names = 0; names < 6 && k > s.first_token; ++names) {
    const Token& w = doc.tokens[k - 1];
    if (w.fold == "et"sv || w.fold == ","sv) {  // a name before this one in the list
      const Mention* before = nullptr;          // (mentions are sorted by position: look back from `m`)
      for (const Mention* q = &m; q != doc.mentions.data();) {
        --q;
        if (q->sentence != m.sentence) break;
        if (q->type == EntityType::kOfficial && q->end_token + 1 == k) {
          before = q;
          break;
        }
      }
      if (!before) return false;
      k = element(before->first_token);
      continue;
    }
    // The plural of a one-word title: "homologues", "présidents".
    if (!IsWord(w) || w.capitalized) return false;
    for (const std::string& lemma : w.lowered().lemmas) {
      if (lemma == w.fold) continue;
      for (const Phrase& p : schema_.lexicon().titles().StartingWith(lemma)) {
        if (p.words.size() != 1 || p.cls != "title"sv) continue;
        m.role = SingularTitle(w, lemma);
        m.role_first = own == k ? k - 1 : own;
        m.role_end = m.first_token;
        m.nationality = own < m.first_token ? Nationality(doc, own)->id : "";
        return true;
      }
    }
    return false;
  }
  return false;
}

bool MentionFinder::TitleOfAdjectiveList(Document& doc, const Sentence& s, Mention& m) const {
  // The list of names `m` is in: officials one token apart (", " or "et").
  const std::size_t at = static_cast<std::size_t>(&m - doc.mentions.data());
  const auto next_in_list = [&](std::size_t a, std::size_t b) {
    const Mention &x = doc.mentions[a], &y = doc.mentions[b];
    return y.sentence == x.sentence && y.type == EntityType::kOfficial && x.end_token + 1 == y.first_token &&
           (doc.tokens[x.end_token].fold == ","sv || doc.tokens[x.end_token].fold == "et"sv);
  };
  std::size_t first = at, last = at;
  while (first > 0 && next_in_list(first - 1, first)) --first;
  while (last + 1 < doc.mentions.size() && next_in_list(last, last + 1)) ++last;
  const std::uint32_t start = doc.mentions[first].first_token;
  if (first == last || start < s.first_token + 4 || doc.tokens[start - 1].fold != ","sv) return false;
  // As many nationality adjectives before the comma, listed the same way.
  std::vector<const GazetteerEntry*> states;
  std::uint32_t k = start - 1;
  while (k > s.first_token && !doc.tokens[k - 1].capitalized) {
    const GazetteerEntry* state = Nationality(doc, k - 1);
    if (!state) break;
    states.insert(states.begin(), state);
    --k;
    if (k == s.first_token || (doc.tokens[k - 1].fold != ","sv && doc.tokens[k - 1].fold != "et"sv)) break;
    --k;
  }
  if (states.size() != last - first + 1 || k == s.first_token) return false;
  // The plural title before them, with its complement: "ministres des Affaires étrangères", "présidents".
  const auto complement = [&](std::uint32_t from) {
    if (from == k) return true;
    if (!IsGenitive(doc.tokens[from].fold)) return false;
    for (std::uint32_t t = from; t < k; ++t)
      if (!IsWord(doc.tokens[t])) return false;
    return true;
  };
  for (std::uint32_t t = k > s.first_token + kMaxSpan ? k - kMaxSpan : s.first_token; t < k; ++t) {
    const Token& w = doc.tokens[t];
    if (!IsWord(w) || w.capitalized) continue;
    for (const std::string& lemma : w.lowered().lemmas) {
      if (lemma == w.fold) continue;
      for (const Phrase& p : schema_.lexicon().titles().StartingWith(lemma)) {
        const std::uint32_t end = p.cls == "title"sv ? PhraseEnd(p, doc, s, t) : 0;
        if (!end || end > k || !complement(end)) continue;
        m.role = SingularTitle(w, lemma);
        if (t + 1 < k) {
          m.role += ' ';
          m.role += Surface(doc, t + 1, k);
        }
        // (The phrase and the first adjective are the first name's; the others have no span of their own
        // before them.)
        m.role_first = at == first ? t : m.first_token;
        m.role_end = at == first ? k + 1 : m.first_token;
        m.nationality = states[at - first]->id;
        return true;
      }
    }
  }
  return false;
}

void MentionFinder::AttachRoles(Document& doc) const {
  auto nationality = [&](const Mention& m) -> std::string {
    for (std::uint32_t t = m.role_first; t < m.role_end; ++t)
      if (const GazetteerEntry* c = Nationality(doc, t)) return c->id;
    // Else a state in the title's complement: "l'ambassadeur du Mali", "le chef de la diplomatie de l'Iran".
    const Sentence& s = doc.sentences[m.sentence];
    for (std::uint32_t t = m.role_first + 1; t + 1 < m.role_end; ++t) {
      if (!IsGenitive(doc.tokens[t].fold)) continue;
      std::uint32_t x = t + 1;
      if (x + 1 < m.role_end && IsDefinite(doc.tokens[x])) ++x;
      if (const GazetteerEntry* state = nullptr; CountryAt(doc, s, x, &state) && state) return state->id;
    }
    return "";
  };
  // After the name: ", [alors] [le] [ancien] titre ..." up to the next comma.
  auto apposed_after = [&](Mention& m) {
    const Sentence& s = doc.sentences[m.sentence];
    std::uint32_t k = m.end_token;
    if (k + 1 >= s.end_token || doc.tokens[k].fold != ","sv) return;
    ++k;
    if (k + 1 < s.end_token && doc.tokens[k].fold == "alors"sv) ++k;
    if (k + 1 < s.end_token && Is(WordClass::kDeterminer, doc.tokens[k]) &&
        !Is(WordClass::kPossessive, doc.tokens[k]))
      ++k;
    // ("Wang Yi, le plus haut responsable de la diplomatie chinoise": a superlative before the title.)
    if (k + 2 < s.end_token && doc.tokens[k].fold == "plus"sv && doc.tokens[k + 1].lowered().adjective &&
        !doc.tokens[k + 1].capitalized)
      k += 2;
    bool former = false;
    if (k < s.end_token && Is(WordClass::kFormer, doc.tokens[k])) {
      former = true;
      ++k;
    }
    if (k >= s.end_token) return;
    const std::uint32_t end = TitlePhraseEnd(doc, s, k);
    // ("le porte-parole de Mark Milley, le colonel Dave Butler": the title of the name after it.)
    if (end <= k || (end < s.end_token && IsNameWord(doc, s, end))) return;
    // ("après la chute de Bachar al-Assad, le patron du MIT, Ibrahim Kalin, s'est rendu": the title of the
    // name in apposition after it too, unless that one has a title of its own after it, as in a list "X, le
    // président français, Y, le chancelier allemand".)
    if (std::uint32_t after = end; after < s.end_token) {
      if (doc.tokens[after].fold == "("sv)
        while (after < s.end_token && after < end + 5 && doc.tokens[after++].fold != ")"sv) {
        }
      std::uint32_t start = after + 1;  // the name's, or its rank's ("la lieutenante-colonelle X")
      while (start < s.end_token && Is(WordClass::kDeterminer, doc.tokens[start])) ++start;
      // (The mentions are in the order of their positions.)
      auto next = std::upper_bound(doc.mentions.begin(), doc.mentions.end(), after,
                                   [&](std::uint32_t t, const Mention& x) {
                                     return std::tie(m.sentence, t) < std::tie(x.sentence, x.first_token);
                                   });
      while (next != doc.mentions.end() && next->sentence == m.sentence &&
             next->type != EntityType::kOfficial)
        ++next;
      if (after < s.end_token && doc.tokens[after].fold == ","sv && next != doc.mentions.end() &&
          next->sentence == m.sentence && !next->anonymous && next->rule != "title-ref"sv &&
          (next->first_token == after + 1 || TitleEndingAt(doc, s, next->first_token, 4) == start) &&
          !TitleInApposition(doc, s, next->end_token))
        return;
    }
    m.role.assign(doc.TokenSpan(k, k + TitleAt(doc, s, k, nullptr)));
    m.role_first = k;
    m.role_end = end;
    m.former = former;
    m.nationality = nationality(m);
  };
  // "le général Charles Brown, chef d'état-major interarmées américain", "le général X, commandant de
  // l'Eucom": a bare rank before the name says less than the post in apposition after it, with its state or
  // institution.
  auto post_after_rank = [&](Mention& m) {
    const Sentence& s = doc.sentences[m.sentence];
    // (A rank with its nationality, "le général britannique X", names the state only.)
    const std::uint32_t rank_end = m.nationality.empty() ? m.role_end : m.role_end - 1;
    if (m.role.empty() || m.role_end != m.first_token || m.end_token + 1 >= s.end_token ||
        doc.tokens[m.end_token].fold != ","sv ||
        (rank_end < m.role_end &&
         (!doc.tokens[rank_end].facts.nationality || !TitleInApposition(doc, s, m.end_token))) ||
        rank_end - m.role_first != TitleAt(doc, s, m.role_first, nullptr))
      return;
    Mention apposed = m;
    apposed_after(apposed);
    if (apposed.role_first <= m.end_token) return;
    const auto names_one = [&] {
      return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& x) {
        return x.sentence == m.sentence && x.first_token >= apposed.role_first &&
               x.end_token <= apposed.role_end &&
               (x.type == EntityType::kInstitution || x.type == EntityType::kCountry);
      });
    };
    if (!apposed.nationality.empty() || names_one()) {
      apposed.rank_first = m.role_first;
      if (apposed.nationality.empty()) apposed.nationality = m.nationality;
      m = std::move(apposed);
    }
  };
  for (Mention& m : doc.mentions)
    if (m.role_end > m.role_first && m.nationality.empty()) m.nationality = nationality(m);
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kOfficial || m.anonymous || m.rule == "title-ref"sv) continue;
    if (!m.role.empty()) {
      post_after_rank(m);
      continue;
    }
    const Sentence& s = doc.sentences[m.sentence];
    // Before the name: the title phrase must end right at the name (or at a comma before it).
    std::uint32_t name_start = m.first_token;
    std::uint32_t stop = name_start;
    if (stop > s.first_token && doc.tokens[stop - 1].fold == ","sv) --stop;
    if (name_start > s.first_token && Is(WordClass::kCourtesy, doc.tokens[name_start - 1])) continue;
    if (const auto k = TitleEndingAt(doc, s, stop, kMaxSpan);
        k && !SubjectAfterSelon(doc, s, *k, name_start) &&
        !(stop < name_start && ComplementOfNoun(doc, s, *k)) && !NamesALeader(doc, s, name_start) &&
        !(stop < name_start && ApposedToNameBefore(doc, s, *k, &m) &&
          TitleInApposition(doc, s, m.end_token)) &&
        !(stop < name_start && AnonymousSourceAt(doc, s, *k) &&
          (m.end_token >= s.end_token || doc.tokens[m.end_token].fold != ","sv))) {
      m.role.assign(doc.TokenSpan(*k, *k + TitleAt(doc, s, *k, nullptr)));
      m.role_first = *k;
      m.role_end = stop;
      m.former = *k > s.first_token && Is(WordClass::kFormer, doc.tokens[*k - 1]);
      m.nationality = nationality(m);
    }
    // "un de ses dirigeants, X": one of the holders of a plural one-word title.
    if (const std::uint32_t t = stop - 1;
        m.role.empty() && stop >= s.first_token + 4 &&
        (doc.tokens[t - 1].fold == "ses"sv || doc.tokens[t - 1].fold == "leurs"sv) &&
        IsGenitive(doc.tokens[t - 2].fold) &&
        (doc.tokens[t - 3].fold == "un"sv || doc.tokens[t - 3].fold == "une"sv))
      for (const std::string& lemma : doc.tokens[t].lowered().lemmas) {
        const auto titles = schema_.lexicon().titles().StartingWith(lemma);
        if (lemma == doc.tokens[t].fold || !std::any_of(titles.begin(), titles.end(), [](const Phrase& p) {
              return p.words.size() == 1 && p.cls == "title"sv;
            }))
          continue;
        m.role = SingularTitle(doc.tokens[t], lemma);
        m.role_first = t;
        m.role_end = stop;
        m.nationality = nationality(m);
        break;
      }
    // Titles in apposition before it extend the span ("son homologue russe, le ministre de la Défense, X").
    while (!m.role.empty() && m.role_first > s.first_token + 1) {
      std::uint32_t comma = m.role_first - 1;
      while (comma > s.first_token && Is(WordClass::kDeterminer, doc.tokens[comma])) --comma;
      if (doc.tokens[comma].fold != ","sv) break;
      const auto found = TitleEndingAt(doc, s, comma, kMaxSpan);
      if (!found) break;
      // ("le porte-parole du Pentagone, le général X": the post, not the rank, words.tsv rank; but "son
      // homologue, le général X" says who he is to another, words.tsv counterpart.)
      if (const std::string post = Surface(doc, *found, *found + TitleAt(doc, s, *found, nullptr));
          schema_.lexicon().Is("rank", Fold(m.role)) && !schema_.lexicon().Is("counterpart", Fold(post)))
        m.role = post;
      m.role_first = *found;
      if (m.nationality.empty()) m.nationality = nationality(m);
    }
    post_after_rank(m);
    if (!m.role.empty() || DistributedTitle(doc, s, m) || TitleOfAdjectiveList(doc, s, m)) continue;
    // A demonym noun right before the name: "l'Indien Vinod Bhatia".
    if (name_start > s.first_token && doc.tokens[name_start - 1].capitalized &&
        Nationality(doc, name_start - 1)) {
      m.role.assign(doc.TokenSpan(name_start - 1, name_start));
      m.role_first = name_start - 1;
      m.role_end = name_start;
      m.nationality = nationality(m);
      continue;
    }
    apposed_after(m);
  }
}

// (Written with returns rather than assignments: a Span is moved only when it is the match.)
MentionFinder::Span MentionFinder::MatchAt(const Document& doc, const Sentence& s, std::uint32_t i) const {
  // (Each matcher is called only where it can match: most tokens here are names.)
  const Token& t = doc.tokens[i];
  // (Most determiners are followed by neither a title nor "homologue": no stand-in is looked for there.)
  if (bool former = false; const std::uint32_t k = StandInTitle(doc, s, i, &former))
    if (Span stand_in = MatchStandIn(doc, s, i, k, former); stand_in.end) return stand_in;
  if (!t.facts.heads->empty() || !t.facts.names->empty()) {
    // A gazetteer name wins over a head-noun pattern unless the pattern is longer and qualified
    // ("Union européenne" is the EU; "ministère russe de la Défense" is not "Russie").
    // (Each asked only where its list is not empty: their calls cost more than the test.)
    Span head = t.facts.heads->empty() ? Span() : MatchHead(doc, s, i);
    const NameMatch named = t.facts.names->empty() ? NameMatch() : GazetteerAt(doc, s, i);
    bool extension_named = false;  // the head pattern goes past the gazetteer name with a name or a state
    for (std::uint32_t t = named.end; named.end && t < head.end; ++t)
      extension_named |= doc.tokens[t].capitalized || Nationality(doc, t);
    bool head_unqualified =
        head.end && head.mention().entity.find('@') == std::string::npos &&
        (head.mention().rule == "institution-head"sv || head.mention().rule == "institution-office"sv) &&
        head.end - named.end < 2;
    bool gazetteer_wins = !head.end || head.end <= named.end || head.mention().rule == "line-anaphor"sv ||
                          (named.end - i >= 2 && !extension_named) || head_unqualified;
    if (named.end && gazetteer_wins) return Span(named);
    if (head.end) return head;
  }
  // (Each name starts with a capital: the articles that start no stand-in end here.)
  if (!t.capitalized) return {};
  return MatchName(doc, s, i);
}

bool MentionFinder::StateOfAdjectiveList(const Document& doc, const Sentence& s, std::uint32_t i) const {
  if (i < s.first_token + 2 || doc.tokens[i].capitalized || !Nationality(doc, i) || doc.mentions.empty())
    return false;
  const Mention& before = doc.mentions.back();
  if (before.rule != "national-group"sv && before.rule != "counterpart"sv) return false;
  // (", puis américain": one more after the list.)
  if (doc.tokens[i - 1].fold == "puis"sv && doc.tokens[i - 2].fold == ","sv && before.end_token + 2 == i)
    return true;
  if (before.end_token + 1 != i) return false;
  if (doc.tokens[i - 1].fold == "et"sv) return true;
  if (doc.tokens[i - 1].fold != ","sv) return false;
  // After a comma, a list that ends with "et" and an adjective of a state: "français, britannique et turc".
  std::uint32_t t = i + 1;
  while (t + 1 < s.end_token && doc.tokens[t].fold == ","sv && Nationality(doc, t + 1)) t += 2;
  return t + 1 < s.end_token && doc.tokens[t].fold == "et"sv && !doc.tokens[t + 1].capitalized &&
         Nationality(doc, t + 1);
}

void MentionFinder::Process(Document& doc) const {
  title_phrase_ends.assign(doc.tokens.size(), kNotAsked);
  mentions_in_progress = &doc.mentions;
  doc.mentions.reserve(doc.tokens.size() / 8);  // news copy has about one mention in ten tokens: no growth
  // discard.tsv's parts and token suffixes that are anywhere in the article (most articles have none): only
  // these are looked for in each sentence.
  const std::vector<std::string_view> parts = FoundIn(doc.FoldedText(0, doc.tokens.size()), discard_parts_);
  const std::vector<std::string_view> suffixes = FoundIn(doc.text, discard_suffixes_);
  // The sentence's adjectives of several states ("intercoréen", words.tsv states:, TokenFacts::states), in
  // order, noted by the loop below where it stops (MayStartMention) and in the tokens it jumps over (a
  // dateline, the rest of a mention): the sentence is not searched again for them.
  std::vector<std::uint32_t> states_at;
  const auto note_states = [&](std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t k = from; k < to; ++k)
      if (doc.tokens[k].facts.states) states_at.push_back(k);
  };
  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (Skipped(doc, s, parts, suffixes)) continue;
    const auto may_start = [](const Token& t) { return t.facts.may_start_mention; };
    const auto sentence_end = doc.tokens.begin() + s.end_token;
    states_at.clear();
    const std::uint32_t story = DatelineEnd(doc, s);
    note_states(s.first_token, story);
    for (std::uint32_t i = story; i < s.end_token;) {
      // (Most tokens start nothing: they are passed by a search whose loop, with no call in it, stays tight.)
      const std::uint32_t from = i;
      i = static_cast<std::uint32_t>(std::find_if(doc.tokens.begin() + i, sentence_end, may_start) -
                                     doc.tokens.begin());
      if (i == s.end_token) break;
      if (doc.tokens[i].facts.states) states_at.push_back(i);
      // A stand-in starts at a lower-case determiner, which the search passed: it stopped at its noun (a
      // title or "homologue", or a capitalised word before it), the stand-in is looked for from there.
      i = StandInBefore(doc, s, from, i);
      // A lower-case token that starts no head noun, gazetteer name or stand-in and is no adjective of a
      // state (a title, after no determiner) is passed here: MatchAt's call and Span cost more than these
      // tests.
      // So is a capitalised stop word ("Les", "Selon", "La" starting a sentence) in the same case, but for
      // the gazetteer names it may start ("La Haye", "Le Caire"), told from the word after it: MatchName
      // takes no stop word but a surname ("Ma Ying-jeou"). (About 13,000 on 1k articles, GazetteerAt's call
      // costing most.)
      if (const Token& t = doc.tokens[i];
          (!t.capitalized ||
           (Is(WordClass::kStop, t) && !Is(WordClass::kStopSurname, t) && NoLongNameAt(doc, s, i))) &&
          t.facts.heads->empty() && (t.capitalized || t.facts.names->empty()) && !t.facts.nationality) {
        if (bool former = false; !StandInTitle(doc, s, i, &former)) {
          ++i;
          continue;
        }
      }
      Span span = MatchAt(doc, s, i);
      // A credit between parentheses ("(AP)", "(Reuters)", a photo's "( SPUTNIK / ALEXEI DRUZHININ )") is a
      // byline, not a mention.
      if (span.name.end && !span.name.name->short_name &&
          span.name.name->entry->type == EntityType::kInstitution && i > s.first_token &&
          doc.tokens[i - 1].fold == "("sv && span.end < s.end_token &&
          (doc.tokens[span.end].fold == ")"sv || doc.tokens[span.end].fold == "/"sv)) {
        note_states(i + 1, span.end);
        i = span.end;
        continue;
      }
      // (Its call is made only for an adjective of a state: most tokens that start no mention are none.)
      if (!span.end && doc.tokens[i].facts.nationality && StateOfAdjectiveList(doc, s, i)) {
        // "les militaires américains et russes", "ses homologues français, britannique et turc": the other
        // states of a coordinated national group or counterpart.
        span.end = i + 1;
        const std::string_view rule = doc.mentions.back().rule;  // (read before a mention is added)
        StateMention(span.Make(), *Nationality(doc, i), doc.TokenSpan(i, i + 1), rule, true);
      }
      if (!span.end) {
        ++i;
        continue;
      }
      std::size_t at = doc.mentions.size();  // where the match's mention is
      if (span.name.end)
        GazetteerMention(doc, i, span.name, doc.mentions.emplace_back());
      else if (span.person)
        PersonMention(doc, i, span, doc.mentions.emplace_back());
      else
        at = span.Keep();
      Mention& m = doc.mentions[at];
      m.sentence = si;
      m.first_token = i;
      m.end_token = span.end;
      if (at + 1 < doc.mentions.size()) doc.mentions[at + 1].sentence = si;  // the nested one
      note_states(i + 1, span.end);
      i = span.end;
    }
    // "américano-russe": each state of a compound adjective, also inside another mention ("hotline
    // américano-russe"). Implied, not named: kept as a node only when named elsewhere or in an edge. Only a
    // token with a hyphen can be one: the hyphens are looked for in the sentence's folded text, where the
    // tokens' forms follow one another, and each leads to its token (read only when its form is a compound,
    // TokenFacts::compound: most hyphenated words are none).
    const std::string_view folded = doc.FoldedText(s.first_token, s.end_token);
    for (std::size_t at = folded.find('-'); at != std::string_view::npos;) {
      const std::uint32_t t = TokenOfFolded(doc, s.first_token, s.end_token, folded.data() + at);
      const std::string_view f = doc.tokens[t].fold;
      at = folded.find('-', static_cast<std::size_t>(f.data() + f.size() - folded.data()));
      if (!doc.tokens[t].facts.compound) continue;
      for (const GazetteerEntry* c : CompoundNationalities(schema_, doc.tokens[t])) {
        Mention& m = doc.mentions.emplace_back();
        StateMention(m, *c, doc.TokenSpan(t, t + 1), "compound-nationality", true);
        m.sentence = si;
        m.first_token = t;
        m.end_token = t + 1;
      }
      // "Rencontre Trump-Poutine": each person, instead of the one unknown surname the token was read as.
      if (const std::vector<const GazetteerEntry*> people = CompoundPeople(schema_, doc.tokens[t]);
          !people.empty()) {
        std::erase_if(doc.mentions, [&](const Mention& m) { return m.sentence == si && m.first_token == t; });
        for (const GazetteerEntry* p : people) {
          Mention m;
          m.type = EntityType::kOfficial;
          m.name.assign(doc.TokenSpan(t, t + 1));
          m.label = p->label();
          m.entity = p->NodeId();
          m.rule = "compound-name";
          m.sentence = si;
          m.first_token = t;
          m.end_token = t + 1;
          doc.mentions.push_back(std::move(m));
        }
      }
    }
    // "intercoréen": an adjective of its own for several states (words.tsv states:).
    for (const std::uint32_t t : states_at) {
      const std::string states = schema_.lexicon().ValueOf("states:", doc.tokens[t]);
      for (std::size_t from = 0; from < states.size();) {
        const std::size_t bar = std::min(states.find('|', from), states.size());
        if (const GazetteerEntry* c =
                schema_.gazetteer().FindById(std::string_view(states).substr(from, bar - from))) {
          Mention& m = doc.mentions.emplace_back();
          StateMention(m, *c, doc.TokenSpan(t, t + 1), "compound-nationality", true);
          m.sentence = si;
          m.first_token = t;
          m.end_token = t + 1;
        }
        from = bar + 1;
      }
    }
  }
  SortByPosition(doc.mentions);
  AttachRoles(doc);
}

}  // namespace newsgraph
