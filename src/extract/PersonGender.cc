#include "extract/PersonGender.h"

#include "text/Morphology.h"

namespace newsgraph {

Gender GenderMarked(const Lexicon& lexicon, const Token& token) {
  const bool masculine = lexicon.Is(WordClass::kMasculine, token);
  const bool feminine = lexicon.Is(WordClass::kFeminine, token);
  if (masculine == feminine) return Gender::kUnknown;
  return masculine ? Gender::kMasculine : Gender::kFeminine;
}

Gender PersonGender(const Lexicon& lexicon, const Document& doc, std::uint32_t mention) {
  const Mention& target = doc.mentions[mention];
  if (target.type != EntityType::kOfficial) return Gender::kUnknown;
  bool masculine = false, feminine = false;
  const auto look_at = [&](const Mention& m) {
    if (m.first_token > 0) {
      const Gender courtesy = GenderMarked(lexicon, doc.tokens[m.first_token - 1]);
      masculine |= courtesy == Gender::kMasculine;
      feminine |= courtesy == Gender::kFeminine;
    }
    // The first name: the first capitalised first name of the span, which may begin with a title ("le
    // ministre russe des Affaires étrangères Sergueï Lavrov").
    for (std::uint32_t t = m.first_token; t < m.end_token; ++t) {
      const WordInfo& w = doc.tokens[t].written();
      if (!doc.tokens[t].capitalized || !w.first_name) continue;
      masculine |= w.masculine && !w.feminine;
      feminine |= w.feminine && !w.masculine;
      break;
    }
  };
  if (target.entity.empty()) {
    look_at(target);
  } else {
    for (const Mention& m : doc.mentions)
      if (m.type == EntityType::kOfficial && m.entity == target.entity && !m.generic) look_at(m);
  }
  if (masculine == feminine) return Gender::kUnknown;
  return masculine ? Gender::kMasculine : Gender::kFeminine;
}

}  // namespace newsgraph
