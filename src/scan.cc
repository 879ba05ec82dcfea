// Rules read with DFA searches only (see scan.h).
#include "scan.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

namespace vbtool::internal {

namespace {

// The end of the class that opens at p[i] == '[', or npos; npos also for a
// class holding '[' ("[[:alpha:]]"), which the callers need not read.
size_t ClassEnd(const std::string& p, size_t i) {
  ++i;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;  // "[]...]": this ']' is literal
  for (; i < p.size(); ++i) {
    if (p[i] == '[') return std::string::npos;
    if (p[i] == ']') return i;
    if (p[i] == '\\') ++i;
  }
  return std::string::npos;
}

// The end of `re`'s match anchored at `at`: one forward DFA pass
// (SearchBounds runs a reverse one too, for the start).
bool EndAt(const Regex& re, std::string_view text, size_t at, size_t* end) {
  return re.MatchAt(text, at, text.size(), end);
}

// "(?i)", "(?-s)": flags that hold for the rest of the enclosing group.
bool IsFlagGroup(const std::string& p, size_t i) {
  if (p.compare(i, 2, "(?") != 0) return false;
  size_t close = p.find(')', i);
  auto flag = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; };
  return close != std::string::npos && close > i + 2 && std::all_of(p.begin() + i + 2, p.begin() + close, flag);
}

// A pattern cut around one named group at its top level: flags, prefix, body, suffix.
struct GroupSplit {
  std::string flags;  // leading "(?i)", which holds for every part
  std::string prefix, body, suffix;
};

// Conservative: false only when a group's content surely matches at least
// one character (no '*', '?' or "{0" quantifier, no assertion, no empty
// alternative). RE2 reads a loop over what may match empty as a whole, not
// part by part, which the reading of GroupFinder must not meet.
bool MayBeEmpty(std::string_view c) {
  for (size_t i = 0; i < c.size(); ++i) {
    char ch = c[i];
    if (ch == '\\') {
      if (++i < c.size() && std::strchr("bBAz", c[i])) return true;
    } else if (ch == '[') {
      if ((i = ClassEnd(std::string(c), i)) == std::string::npos) return true;
    } else if (ch == '*' || ch == '^' || ch == '$' || (ch == '?' && i > 0 && c[i - 1] != '(') ||
               (ch == '{' && i + 1 < c.size() && c[i + 1] == '0')) {
      return true;
    } else if (ch == '|' && (i == 0 || c[i - 1] == '(' || c[i - 1] == '|' || i + 1 == c.size() || c[i + 1] == ')')) {
      return true;  // an empty alternative
    } else if (ch == ')' && i > 0 && (c[i - 1] == '(' || c[i - 1] == ':')) {
      return true;  // an empty group
    }
  }
  return false;
}

bool IsQuantifier(const std::string& p, size_t i) { return i < p.size() && std::strchr("*+?{", p[i]); }

// Nullopt unless the pattern is a concatenation (no top-level '|') holding
// group `name` at its top level, unquantified, with no flags but leading
// ones, and no loop over what may match empty (nor \Q...\E quoting, which
// this reading does not follow).
std::optional<GroupSplit> SplitAtGroup(const std::string& p, const std::string& name) {
  const std::string open = "(?P<" + name + ">";
  GroupSplit out;
  size_t i = 0;
  if (IsFlagGroup(p, 0)) {
    i = p.find(')') + 1;
    out.flags = p.substr(0, i);
  }
  const size_t first = i;
  size_t group = std::string::npos, close = std::string::npos;
  std::vector<size_t> opens;  // where the enclosing groups open
  for (; i < p.size(); ++i) {
    if (p[i] == '\\') {
      if (++i < p.size() && (p[i] == 'Q' || (std::strchr("bBAz", p[i]) && IsQuantifier(p, i + 1)))) return std::nullopt;
    } else if (p[i] == '[') {
      if ((i = ClassEnd(p, i)) == std::string::npos) return std::nullopt;
    } else if (p[i] == '(') {
      if (opens.empty() && IsFlagGroup(p, i)) return std::nullopt;
      if (opens.empty() && p.compare(i, open.size(), open) == 0) group = i;
      opens.push_back(i);
    } else if (p[i] == ')') {
      if (opens.empty()) return std::nullopt;
      size_t o = opens.back();
      opens.pop_back();
      if (IsQuantifier(p, i + 1) && (o == group || MayBeEmpty(std::string_view(p).substr(o + 1, i - o - 1))))
        return std::nullopt;
      if (o == group) close = i;
    } else if ((p[i] == '^' || p[i] == '$') && IsQuantifier(p, i + 1)) {
      return std::nullopt;
    } else if (p[i] == '|' && opens.empty()) {
      return std::nullopt;
    }
  }
  if (!opens.empty() || close == std::string::npos) return std::nullopt;
  out.prefix = p.substr(first, group - first);
  out.body = p.substr(group + open.size(), close - group - open.size());
  out.suffix = p.substr(close + 1);
  return out;
}

}  // namespace

