#include "core/Ontology.h"

namespace newsgraph {

std::string_view Name(EntityType type) {
  switch (type) {
    case EntityType::kOfficial:
      return "Official";
    case EntityType::kInstitution:
      return "Institution";
    case EntityType::kCountry:
      return "Country";
    case EntityType::kCommunicationLine:
      return "CommunicationLine";
    case EntityType::kPlace:
      return "Place";
  }
  return "";
}

std::string_view Name(RelationType type) {
  switch (type) {
    case RelationType::kSpokeWith:
      return "spoke_with";
    case RelationType::kReported:
      return "reported";
    case RelationType::kDenied:
      return "denied";
    case RelationType::kDeclinedComment:
      return "declined_comment";
    case RelationType::kCites:
      return "cites";
    case RelationType::kMemberOf:
      return "member_of";
    case RelationType::kConnects:
      return "connects";
    case RelationType::kOperates:
      return "operates";
    case RelationType::kEstablished:
      return "established";
    case RelationType::kUsed:
      return "used";
  }
  return "";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (EntityType t : kEntityTypes)
    if (Name(t) == name) return t;
  return std::nullopt;
}

std::optional<RelationType> ParseRelationType(std::string_view name) {
  for (RelationType t : kRelationTypes)
    if (Name(t) == name) return t;
  return std::nullopt;
}

}  // namespace newsgraph
