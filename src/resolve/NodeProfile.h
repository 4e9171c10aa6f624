// What the resolver compares about a node: its keys, computed once. The id, qualifier and label are views
// into the node's strings: the NodeRecord must outlive its profile (copying them was a tenth of profiling).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/Ontology.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

class Gazetteer;

struct NodeProfile {
  std::string_view id;
  EntityType type = EntityType::kOfficial;
  bool anonymous = false;
  bool from_gazetteer = false;  // the id is a gazetteer entry's: two of them are never one entity
  std::string_view qualifier;   // the country after '@' in "institution:ministere_defense@russia"
  std::string_view label;
  std::string label_key;
  std::vector<std::string> keys;  // NameKey of the label, aliases and gazetteer names
  // An official's keys of two words or more, split into words (CompareNames reads the names of the other
  // types whole: theirs stay empty).
  std::vector<std::vector<std::string>> full_names;
  // The letters a to z of each word of full_names, one after the other, one bit each: CompareNames measures
  // no edit distance between words whose letters differ too much.
  std::vector<std::uint32_t> word_letters;
  // Masks of the given names (the words of full_names before the last), from which GivenNamesMayAgree tells
  // most pairs of officials whose given names cannot agree apart without comparing the words.
  struct GivenNames {
    std::uint32_t firsts = 0;    // their first bytes: a to z one bit each, any other byte bit 26
    std::uint32_t initials = 0;  // the first bytes of those of one byte
    // The letters that all given names of two to four bytes have and that any has (~0 and 0 when there is
    // none); the same for those of five bytes or more, with the edits allowed to the longest of them.
    std::uint32_t short_all = ~std::uint32_t{0}, short_any = 0;
    std::uint32_t long_all = ~std::uint32_t{0}, long_any = 0;
    std::uint32_t long_edits = 0;
  };
  GivenNames given;

  // `gazetteer` may be null; when the node is a gazetteer entry its names join the node's own. An anonymous
  // source's profile has only its id, type, qualifier and `anonymous`.
  static NodeProfile Of(const NodeRecord& node, const Gazetteer* gazetteer) {
    NodeProfile p;
    p.Fill(node, gazetteer);
    return p;
  }
  // The same into this profile, a default one (the resolver's vector of profiles is filled in place: moving
  // a profile into it cost about as much as a fifth of making it).
  void Fill(const NodeRecord& node, const Gazetteer* gazetteer);
};

}  // namespace newsgraph