std::string WithoutGroups(const std::string& p) {
  std::string out;
  for (size_t i = 0; i < p.size(); ++i) {
    size_t class_end = p[i] == '[' ? ClassEnd(p, i) : std::string::npos;
    if (p[i] == '\\' && i + 1 < p.size()) {
      out += p.substr(i++, 2);
    } else if (class_end != std::string::npos) {  // parentheses in a class are characters
      out += p.substr(i, class_end + 1 - i);
      i = class_end;
    } else if (p.compare(i, 4, "(?P<") == 0 && p.find('>', i) != std::string::npos) {
      out += "(?:";
      i = p.find('>', i);
    } else if (p[i] == '(' && (i + 1 == p.size() || p[i + 1] != '?')) {
      out += "(?:";
    } else {
      out += p[i];
    }
  }
  return out;
}

bool LooksBehind(const std::string& p) {
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\' && i + 1 < p.size()) {
      if (std::strchr("bBA", p[++i])) return true;
    } else if (p[i] == '[') {
      if ((i = ClassEnd(p, i)) == std::string::npos) return true;  // a class not read: maybe
    } else if (p[i] == '^') {
      return true;
    }
  }
  return false;
}

std::unique_ptr<GroupFinder> GroupFinder::Of(const PatternRule& rule, const std::string& name) {
  auto split = SplitAtGroup(rule.pattern, name);
  if (!split) return nullptr;
  auto f = std::make_unique<GroupFinder>();
  const std::string& b = split->body;
  size_t class_end = b.empty() || b[0] != '[' ? std::string::npos : ClassEnd(b, 0);
  std::string rest = class_end == std::string::npos ? "" : b.substr(class_end + 1);
  f->lazy_class_ = rest == "+?" || rest == "*?";
  f->at_least_one_ = rest == "+?";
  auto compile = [&](const std::string& part) {
    return Regex::Compile(WithoutGroups(split->flags + "(?:" + part + ")"));
  };
  auto body = compile(f->lazy_class_ ? b.substr(0, class_end + 1) + "+" : b);  // a class: its whole run
  auto suffix = compile(split->suffix);
  if (!body.ok() || !suffix.ok()) return nullptr;
  f->body_ = *body, f->suffix_ = *suffix;
  if (!split->prefix.empty()) {
    auto prefix = compile(split->prefix);
    if (!prefix.ok()) return nullptr;
    f->prefix_ = *prefix;
  }
  return f;
}

GroupFinder::Found GroupFinder::Find(std::string_view text, size_t from, size_t* begin, size_t* end,
                                     size_t* match_end) const {
  size_t b, e, x = from;
  if (prefix_) {  // every match starts with a prefix match
    if (!EndAt(*prefix_, text, from, &e)) return kNone;
    x = e;
  }
  if (!EndAt(*body_, text, x, &e)) {
    // Without a prefix, every match starts with a body match at x.
    if (!lazy_class_ || at_least_one_) return prefix_ ? kUnsure : kNone;
    e = x;  // "[...]*?" may be empty
  }
  if (lazy_class_) {  // the first place after x where the suffix matches, within the class's run
    size_t run_end = e;
    if (!suffix_->SearchBounds(text, at_least_one_ ? x + 1 : x, text.size(), &b, &e) || b > run_end ||
        (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80))
      return kUnsure;
  } else {
    b = e;
    if (!EndAt(*suffix_, text, b, &e)) return kUnsure;
  }
  // The suffix's preferred match from the group's end ends the whole match.
  *begin = x, *end = b;
  if (match_end) *match_end = e;
  return kFound;
}

