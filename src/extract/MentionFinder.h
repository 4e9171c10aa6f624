// Finds the spans that name entities in a segmented document, sentence by sentence, left to right:
//   - head-noun patterns from heads.tsv: institutions ("ministère russe de la Défense"), communication lines
//     ("ligne de déconfliction"), places ("centrale nucléaire de Zaporijia") and national groups acting for
//     their state ("des responsables russes" → Russia);
//   - gazetteer names (schema/gazetteer), longest match;
//   - capitalised name sequences that look like people (a known first name, a title or courtesy before,
//     or words the dictionary does not know), surnames alone, and demonym nouns ("les Russes");
//   - unnamed sources ("un responsable non identifié") and stand-ins ("le porte-parole", "son homologue
//     russe") that coreference resolves later.
// It writes Mention::name, type, rule, role, anonymous and generic; Coreference fills `entity` and `label`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Document.h"
#include "extract/InstitutionIndex.h"
#include "schema/Schema.h"

namespace newsgraph {

class MentionFinder {
 public:
  // `institutions` (the pipeline's, shared with Coreference) must outlive the finder.
  MentionFinder(const Schema& schema, const InstitutionIndex& institutions);
  void Process(Document& doc) const;
  // False when no matcher can start at a token (most tokens) and no stand-in's noun is there: its form is not
  // capitalised, starts no head noun, gazetteer name or title, names no state or states and is not
  // "homologue". Must cover each matcher's condition but a stand-in's determiner (found back from its noun:
  // StandInBefore). Asked once per form, of a token with its facts, by TokenLookup
  // (TokenFacts::may_start_mention).
  static bool MayStartMention(const Lexicon& lexicon, const Token& t);
  // A word that may be part of a name (IsNameWord) unless a title is around it: what its form alone says.
  // Asked once per form, of a token with its facts, by TokenLookup (TokenFacts::name_word).
  static bool MayBeNameWord(const Lexicon& lexicon, const Token& t);
  // A capitalised word that may be part of a name whatever it means ("Borne", "Maire" in "Le Maire"): no
  // acronym, no stop word. Asked once per form by TokenLookup (TokenFacts::capitalized_word).
  static bool CapitalizedWord(const Lexicon& lexicon, const Token& t);
  // An article or a possessive, as a stand-in starts with ("le porte-parole", "son homologue"). Asked once
  // per form by TokenLookup (TokenFacts::may_start_stand_in).
  static bool MayStartStandIn(const Lexicon& lexicon, const Token& t);
  // A lower-case particle joined to a capitalised name, the token written `written`: "al-Assad", "el-Sissi".
  // Asked once per form by TokenLookup (TokenFacts::hyphenated_particle).
  static bool HyphenatedParticle(const Lexicon& lexicon, const Token& t, std::string_view written);
  // A capitalised common word that may start a name (CommonWordStartsName): no courtesy title, no state's
  // adjective. Asked once per form, of a token with its facts, by TokenLookup (TokenFacts::common_name_word).
  static bool CommonNameWord(const Lexicon& lexicon, const Token& t);
  // A hyphenated word that names states or people side by side ("américano-russe", "Trump-Poutine":
  // CompoundNationalities, CompoundPeople). Asked once per form, of a token with its facts, by TokenLookup
  // (TokenFacts::compound).
  static bool Compound(const Schema& schema, const Token& t);

 private:
  // The gazetteer name at token i (the first of its longest-first list that fits), without making strings;
  // MatchGazetteer makes its mention.
  struct NameMatch {
    const GazetteerName* name = nullptr;
    std::uint32_t end = 0;  // 0 = none
  };
  // A match. The mention it makes of its own (Make) is made in place at the end of the document's mentions,
  // where Process keeps it (Keep); a match dropped takes its mentions back, and those made after them. (Made
  // elsewhere and moved in, a mention cost as much again; the matchers drop their matches in the reverse
  // order of making them, as locals are, so that the mentions they read are only those kept.)
  class Span {
   public:
    static constexpr std::uint32_t kNone = UINT32_MAX;
    Span() = default;
    // A gazetteer name, whose mention Process makes in the document (GazetteerMention).
    explicit Span(NameMatch name) : end(name.end), name(name) {}
    Span(Span&& other) noexcept
        : end(other.end),
          name(other.name),
          person(other.person),
          generic(other.generic),
          mention_at(std::exchange(other.mention_at, kNone)),
          extra_at(std::exchange(other.extra_at, kNone)) {}
    Span& operator=(Span&& other) noexcept;
    // (Inline, the test first: most matches tried make no mention.)
    ~Span() {
      if (mention_at != kNone || extra_at != kNone) Drop();
    }
    // Its mention, new (made again, it replaces the one made before, and its nested one).
    Mention& Make() {
      if (mention_at != kNone) Drop();
      return MakeAt(&mention_at);
    }
    // A mention nested in this one ("Joe Biden" in "administration du président Joe Biden"), or the second
    // of two coordinated ones, new: made after the mention, and kept after it.
    Mention& MakeExtra() { return MakeAt(&extra_at); }
    Mention& mention() const;
    // The mentions made stay in the document, the nested one right after the mention: where the mention is.
    std::uint32_t Keep() {
      extra_at = kNone;
      return std::exchange(mention_at, kNone);
    }
    std::uint32_t end = 0;  // one past the last token; 0 = no match
    NameMatch name;
    // A person's name (MatchName), whose mention Process makes in the document too (PersonMention), and
    // whether it is generic (a surname alone).
    bool person = false;
    bool generic = false;

