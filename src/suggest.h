// "Did you mean ...?" for misspelt names: rule keys, variables, check codes,
// subcommands. Shared by the rule loader, the checks and the CLI.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vbtool::internal {

/// Levenshtein distance between two byte strings.
size_t EditDistance(std::string_view a, std::string_view b);

/// The option closest to `word` when at most `max_edits` edits away, else "".
std::string Closest(std::string_view word, const std::vector<std::string>& options, size_t max_edits = 2);

}  // namespace vbtool::internal
