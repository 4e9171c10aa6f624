#include "text/DictionaryForms.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

namespace newsgraph {
namespace {

enum class FlagType { kChar, kLong, kNumber, kUtf8 };

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; in >> field;) fields.push_back(field);
  return fields;
}

std::vector<char32_t> CodePoints(std::string_view utf8) {
  std::vector<char32_t> out;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto size = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

// A word as its characters (UTF-8 sequences), the unit of affix conditions and strips.
std::vector<std::string> Characters(std::string_view word) {
  std::vector<std::string> chars;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto size = static_cast<std::int32_t>(word.size());
  for (std::int32_t i = 0; i < size;) {
    std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    chars.emplace_back(word.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return chars;
}

// Digits, punctuation and symbols of the Basic Multilingual Plane that have no case (not "Ⓐ"), and that
// hunspell handles like any character of a form.
bool IsUncasedCandidate(UChar32 c) {
  if (u_isalpha(c) || u_tolower(c) != c || u_toupper(c) != c || u_totitle(c) != c) return false;
  switch (u_charType(c)) {
    case U_DECIMAL_DIGIT_NUMBER:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

bool AllLetters(std::string_view word) {
  for (char32_t c : CodePoints(word))
    if (!u_isalpha(static_cast<UChar32>(c))) return false;
  return true;
}

std::vector<std::string> SplitFlags(std::string_view flags, FlagType type) {
  std::vector<std::string> out;
  switch (type) {
    case FlagType::kChar:
      for (char c : flags) out.emplace_back(1, c);
      break;
    case FlagType::kLong:
      for (std::size_t i = 0; i + 1 < flags.size(); i += 2) out.emplace_back(flags.substr(i, 2));
      break;
    case FlagType::kNumber:
      for (std::size_t start = 0; start < flags.size();) {
        std::size_t comma = flags.find(',', start);
        if (comma == std::string_view::npos) comma = flags.size();
        if (comma > start) out.emplace_back(flags.substr(start, comma - start));
        start = comma + 1;
      }
      break;
    case FlagType::kUtf8:
      out = Characters(flags);
      break;
  }
  return out;
}

bool IsNumber(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The flags of a stem or affix: written out, or with `AF` lines the 1-based number of an alias.
std::vector<std::string> FlagsOf(std::string_view flags, FlagType type,
                                 const std::vector<std::vector<std::string>>& aliases) {
  if (aliases.empty() || !IsNumber(flags)) return SplitFlags(flags, type);
  std::size_t n = 0;
  std::from_chars(flags.data(), flags.data() + flags.size(), n);
  return n >= 1 && n <= aliases.size() ? aliases[n - 1] : std::vector<std::string>{};
}

// One element of an affix condition: a character, "." (any), or a [class] / [^class] of characters.
struct ConditionPart {
  std::vector<std::string> chars;  // empty for "."
  bool negated = false;
};

std::vector<ConditionPart> ParseCondition(std::string_view condition) {
  std::vector<ConditionPart> parts;
  if (condition == ".") return parts;
  std::vector<std::string> chars = Characters(condition);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    ConditionPart part;
    if (chars[i] == "[") {
      ++i;
      if (i < chars.size() && chars[i] == "^") {
        part.negated = true;
        ++i;
      }
      for (; i < chars.size() && chars[i] != "]"; ++i) part.chars.push_back(chars[i]);
    } else if (chars[i] != ".") {
      part.chars.push_back(chars[i]);
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

// Whether the characters of `word` from `offset` on match `parts`.
bool MatchesAt(const std::vector<std::string>& word, std::size_t offset,
               const std::vector<ConditionPart>& parts) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const ConditionPart& part = parts[i];
    if (part.chars.empty() && !part.negated) continue;  // "."
    bool listed = std::find(part.chars.begin(), part.chars.end(), word[offset + i]) != part.chars.end();
    if (listed == part.negated) return false;
  }
  return true;
}

struct Affix {
  std::string strip;
  std::string add;
  std::vector<std::string> continuation;  // flags of the affixed form (twofold affixes)
  std::vector<ConditionPart> condition;   // matched at the end (suffix) or start (prefix) of the stem
};

using AffixTable = std::unordered_map<std::string, std::vector<Affix>>;

// Suffixes: the condition is matched against the end of the stem, before the strip is removed.
void AddSuffixed(const AffixTable& suffixes, const std::string& stem, const std::vector<std::string>& flags,
                 int depth, std::vector<std::string>& out) {
  std::vector<std::string> chars = Characters(stem);
  for (const std::string& flag : flags) {
    auto it = suffixes.find(flag);
    if (it == suffixes.end()) continue;
    for (const Affix& rule : it->second) {
      if (!stem.ends_with(rule.strip) || rule.condition.size() > chars.size() ||
          !MatchesAt(chars, chars.size() - rule.condition.size(), rule.condition))
        continue;
      std::string form = stem.substr(0, stem.size() - rule.strip.size()) + rule.add;
      if (depth == 0) AddSuffixed(suffixes, form, rule.continuation, 1, out);
      out.push_back(std::move(form));
    }
  }
}

// Prefixes of letters, on the stem and (a superset of what cross products allow) on its suffixed forms; the
// prefix's own continuation suffixes on the prefixed stem.
void AddPrefixed(const AffixTable& prefixes, const AffixTable& suffixes, const std::string& stem,
                 const std::vector<std::string>& flags, std::size_t suffixed_begin,
                 std::vector<std::string>& out) {
  const std::size_t suffixed_end = out.size();
  for (const std::string& flag : flags) {
    auto it = prefixes.find(flag);
    if (it == prefixes.end()) continue;
    for (const Affix& rule : it->second) {
      for (std::size_t i = suffixed_begin; i <= suffixed_end; ++i) {
        const std::string base = i == suffixed_end ? stem : out[i];
        std::vector<std::string> chars = Characters(base);
        if (!base.starts_with(rule.strip) || rule.condition.size() > chars.size() ||
            !MatchesAt(chars, 0, rule.condition))
          continue;
        std::string form = rule.add + base.substr(rule.strip.size());
        if (i == suffixed_end) {
          std::vector<std::string> both = flags;
          both.insert(both.end(), rule.continuation.begin(), rule.continuation.end());
          AddSuffixed(suffixes, form, both, 0, out);
        }
        out.push_back(std::move(form));
      }
    }
  }
}

}  // namespace

Result<DictionaryListing> ListDictionaryForms(const std::filesystem::path& aff,
                                              const std::filesystem::path& dic) {
  std::ifstream aff_in(aff);
  if (!aff_in) return Error{ErrorCode::kNotFound, "cannot read the hunspell affix file", {aff.string()}};
  std::vector<std::vector<std::string>> lines;
  for (std::string line; std::getline(aff_in, line);) lines.push_back(Fields(line));
  FlagType type = FlagType::kChar;
  for (const std::vector<std::string>& f : lines)
    if (f.size() >= 2 && f[0] == "FLAG")
      type = f[1] == "long" ? FlagType::kLong : f[1] == "num" ? FlagType::kNumber : FlagType::kUtf8;

  DictionaryListing listing;
  listing.complete = true;
  std::vector<std::vector<std::string>> aliases;  // AF n: the flags "n" stands for (1-based)
  bool alias_count_read = false;                  // the first AF line is the count of the ones after it
  AffixTable suffixes, prefixes;
  std::set<char32_t> excluded;     // characters of ICONV and IGNORE patterns
  std::set<char32_t> not_uncased;  // and of the prefixes not listed ("l'", "qu'")
  for (const std::vector<std::string>& f : lines) {
    if (f.empty()) continue;
    const std::string& key = f[0];
    if (key.starts_with("COMPOUND") || key == "COMPLEXPREFIXES") listing.complete = false;
    // An ignored character is neither a letter nor an uncased character of the listing's words.
    if (f.size() >= 2 && key == "IGNORE")
      for (char32_t c : CodePoints(f[1])) excluded.insert(c);
    // A word a conversion applies to contains the pattern: its characters are no uncased characters; a
    // pattern of one letter excludes that letter; of several letters, which words may contain, this
    // listing cannot say. (BREAK patterns are spell()'s: analyze() looks "vice-roi" up whole.)
    if (f.size() >= 2 && key == "ICONV" && !IsNumber(f[1])) {
      std::vector<char32_t> chars = CodePoints(f[1]);
      not_uncased.insert(chars.begin(), chars.end());
      if (std::all_of(chars.begin(), chars.end(),
                      [](char32_t c) { return u_isalpha(static_cast<UChar32>(c)); })) {
        if (chars.size() == 1) excluded.insert(chars[0]);
        if (chars.size() > 1) listing.complete = false;
      }
    }
    if (f.size() >= 2 && key == "AF") {
      if (alias_count_read) aliases.push_back(SplitFlags(f[1], type));
      alias_count_read = true;
    }
    // "SFX flag strip add[/flags] condition [morphology]"; the header line "SFX flag Y|N count" has 4 fields.
    if (f.size() < 5 || (key != "SFX" && key != "PFX")) continue;
    Affix rule;
    rule.strip = f[2] == "0" ? "" : f[2];
    std::string_view add = f[3];
    if (std::size_t slash = add.find('/'); slash != std::string_view::npos) {
      rule.continuation = FlagsOf(add.substr(slash + 1), type, aliases);
      add = add.substr(0, slash);
    }
    rule.add = add == "0" ? "" : std::string(add);
    rule.condition = ParseCondition(f[4]);
    if (key == "SFX") {
      suffixes[f[1]].push_back(std::move(rule));
    } else if (AllLetters(rule.add)) {
      prefixes[f[1]].push_back(std::move(rule));
    } else {
      for (char32_t c : CodePoints(rule.add)) not_uncased.insert(c);
    }
  }
  // A prefix continued by a prefix is not listed.
  for (const auto& [flag, rules] : prefixes)
    for (const Affix& rule : rules)
      for (const std::string& next : rule.continuation) listing.complete &= !prefixes.contains(next);

  std::ifstream dic_in(dic);
  if (!dic_in) return Error{ErrorCode::kNotFound, "cannot read the hunspell dictionary", {dic.string()}};
  std::vector<std::string>& forms = listing.forms;
  std::string line;
  std::getline(dic_in, line);  // the entry count
  while (std::getline(dic_in, line)) {
    // "word/flags morphology" or "word\tmorphology"; "\/" is a slash inside the word.
    std::string word;
    std::string_view flags;
    for (std::size_t i = 0; i < line.size() && line[i] != '\t' && line[i] != ' ' && line[i] != '\r'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '/') {
        word += '/';
        ++i;
      } else if (line[i] == '/') {
        std::size_t end = line.find_first_of(" \t\r", i);
        flags = std::string_view(line).substr(i + 1, (end == std::string::npos ? line.size() : end) - i - 1);
        break;
      } else {
        word += line[i];
      }
    }
    if (word.empty()) continue;
    std::vector<std::string> stem_flags = FlagsOf(flags, type, aliases);
    // hunspell also stores a stem with a capital after its first letter ("DESS", "McDonald") with one
    // capital first ("Dess", "Mcdonald"), with the same affixes: what it returns for an all-capitals word
    // written with one capital.
    const std::vector<char32_t> chars = CodePoints(word);
    const bool inner_capital = std::any_of(chars.begin() + (chars.empty() ? 0 : 1), chars.end(),
                                           [](char32_t c) { return u_isupper(static_cast<UChar32>(c)); });
    for (std::string stem : {word, inner_capital ? OneCapitalFirst(word) : std::string()}) {
      if (stem.empty()) continue;
      const std::size_t suffixed_begin = forms.size();
      AddSuffixed(suffixes, stem, stem_flags, 0, forms);
      AddPrefixed(prefixes, suffixes, stem, stem_flags, suffixed_begin, forms);
      forms.push_back(std::move(stem));
    }
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());

  std::set<char32_t> letters;  // then the uncased characters too
  for (const std::string& form : forms)
    for (char32_t c : CodePoints(form))
      if (u_isalpha(static_cast<UChar32>(c)) && !excluded.contains(c)) {
        letters.insert(c);
        letters.insert(static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))));
        letters.insert(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
      }
  for (char32_t c : excluded) letters.erase(c);
  for (UChar32 c = 0; c < 0x10000; ++c)
    if (IsUncasedCandidate(c) && !excluded.contains(static_cast<char32_t>(c)) &&
        !not_uncased.contains(static_cast<char32_t>(c)))
      letters.insert(static_cast<char32_t>(c));
  listing.characters.assign(letters.begin(), letters.end());
  return listing;
}

std::string OneCapitalFirst(std::string_view word) {
  std::vector<char32_t> chars = CodePoints(word);
  std::string out;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const auto c = static_cast<UChar32>(chars[i]);
    char buffer[4];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), length, 4, i == 0 ? u_toupper(c) : u_tolower(c),
              error);
    if (error) return "";
    out.append(buffer, static_cast<std::size_t>(length));
  }
  return out;
}

bool MadeOf(std::string_view word, const char32_t* characters, std::size_t count) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto size = static_cast<std::int32_t>(word.size());
  for (std::int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c < 0 || !std::binary_search(characters, characters + count, static_cast<char32_t>(c))) return false;
  }
  return true;
}

}  // namespace newsgraph
