// Rules read with DFA searches only: generic over any rule set (they read
// the rules' patterns, never their words). RE2 takes the captures of a large
// rule with its NFA, ten to a hundred times slower than its DFA; these read
// the same spans with DFA searches where a rule's shape allows, and say when
// it does not (the caller then asks Regex::Search). Used by the reference
// stage for citations' issuer and type phrases and for its full-text scans.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "match.h"
#include "rule_data.h"

namespace vbtool::internal {

/// `p` with every group made non-capturing: rules reuse group names (RE2
/// rejects an alternation that repeats one), and RE2 matches a pattern
/// without groups with its DFA alone.
std::string WithoutGroups(const std::string& p);

/// True when `p` may look at what precedes its match (^, \A, \b or \B
/// outside a class): then an anchored set run on text.substr(s) can disagree
/// with a search that sees the text before s.
bool LooksBehind(const std::string& p);

// One named group of a rule found with DFA searches only. RE2 takes the
// captures of a rule over 512 instructions with its NFA: for issuer_after
// (its stop words) ~1.7K instructions a byte. But with the leftmost-first
// (Perl) preferences of RE2, for a rule "prefix (?P<g>body) suffix":
//  - the group starts where the prefix's preferred match ends, provided the
//    rest can follow there;
//  - a lazy class body ("[^;,.]+?") ends at the first place after that start
//    where the suffix matches, provided the class runs that far;
//  - another body ends where its own preferred match ends, provided the
//    suffix matches there.
// When a proviso fails, a less preferred parse may still match: kUnsure,
// and the caller asks Regex::Search for the captures.
class GroupFinder {
 public:
  enum Found { kNone, kFound, kUnsure };

  /// Null when the rule has no such shape, or a part does not compile.
  static std::unique_ptr<GroupFinder> Of(const PatternRule& rule, const std::string& name);

  /// The group's span in the rule's match anchored at `from`, and that match's end.
  Found Find(std::string_view text, size_t from, size_t* begin, size_t* end, size_t* match_end = nullptr) const;

 private:
  std::shared_ptr<const Regex> prefix_, body_, suffix_;  // without groups; prefix_ null when empty
  bool lazy_class_ = false, at_least_one_ = false;
};

// Several full-text scans in ONE pass over the text. Each lane is a run of
// rules scanned the way Section::Scan (or Regex::FindAll, for one rule) does
// it: leftmost-first, non-overlapping. One alternation of every lane's rules
// finds, DFA only, each place where some rule matches; an anchored set of all
// the rules tells which match there; a lane whose previous hit has ended takes
// its first matching rule there. So each lane gets exactly the hits of its own
// scan, for the price of one DFA pass instead of one per lane.
class JointScan {
 public:
  struct Lane {
    const PatternRule* rules;  ///< `count` consecutive rules
    size_t count;
    bool captures;  ///< fill Hit::groups; else only the span is wanted
  };
  explicit JointScan(std::vector<Lane> lanes);
  /// False when the joined pattern or the set did not compile (too large):
  /// then the lanes are scanned one by one.
  bool ok() const { return set_ != nullptr; }

  /// Per lane, its (rule, hit) pairs in text order.
  std::vector<std::vector<Section::RuleHit>> Scan(std::string_view text) const;

 private:
  static std::unique_ptr<GroupFinder> OneGroupFinder(const PatternRule& r);
  static bool LaneHit(const Lane& lane, const PatternRule& r, const GroupFinder* finder, std::string_view text,
                      size_t s, Hit* h);

  std::vector<Lane> lanes_;
  std::vector<std::pair<size_t, size_t>> owner_;       // set index -> lane, rule in lane
  std::vector<std::unique_ptr<GroupFinder>> finders_;  // per set index; null: Search() for captures
  bool exact_ = true;  // no rule looks behind its start: the set names exactly the rules matching at s
  std::shared_ptr<const Regex> any_;
  std::unique_ptr<RegexSet> set_;
};

}  // namespace vbtool::internal
