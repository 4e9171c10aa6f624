// How two nodes compare as names of one entity.
#pragma once

#include <string_view>

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
  // A fixed text (a literal): the resolver makes tens of thousands of matches, most of them conflicts, and
  // reads no reason.
  std::string_view reason;
};

}  // namespace newsgraph
