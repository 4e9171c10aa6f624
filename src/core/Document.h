// The one type that flows through the per-article stages (normalise, segment, mentions, coreference,
// relations). Each stage reads what earlier stages wrote and fills its own fields; stages are
// `Process(Document&) const` and hold no mutable state, so documents are processed in parallel.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Article.h"
#include "core/OffsetMap.h"
#include "core/Ontology.h"

namespace newsgraph {

struct GazetteerEntry;
struct GazetteerName;
struct Phrase;
struct WordInfo;

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct };

// What the schema says about a token, looked up once per token by extract/TokenLookup (the rules ask the
// same questions about the same tokens many times), in the pipeline as the segmenter makes the tokens
// (core/FormFacts.h). Null / 0 before that.
struct TokenFacts {
  // All of it zero (null, 0, false) in one block: member initialisers had each field written on its own
  // around the padding (ten stores for every token the segmenter makes).
  TokenFacts() { std::memset(this, 0, sizeof *this); }
  const WordInfo* written;            // morphology of the word as written ("Mark": a first name)
  const WordInfo* lower;              // morphology of Token::lower
  std::uint64_t classes;              // words.tsv classes (Lexicon::ClassBit)
  const GazetteerEntry* nationality;  // the state of a nationality adjective ("russe")
  const std::vector<Phrase>* titles;  // titles.tsv entries starting with Token::fold
  const std::vector<Phrase>* heads;   // heads.tsv entries starting with Token::fold
  const std::vector<Phrase>* cues;    // cues.tsv entries starting with Token::fold
  // Gazetteer names starting with Token::fold (none when the token is not capitalised and all of them need a
  // capital).
  const std::vector<GazetteerName>* names;
  bool lemma_cues;  // a cue phrase starts with a lemma of Token::lower other than Token::fold
  // (Bits, so that all but the first take no room of their own: a 128-byte Token is indexed by a shift.)
  bool may_start_mention : 1;  // extract/MentionFinder::MayStartMention
  bool compound : 1;           // extract/MentionFinder::Compound
  bool states : 1;             // an adjective of several states, words.tsv states: (WordClass::kStates)
  bool may_start_time_or_medium : 1;  // extract/CueFinder::MayStartTimeOrMedium
  bool object_pronoun : 1;            // extract/CueFinder::ObjectPronoun
  bool hyphenated_particle : 1;       // extract/MentionFinder::HyphenatedParticle
  bool common_name_word : 1;          // extract/MentionFinder::CommonNameWord
  bool may_come_inside_cue : 1;       // extract/CueFinder::MayComeInsideCue
  bool may_start_cue;                 // extract/CueFinder::MayStartCue
  bool starts_title;                  // `titles` is not empty (one byte for the rules to test)
  bool name_word;                     // extract/MentionFinder::MayBeNameWord
  bool capitalized_word;              // extract/MentionFinder::CapitalizedWord
  bool may_start_stand_in;            // extract/MentionFinder::MayStartStandIn
  // extract/RelationExtractor::SentenceWords: what the rules look for in a sentence before reading it.
  std::uint8_t sentence_words;
  std::uint64_t lemma_classes;  // the words.tsv classes of Token::lower's lemmas (Lexicon::ClassesOf)
};

struct Token {
  // User-provided, so that `tokens.emplace_back()` only runs the member initialisers below:
  // value-initialising an aggregate first zero-fills all of its bytes (a `rep stos` that once took a third of
  // Segmenter::Process).
  Token() {}  // NOLINT(modernize-use-equals-default): `= default` would bring the zero-fill back
  // A token as the segmenter makes it: each field written once (those set after `emplace_back()` were written
  // twice, zero first).
  Token(std::uint32_t begin, std::uint32_t end, TokenKind kind, bool capitalized, bool all_caps,
        bool space_before, std::string_view lower, std::string_view fold, const TokenFacts& facts)
      : begin(begin),
        end(end),
        kind(kind),
        capitalized(capitalized),
        all_caps(all_caps),
        space_before(space_before),
        lower(lower),
        fold(fold),
        facts(facts) {}

  std::uint32_t begin = 0;  // byte offsets into Document::text
  std::uint32_t end = 0;
  std::uint32_t sentence = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;   // first letter is upper case
  bool all_caps = false;      // every letter is upper case (and there are at least two)
  bool space_before = false;  // preceded by white space (or starts the text)
  // Views into Document::token_forms (folding goes character by character, so a token's forms are made once).
  std::string_view lower;  // lower case, accents kept
  std::string_view fold;   // lower case, accents removed, ’ → ': what lexicons match against

