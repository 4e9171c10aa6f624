#include "resolve/NameKey.h"

#include <array>
#include <vector>

#include "text/Fold.h"

namespace newsgraph {
namespace {

// Where a transliteration rule applies inside a word.
enum class At { kAnywhere, kEnd };

struct Rule {
  std::string_view from;
  std::string_view to;
  At at = At::kAnywhere;
};

// French, English and German romanisations of Russian, Ukrainian and Arabic names, rewritten towards one
// spelling. Applied in order, each to the whole word, after case and accents are folded (so "ï" is "i").
// The sibilants all become "sh": French "ch" and "tch", English "sh", "ch" and "shch", German "sch" and
// "tsch" (Choïgou / Shoigu / Schoigu, Khrouchtchev / Khrushchev). It over-folds a little ("Chase" = "Shase")
// but never joins names that differ by more than their romanisation.
constexpr std::array kRules = {
    Rule{"schtsch", "sh"},    Rule{"shch", "sh"}, Rule{"chtch", "sh"}, Rule{"tsch", "sh"}, Rule{"tch", "sh"},
    Rule{"sch", "sh"},        Rule{"ch", "sh"},   Rule{"kh", "h"},  // Mikhaïl / Mihail, Khrouchtchev
    Rule{"zhzh", "zh"},                                             // Zaporizhzhia
    Rule{"gue", "ge"},         // Sergueï, Guérassimov: French "gu" keeps the g hard
    Rule{"gui", "gi"},         //
    Rule{"ou", "u"},           // Netanyahou, Kouleba, Loukachenko
    Rule{"w", "v"},            // German Peskow, Lawrow, Medwedew
    Rule{"y", "i"},            // Sergey, Dmitry, Zelenskyy
    Rule{"j", "i", At::kEnd},  // German Sergej, Selenskyj
};

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Rewrites every occurrence of the rule in `word`, left to right, in place.
void ReplaceAll(std::string& word, const Rule& rule) {
  if (rule.at == At::kEnd) {
    if (word.size() > rule.from.size() && word.ends_with(rule.from))
      word.replace(word.size() - rule.from.size(), rule.from.size(), rule.to);
    return;
  }
  std::size_t at = word.find(rule.from);
  if (at == std::string::npos) return;  // the common case: one scan, no copy
  std::string out(word, 0, at);
  while (at != std::string::npos) {
    out += rule.to;
    std::size_t next = word.find(rule.from, at + rule.from.size());
    out.append(word, at + rule.from.size(),
               (next == std::string::npos ? word.size() : next) - at - rule.from.size());
    at = next;
  }
  word = std::move(out);
}

std::string Transliterate(std::string word) {
  for (const Rule& rule : kRules) ReplaceAll(word, rule);
  // French "j" after a vowel is the "zh" of English and German (Zaporijia, Zaloujny); word-initial "j" is
  // left alone because it is English ("John") as often as anything else.
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == 'j' && i > 0 && IsVowel(word[i - 1]))
      out += "zh";
    else
      out += word[i];
  }
  // Doubled letters carry no meaning across romanisations (Guerassimov / Gerasimov, Zelenskyy).
  std::string single;
  for (char c : out)
    if (single.empty() || single.back() != c || !(c >= 'a' && c <= 'z')) single += c;
  // German writes the voiced initial "z" of Russian and Ukrainian names as "s" (Selenskyj, Sacharowa).
  if (single.size() > 2 && single[0] == 'z' && IsVowel(single[1])) single[0] = 's';
  // Russian "-ov" written "-off" in older French and English spellings.
  if (single.size() > 3 && single.ends_with("of")) single.back() = 'v';
  return single;
}

bool IsLeadingArticle(const std::string& word) {
  return word == "le" || word == "la" || word == "les" || word == "l" || word == "the";
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string folded = Fold(name);
  std::vector<std::string> words(1);
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (alnum)
      words.back() += c;
    else if (!words.back().empty())
      words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  if (words.size() > 1 && IsLeadingArticle(words.front())) words.erase(words.begin());
  std::string key;
  for (const std::string& word : words) {
    if (!key.empty()) key += '_';
    key += Transliterate(word);
  }
  return key;
}

}  // namespace newsgraph
