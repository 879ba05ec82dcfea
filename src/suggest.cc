#include "suggest.h"

#include <algorithm>

namespace vbtool::internal {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string Closest(std::string_view word, const std::vector<std::string>& options, size_t max_edits) {
  std::string best;
  size_t best_d = max_edits + 1;
  for (const auto& o : options) {
    size_t d = EditDistance(word, o);
    if (d < best_d) best_d = d, best = o;
  }
  return best;
}

}  // namespace vbtool::internal
