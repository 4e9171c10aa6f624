#include "extract/relation/Context.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/FormCache.h"
#include "text/Fold.h"

namespace newsgraph {

using namespace std::string_view_literals;

bool IsOutlet(const Schema& schema, const Mention& m) {
  const Lexicon& lexicon = schema.lexicon();
  // (An entry of the gazetteer is one by its kind: "Agence internationale de l'énergie atomique" is no news
  // agency.)
  const GazetteerEntry* e = schema.gazetteer().FindByNodeId(m.entity);
  if (!e) return lexicon.Is("outlet_head", FoldedHead(m.name));
  const std::vector<std::string>& kinds = e->Attribute("kind");
  return std::any_of(kinds.begin(), kinds.end(),
                     [&](const std::string& kind) { return lexicon.Is("outlet_head", Fold(kind)); });
}

bool KnownOutlet(const Schema& schema, std::uint64_t owner, const Mention& m) {
  thread_local FormCache<bool> cache(1 << 16);
  thread_local std::uint64_t cache_owner = 0;
  thread_local std::string key;
  if (cache_owner != owner) {
    cache_owner = owner;
    cache.Clear();
  }
  key.assign(m.entity).append(1, '\x1f').append(m.name);  // (what IsOutlet reads of the mention)
  return cache.Get(key, [&] { return IsOutlet(schema, m); });
}

}  // namespace newsgraph
