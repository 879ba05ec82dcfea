// The rules shipped in rules/*.yaml, compiled into the library by
// cmake/embed_rules.cmake so that `vbtool` finds them wherever it runs.
#pragma once
#include <string_view>
#include <vector>

namespace vbtool::internal {

/// One embedded YAML file: its repository-relative name and its text.
struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

/// Every shipped rule file, sorted by name. Thread-safe.
const std::vector<EmbeddedFile>& EmbeddedRuleFiles();

}  // namespace vbtool::internal