   private:
    // Set when `end` is, unless `name` or `person` is: the index of its mention, and of the nested one.
    std::uint32_t mention_at = kNone;
    std::uint32_t extra_at = kNone;
    Mention& MakeAt(std::uint32_t* at);
    void Drop();
  };

  // A line that is not news ("Lire aussi", a byline, a photo credit): no mention is looked for in it.
  // `parts` and `suffixes` are those of discard.tsv that the article has (FoundIn).
  bool Skipped(const Document& doc, const Sentence& s, const std::vector<std::string_view>& parts,
               const std::vector<std::string_view>& suffixes) const;
  // A word of discard.tsv looked for in a whole article, and where its rarest byte is (the one it is looked
  // for by: see Contains).
  struct AnchoredWord {
    std::string_view word;
    std::size_t anchor;
  };
  // The members of `words` that `text` contains.
  static std::vector<std::string_view> FoundIn(std::string_view text, const std::vector<AnchoredWord>& words);
  // Where the story starts after a dateline opening the sentence ("WASHINGTON (Reuters) -"): its first token
  // when there is none.
  static std::uint32_t DatelineEnd(const Document& doc, const Sentence& s);
  // Gives each named person the title phrase around it ("le porte-parole du Kremlin, Dmitri Peskov";
  // "Alexander Vershbow, ancien ambassadeur américain à Moscou").
  void AttachRoles(Document& doc) const;
  // End of the title phrase starting at `k` (title, adjectives, "de/du/à la X" complements), or k.
  // (Found once for each token of the document: FindTitlePhraseEnd.)
  std::uint32_t TitlePhraseEnd(const Document& doc, const Sentence& s, std::uint32_t k) const;
  std::uint32_t FindTitlePhraseEnd(const Document& doc, const Sentence& s, std::uint32_t k) const;
  Span MatchHead(const Document& doc, const Sentence& s, std::uint32_t i) const;
  NameMatch GazetteerAt(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // The gazetteer institution with this full name, folded, if any ("armee israelienne" is the Israel Defense
  // Forces).
  const GazetteerEntry* GazetteerInstitution(std::string_view folded) const;
  Span GazetteerSpan(const Document& doc, std::uint32_t i, NameMatch match) const;
  void GazetteerMention(const Document& doc, std::uint32_t i, NameMatch match, Mention& m) const;
  // Whether the capital named at tokens [i, end) is the city where something takes place, after "depuis" or a
  // locative "à" ("depuis Mascate", "se sont réunis à Vienne"), not its state as a party.
  bool CapitalAsVenue(const Document& doc, std::uint32_t i, std::uint32_t end) const;
  Span MatchGazetteer(const Document& doc, const Sentence& s, std::uint32_t i) const {
    return GazetteerSpan(doc, i, GazetteerAt(doc, s, i));
  }
  // (Of a capitalised token: each rule starts with one.)
  Span MatchName(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // The capitalised stop word at token i is a surname (words.tsv stop_surname) starting a name: after a
  // courtesy title ("M. Ma") or before a capitalised word the dictionary does not know ("Ma Ying-jeou").
  bool StopSurnameAt(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // The mention of a person's name at token i that MatchName found.
  void PersonMention(const Document& doc, std::uint32_t i, const Span& span, Mention& m) const;
  // Where the noun of a stand-in whose determiner is token i is: past "haut", "plus" and the words of a
  // former post ("un haut responsable", "l'ancien ministre"), which `former` tells.
  std::uint32_t StandInNoun(const Document& doc, const Sentence& s, std::uint32_t i, bool* former) const;
  // The noun of the stand-in that token i may be the determiner of (MayStartStandIn, StandInNoun), when it is
  // a title or "homologue"; 0 when there is none (most determiners).
  std::uint32_t StandInTitle(const Document& doc, const Sentence& s, std::uint32_t i, bool* former) const;
  // The determiner of a stand-in (StandInTitle) among tokens [from, stop) whose noun is at `stop` or after
  // it, if there is one; else `stop`. (Process passes the lower-case determiners, most of which start no
  // stand-in, and stops at the first token that may start a mention or be a stand-in's noun,
  // MayStartMention.)
  std::uint32_t StandInBefore(const Document& doc, const Sentence& s, std::uint32_t from,
                              std::uint32_t stop) const;
  // The stand-in of determiner i (MayStartStandIn) and noun k (StandInNoun: a title, or "homologue").
  Span MatchStandIn(const Document& doc, const Sentence& s, std::uint32_t i, std::uint32_t k,
                    bool former) const;
  // The mention starting at token i that the matchers above agree on (end 0: none).
  Span MatchAt(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // Token i is an adjective of a state coordinated to the national group or counterpart mentioned just
  // before it: "américains et russes", "ses homologues français, britannique et turc".
  bool StateOfAdjectiveList(const Document& doc, const Sentence& s, std::uint32_t i) const;

  // Institution / line / place / group extensions of a head noun ending at `head_end`, by the class of its
  // heads.tsv phrase `p`.
  Span ExtendHead(const Document& doc, const Sentence& s, const Phrase& p, std::uint32_t first,
                  std::uint32_t head_end) const;
  Span CoordinatedInstitutions(const Document& doc, const Sentence& s, std::uint32_t first,
                               std::uint32_t head_end) const;
  Span ExtendInstitution(const Document& doc, const Sentence& s, std::uint32_t first,
                         std::uint32_t head_end) const;
  Span ExtendLine(const Document& doc, const Sentence& s, std::uint32_t first, std::uint32_t head_end,
                  bool named_head) const;
  Span ExtendPlace(const Document& doc, const Sentence& s, std::uint32_t first, std::uint32_t head_end) const;
  Span ExtendGroup(const Document& doc, const Sentence& s, std::uint32_t first, std::uint32_t head_end) const;
  Span ExtendPart(const Document& doc, const Sentence& s, std::uint32_t first, std::uint32_t head_end) const;
  // Where the lower-case adjectives from token j end, before a state's adjective ("hauts", "militaires").
  std::uint32_t AdjectivesEnd(const Document& doc, const Sentence& s, std::uint32_t j) const;

  // Length in tokens of a title phrase (titles.tsv) starting at i, and its class, or 0. (Inline: the rules
  // ask it of every token around a name, and most tokens start no title.)
  std::uint32_t TitleAt(const Document& doc, const Sentence& s, std::uint32_t i,
                        std::string_view* cls) const {
    return doc.tokens[i].facts.starts_title ? LongestTitleAt(doc, s, i, cls) : 0;
  }
  std::uint32_t LongestTitleAt(const Document& doc, const Sentence& s, std::uint32_t i,
                               std::string_view* cls) const;
  // Where the first title phrase (TitlePhraseEnd) that ends right at token `end` starts, looking at most
  // `span` tokens back; with `titles_only`, of class "title" (not a generic person word).
  // The title at k is the complement of a noun for a relative (words.tsv kin): the name in apposition to it
  // is the relative's ("la soeur du dirigeant nord-coréen, Kim Yo-jong" is not the leader).
  bool ComplementOfNoun(const Document& doc, const Sentence& s, std::uint32_t k) const;
  // The name at `name` says who leads the government or group before it (words.tsv named_after_leader): "un
  // haut responsable de l'administration Biden" is not Biden.
  bool NamesALeader(const Document& doc, const Sentence& s, std::uint32_t name) const;
  std::optional<std::uint32_t> TitleEndingAt(const Document& doc, const Sentence& s, std::uint32_t end,
                                             std::uint32_t span, bool titles_only = false) const;
  // Countries named by a compound nationality adjective ("américano-russe" → United States, Russia).
  static std::vector<const GazetteerEntry*> CompoundNationalities(const Schema& schema, const Token& t);
  // The people a capitalised hyphenated token names side by side ("Biden-Xi", "Trump-Poutine" in headlines):
  // each part a name the gazetteer gives one person; none otherwise.
  static std::vector<const GazetteerEntry*> CompoundPeople(const Schema& schema, const Token& t);
  // Country whose nationality adjective is token i, or nullptr.
  const GazetteerEntry* Nationality(const Document& doc, std::uint32_t i) const;
  // End of the gazetteer Country name starting at i, or 0.
  std::uint32_t CountryAt(const Document& doc, const Sentence& s, std::uint32_t i,
                          const GazetteerEntry** out) const;
  // A word of a person's name: a name word by its form (TokenFacts::name_word) in no title. (Inline, the form
  // tested first: most words asked around a name are none.)
  bool IsNameWord(const Document& doc, const Sentence& s, std::uint32_t i) const {
    return doc.tokens[i].facts.name_word && InNoTitle(doc, s, i);
  }
  // No title phrase starts at token i or covers it.
  bool InNoTitle(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // (TokenFacts::capitalized_word.)
  static bool IsCapitalizedWord(const Document& doc, std::uint32_t i) {
    return doc.tokens[i].facts.capitalized_word;
  }
  // In apposition, a capitalised common word followed by an unknown name word starts a name (", Lin Jian,":
  // "lin" is flax). (Inline, the word's form tested first: most words asked are no such common word.)
  bool CommonWordStartsName(const Document& doc, const Sentence& s, std::uint32_t i) const {
    return doc.tokens[i].facts.common_name_word && CommonWordStartsNameAt(doc, s, i);
  }
  bool CommonWordStartsNameAt(const Document& doc, const Sentence& s, std::uint32_t i) const;
  // The title at k is in apposition after a person named before `named` in its sentence (", le ministre
  // russe, " after "Sergueï Lavrov"): the comma and determiners before k follow that person's name.
  bool ApposedToNameBefore(const Document& doc, const Sentence& s, std::uint32_t k,
                           const Mention* named) const;
  // An unnamed source starts at k: a generic person word after an indefinite article ("une source proche de
  // la présidence", "un responsable"), whose apposition is a name only between commas ("Un haut responsable
  // du Hamas, Oussama Hamdane, a démenti", not "qui cite une source proche de la présidence, João Lourenço
  // n'avait pas été prévenu").
  bool AnonymousSourceAt(const Document& doc, const Sentence& s, std::uint32_t k) const;
  // Token `i` is the first or last word of a person named in full before in the article.
  bool NamedBefore(const Document& doc, std::uint32_t i) const;
  // "Selon un conseiller de l'Elysée, X a affirmé": the comma after a title introduced by "selon" closes the
  // source, and the name after it (followed by no closing comma) is the subject of the sentence, not
  // the title's holder. `title` is where the title phrase starts, `name` where the name starts.
  bool SubjectAfterSelon(const Document& doc, const Sentence& s, std::uint32_t title,
                         std::uint32_t name) const;
  // Gives `m` its share of a plural title before a list of names: "ses homologues arménien X et
  // azerbaïdjanais Y" (each its own nationality). False when no such title is there.
  bool DistributedTitle(Document& doc, const Sentence& s, Mention& m) const;
  // Gives `m` its share of a plural title whose nationality adjectives are listed before a list of as many
  // names: "Les ministres des Affaires étrangères indien et chinois, X et Y" (the first adjective the
  // first name's). False when no such title is there.
  bool TitleOfAdjectiveList(Document& doc, const Sentence& s, Mention& m) const;
  // Token `j` is the comma of a title in apposition: ", porte-parole du Kremlin", ", alors présidente".
  bool TitleInApposition(const Document& doc, const Sentence& s, std::uint32_t j) const;
  bool Is(WordClass cls, const Token& t) const { return schema_.lexicon().Is(cls, t); }
  std::string Surface(const Document& doc, std::uint32_t first, std::uint32_t end) const;

  const Schema& schema_;
  const InstitutionIndex& institutions_;
  // discard.tsv's lists, looked up once: whole sentences (and the longest's length), starts of sentences,
  // byline words; parts of sentences and token suffixes, each with its anchor.
  const std::vector<std::string>& discard_lines_;
  std::size_t longest_discard_line_ = 0;
  std::vector<bool> discard_line_length_;  // whether a line has that many bytes (a sentence is compared to
                                           // the lines only then: few sentences are that short)
  // Sentence starts: those of four bytes or more with their first four bytes as a word (a sentence is
  // compared to a prefix only when its own are those: most sentences start with "l" or "a", as most prefixes
  // do), the shorter ones as they are.
  struct DiscardPrefix {
    std::uint32_t head;
    std::string_view text;
  };
  std::vector<DiscardPrefix> discard_prefixes_;
  std::uint64_t discard_prefix_heads_ = 0;  // HeadBit of each prefix's head: most sentences' is none of them
  std::vector<std::string_view> short_discard_prefixes_;
  const std::vector<std::string>& bylines_;
  std::vector<AnchoredWord> discard_parts_;
  std::vector<AnchoredWord> discard_suffixes_;
};

}  // namespace newsgraph