  TokenFacts facts;  // extract/TokenLookup's, given to the segmenter in the pipeline (core/FormFacts.h)

  const WordInfo& written() const { return *facts.written; }
  const WordInfo& lowered() const { return *facts.lower; }
};

struct Sentence {
  std::uint32_t begin = 0;  // byte offsets into Document::text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // token span [first_token, end_token)
  std::uint32_t end_token = 0;
  std::uint32_t paragraph = 0;
};

// A span of tokens that names (or stands for) an entity.
struct Mention {
  // User-provided, so that `mentions.emplace_back()` only runs the member initialisers below (as Token's).
  Mention() {}  // NOLINT(modernize-use-equals-default): `= default` would bring the zero-fill back
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0;  // [first_token, end_token)
  std::uint32_t end_token = 0;
  EntityType type = EntityType::kOfficial;
  std::string name;              // the surface form, as an alias of the entity (without leading article)
  std::string entity;            // key of the entity it refers to, set by coreference ("" = unresolved)
  std::string label;             // best full name known for the entity in this article
  std::string_view rule;         // the rule or lexicon that found it, for `annotate` (a string literal)
  std::string role;              // a title attached to a person ("porte-parole du Kremlin"), if any
  std::uint32_t role_first = 0;  // token span of that title phrase (empty when no role)
  std::uint32_t role_end = 0;
  bool former = false;  // the role is a former one ("ancien ambassadeur")
  // "le général X, chef de Y": where the rank before the name starts when the post after it became the role
  // (no rank: first_token or later).
  std::uint32_t rank_first = UINT32_MAX;
  std::string nationality;  // country id of a nationality adjective in the role ("président russe" → russia)
  bool anonymous = false;
  bool generic = false;  // a stand-in ("le responsable", "son homologue") rather than a name
};

// A relation cue found in the text (schema/lexicons/*/cues.tsv): its class and token span.
struct Cue {
  // report, deny, decline, contact, establish, operate, use, connect, cite, member: a view of the schema's
  // cues.tsv class or a string literal (a cue is made for about one token in ten: no string copied).
  std::string_view cls;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  bool conditional = false;  // the cue (or its auxiliary) is in the conditional mood
};

enum class Modality : std::uint8_t { kAsserted, kNegated, kHypothetical };

struct Relation {
  RelationType type = RelationType::kSpokeWith;
  std::uint32_t source = 0;  // indices into Document::mentions
  std::uint32_t target = 0;
  std::uint32_t sentence = 0;
  Modality modality = Modality::kAsserted;
  std::optional<std::uint32_t> attributed_to;     // mention of the speaker, for facts in reported speech
  std::map<std::string, std::string> attributes;  // role, former, count, channel, date
  std::string rule;
};

struct Document {
  Article article;
  std::string text;  // normalised: NFC, typographic apostrophes/spaces folded, repeated paragraphs removed
  OffsetMap to_original;  // for each byte of `text` (+ one past the end), its offset in article.text
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  // The buffers Token::fold and Token::lower view. `folded` holds the folded forms in token order, each after
  // a space where its token has one, so that a sentence's folded text is one span of it (FoldedText);
  // `lower` the lower-case forms that differ from their folded ones. Shared by the copies of a document,
  // whose tokens view them too; written once, by the segmenter. (Raw buffers, as large as the segmenter needs
  // and never zero-filled first: a `std::string` resized to the text's length was cleared for nothing.)
  struct TokenForms {
    std::unique_ptr<char[]> folded;
    std::unique_ptr<char[]> lower;
  };
  std::shared_ptr<const TokenForms> token_forms;
  std::vector<Cue> cues;
  std::vector<Mention> mentions;
  std::vector<Relation> relations;

  std::string_view Span(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view TokenText(std::uint32_t i) const { return Span(tokens[i].begin, tokens[i].end); }
  std::string_view SentenceText(std::uint32_t i) const { return Span(sentences[i].begin, sentences[i].end); }
  // Text covered by tokens [first, end) as written.
  std::string_view TokenSpan(std::uint32_t first, std::uint32_t end) const {
    return Span(tokens[first].begin, tokens[end - 1].end);
  }
  // The folded forms of tokens [first, end), separated by a space where the text has white space.
  std::string_view FoldedText(std::uint32_t first, std::uint32_t end) const {
    if (first >= end) return {};
    const char* begin = tokens[first].fold.data();
    return std::string_view(
        begin, static_cast<std::size_t>(tokens[end - 1].fold.data() - begin) + tokens[end - 1].fold.size());
  }
  std::uint32_t OriginalOffset(std::uint32_t offset) const {
    return to_original.empty() ? offset : to_original[offset];
  }
};

}  // namespace newsgraph
