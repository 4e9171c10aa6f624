// What the resolver compares about a node: its keys, computed once.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/Ontology.h"
#include "graph/NodeRecord.h"

namespace newsgraph {

class Gazetteer;

struct NodeProfile {
  std::string id;
  EntityType type = EntityType::kOfficial;
  bool anonymous = false;
  bool from_gazetteer = false;  // the id is a gazetteer entry's: two of them are never one entity
  std::string qualifier;        // the country after '@' in "institution:ministere_defense@russia"
  std::string label;
  std::string label_key;
  std::vector<std::string> keys;                     // NameKey of the label, aliases and gazetteer names
  std::vector<std::vector<std::string>> full_names;  // the keys of two words or more, split into words
  // The letters a to z of each word of full_names, one after the other, one bit each: CompareNames measures
  // no edit distance between words whose letters differ too much.
  std::vector<std::uint32_t> word_letters;
  // What tells most pairs of officials whose given names (the words of full_names before the last) cannot
  // agree apart without comparing the words (MayMatch): the given names' first bytes (a to z one bit each,
  // any other byte bit 26), and the letters that all given names of five bytes or more have and that any has
  // (~0 and 0 when there is none).
  std::uint32_t given_firsts = 0;
  std::uint32_t long_given_all = ~std::uint32_t{0}, long_given_any = 0;

  // `gazetteer` may be null; when the node is a gazetteer entry its names join the node's own. An anonymous
  // source's profile has only its id, type, qualifier and `anonymous`.
  static NodeProfile Of(const NodeRecord& node, const Gazetteer* gazetteer);
};

}  // namespace newsgraph