JointScan::JointScan(std::vector<Lane> lanes) : lanes_(std::move(lanes)) {
  std::string joined;
  auto set = std::make_unique<RegexSet>(/*anchored=*/true);
  for (size_t k = 0; k < lanes_.size(); ++k) {
    for (size_t i = 0; i < lanes_[k].count; ++i) {
      const std::string& p = lanes_[k].rules[i].pattern;
      joined += (joined.empty() ? "(?:" : "|(?:") + WithoutGroups(p) + ")";
      if (!set->Add(p).ok()) return;
      owner_.push_back({k, i});
      exact_ = exact_ && !LooksBehind(p);
      finders_.push_back(lanes_[k].captures ? OneGroupFinder(lanes_[k].rules[i]) : nullptr);
    }
  }
  if (owner_.empty() || !set->Compile()) return;
  auto any = Regex::Compile(joined);
  if (!any.ok()) return;
  any_ = *any;
  set_ = std::move(set);
}

std::vector<std::vector<Section::RuleHit>> JointScan::Scan(std::string_view text) const {
  std::vector<std::vector<Section::RuleHit>> hits(lanes_.size());
  std::vector<size_t> cursor(lanes_.size(), 0);  // where each lane's own scan goes on
  size_t s, e;
  for (size_t from = 0; from <= text.size() && any_->SearchBounds(text, from, text.size(), &s, &e); from = s + 1) {
    std::vector<int> matching = set_->Match(text.substr(s));
    for (size_t j = 0; j < matching.size(); ++j) {
      auto [k, i] = owner_[matching[j]];
      if (cursor[k] > s) continue;  // inside the lane's previous hit, or taken at s
      Hit h;
      // The joined pattern's match at s is its first alternative's: when
      // the set is exact, that is the first rule the set names.
      if (j == 0 && exact_ && !lanes_[k].captures) {
        h.begin = s, h.end = e;
      } else if (!LaneHit(lanes_[k], lanes_[k].rules[i], finders_[matching[j]].get(), text, s, &h)) {
        continue;
      }
      size_t next = std::max(h.end, s + 1);
      while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
      cursor[k] = next;
      hits[k].push_back({static_cast<int>(i), std::move(h)});
    }
  }
  return hits;
}

// For a rule with one capture group, named: that group without NFA.
std::unique_ptr<GroupFinder> JointScan::OneGroupFinder(const PatternRule& r) {
  const auto& names = r.re->GroupNames();
  return r.re->GroupCount() == 1 && names.size() == 1 ? GroupFinder::Of(r, names.begin()->first) : nullptr;
}

// The rule's match at `s` (the set says it matches there, with the text's
// end as context; the search checks it with the text before `s` too).
bool JointScan::LaneHit(const Lane& lane, const PatternRule& r, const GroupFinder* finder, std::string_view text,
                        size_t s, Hit* h) {
  if (!lane.captures) {  // the span only, DFA only
    h->begin = s;
    return EndAt(*r.re, text, s, &h->end);
  }
  size_t gb, ge;
  switch (finder ? finder->Find(text, s, &gb, &ge, &h->end) : GroupFinder::kUnsure) {
    case GroupFinder::kNone:
      return false;
    case GroupFinder::kFound:
      h->begin = s;
      h->groups = {{Hit::npos, Hit::npos}, {gb, ge}};
      return true;
    case GroupFinder::kUnsure:
      break;
  }
  return r.re->Search(text, s, text.size(), true, h);
}

}  // namespace vbtool::internal
