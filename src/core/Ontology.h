// The fixed vocabulary of ../shared/spec/ontology.md: node and edge types and their names.
// Everything that says *how* to find them (cues, names, colours) is data under schema/.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class EntityType { kOfficial, kInstitution, kCountry, kCommunicationLine, kPlace };
inline constexpr std::array kEntityTypes = {EntityType::kOfficial, EntityType::kInstitution,
                                            EntityType::kCountry, EntityType::kCommunicationLine,
                                            EntityType::kPlace};

enum class RelationType {
  kSpokeWith,
  kReported,
  kDenied,
  kDeclinedComment,
  kCites,
  kMemberOf,
  kConnects,
  kOperates,
  kEstablished,
  kUsed,
};
inline constexpr std::array kRelationTypes = {RelationType::kSpokeWith,   RelationType::kReported,
                                              RelationType::kDenied,      RelationType::kDeclinedComment,
                                              RelationType::kCites,       RelationType::kMemberOf,
                                              RelationType::kConnects,    RelationType::kOperates,
                                              RelationType::kEstablished, RelationType::kUsed};

std::string_view Name(EntityType type);
std::string_view Name(RelationType type);
std::optional<EntityType> ParseEntityType(std::string_view name);
std::optional<RelationType> ParseRelationType(std::string_view name);

// spoke_with is the only symmetric relation; its endpoints are stored in a canonical order.
inline bool IsSymmetric(RelationType type) {
  return type == RelationType::kSpokeWith;
}

}  // namespace newsgraph
