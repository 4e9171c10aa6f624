// How two nodes compare as names of one entity.
#pragma once

#include <string>

namespace newsgraph {

struct NameMatch {
  enum class Kind {
    kNone,      // nothing in common
    kConflict,  // must never be merged: types, countries, gazetteer entries or given names differ
    kWeak,      // compatible but underspecified (a surname alone, an initial): merged only when unique
    kStrong,    // the same name, or a spelling of it
  };
  Kind kind = Kind::kNone;
  double score = 0;
  std::string reason;
};

}  // namespace newsgraph
