#include "extract/ArticleAcronyms.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "core/BySentence.h"
#include "extract/MentionOrder.h"

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

}  // namespace

void ArticleAcronyms::Process(Document& doc) const {
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (std::uint32_t t = m.first_token; t < m.end_token; ++t) covered[t] = true;
  auto free_acronym = [&](std::uint32_t t) {
    const Token& token = doc.tokens[t];
    return token.kind == TokenKind::kWord && token.all_caps && !covered[t];
  };

  std::map<std::string, Mention> defined;  // acronym as written -> its definition's mention
  std::vector<Mention> added;
  // Each sentence's mentions, grouped at the first "(ACRONYM)": most articles have none.
  std::vector<std::vector<std::uint32_t>> by_sentence;
  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!free_acronym(t)) continue;
      auto known = defined.find(std::string(doc.TokenText(t)));
      if (known != defined.end()) {
        added.push_back(AcronymMention(doc, known->second, t, "acronym"));
        continue;
      }
      if (t == s.first_token || t + 1 >= s.end_token || !IsPunct(doc, t - 1, "(") ||
          !IsPunct(doc, t + 1, ")"))
        continue;
      if (by_sentence.empty())
        by_sentence =
            BySentence(doc.sentences.size(), doc.mentions, [](const Mention& m) { return m.sentence; });
      if (const Mention* name = NameBefore(doc, by_sentence[si], t - 1);
          name && Abbreviates(doc, t, name->first_token, t - 1)) {
        Mention m = AcronymMention(doc, *name, t, "acronym-definition");
        defined.emplace(m.name, *name);
        added.push_back(std::move(m));
      }
    }
  }
  if (added.empty()) return;
  doc.mentions.insert(doc.mentions.end(), added.begin(), added.end());
  SortByPosition(doc.mentions);
}

}  // namespace newsgraph
