// RelationExtractor::Context, the per-sentence working state every rule reads and writes, and the outlet test
// (IsOutlet, remembered by KnownOutlet) whose answers it keeps.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/Document.h"
#include "extract/PersonGender.h"
#include "extract/RelationExtractor.h"
#include "schema/Schema.h"

namespace newsgraph {

// A news outlet: the head of its name ("l'agence officielle saoudienne SPA") or its gazetteer kind= is a
// words.tsv outlet_head.
bool IsOutlet(const Schema& schema, const Mention& m);

// IsOutlet, remembered by the thread across articles for `owner` (a RelationExtractor's instance id): an
// outlet's gazetteer and name lookups cost hundreds of instructions, and the same few names come back in
// article after article.
bool KnownOutlet(const Schema& schema, std::uint64_t owner, const Mention& m);

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
  // SentenceReader::VerbGroupStart of each position from s.first_token to s.end_token, as far as asked (empty
  // for each sentence; Process keeps its room across sentences).
  std::vector<std::uint32_t>& verb_group_starts;
  // NounPhraseStart of each position from s.first_token to s.end_token, as far as SentenceReader::PhraseStart
  // asked it (empty for each sentence; Process keeps its room across sentences).
  std::vector<std::uint32_t>& phrase_starts;
  // SentenceReader::Subjects of the positions asked, where they depend on the sentence alone (empty for each
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
  // The SentenceWords of the sentence's tokens put together, once asked (SentenceReader::HasTwo, MayNegate,
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

}  // namespace newsgraph
