#include "vbtool/document.h"

#include <fmt/format.h>

#include <array>

namespace vbtool {

const char* FamilyName(Family f) {
  switch (f) {
    case Family::kState: return "state";
    case Family::kNormative: return "normative";
    case Family::kParty: return "party";
    case Family::kUnknown: break;
  }
  return "unknown";
}

namespace {
constexpr std::array<const char*, 7> kRelationNames = {
    "mentions", "basis", "guides", "implements", "amends", "replaces", "repeals"};
}

const char* RelationName(Relation r) { return kRelationNames[static_cast<size_t>(r)]; }

std::optional<Relation> ParseRelation(std::string_view name) {
  for (size_t i = 0; i < kRelationNames.size(); ++i)
    if (name == kRelationNames[i]) return static_cast<Relation>(i);
  return std::nullopt;
}

std::string DocDate::Precision() const {
  if (day > 0) return "day";
  if (month > 0) return "month";
  if (quarter > 0) return "quarter";
  return "year";
}

std::string DocDate::Iso() const {
  if (day > 0) return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (month > 0) return fmt::format("{:04}-{:02}", year, month);
  if (quarter > 0) return fmt::format("{:04}-Q{}", year, quarter);
  return fmt::format("{:04}", year);
}

}  // namespace vbtool
