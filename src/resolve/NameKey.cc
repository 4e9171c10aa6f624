#include "resolve/NameKey.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "core/FormCache.h"
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
// "tsch" (Choïgou / Shoigu / Schoigu, Khrouchtchev / Khrushchev); before "r" or "l" (after a German "sch")
// "ch" is hard: Christopher, Chloé. It over-folds a little ("Chase" = "Shase") but never joins names that
// differ by more than their romanisation.
constexpr std::array kRules = {
    Rule{"schtsch", "sh"},    Rule{"shch", "sh"}, Rule{"chtch", "sh"}, Rule{"tsch", "sh"}, Rule{"tch", "sh"},
    Rule{"sch", "sh"},        Rule{"chr", "kr"},  Rule{"chl", "kl"},  // Christopher, Chloé: a hard "ch"
    Rule{"ch", "sh"},         Rule{"kh", "h"},                        // Mikhaïl / Mihail, Khrouchtchev
    Rule{"zhzh", "zh"},                                               // Zaporizhzhia
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

// The letters a to z that `text` holds, one bit each: a rule whose letters are not all in the word cannot
// match, and most words skip most rules without a scan.
constexpr std::uint32_t Letters(std::string_view text) {
  std::uint32_t mask = 0;
  for (char c : text)
    if (c >= 'a' && c <= 'z') mask |= 1u << (c - 'a');
  return mask;
}

// Every rule shortens or keeps its match, so it is applied in place, left to right (the matches
// std::string::find would find one after the other).
constexpr bool kRulesShrink = [] {
  for (const Rule& rule : kRules)
    if (rule.to.size() > rule.from.size()) return false;
  return true;
}();
static_assert(kRulesShrink);

// Rewrites every occurrence of the rule in `word`; true when it rewrote one.
bool ReplaceAll(std::string& word, const Rule& rule) {
  const std::size_t n = rule.from.size();
  if (rule.at == At::kEnd) {
    if (word.size() <= n || !word.ends_with(rule.from)) return false;
    word.replace(word.size() - n, n, rule.to);
    return true;
  }
  std::size_t read = word.find(rule.from);
  if (read == std::string::npos) return false;
  std::size_t write = read;
  while (read < word.size()) {
    if (word.compare(read, n, rule.from) == 0) {
      std::copy(rule.to.begin(), rule.to.end(), word.begin() + static_cast<std::ptrdiff_t>(write));
      write += rule.to.size();
      read += n;
    } else {
      word[write++] = word[read++];
    }
  }
  word.resize(write);
  return true;
}

// The key of one folded word: its transliteration, doubled letters made single.
std::string TransliteratedKey(std::string word) {
  static constexpr std::array<std::uint32_t, kRules.size()> kRuleLetters = [] {
    std::array<std::uint32_t, kRules.size()> letters{};
    for (std::size_t r = 0; r < kRules.size(); ++r) letters[r] = Letters(kRules[r].from);
    return letters;
  }();
  std::uint32_t letters = Letters(word);
  for (std::size_t r = 0; r < kRules.size(); ++r)
    if ((letters & kRuleLetters[r]) == kRuleLetters[r] && ReplaceAll(word, kRules[r]))
      letters = Letters(word);
  std::string key;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    // French "j" after a vowel is the "zh" of English and German (Zaporijia, Zaloujny); word-initial "j" is
    // left alone because it is English ("John") as often as anything else.
    if (c == 'j' && i > 0 && IsVowel(word[i - 1])) {
      key += "zh";  // (after a vowel: never a doubled letter)
      continue;
    }
    // Doubled letters carry no meaning across romanisations (Guerassimov / Gerasimov, Zelenskyy).
    if (!key.empty() && key.back() == c && c >= 'a' && c <= 'z') continue;
    key += c;
  }
  // German writes the voiced initial "z" of Russian and Ukrainian names as "s" (Selenskyj, Sacharowa).
  if (key.size() > 2 && key[0] == 'z' && IsVowel(key[1])) key[0] = 's';
  // Russian "-ov" written "-off" in older French and English spellings.
  if (key.size() > 3 && key.ends_with("of")) key.back() = 'v';
  return key;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

bool IsLeadingArticle(std::string_view word) {
  return word == "le" || word == "la" || word == "les" || word == "l" || word == "the";
}

// The transliterated key of one folded word, kept per thread: a name seen for the first time is most often
// made of words seen before (the same first names and surnames in other combinations).
const std::string& WordKey(std::string_view word) {
  thread_local FormCache<std::string> cache(1 << 16);
  return cache.Get(word, [&] { return TransliteratedKey(std::string(word)); });
}

std::string ComputeNameKey(std::string_view name) {
  const std::string folded = Fold(name);
  std::string_view rest = folded;
  // The next word of `rest` (runs of letters and digits), "" at the end.
  auto next_word = [&rest] {
    std::size_t begin = 0;
    while (begin < rest.size() && !IsWordByte(rest[begin])) ++begin;
    std::size_t end = begin;
    while (end < rest.size() && IsWordByte(rest[end])) ++end;
    std::string_view word = rest.substr(begin, end - begin);
    rest.remove_prefix(end);
    return word;
  };
  std::string_view word = next_word();
  std::string_view second = next_word();
  if (!second.empty() && IsLeadingArticle(word)) {
    word = second;
    second = next_word();
  }
  std::string key;
  for (; !word.empty(); word = std::exchange(second, next_word())) {
    if (!key.empty()) key += '_';
    key += WordKey(word);
  }
  return key;
}

// The key of `name`, kept per thread: an article keys the same names many times (mentions, coreference, the
// entity ids), and they recur across articles. Valid until the next call.
const std::string& KeptNameKey(std::string_view name) {
  thread_local FormCache<std::string> cache(1 << 16);
  return cache.Get(name, [&] { return ComputeNameKey(name); });
}

}  // namespace

std::string NameKey(std::string_view name) {
  return KeptNameKey(name);
}

void AppendNameKey(std::string& out, std::string_view name) {
  out += KeptNameKey(name);
}

}  // namespace newsgraph
