// The canonical key of a name: what two spellings of the same entity have in common.
// "Sergueï Choïgou", "Sergei Shoigu" and "Sergej Schoigu" have one key; so do "Guerassimov" and "Gerasimov",
// "Khrouchtchev" and "Khrushchev", "Zaporijia" and "Zaporizhzhia".
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// Folds case, accents, punctuation, a leading article and transliteration variants; words are joined by '_'.
std::string NameKey(std::string_view name);
// NameKey(name) appended to `out`: an id made as "official:" + NameKey(name) copies the key twice (into the
// returned string, then into the id).
void AppendNameKey(std::string& out, std::string_view name);

}  // namespace newsgraph
