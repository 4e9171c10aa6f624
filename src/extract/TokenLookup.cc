#include "extract/TokenLookup.h"

#include <string_view>
#include <unordered_map>

#include "text/StringHash.h"

namespace newsgraph {

void TokenLookup::Process(Document& doc) const {
  const Lexicon& lexicon = schema_.lexicon();
  const Morphology& morphology = schema_.morphology();
  // Words repeat within an article: one lookup per distinct form. Keys view the tokens' own strings and
  // the document text, which outlive the map.
  std::unordered_map<std::string_view, const Token*, StringHash, std::equal_to<>> seen;
  seen.reserve(doc.tokens.size());
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    Token& t = doc.tokens[i];
    const std::string_view written = doc.TokenText(i);
    auto [it, fresh] = seen.try_emplace(written, &t);
    if (!fresh) {
      t.facts = it->second->facts;
      continue;
    }
    TokenFacts& f = t.facts;
    f.written = &morphology.Analyze(written);
    f.lower = t.lower == written ? f.written : &morphology.Analyze(t.lower);
    f.classes = lexicon.ClassesOf(t.fold);
    f.nationality = schema_.gazetteer().FindByAdjective(t.fold);
    f.titles = &lexicon.titles().StartingWith(t.fold);
    f.heads = &lexicon.heads().StartingWith(t.fold);
    f.cues = &lexicon.cues().StartingWith(t.fold);
  }
}

}  // namespace newsgraph
