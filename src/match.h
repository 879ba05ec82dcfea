// Regular expressions for rules: a thin seam over RE2 (linear time, so a
// user's rule cannot hang the tool). Only match.cc includes RE2.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vbtool/status.h"

namespace vbtool::internal {

/// One match: the whole span and each capture group's span in the searched
/// text. Unset groups have begin == end == npos.
struct Hit {
  static constexpr size_t npos = std::string_view::npos;
  size_t begin = 0;
  size_t end = 0;
  std::vector<std::pair<size_t, size_t>> groups;  ///< index 0 unused (whole match)
  bool has(int g) const { return g > 0 && g < (int)groups.size() && groups[g].first != npos; }
};

/// A compiled, immutable, thread-safe regular expression.
class Regex {
 public:
  ~Regex();
  /// Compiles `pattern` (RE2 syntax). On error, the message is RE2's.
  static Result<std::shared_ptr<const Regex>> Compile(const std::string& pattern);

  /// First match starting at or after `from` and ending before `to`.
  /// With `anchored`, the match must start exactly at `from`.
  bool Search(std::string_view text, size_t from, size_t to, bool anchored, Hit* hit) const;
  /// Search(text, from, to, true, hit) for a span known (or nearly) to start
  /// a match: RE2 is shown one byte of context on each side (all that ^, $,
  /// \b and \B read, so the result is the same), and on so short a text it
  /// takes the captures with its one-pass or backtracking engine at once,
  /// without the DFA pass it otherwise runs first to find the match.
  bool SearchSpan(std::string_view text, size_t from, size_t to, Hit* hit) const;
  /// Like Search() but only the bounds of the match (DFA only: fastest).
  bool SearchBounds(std::string_view text, size_t from, size_t to, size_t* begin, size_t* end) const;
  /// Whether a match starts exactly at `at` and ends by `to`; `end` (if not
  /// null) gets its end. One forward DFA pass, which SearchBounds follows
  /// with a reverse one for the start; without `end` it stops at the first
  /// match state.
  bool MatchAt(std::string_view text, size_t at, size_t to, size_t* end = nullptr) const;
  /// Every non-overlapping match in text[from, to).
  std::vector<Hit> FindAll(std::string_view text, size_t from = 0, size_t to = std::string_view::npos) const;
  /// Index of the named group, or -1.
  int Group(const std::string& name) const;
  /// The named group's text in `text`, or empty view when unset.
  std::string_view GroupText(std::string_view text, const Hit& hit, const std::string& name) const;
  const std::map<std::string, int>& GroupNames() const { return names_; }
  /// Number of capturing groups.
  int GroupCount() const { return ngroups_; }
  const std::string& pattern() const { return pattern_; }

 private:
  Regex() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::map<std::string, int> names_;
  std::string pattern_;
  int ngroups_ = 0;
};

/// Many patterns searched together: which of them match anywhere.
class RegexSet {
 public:
  /// With `anchored`, patterns must match at the start of the text given to Match().
  explicit RegexSet(bool anchored = false);
  ~RegexSet();
  /// Adds a pattern; returns its index or an error message.
  Result<int> Add(const std::string& pattern);
  /// REQUIRES: called once after all Add().
  bool Compile();
  /// Indices of patterns that match somewhere in `text`, ascending.
  std::vector<int> Match(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Escapes `s` so that it matches literally.
std::string QuoteRegex(std::string_view s);

}  // namespace vbtool::internal
