// Quantified targets (chỉ tiêu). Filled by the targets stage; see issue 3.
#include "stages.h"

namespace vbtool::internal {

void ExtractTargets(const NormalizedText&, const RuleData&, Document*) {}

}  // namespace vbtool::internal
