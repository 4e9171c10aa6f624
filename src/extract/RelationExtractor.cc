#include "extract/RelationExtractor.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <tuple>
#include <vector>

#include "extract/relation/RuleSupport.h"
#include "text/WordInfo.h"

namespace newsgraph {

using namespace std::string_view_literals;

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
  // (What SentenceReader::Hypothetical finds a hypothesis by, and more.)
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
    SourcesOfOutletStories(c);
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
      else if (cue->cls == "intention"sv &&
               schema_.lexicon().LemmaIn(WordClass::kUrge, c.tok(cue->first_token)))
        Appeal(c, *cue);
      if (doc.relations.size() == before) continue;  // (no fact of its own to deny or intend)
      if (const std::optional<std::uint32_t> speaker = DeniedBy(c, cues, *cue)) {
        for (std::size_t r = before; r < doc.relations.size(); ++r) {
          doc.relations[r].attributed_to = *speaker;
          doc.relations[r].modality = Modality::kNegated;
        }
      } else if (Intended(c, cues, *cue)) {
        // (What a line named with its definite article links holds whatever use is intended of it: "a tenté
        // d'utiliser la ligne avec Pékin", "a tenté de joindre X par la ligne"; "de rétablir la ligne avec
        // Moscou" says it links no one now. Who tried to call over a line used it.)
        const Cue* attempt = cue->cls == "contact"sv ? Attempt(c, cues, *cue) : nullptr;
        const MentionList callers =
            attempt ? SentenceReader{schema_, c}.Subjects(attempt->first_token) : MentionList();
        const auto called = [&](const Relation& r) {
          return r.type == RelationType::kUsed &&
                 std::any_of(callers.begin(), callers.end(), [&](std::uint32_t k) {
                   return doc.mentions[k].entity == doc.mentions[r.source].entity;
                 });
        };
        for (std::size_t r = before; r < doc.relations.size(); ++r)
          if (doc.relations[r].modality == Modality::kAsserted &&
              !((cue->cls == "use"sv || attempt) && doc.relations[r].type == RelationType::kConnects &&
                DefiniteLine(c, doc.relations[r].source)) &&
              !called(doc.relations[r]))
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
      // (Of speakers coordinated, "selon la Maison Blanche et le Kremlin", the first.)
      for (const auto& st : c.statements)
        if (in_statement(st) && doc.mentions[st.speaker].entity != src.entity && st.first == innermost) {
          rel.attributed_to = st.speaker;
          if (st.denial) rel.modality = Modality::kNegated;  // what a speaker denies is not a fact
          break;
        }
    }
  }
  for (const Cue& cue : doc.cues) cue_at[cue.first_token] = nullptr;
  RolesToMembership(doc, by_sentence);
  QualifyLinesByStates(doc);
}

}  // namespace newsgraph
