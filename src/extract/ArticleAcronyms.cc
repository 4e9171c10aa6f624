#include "extract/ArticleAcronyms.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/BySentence.h"
#include "core/TokenOfFolded.h"
#include "extract/MentionOrder.h"
#include "resolve/NameKey.h"

namespace newsgraph {
namespace {

// At most this many words between the institution's mention and the parenthesis: the rest of its name
// ("à la sécurité pour l'Ukraine") that the mention did not take.
constexpr std::uint32_t kMaxGap = 8;

bool IsPunct(const Document& doc, std::uint32_t t, std::string_view text) {
  return doc.tokens[t].kind == TokenKind::kPunct && doc.TokenText(t) == text;
}

// The institution named right before token `open` (a parenthesis), or null: the nearest mention of the
// sentence before it, with only words (or mentions of the places in the name) in between. `sentence`: the
// indices of the sentence's mentions.
const Mention* NameBefore(const Document& doc, const std::vector<std::uint32_t>& sentence,
                          std::uint32_t open) {
  const Mention* name = nullptr;
  for (std::uint32_t k : sentence) {
    const Mention& m = doc.mentions[k];
    if (m.end_token <= open && m.type == EntityType::kInstitution && !m.anonymous && !m.generic &&
        !m.entity.empty())
      name = &m;  // mentions are in text order: the last one is the nearest
  }
  if (!name || open - name->end_token > kMaxGap) return nullptr;
  for (std::uint32_t t = name->end_token; t < open; ++t)
    if (doc.tokens[t].kind != TokenKind::kWord) return nullptr;
  for (std::uint32_t k : sentence) {
    const Mention& m = doc.mentions[k];
    if (m.first_token >= name->end_token && m.end_token <= open && m.type != EntityType::kCountry &&
        m.type != EntityType::kPlace)
      return nullptr;  // "le ministère, dit Lloyd Austin (LA)": someone else is named in between
  }
  return name;
}

// Whether every letter of the acronym starts a word of the name (in any order: "SAG-U" is the English
// order of "Groupe d'assistance à la sécurité pour l'Ukraine"), so that "(PDF)" or "(VIDEO)" after a name
// defines nothing.
bool Abbreviates(const Document& doc, std::uint32_t acronym, std::uint32_t first, std::uint32_t end) {
  std::string initials;
  for (std::uint32_t t = first; t < end; ++t) {
    const std::string_view word = doc.tokens[t].fold;
    for (std::size_t i = 0; i < word.size(); ++i)
      if (i == 0 || word[i - 1] == '\'' || word[i - 1] == '-') initials += word[i];
  }
  for (char c : doc.tokens[acronym].fold)
    if (std::isalpha(static_cast<unsigned char>(c)) && initials.find(c) == std::string::npos) return false;
  return true;
}

// A name's word whose initial no acronym takes: articles, prepositions, "et" ("Organisation du traité de
// l'Atlantique nord" is OTAN).
bool FunctionWord(const Lexicon& lexicon, const Token& w) {
  return lexicon.Is(WordClass::kDeterminer, w) || lexicon.Is(WordClass::kPreposition, w) || w.fold == "et";
}

// Whether the words [first, end) spell the acronym at token `acronym` in order, one letter for each word
// but the function words ("Force intérimaire des Nations unies au Liban" spells "Finul").
bool Spells(const Document& doc, const Lexicon& lexicon, std::uint32_t acronym, std::uint32_t first,
            std::uint32_t end) {
  std::string initials, letters;
  for (std::uint32_t t = first; t < end; ++t) {
    const Token& w = doc.tokens[t];
    if (w.kind != TokenKind::kWord || w.fold.empty()) return false;
    if (!FunctionWord(lexicon, w)) initials += w.fold[0];
  }
  for (char c : doc.tokens[acronym].fold)
    if (std::isalpha(static_cast<unsigned char>(c))) letters += c;
  return initials.size() >= 2 && initials == letters;
}

// Whether the mentions of the sentence (`sentence`) let tokens [first, end) be one new name: none cuts across
// its bounds nor is the whole of it.
bool FreeSpan(const Document& doc, const std::vector<std::uint32_t>& sentence, std::uint32_t first,
              std::uint32_t end) {
  for (std::uint32_t k : sentence) {
    const Mention& m = doc.mentions[k];
    const bool inside = m.first_token >= first && m.end_token <= end;
    const bool across = m.first_token < end && m.end_token > first && !inside;
    if (across || (m.first_token == first && m.end_token == end)) return false;
  }
  return true;
}

// The words before token `end` (a parenthesis, a comma) that the acronym at `acronym` spells, as [first,
// end), from a capitalised word ("la Force intérimaire des Nations unies au Liban (Finul)"); or, for one in
// capitals, whose words have its letters in any order from the nearest capitalised word ("les rebelles du
// Front de libération du peuple du Tigré (TPLF)", not from "gouvernement" in "Le gouvernement éthiopien et
// les rebelles du Front ...") or a head noun of an institution on ("le groupe d'assistance à la sécurité du
// Pentagone en Ukraine, ou SAG-U"). Not just one name of the sentence's mentions (`sentence`), nor cutting
// one.
std::optional<std::uint32_t> NameStart(const Document& doc, const Lexicon& lexicon,
                                       const std::vector<std::uint32_t>& sentence, std::uint32_t acronym,
                                       std::uint32_t end) {
  const std::uint32_t floor = doc.sentences[doc.tokens[end].sentence].first_token;
  for (std::uint32_t t = end; t-- > floor && end - t <= 2 * kMaxGap;) {
    const Token& w = doc.tokens[t];
    if (w.kind != TokenKind::kWord) break;
    const bool capitals = doc.tokens[acronym].all_caps;
    // (In any order, the name's first word still gives a letter: not "à Hawaï une réunion dans le cadre de
    // l'accord consultatif militaire maritime (MMCA)".)
    // (Nor, in any order, over a state named: "avec l'Éthiopie et le Soudan sur le Grand barrage de la
    // Renaissance (GERD)".)
    const auto names_a_state = [&] {
      return std::any_of(sentence.begin(), sentence.end(), [&](std::uint32_t k) {
        return doc.mentions[k].type == EntityType::kCountry && doc.mentions[k].first_token >= t &&
               doc.mentions[k].end_token <= end;
      });
    };
    const bool spelled =
        w.capitalized && !FunctionWord(lexicon, w) &&
        (Spells(doc, lexicon, acronym, t, end) ||
         (capitals && doc.tokens[acronym].fold.find(w.fold.substr(0, 1)) != std::string_view::npos &&
          Abbreviates(doc, acronym, t, end) && !names_a_state()));
    const bool headed = capitals && !w.capitalized &&
                        std::any_of(w.facts.heads->begin(), w.facts.heads->end(),
                                    [](const Phrase& p) { return p.cls == "institution"; }) &&
                        Abbreviates(doc, acronym, t, end);
    if (spelled || headed) return FreeSpan(doc, sentence, t, end) ? std::optional(t) : std::nullopt;
  }
  return std::nullopt;
}

// A word that may be an acronym: in capitals ("SAG-U", "OTAN") or, as French copy writes the long ones, with
// one capital first ("Finul", "Otan").
bool AcronymLike(const Token& w) {
  return w.kind == TokenKind::kWord && (w.all_caps || (w.capitalized && w.fold.size() >= 3));
}

// A mention a bare acronym may have been taken for: an unknown capitalised word read as someone's surname.
bool StandIn(const Mention& m) {
  return m.type == EntityType::kOfficial && m.entity.empty() && m.end_token == m.first_token + 1;
}

// The gazetteer institution named `w` ("SVR", "AFP"), or null.
const GazetteerEntry* GazetteerInstitution(const Gazetteer& gazetteer, const Token& w) {
  for (const GazetteerEntry* e : gazetteer.FindByName(w.fold))
    if (e->type == EntityType::kInstitution) return e;
  return nullptr;
}

Mention AcronymMention(const Document& doc, const Mention& defined, std::uint32_t t, std::string_view rule) {
  Mention m;
  m.sentence = doc.tokens[t].sentence;
  m.first_token = t;
  m.end_token = t + 1;
  m.type = defined.type;
  m.name = std::string(doc.TokenText(t));
  m.entity = defined.entity;
  m.label = defined.label;
  m.rule = rule;
  return m;
}

// The tokens an acronym may be defined at, in text order: right after a parenthesis ("NAME (ACRONYM)") and
// after ", ou" ("NAME, ou ACRONYM,"). Found from those characters in the article's folded text, where the
// forms follow one another with one space at most between them (most articles have few), instead of by
// looking at every token.
std::vector<std::uint32_t> DefinitionCandidates(const Document& doc) {
  std::vector<std::uint32_t> out;
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  const std::string_view folded = doc.FoldedText(0, n);
  const auto add = [&](std::size_t at, std::uint32_t after) {
    if (const std::uint32_t t = TokenOfFolded(doc, 0, n, folded.data() + at) + after; t < n) out.push_back(t);
  };
  for (std::size_t at = folded.find('('); at != std::string_view::npos; at = folded.find('(', at + 1))
    add(at, 1);
  // (", ou" and ",ou": each comma looked at once.)
  for (std::size_t at = folded.find(','); at != std::string_view::npos; at = folded.find(',', at + 1))
    if (const std::string_view after = folded.substr(at + 1);
        after.starts_with(" ou") || after.starts_with("ou"))
      add(at, 2);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

void ArticleAcronyms::Process(Document& doc) const {
  const Lexicon& lexicon = schema_.lexicon();
  const std::vector<std::uint32_t> candidates = DefinitionCandidates(doc);
  if (candidates.empty()) return;
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> owner(doc.tokens.size(), kNone);  // the mention covering each token
  for (std::uint32_t k = 0; k < doc.mentions.size(); ++k)
    for (std::uint32_t t = doc.mentions[k].first_token; t < doc.mentions[k].end_token; ++t) owner[t] = k;
  auto free_acronym = [&](std::uint32_t t) {
    return AcronymLike(doc.tokens[t]) && (owner[t] == kNone || StandIn(doc.mentions[owner[t]]));
  };

  std::map<std::string, Mention> defined;  // acronym as written -> its definition's mention
  std::vector<Mention> added;
  std::vector<bool> dropped(doc.mentions.size(), false);  // stand-ins and the words of a spelled name
  std::vector<std::uint32_t> definitions;                 // tokens of the acronyms where they are defined
  // Each sentence's mentions, grouped at the first definition: most articles have none.
  std::vector<std::vector<std::uint32_t>> by_sentence;
  for (const std::uint32_t t : candidates) {
    const std::uint32_t si = doc.tokens[t].sentence;
    const Sentence& s = doc.sentences[si];
    if (t <= s.first_token || t >= s.end_token || !free_acronym(t) ||
        defined.contains(std::string(doc.TokenText(t))))
      continue;
    // "NAME (ACRONYM)", or in capitals "NAME, ou ACRONYM," (the name ends at the comma).
    const bool closed = t + 1 == s.end_token || doc.tokens[t + 1].kind == TokenKind::kPunct;
    std::uint32_t end = 0;
    if (IsPunct(doc, t - 1, "(") && t + 1 < s.end_token && IsPunct(doc, t + 1, ")"))
      end = t - 1;
    else if (doc.tokens[t].all_caps && closed && t >= s.first_token + 3 && doc.tokens[t - 1].fold == "ou" &&
             IsPunct(doc, t - 2, ","))
      end = t - 2;
    else
      continue;
    if (by_sentence.empty())
      by_sentence =
          BySentence(doc.sentences.size(), doc.mentions, [](const Mention& m) { return m.sentence; });
    const Mention* name = NameBefore(doc, by_sentence[si], end);
    const Gazetteer& gazetteer = schema_.gazetteer();
    const GazetteerEntry* known = GazetteerInstitution(gazetteer, doc.tokens[t]);
    // (Not when the words after it are the name the acronym spells: "l'armée du général X et les Forces de
    // soutien rapide (FSR)"; nor, for a gazetteer name the acronym is not one of, when they are a longer name
    // around it: "l'Agence nationale de la sécurité des systèmes d'information (Anssi)" is not the NSA, "le
    // Commandement des Nations unies (UNC)" not the UN.)
    const bool other_entry = name && (!known || known->NodeId() != name->entity) &&
                             gazetteer.FindByNodeId(name->entity) != nullptr;
    if (name && (name->end_token < end || other_entry))
      if (const std::optional<std::uint32_t> first = NameStart(doc, lexicon, by_sentence[si], t, end);
          first && (*first >= name->end_token || (other_entry && *first <= name->first_token)))
        name = nullptr;
    // (Letters in any order in capitals: "SAG-U" is the English order of its French name; right after
    // the name, any capitals: "les services de renseignement turcs (MIT)" abbreviate their Turkish name.)
    const bool right_after =
        name && name->end_token == end && doc.tokens[t].all_caps && doc.tokens[t].fold.size() >= 2;
    if (name && !right_after &&
        !(doc.tokens[t].all_caps ? Abbreviates(doc, t, name->first_token, end)
                                 : Spells(doc, lexicon, t, name->first_token, end)))
      name = nullptr;
    // An acronym of the gazetteer ("le Service de renseignement extérieur russe (SVR)") names its
    // institution, when the name may be it: of its state or having its letters; else it is no definition ("le
    // ministère russe de la Défense (AFP)", an outlet's credit).
    if (name && known && name->entity != known->NodeId() &&
        (gazetteer.StateOf(known->NodeId()).empty() ||
         gazetteer.StateOf(known->NodeId()) != gazetteer.StateOf(name->entity)) &&
        !Abbreviates(doc, t, name->first_token, end))
      continue;
    if (!name) {
      const std::optional<std::uint32_t> first = NameStart(doc, lexicon, by_sentence[si], t, end);
      if (!first) continue;
      Mention& named = added.emplace_back();
      named.sentence = si;
      named.first_token = *first;
      named.end_token = end;
      named.type = EntityType::kInstitution;
      named.name = named.label = std::string(doc.TokenSpan(*first, end));
      named.entity = "institution:" + NameKey(named.label);
      named.rule = "acronym-expanded";
      for (std::uint32_t k : by_sentence[si])
        if (doc.mentions[k].first_token >= *first && doc.mentions[k].end_token <= end) dropped[k] = true;
      name = &named;
    }
    if (known && name->entity != known->NodeId()) {
      // (A name the article made is the institution in all its mentions; a gazetteer one only here.)
      const std::string made = gazetteer.FindByNodeId(name->entity) ? std::string() : name->entity;
      for (std::vector<Mention>* mentions : {&doc.mentions, &added})
        for (Mention& m : *mentions)
          if (&m == name || (!made.empty() && m.entity == made)) {
            m.entity = known->NodeId();
            m.label = known->label();
          }
    }
    if (owner[t] != kNone) dropped[owner[t]] = true;
    Mention m = AcronymMention(doc, *name, t, "acronym-definition");
    defined.emplace(m.name, *name);
    added.push_back(std::move(m));
    definitions.push_back(t);
  }
  if (defined.empty()) return;
  // Every other bare use, before the definition too: a headline often uses the acronym its text defines.
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (!free_acronym(t) || std::find(definitions.begin(), definitions.end(), t) != definitions.end())
      continue;
    auto known = defined.find(std::string(doc.TokenText(t)));
    if (known == defined.end()) continue;
    if (owner[t] != kNone) dropped[owner[t]] = true;
    added.push_back(AcronymMention(doc, known->second, t, "acronym"));
  }
  std::vector<Mention> kept;
  kept.reserve(doc.mentions.size() + added.size());
  for (std::uint32_t k = 0; k < doc.mentions.size(); ++k)
    if (!dropped[k]) kept.push_back(std::move(doc.mentions[k]));
  kept.insert(kept.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  doc.mentions = std::move(kept);
  SortByPosition(doc.mentions);
}

}  // namespace newsgraph
