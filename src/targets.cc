// Quantified targets (chỉ tiêu): "Phấn đấu đến năm 2030, tỉ lệ tham gia bảo
// hiểm y tế đạt trên 95% dân số" → {indicator "tỉ lệ tham gia bảo hiểm y tế",
// comparator ">", value 95, unit "%", year 2030, scope "dân số"}.
//
// All vocabulary comes from the `targets` section of the rules (see
// rules/targets.yaml for the kinds). The stage:
//  1. finds value candidates (digits and number words) with one linear scan
//     per value rule, so only sentences holding a number are looked at;
//  2. reads each candidate: the number, then a unit right after it (or a
//     range "5-7%", or a scale word "1,5 triệu người"), then the comparator
//     in a window that ends at the value, "trở lên" after it, the base
//     ("dân số") and "/vạn dân";
//  3. drops values vetoed by a not_target span and clauses that report the
//     past (a statistic cue, or an explicit year before the document's own
//     year) unless the sentence sets a goal ("phấn đấu", "mục tiêu");
//  4. gives each target a deadline: the nearest in its clause (split at ';'),
//     else in its sentence, else one given before a ':' earlier on the same
//     line ("... cần đạt được đến năm 2030 là: ..."), else a "đến năm" of an
//     earlier sentence of the same paragraph, else the deadline of the
//     lead-in line above ("b) Giai đoạn 2026 - 2030:") until the next
//     numbered heading or lead-in line.
//
// Periods: "2026-2030" (range), "2024-Q4" (quarter), "2024-06" or
// "2024-06-30" (month/day), "2025-" (from 2025 on), "" for a plain year.
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <span>
#include <unordered_map>

#include "stages.h"

namespace vbtool::internal {

namespace {

constexpr size_t kComparatorWindow = 120;  // bytes searched before a value for its comparator
constexpr size_t kIndicatorWords = 14;     // longest indicator phrase, in words

// Whether the letter at t[i] is a lower-case one.
bool LowerStart(std::string_view t, size_t i) {
  if (i >= t.size()) return false;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), k, static_cast<int32_t>(t.size()), c);
  return c > 0 && u_islower(c);
}

// Whether the line break at t[nl] is a hard wrap: the next line goes on in
// lower case ("100% trẻ" / "em trong cơ sở giáo dục mầm non ...").
// Also a number going on a line left open by a lower-case word ("... khoảng"
// / "180 trạm, trong đó ..."); a number opening an item ("1.", "2)") is none.
bool SoftWrapAt(std::string_view t, size_t nl) {
  size_t n = nl + 1;
  while (n < t.size() && (t[n] == ' ' || t[n] == '\t')) ++n;
  if (LowerStart(t, n)) return true;
  size_t d = n;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d == n || d >= t.size() || (t[d] != ' ' && t[d] != '%' && t[d] != ',')) return false;
  size_t p = nl;
  while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t' || t[p - 1] == '\r')) --p;
  if (p == 0) return false;
  --p;
  while (p > 0 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;  // the last letter's first byte
  return LowerStart(t, p);
}

// Roles of number words ("hai mươi lăm": digit, tens, tail).
enum class Role { kNone, kDigit, kTail, kTen, kTens, kHundred, kScale, kFiller, kOther };

Role ParseRole(const std::string& r) {
  static const std::pair<const char*, Role> roles[] = {
      {"digit", Role::kDigit},     {"tail", Role::kTail},   {"ten", Role::kTen},      {"tens", Role::kTens},
      {"hundred", Role::kHundred}, {"scale", Role::kScale}, {"filler", Role::kFiller}};
  for (const auto& [name, role] : roles)
    if (r == name) return role;
  return Role::kOther;
}

// A rule with what the loops need of it, looked up once per RuleData
// (attributes and capture names are std::map lookups by string).
struct Rule {
  const PatternRule* p = nullptr;
  const Regex* re = nullptr;
  int group = -1;                     // the kind's capture: num, unit, per or scope (-1: none)
  int words = -1;                     // value: the number-words capture
  bool whole = false;                 // value: the num capture is the whole pattern, so the whole match
  double value = 0;                   // number_word: what the word is worth
  Role role = Role::kNone;            // number_word
  const std::string* attr = nullptr;  // comparator(_after): comparator; unit: unit; deadline: period
  bool needs_comparator = false;      // unit: a target only with a comparator
};

struct Kind {
  std::vector<Rule> rules;
  std::shared_ptr<const Regex> joined;  // the rules as one alternation, for scans (several rules only)
  std::unique_ptr<RegexSet> anywhere;   // the rules as an unanchored set: which occur in a text
  bool empty() const { return rules.empty(); }
};

// The targets rules sorted by kind: built once per RuleData (RuleData::Derived).
struct Kinds {
  explicit Kinds(const RuleData& rules);
  // What may follow a number: the unit, number_word and percent_base rules in
  // one anchored set (one pass instead of three); null if it does not build.
  std::unique_ptr<RegexSet> after_number;
  std::vector<std::pair<const Kind*, int>> after_number_rules;  // set index → kind, rule index
  Kind value, number_word, unit, unit_per, percent_base, comparator, comparator_after, range, deadline, not_deadline,
      scope, baseline, indicator, statistic, forward, not_target, heading;
};

// Whether capture `name` is the whole pattern: "(?P<name>...)". The inside
// must then parse alone (a group that closed earlier would leave a stray ')').
bool WholeCapture(const std::string& pattern, const std::string& name) {
  std::string open = "(?P<" + name + ">";
  if (pattern.size() <= open.size() || pattern.compare(0, open.size(), open) != 0 || pattern.back() != ')')
    return false;
  return Regex::Compile(pattern.substr(open.size(), pattern.size() - open.size() - 1)).ok();
}

// The rule's facts for its kind (see rules/targets.yaml for the keys).
Rule Facts(const PatternRule& p, const std::string& kind) {
  Rule r{&p, p.re.get()};
  static const std::pair<const char*, const char*> captures[] = {
      {"value", "num"}, {"unit", "unit"}, {"unit_per", "per"}, {"scope", "scope"}};
  for (const auto& [k, name] : captures)
    if (kind == k) r.group = r.re->Group(name);
  static const std::pair<const char*, const char*> attrs[] = {
      {"comparator", "comparator"}, {"comparator_after", "comparator"}, {"unit", "unit"}, {"deadline", "period"}};
  for (const auto& [k, name] : attrs)
    if (kind == k) r.attr = &p.attr(name);
  if (kind == "value") {
    r.words = r.re->Group("words");
    r.whole = WholeCapture(p.pattern, "num");
  }
  if (kind == "unit") r.needs_comparator = p.attr("needs") == "comparator";
  if (kind == "number_word") {
    r.value = std::atof(p.attr("value").c_str());
    r.role = ParseRole(p.attr("role"));
  }
  return r;
}

// The rules as one alternation, earlier rules first (so they win at the same
// start); null when they do not compile together (two captures of one name).
std::shared_ptr<const Regex> Join(const std::vector<Rule>& rules) {
  if (rules.size() < 2) return nullptr;
  std::string joined;
  for (const Rule& r : rules) joined += (joined.empty() ? "(?:" : "|(?:") + r.p->pattern + ")";
  auto re = Regex::Compile(joined);
  return re.ok() ? *re : nullptr;
}

// The rules as an unanchored set; null when they do not build.
std::unique_ptr<RegexSet> Anywhere(const std::vector<Rule>& rules) {
  auto set = std::make_unique<RegexSet>(/*anchored=*/false);
  for (const Rule& r : rules)
    if (!set->Add(r.p->pattern).ok()) return nullptr;
  return set->Compile() ? std::move(set) : nullptr;
}

Kinds::Kinds(const RuleData& rules) {
  const std::pair<const char*, Kind*> table[] = {{"value", &value},
                                                 {"number_word", &number_word},
                                                 {"unit", &unit},
                                                 {"unit_per", &unit_per},
                                                 {"percent_base", &percent_base},
                                                 {"comparator", &comparator},
                                                 {"comparator_after", &comparator_after},
                                                 {"range", &range},
                                                 {"deadline", &deadline},
                                                 {"not_deadline", &not_deadline},
                                                 {"scope", &scope},
                                                 {"baseline", &baseline},
                                                 {"indicator", &indicator},
                                                 {"statistic", &statistic},
                                                 {"forward", &forward},
                                                 {"not_target", &not_target},
                                                 {"heading", &heading}};
  for (const PatternRule& r : rules.rules("targets")) {
    const std::string& kind = r.attr("kind");
    for (const auto& [name, list] : table)
      if (kind == name) list->rules.push_back(Facts(r, kind));
  }
  for (Kind* kind : {&value, &not_target, &not_deadline}) kind->joined = Join(kind->rules);
  deadline.anywhere = Anywhere(deadline.rules);
  after_number = std::make_unique<RegexSet>(/*anchored=*/true);
  for (const Kind* kind : {&unit, &number_word, &percent_base}) {
    for (size_t i = 0; i < kind->rules.size(); ++i) {
      if (!after_number->Add(kind->rules[i].p->pattern).ok()) {
        after_number.reset();
        return;
      }
      after_number_rules.push_back({kind, static_cast<int>(i)});
    }
  }
  if (!after_number->Compile()) after_number.reset();
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHSpace(char c) { return c == ' ' || c == '\t'; }

size_t SkipHSpace(std::string_view t, size_t p, size_t end) {
  while (p < end && IsHSpace(t[p])) ++p;
  return p;
}

// Steps back to the start of a UTF-8 sequence.
size_t CharStart(std::string_view t, size_t p) {
  while (p > 0 && p < t.size() && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
  return p;
}

// "12,5" → 12.5; "1.000.000" → 1e6; "2.5" → 2.5 (a dot before other than
// three digits is a decimal point).
double ParseDigits(std::string_view s) {
  char buffer[64];  // numbers are short: no allocation
  std::string clean;
  char* out = s.size() < sizeof buffer ? buffer : (clean.resize(s.size() + 1), clean.data());
  char* p = out;
  bool has_comma = s.find(',') != std::string_view::npos;
  bool dots_are_thousands = true;
  if (!has_comma) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] != '.') continue;
      size_t j = i + 1;
      while (j < s.size() && IsDigit(s[j])) ++j;
      if (j - i - 1 != 3) dots_are_thousands = false;
    }
  }
  for (char c : s) {
    if (c == ',')
      *p++ = '.';
    else if (c == '.') {
      if (!has_comma && !dots_are_thousands) *p++ = '.';
    } else
      *p++ = c;
  }
  *p = '\0';
  return std::strtod(out, nullptr);
}

// The longest anchored match of any rule of `kind` at `pos` (text limited to `end`).
struct Found {
  const Rule* rule = nullptr;
  Hit hit;
};

// `only`: the rules (indices) an anchored set pass found may match at `pos`;
// all of them when null.
Found Longest(const Kind& kind, std::string_view t, size_t pos, size_t end, const std::vector<int>* only = nullptr) {
  Found best;
  auto consider = [&](const Rule& r) {
    Hit h;
    if (r.re->Search(t, pos, end, true, &h) && (!best.rule || h.end > best.hit.end)) best = {&r, std::move(h)};
  };
  if (only) {
    for (int i : *only) consider(kind.rules[i]);
  } else {
    for (const Rule& r : kind.rules) consider(r);
  }
  return best;
}

// The hits Section::Scan gives for some rules in t[from, to) (leftmost first;
// at one start the earlier rule wins; non-overlapping), bounds first: the
// rules' joined alternation finds each hit with a DFA-only search, and only
// the caller that needs captures asks for them, read on the match alone.
// Section::Scan instead runs a set pass and a capture search over the rest
// of the text for every hit.
class BoundsScan {
 public:
  BoundsScan(const Kind& kind, std::string_view t, size_t from, size_t to)
      : BoundsScan(kind.rules, kind.joined.get(), t, from, to) {}
  // `joined`: the rules as one alternation, or null (then one search per rule).
  BoundsScan(std::span<const Rule> rules, const Regex* joined, std::string_view t, size_t from, size_t to)
      : rules_(rules), joined_(joined), t_(t), from_(from), to_(std::min(to, t.size())), next_(rules.size()) {
    if (!joined_ && rules_.size() == 1) joined_ = rules_[0].re;
  }

  // The next hit's bounds; false at the end.
  bool Next(size_t* b, size_t* e) {
    if (from_ > to_) return false;
    if (!(joined_ ? joined_->SearchBounds(t_, from_, to_, &b_, &e_) : NextOfEach())) return false;
    from_ = e_ > b_ ? e_ : e_ + 1;
    while (from_ < t_.size() && (static_cast<unsigned char>(t_[from_]) & 0xC0) == 0x80) ++from_;
    *b = b_;
    *e = e_;
    return true;
  }

  // The rule of the last hit when known without captures (no joined pattern).
  const Rule* rule() const { return rule_ < rules_.size() ? &rules_[rule_] : nullptr; }

  // The rule of the last hit and its captures: the first rule that matches
  // there is the alternative that won, and a match is the same in any text
  // that still holds it.
  const Rule* Captures(Hit* h) const {
    if (rule_ < rules_.size()) return rules_[rule_].re->SearchSpan(t_, b_, e_, h) ? &rules_[rule_] : nullptr;
    for (const Rule& r : rules_)
      if (r.re->SearchSpan(t_, b_, e_, h)) return &r;
    return nullptr;
  }

 private:
  // Without a joined pattern: each rule keeps its next match, and the earliest wins.
  bool NextOfEach() {
    rule_ = rules_.size();
    for (size_t i = 0; i < rules_.size(); ++i) {
      Match& m = next_[i];
      // A match found from an earlier point is still the first one from here
      // if it starts here or later; no match then means none now.
      if (!m.searched || (m.found && m.b < from_)) {
        m.found = rules_[i].re->SearchBounds(t_, from_, to_, &m.b, &m.e);
        m.searched = true;
      }
      if (m.found && (rule_ == rules_.size() || m.b < next_[rule_].b)) rule_ = i;
    }
    if (rule_ == rules_.size()) return false;
    b_ = next_[rule_].b;
    e_ = next_[rule_].e;
    return true;
  }

  struct Match {
    bool searched = false, found = false;
    size_t b = 0, e = 0;
  };
  std::span<const Rule> rules_;
  const Regex* joined_;
  std::string_view t_;
  size_t from_, to_;
  std::vector<Match> next_;
  size_t rule_ = SIZE_MAX;  // the last hit's rule, when known without captures
  size_t b_ = 0, e_ = 0;
};

// Results of anchored searches on t[b, e), kept by what they depend on: the
// bytes of t[b, e) and one byte on each side (all that ^, $ and \b read).
// Numbers repeat in a document ("năm", "tư", years): each is searched once.
template <class V>
class MatchMemo {
 public:
  template <class F>
  V& Get(std::string_view t, size_t b, size_t e, F compute) {
    std::string key;
    key.reserve(e - b + 4);
    key += b == 0 ? '\0' : '\1';
    key += b == 0 ? '\0' : t[b - 1];
    key.append(t.substr(b, e - b));
    key += e == t.size() ? '\0' : '\1';
    key += e == t.size() ? '\0' : t[e];
    auto it = memo_.find(key);
    if (it == memo_.end()) it = memo_.emplace(std::move(key), compute()).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, V> memo_;
};

// The text of the rule's capture `g` in a hit.
std::string_view Capture(std::string_view t, const Hit& h, int g) {
  return h.has(g) ? t.substr(h.groups[g].first, h.groups[g].second - h.groups[g].first) : std::string_view();
}

// The unit, number_word and percent_base rules that may match at a point
// (rule indices per kind), from one pass of the anchored set of what may
// follow a number; unknown (then every rule may) without the set.
struct Followers {
  bool known = false;
  std::vector<int> unit, number_word, percent_base;

  const std::vector<int>* of(const Kinds& k, const Kind& kind) const {
    if (!known) return nullptr;
    return &kind == &k.unit ? &unit : &kind == &k.number_word ? &number_word : &percent_base;
  }
};

Followers FollowersAt(const Kinds& k, std::string_view t, size_t pos, size_t end) {
  Followers f;
  if (!k.after_number || pos > end) return f;
  f.known = true;
  for (int i : k.after_number->Match(t.substr(pos, end - pos))) {
    const auto& [kind, rule] = k.after_number_rules[i];
    (kind == &k.unit ? f.unit : kind == &k.number_word ? f.number_word : f.percent_base).push_back(rule);
  }
  return f;
}

// Number words: "hai mươi lăm" → 25, "một trăm linh năm" → 105, "ba nghìn" → 3000.
struct Word {
  double value;
  Role role;
};

std::optional<double> ReadWords(const std::vector<Word>& w, size_t from) {
  double total = 0, group = 0;
  int digit = -1;
  Role prev = Role::kNone;
  for (size_t i = from; i < w.size(); ++i) {
    Role role = w[i].role;
    if (role == Role::kDigit || role == Role::kTail) {
      if (digit >= 0) return std::nullopt;
      if (role == Role::kTail && prev != Role::kTen && prev != Role::kTens) return std::nullopt;
      digit = static_cast<int>(w[i].value);
    } else if (role == Role::kTen) {
      if (digit >= 0) return std::nullopt;
      group += 10;
    } else if (role == Role::kTens) {
      if (digit < 0) return std::nullopt;
      group += digit * 10;
      digit = -1;
    } else if (role == Role::kHundred) {
      group += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (role == Role::kScale) {
      double n = group + std::max(digit, 0);
      if (n == 0 && total > 0)
        total *= w[i].value;
      else
        total += (n == 0 ? 1 : n) * w[i].value;
      group = 0;
      digit = -1;
    } else if (role != Role::kFiller) {
      return std::nullopt;
    }
    prev = role;
  }
  if (prev == Role::kFiller) return std::nullopt;
  return total + group + std::max(digit, 0);
}

// A value with its unit and comparator, before sentence-level checks.
struct Quantity {
  size_t begin = 0;  // comparator or value start
  size_t value_begin = 0;
  size_t value_end = 0;
  size_t unit_begin = 0;
  size_t end = 0;  // after unit, "/vạn dân", "trở lên"
  double value = 0;
  std::optional<double> value_max;
  std::string unit;
  std::string comparator;
  std::string scope;
  size_t scope_end = 0;
  bool missing_percent = false;
};

struct Reader {
  std::string_view t;
  const Kinds& k;

  // Parses a number starting at `pos` (digits or words). Returns its value,
  // start and end; words that do not form a number are dropped from the left.
  bool Number(size_t pos, size_t end, double* value, size_t* b, size_t* e, bool* words) const {
    for (const Rule& r : k.value.rules) {
      Hit h;
      if (!r.re->Search(t, pos, end, true, &h)) continue;
      if (h.has(r.group)) return Value(h.groups[r.group].first, h.groups[r.group].second, false, value, b, e, words);
      if (h.has(r.words)) return Value(h.groups[r.words].first, h.groups[r.words].second, true, value, b, e, words);
    }
    return false;
  }

  // The number of a value rule's capture t[cb, ce): digits, or number words when `in_words`.
  bool Value(size_t cb, size_t ce, bool in_words, double* value, size_t* b, size_t* e, bool* words) const {
    if (in_words) return ReadWordsAt(cb, ce, value, b, e, words);
    *b = cb;
    *e = ce;
    *value = ParseDigits(t.substr(cb, ce - cb));
    *words = false;
    return true;
  }

  bool ReadWordsAt(size_t wb, size_t we, double* value, size_t* b, size_t* e, bool* words) const {
    std::vector<Word> list;
    std::vector<size_t> starts;
    size_t p = wb;
    while (p < we) {
      Found f = Longest(k.number_word, t, p, we, FollowersAt(k, t, p, we).of(k, k.number_word));
      if (!f.rule) return false;
      starts.push_back(p);
      list.push_back({f.rule->value, f.rule->role});
      p = SkipHSpace(t, f.hit.end, we);
    }
    for (size_t from = 0; from < list.size(); ++from) {
      if (auto v = ReadWords(list, from)) {
        *value = *v;
        *b = starts[from];
        *e = we;
        *words = true;
        return true;
      }
    }
    return false;
  }

  // The unit right at `pos`; sets unit text and whether it needs a comparator.
  Found Unit(size_t pos, size_t end) const {
    return Longest(k.unit, t, pos, end, FollowersAt(k, t, pos, end).of(k, k.unit));
  }

  std::string UnitName(const Found& u) const {
    if (!u.rule->attr->empty()) return *u.rule->attr;
    std::string_view s = Capture(t, u.hit, u.rule->group);
    // Keep acronyms (USD, TTYT); lower-case words ("Trạm Y tế" → "trạm y tế").
    bool has_lower = false;
    for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
      UChar32 c;
      U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
      if (u_islower(c)) has_lower = true;
    }
    return has_lower ? FoldCase(s) : std::string(s);
  }
};

struct DeadlineHit {
  size_t begin = 0, end = 0;
  int year = 0;
  std::string period;
  std::string type;  // by, within, range, quarter, month, from
};

int RomanQuarter(std::string_view q) {
  if (q == "I" || q == "1") return 1;
  if (q == "II" || q == "2") return 2;
  if (q == "III" || q == "3") return 3;
  if (q == "IV" || q == "4") return 4;
  return 0;
}

struct Span {
  size_t begin, end;
};

bool Overlaps(const std::vector<Span>& spans, size_t b, size_t e) {
  for (const Span& s : spans)
    if (s.begin < e && b < s.end) return true;
  return false;
}

// Spans of a kind's rules in t[b, e), in one pass over the text.
std::vector<Span> FindSpans(const Kind& kind, std::string_view t, size_t b, size_t e) {
  std::vector<Span> out;
  BoundsScan scan(kind, t, b, e);
  size_t hb, he;
  while (scan.Next(&hb, &he))
    if (BoundaryBefore(t, hb)) out.push_back({hb, he});
  return out;
}

// The rules of `kind` that match somewhere in t[b, e), in one set pass over
// it (all of them without a set). The set reads t[b, e) alone, which only
// changes assertions at its ends (^, $, \b): for line and sentence bounds,
// between non-word characters, that never turns a match into none.
std::vector<int> RulesIn(const Kind& kind, std::string_view t, size_t b, size_t e) {
  if (kind.anywhere) return kind.anywhere->Match(t.substr(b, e - b));
  std::vector<int> all(kind.rules.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  return all;
}

// Deadlines in t[b, e) (a line or a sentence), without the masked spans,
// non-overlapping (longest first).
std::vector<DeadlineHit> FindDeadlines(const Kinds& k, std::string_view t, size_t b, size_t e) {
  e = std::min(e, t.size());
  std::optional<std::vector<Span>> masked;  // found when first needed
  std::vector<DeadlineHit> all;
  for (int i : RulesIn(k.deadline, t, b, e)) {
    const Rule& r = k.deadline.rules[i];
    BoundsScan scan({&r, 1}, nullptr, t, b, e);
    size_t hb, he;
    while (scan.Next(&hb, &he)) {
      if (!BoundaryBefore(t, hb) || !BoundaryAfter(t, he)) continue;
      if (!masked) {
        masked = FindSpans(k.not_deadline, t, b, e);
        for (const Span& s : FindSpans(k.baseline, t, b, e)) masked->push_back(s);
      }
      if (Overlaps(*masked, hb, he)) continue;
      Hit h;
      if (!scan.Captures(&h)) continue;
      DeadlineHit d{h.begin, h.end, 0, "", *r.attr};
      auto g = [&](const char* name) { return r.re->GroupText(t, h, name); };
      const std::string& type = d.type;
      if (type == "range") {
        int from = std::atoi(std::string(g("from")).c_str()), to = std::atoi(std::string(g("to")).c_str());
        if (to <= from) continue;
        d.year = to;
        d.period = fmt::format("{}-{}", from, to);
      } else {
        d.year = std::atoi(std::string(g("year")).c_str());
        if (type == "quarter") {
          int q = RomanQuarter(g("quarter"));
          if (!q) continue;
          d.period = fmt::format("{}-Q{}", d.year, q);
        } else if (type == "month") {
          int m = std::atoi(std::string(g("month")).c_str()), day = std::atoi(std::string(g("day")).c_str());
          if (m < 1 || m > 12) continue;
          d.period = day ? fmt::format("{}-{:02}-{:02}", d.year, m, day) : fmt::format("{}-{:02}", d.year, m);
        } else if (type == "from") {
          d.period = fmt::format("{}-", d.year);
        }
      }
      all.push_back(std::move(d));
    }
  }
  std::sort(all.begin(), all.end(), [](const DeadlineHit& a, const DeadlineHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<DeadlineHit> out;
  for (auto& d : all) {
    // Keep the longer of two overlapping matches.
    if (!out.empty() && d.begin < out.back().end) {
      if (d.end - d.begin > out.back().end - out.back().begin) out.back() = std::move(d);
      continue;
    }
    out.push_back(std::move(d));
  }
  return out;
}

bool AnyMatch(const Kind& kind, std::string_view t, size_t b, size_t e) {
  for (const Rule& r : kind.rules) {
    size_t from = b, hb, he;
    while (from < e && r.re->SearchBounds(t, from, e, &hb, &he)) {
      if (BoundaryBefore(t, hb)) return true;
      from = hb + 1;
      while (from < e && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) ++from;
    }
  }
  return false;
}

// Sentence bounds around `pos`: a line (hard wraps joined), cut at ". ", "! ", "? ".
bool SentenceEndAt(std::string_view t, size_t i) {
  char c = t[i];
  if (c == '\n') return !SoftWrapAt(t, i);
  if (c != '.' && c != '!' && c != '?') return false;
  if (i + 1 >= t.size()) return true;
  char n = t[i + 1];
  if (IsDigit(n)) return false;                // 12.5, 1.000
  if (i > 0 && t[i - 1] == '.') return false;  // "..."
  return n == ' ' || n == '\t' || n == '\n' || n == '\r' || n == '/';
}

Span SentenceAround(std::string_view t, size_t pos) {
  size_t b = pos;
  while (b > 0 && !SentenceEndAt(t, b - 1)) --b;
  size_t e = pos;
  while (e < t.size() && !SentenceEndAt(t, e)) ++e;
  return {b, e};
}

// Clause: the part of the sentence between ';' (and inside parentheses when
// the value is in them).
Span ClauseAround(std::string_view t, Span s, size_t pos, bool parens) {
  size_t b = pos, e = pos;
  while (b > s.begin && t[b - 1] != ';' && !(parens && t[b - 1] == '(')) --b;
  while (e < s.end && t[e] != ';' && !(parens && t[e] == ')')) ++e;
  return {b, e};
}

Span LineAround(std::string_view t, size_t pos) {
  size_t b = t.rfind('\n', pos == 0 ? 0 : pos - 1);
  b = (b == std::string_view::npos || pos == 0) ? 0 : b + 1;
  size_t e = t.find('\n', pos);
  if (e == std::string_view::npos) e = t.size();
  return {b, e};
}

std::string_view TrimView(std::string_view s) {
  auto is_trim = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' || c == '-' || c == '+' ||
           c == '*' || c == '(' || c == ')' || c == ';' || c == '.';
  };
  while (!s.empty() && is_trim(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_trim(s.back())) s.remove_suffix(1);
  return s;
}

// `s` without the item marker opening it: "2) Ít nhất 85% ..." (of "(2)", the
// '(' already trimmed), "b) Đối với ...".
std::string_view WithoutItemMarker(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && i < 3 && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
  // A letter beyond ASCII ("đ)"): one code point.
  if (i == 0 && !s.empty() && (static_cast<unsigned char>(s[0]) & 0xC0) == 0xC0) {
    i = 1;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  if (i == 0 || i >= s.size() || s[i] != ')') return s;
  return TrimView(s.substr(i + 1));
}

// Whether `words` occurs in `s` as whole words.
bool HasWords(std::string_view s, std::string_view words) {
  for (size_t at = s.find(words); at != std::string_view::npos; at = s.find(words, at + 1))
    if (BoundaryBefore(s, at) && BoundaryAfter(s, at + words.size())) return true;
  return false;
}

// Original text of t[b, e) with the spans in `cut` removed, folded and trimmed,
// at most kIndicatorWords words (from the start, or from the end when `tail`).
std::string Phrase(const NormalizedText& nt, size_t b, size_t e, const std::vector<DeadlineHit>& cut, bool tail) {
  std::string out;
  size_t p = b;
  for (const DeadlineHit& d : cut) {
    if (d.end <= p || d.begin >= e) continue;
    if (d.begin > p) out += nt.OriginalText(p, d.begin) + " ";
    p = std::max(p, d.end);
  }
  if (p < e) out += nt.OriginalText(p, e);
  std::string folded = CollapseSpace(out);
  // "đ) Đến hết năm 2045: 100%": no "đ" (TrimView would leave it, its ')' gone).
  std::string s = CollapseSpace(TrimView(WithoutItemMarker(folded)));
  if (s == "và" || s == "hoặc") s.clear();
  for (std::string_view conj : {" và", " hoặc", " với", " trong", " vào", " đến", " từ", " là"})
    if (s.size() > conj.size() && s.compare(s.size() - conj.size(), conj.size(), conj) == 0)
      s = std::string(TrimView(s.substr(0, s.size() - conj.size())));
  for (std::string_view conj : {"và ", "hoặc "})
    if (s.size() > conj.size() && s.compare(0, conj.size(), conj) == 0) s = s.substr(conj.size());
  std::vector<size_t> spaces;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == ' ') spaces.push_back(i);
  if (spaces.size() >= kIndicatorWords) {
    s = tail ? s.substr(spaces[spaces.size() - kIndicatorWords] + 1) : s.substr(0, spaces[kIndicatorWords - 1]);
    s = std::string(TrimView(s));
  }
  return s;
}

class Stage {
 public:
  Stage(const NormalizedText& nt, const RuleData& rules, Document* doc, size_t text_end)
      : nt_(nt), t_(nt.text()), k_(rules.Derived<Kinds>()), doc_(doc), reader_{t_, k_},
        end_(std::min(text_end, t_.size())) {
    if (doc->self.date) doc_year_ = doc->self.date->year;
    normative_ = doc->self.number && doc->self.number->family == Family::kNormative;
  }

  void Run() {
    if (k_.value.empty() || k_.unit.empty()) return;
    std::vector<Quantity> found;
    for (const Candidate& c : Candidates()) {
      if (!found.empty() && c.begin < found.back().end) continue;  // inside a range already read
      if (auto q = Read(c)) found.push_back(std::move(*q));
    }
    Span sentence{0, 0};
    std::vector<Span> vetoes;
    size_t ctx_line_end = 0;
    for (size_t i = 0; i < found.size(); ++i) {
      Quantity& q = found[i];
      if (q.value_begin >= sentence.end || i == 0) {
        sentence = SentenceAround(t_, q.value_begin);
        vetoes = FindSpans(k_.not_target, t_, sentence.begin, sentence.end);
        sentence_deadlines_ = DeadlinesIn(sentence);
        forward_ = AnyMatch(k_.forward, t_, sentence.begin, sentence.end);
      }
      if (Overlaps(vetoes, q.value_begin, q.value_end)) continue;
      Span line = Line(q.value_begin);
      if (line.end != ctx_line_end) {
        AdvanceContext(line.begin);
        ctx_line_end = line.end;
      }
      Span clause = ClauseAround(t_, sentence, q.value_begin, false);
      Span inner = ClauseAround(t_, sentence, q.value_begin, true);
      // Past statistics: a statistic cue in the clause, or a year before the
      // document's own (the sentence's, or its heading's: "kết quả rà soát hộ
      // nghèo ... năm 2017" over "Tổng số hộ: 297.899 hộ"), where no goal is set.
      const DeadlineHit* own = Pick(sentence_deadlines_, clause, q);
      if (!own) own = Pick(sentence_deadlines_, sentence, q);
      const DeadlineHit* d = own ? own : Inherited(line, sentence, q);
      if (!forward_ && !UnderGoalLeadIn()) {
        if (AnyMatch(k_.statistic, t_, inner.begin, inner.end)) continue;
        // ... or one opening the sentence, before its first comma ("Hiện nay,
        // tổng số trạm ... khoảng 180 trạm").
        size_t comma = t_.find(',', sentence.begin);
        if (comma < q.value_begin && AnyMatch(k_.statistic, t_, sentence.begin, comma)) continue;
        if (d && doc_year_ && d->year < doc_year_) continue;
      }
      // A legal norm (a text numbered as one, "70/2025/UBTVQH15") states
      // limits and rates ("dành tối đa không quá 30% vốn ngân sách trung ương
      // để bổ sung có mục tiêu"): a goal of it has a deadline.
      if (normative_ && !d) continue;
      size_t prev_end = clause.begin;
      if (emitted_end_ > clause.begin && emitted_end_ <= q.begin) prev_end = emitted_end_;
      emitted_end_ = q.end;
      size_t next_begin = clause.end;
      if (i + 1 < found.size() && found[i + 1].begin < clause.end) next_begin = found[i + 1].begin;
      Emit(q, clause, prev_end, next_begin, d);
    }
  }

 private:
  // A number as Reader::Number reads it, relative to the hit's start.
  struct NumberRead {
    bool ok = false;
    double value = 0;
    size_t begin = 0, end = 0;
    bool words = false;
  };

  // Where the number is in a value hit t[hb, he), relative to hb.
  struct NumberSpan {
    bool found = false;
    size_t begin = 0, end = 0;
    bool words = false;                             // number words, not digits
    std::optional<NumberRead> read = std::nullopt;  // once NumberAt() read it
  };

  struct Candidate {
    size_t begin;  // of the number: its capture
    size_t end;
    bool words;                 // the capture holds number words
    size_t hit_begin, hit_end;  // the value rule's whole match
    NumberSpan* memo;           // the hit's entry in number_spans_, if it has one
  };

  std::vector<Candidate> Candidates() {
    std::vector<Candidate> out;
    BoundsScan scan(k_.value, t_, 0, end_);  // values of the document's own text only
    Candidate c;
    while (scan.Next(&c.hit_begin, &c.hit_end)) {
      c.memo = nullptr;
      NumberSpan n = FindNumberSpan(c.hit_begin, c.hit_end, scan.rule(), &c.memo);
      if (!n.found) continue;
      c.begin = c.hit_begin + n.begin, c.end = c.hit_begin + n.end, c.words = n.words;
      size_t b = c.begin, e = c.end;
      if (!BoundaryBefore(t_, b)) continue;
      if (!c.words) {
        // Parts of dates, numbers and paragraph numbers: 25/10/2023, 25-CT/TW, 2.3.1.
        if (b > 0 &&
            (t_[b - 1] == '/' || ((t_[b - 1] == '.' || t_[b - 1] == ',' || t_[b - 1] == '-' || t_[b - 1] == ':') &&
                                  b > 1 && IsDigit(t_[b - 2]))))
          continue;
        if (e < t_.size() && (t_[e] == '/' || t_[e] == ':' ||
                              (t_[e] == '-' && e + 1 < t_.size() && !IsDigit(t_[e + 1]) && !IsHSpace(t_[e + 1]))))
          continue;
        if (e < t_.size() && t_[e] != '%' && !BoundaryAfter(t_, e)) continue;
      }
      out.push_back(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    out.erase(
        std::unique(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.begin == b.begin; }),
        out.end());
    return out;
  }

  // The first value rule that matches at hb (the alternative that won; `known`
  // when the scan knows it) and its num, else words, capture, from rule
  // `from` on. A rule whose capture is its whole match needs a bounds search
  // only; the first capture pass (slow for number words) and what follows
  // are kept in the memo, and *memo set to the entry.
  NumberSpan FindNumberSpan(size_t hb, size_t he, const Rule* known, NumberSpan** memo, size_t from = 0) {
    for (size_t i = from; i < k_.value.rules.size(); ++i) {
      const Rule& r = k_.value.rules[i];
      if (known && &r != known) continue;
      if (r.whole) {
        if (known || r.re->MatchAt(t_, hb, he)) return {true, 0, he - hb, false};
        continue;
      }
      if (memo) {
        *memo = &number_spans_.Get(t_, hb, he, [&] { return FindNumberSpan(hb, he, known, nullptr, i); });
        return **memo;
      }
      Hit h;
      if (!r.re->SearchSpan(t_, hb, he, &h)) continue;
      int g = h.has(r.group) ? r.group : h.has(r.words) ? r.words : -1;
      if (g < 0) return {};
      return {true, h.groups[g].first - hb, h.groups[g].second - hb, g != r.group};
    }
    return {};
  }

  std::optional<Quantity> Read(const Candidate& c) const {
    Span line = Line(c.begin);
    // With the line break that ends it: RE2 sees the whole text, so a rule's
    // "$" or "[^\p{L}]" after a unit that ends the line ("xây mới 5 trạm" /
    // "- ...") needs that character inside the searched range.
    if (line.end < t_.size()) ++line.end;
    Quantity q;
    bool words = false;
    if (!NumberAt(c, line.end, &q.value, &q.value_begin, &q.value_end, &words)) return std::nullopt;
    bool needs_comparator = words;
    size_t pos = SkipHSpace(t_, q.value_end, line.end);
    Followers next = FollowersAt(k_, t_, pos, line.end);
    Found unit = Longest(k_.unit, t_, pos, line.end, next.of(k_, k_.unit));
    if (!unit.rule && !words) {
      // A scale word: "1,5 triệu người".
      Found scale = Longest(k_.number_word, t_, pos, line.end, next.of(k_, k_.number_word));
      if (scale.rule && scale.rule->role == Role::kScale && BoundaryAfter(t_, scale.hit.end)) {
        size_t after = SkipHSpace(t_, scale.hit.end, line.end);
        Found u = reader_.Unit(after, line.end);
        if (u.rule) {
          q.value *= scale.rule->value;
          unit = std::move(u);
        }
      }
    }
    size_t end = unit.rule ? unit.hit.groups[unit.rule->group].second : q.value_end;
    // A range: "từ 5 đến 7%", "5-7%", "5% - 7%".
    for (const Rule& r : k_.range.rules) {
      Hit h;
      if (!r.re->Search(t_, end, line.end, true, &h)) continue;
      double v2;
      size_t b2, e2;
      bool w2;
      if (!reader_.Number(h.end, line.end, &v2, &b2, &e2, &w2) || b2 != h.end) continue;
      size_t p2 = SkipHSpace(t_, e2, line.end);
      Found u2 = reader_.Unit(p2, line.end);
      if (!u2.rule && !unit.rule) continue;
      if (u2.rule && unit.rule && reader_.UnitName(u2) != reader_.UnitName(unit)) continue;
      if (v2 <= q.value) continue;
      q.value_max = v2;
      if (u2.rule) {
        unit = std::move(u2);
        end = unit.hit.groups[unit.rule->group].second;
      } else {
        end = e2;
      }
      break;
    }
    if (unit.rule) {
      q.unit = reader_.UnitName(unit);
      q.unit_begin = unit.hit.groups[unit.rule->group].first;
      if (unit.rule->needs_comparator) needs_comparator = true;
    } else {
      Found base = Longest(k_.percent_base, t_, pos, line.end, next.of(k_, k_.percent_base));
      if (!base.rule || q.value > 100 || q.value_max) return std::nullopt;
      q.unit = "%";
      q.missing_percent = true;
      q.unit_begin = pos;
      end = q.value_end;
    }
    if (Found per = Longest(k_.unit_per, t_, end, line.end); per.rule) {
      q.unit += "/" + std::string(Capture(t_, per.hit, per.rule->group));
      end = per.hit.end;
    }
    if (Found sc = Longest(k_.scope, t_, q.missing_percent ? pos : end, line.end); sc.rule && q.unit == "%") {
      q.scope = std::string(Capture(t_, sc.hit, sc.rule->group));
      q.scope_end = sc.hit.end;
    }
    std::string after;
    if (Found ca = Longest(k_.comparator_after, t_, end, line.end); ca.rule && BoundaryAfter(t_, ca.hit.end)) {
      after = *ca.rule->attr;
      end = ca.hit.end;
    }
    q.end = end;
    // The comparator before the value: the earliest-starting (longest) match.
    size_t wb = CharStart(t_, q.value_begin > kComparatorWindow ? q.value_begin - kComparatorWindow : 0);
    wb = std::max(wb, line.begin);
    std::string_view window = t_.substr(0, q.value_begin);
    q.begin = q.value_begin;
    const Rule* cmp = nullptr;
    for (const Rule& r : k_.comparator.rules) {
      size_t b, e;
      if (!r.re->SearchBounds(window, wb, window.size(), &b, &e)) continue;
      if (!BoundaryBefore(t_, b)) continue;
      if (!cmp || b < q.begin) cmp = &r, q.begin = b;
    }
    if (q.value_max)
      q.comparator = "range";
    else if (!after.empty())
      q.comparator = after;
    else if (cmp)
      q.comparator = *cmp->attr;
    else
      q.comparator = "=";
    if (needs_comparator && !cmp && after.empty() && !(words && AtItemStart(q.value_begin, line.begin)))
      return std::nullopt;
    return q;
  }

  // Reader::Number at a candidate. Its hit is what Number() would find when
  // it starts with the number and ends within the line: the scan took the
  // first rule matching there, and a match is the same in any shorter text
  // that still holds it.
  bool NumberAt(const Candidate& c, size_t end, double* value, size_t* b, size_t* e, bool* words) const {
    if (c.hit_begin != c.begin || c.hit_end > end) return reader_.Number(c.begin, end, value, b, e, words);
    if (!c.memo) return reader_.Value(c.begin, c.end, c.words, value, b, e, words);
    // Reading depends on the hit's bytes only: kept with the hit in the memo.
    if (!c.memo->read) {
      NumberRead r;
      r.ok = reader_.Value(c.begin, c.end, c.words, &r.value, &r.begin, &r.end, &r.words);
      r.begin -= c.hit_begin, r.end -= c.hit_begin;
      c.memo->read = r;
    }
    const NumberRead& r = *c.memo->read;
    *value = r.value, *b = c.hit_begin + r.begin, *e = c.hit_begin + r.end, *words = r.words;
    return r.ok;
  }

  // FindDeadlines, again for the same span (a sentence that is its whole line) from the last result.
  std::vector<DeadlineHit> DeadlinesIn(Span s) {
    if (s.begin != deadlines_in_.begin || s.end != deadlines_in_.end) {
      deadlines_ = FindDeadlines(k_, t_, s.begin, s.end);
      deadlines_in_ = s;
    }
    return deadlines_;
  }

  // LineAround, keeping the last line: candidates come in text order.
  Span Line(size_t pos) const {
    if (pos < line_.begin || pos > line_.end) line_ = LineAround(t_, pos);
    return line_;
  }

  // True when only white space, a bullet or a clause mark precedes `pos`
  // ("- Hai mươi lăm xã đạt chuẩn", "...: một trạm y tế").
  bool AtItemStart(size_t pos, size_t line_begin) const {
    while (pos > line_begin) {
      char c = t_[pos - 1];
      if (c == ';' || c == ':') return true;
      if (!IsHSpace(c) && c != '-' && c != '+' && c != '*') return false;
      --pos;
    }
    return true;
  }

  // The deadline nearest before the value in `span`, else the first after it.
  const DeadlineHit* Pick(const std::vector<DeadlineHit>& list, Span span, const Quantity& q) const {
    const DeadlineHit* before = nullptr;
    for (const DeadlineHit& d : list) {
      if (d.begin < span.begin || d.end > span.end) continue;
      if (d.end <= q.begin)
        before = &d;
      else if (d.begin >= q.end)
        return before ? before : &d;
    }
    return before;
  }

  // A deadline given earlier on the same line: before a ':' that precedes
  // the value, or a "đến năm"/"trong năm" of an earlier sentence.
  const DeadlineHit* Inherited(Span line, Span sentence, const Quantity& q) {
    const DeadlineHit* found = nullptr;
    for (const DeadlineHit& d : LineDeadlines(line)) {
      if (d.end > sentence.begin) break;
      bool lead_in = t_.substr(0, q.begin).find(':', d.end) != std::string_view::npos;
      if (lead_in || d.type == "by" || d.type == "within") found = &d;
    }
    if (found) return found;
    return Context();
  }

  // The deadlines of `line`, found once when first needed (only a value
  // without a deadline in its own sentence looks at them).
  const std::vector<DeadlineHit>& LineDeadlines(Span line) {
    if (line.begin != line_deadlines_in_.begin || line.end != line_deadlines_in_.end) {
      line_deadlines_ = DeadlinesIn(line);
      line_deadlines_in_ = line;
    }
    return line_deadlines_;
  }

  // The deadline of the nearest enclosing lead-in line or heading ("2. Mục
  // tiêu cụ thể đến năm 2035" over "a) Đối với trẻ em" over the values):
  // before a line's first ':' if any. Each found when first needed.
  const DeadlineHit* Context() {
    for (size_t k = contexts_.size(); k-- > 0;) {
      Ctx& c = contexts_[k];
      if (!c.known) {
        c.known = true;
        std::string_view line = t_.substr(c.line.begin, c.line.end - c.line.begin);
        size_t colon = line.find(':');
        for (const DeadlineHit& d : DeadlinesIn(c.line))
          if (!c.deadline || colon == std::string_view::npos || d.end <= c.line.begin + colon) c.deadline = d;
      }
      if (c.deadline) return &*c.deadline;
    }
    return nullptr;
  }

  // Whether the items sit right under a lead-in line announcing goals ("...
  // được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:" over "(2) Ít nhất 85%
  // người hưởng trợ cấp ... hoặc người đã có tài khoản ..."): their sentences
  // then set goals whatever past tense they hold.
  bool UnderGoalLeadIn() {
    if (contexts_.empty() || contexts_.back().rank != kLeadInRank) return false;
    Ctx& c = contexts_.back();
    if (!c.forward) c.forward = AnyMatch(k_.forward, t_, c.line.begin, c.line.end);
    return *c.forward;
  }

  // How deep a heading sits: "I." 0, "A." 0, "1." 1, "1.2." 2, "a)" 3; a
  // lead-in line (ending with ':') is under all of them.
  static int HeadingRank(std::string_view h) {
    while (!h.empty() && (h.front() == '*' || h.front() == '_')) h.remove_prefix(1);  // Markdown's emphasis
    size_t i = 0;
    while (i < h.size() && std::isdigit(static_cast<unsigned char>(h[i]))) ++i;
    if (i > 0) {
      int dots = 0;
      while (i < h.size() && h[i] == '.' && i + 1 < h.size() && std::isdigit(static_cast<unsigned char>(h[i + 1]))) {
        ++dots;
        ++i;
        while (i < h.size() && std::isdigit(static_cast<unsigned char>(h[i]))) ++i;
      }
      return 1 + std::min(dots, 1);
    }
    if (!h.empty() && std::string_view("IVXLC").find(h[0]) != std::string_view::npos) return 0;
    if (h.size() > 1 && std::isupper(static_cast<unsigned char>(h[0])) && h[1] == '.') return 0;
    return 3;
  }
  static constexpr int kLeadInRank = 4;

  // Moves the context down to `line_begin`: numbered headings and lines
  // ending with ':' open one, which closes those at its depth or deeper.
  void AdvanceContext(size_t line_begin) {
    while (ctx_pos_ < line_begin) {
      size_t e = t_.find('\n', ctx_pos_);
      if (e == std::string_view::npos) e = t_.size();
      if (e > line_begin) break;
      std::string_view line = t_.substr(ctx_pos_, e - ctx_pos_);
      std::string_view trimmed =
          TrimView(line.size() > 0 && line.back() == '\r' ? line.substr(0, line.size() - 1) : line);
      size_t last = line.find_last_not_of(" \t\r");
      bool lead_in = last != std::string_view::npos && line[last] == ':';
      bool heading = false;
      if (!lead_in && !trimmed.empty()) {
        for (const Rule& r : k_.heading.rules) {
          if (r.re->MatchAt(line, 0, line.size())) heading = true;
        }
      }
      if (lead_in || heading) {
        int rank = lead_in ? kLeadInRank : HeadingRank(trimmed);
        while (!contexts_.empty() && contexts_.back().rank >= rank) contexts_.pop_back();
        // A heading hard-wrapped onto a line in lower case ("2. Mục tiêu cụ" /
        // "thể đến năm 2035") reads as one line.
        size_t end = e;
        if (heading && e < t_.size() && SoftWrapAt(t_, e)) {
          size_t next_end = t_.find('\n', e + 1);
          if (next_end == std::string_view::npos) next_end = t_.size();
          if (next_end <= line_begin) end = next_end;
        }
        contexts_.push_back({rank, {ctx_pos_, end}, false, std::nullopt});
      }
      ctx_pos_ = e + 1;
    }
  }

  void Emit(const Quantity& q, Span clause, size_t prev_end, size_t next_begin, const DeadlineHit* d) {
    Target x;
    x.comparator = q.comparator;
    x.value = q.value;
    x.value_max = q.value_max;
    x.unit = q.unit;
    if (d) {
      x.year = d->year;
      x.period = d->period;
    }
    // Indicator: a head word before the value ("tỉ lệ ..."), else the words
    // after a percentage ("95% dân số được quản lý sức khoẻ"), else the unit
    // noun and what follows ("bác sĩ cơ hữu"), else the words before.
    const std::vector<DeadlineHit>& cut = sentence_deadlines_;
    size_t head = std::string_view::npos;
    for (const Rule& r : k_.indicator.rules) {
      size_t from = prev_end, b, e;
      while (from < q.begin && r.re->SearchBounds(t_, from, q.begin, &b, &e)) {
        if (BoundaryBefore(t_, b)) {
          head = std::min(head, b);
          break;
        }
        from = e;
      }
    }
    size_t tail_end = next_begin;
    for (const DeadlineHit& dl : sentence_deadlines_)
      if (dl.begin >= q.end && dl.begin < tail_end) tail_end = dl.begin;
    bool percent = q.unit == "%";
    for (size_t p = q.end; p < tail_end; ++p)  // (a hard wrap goes on: "100% trẻ" / "em trong ...")
      if (t_[p] == '(' || t_[p] == ')' || t_[p] == ':' || t_[p] == '.' || (t_[p] == '\n' && !SoftWrapAt(t_, p)) ||
          (!percent && t_[p] == ',')) {
        tail_end = p;
        break;
      }
    for (const Rule& r : k_.baseline.rules) {
      size_t b, e;
      if (r.re->SearchBounds(t_, q.end, clause.end, &b, &e)) {
        x.scope = nt_.OriginalText(b, e);
        tail_end = std::min(tail_end, b);
      }
    }
    if (!q.scope.empty()) x.scope = x.scope.empty() ? q.scope : q.scope + ", " + x.scope;
    if (head != std::string_view::npos) {
      x.indicator = Phrase(nt_, head, q.begin, cut, false);
      // "quy mô 250 giường": say what it is the size of.
      if (std::count(x.indicator.begin(), x.indicator.end(), ' ') < 2) {
        std::string before = Phrase(nt_, prev_end, head, cut, true);
        if (!before.empty()) x.indicator = before + " " + x.indicator;
      }
    } else {
      size_t from = q.unit == "%" && !q.missing_percent ? q.end : q.unit_begin;
      if (q.missing_percent) from = SkipHSpace(t_, q.value_end, tail_end);
      x.indicator = from < tail_end ? Phrase(nt_, from, tail_end, cut, false) : "";
      if (x.indicator.empty() || FoldCase(x.indicator) == FoldCase(q.unit)) {
        std::string before = Phrase(nt_, prev_end, q.begin, cut, true);
        // The unit noun already named before ("Số doanh nghiệp công nghệ số
        // ... đạt trên 1.000 doanh nghiệp") is not said twice.
        bool named = !x.indicator.empty() && HasWords(FoldCase(before), FoldCase(x.indicator));
        if (!before.empty()) x.indicator = before + (x.indicator.empty() || named ? "" : " " + x.indicator);
      }
    }
    std::string quote = nt_.OriginalText(clause.begin, clause.end);
    x.quote = std::string(WithoutItemMarker(TrimView(quote)));
    Mention m = nt_.Locate(q.begin, q.end);
    x.line = m.line;
    x.column = m.column;
    x.offset = m.offset;
    if (q.missing_percent) {
      Mention v = nt_.Locate(q.value_begin, q.value_end);
      doc_->diagnostics.push_back(
          {"warning", "missing_percent",
           fmt::format("'{}' reads as a percentage but has no % sign; reported as {}%",
                       nt_.OriginalText(q.value_begin, q.scope_end ? q.scope_end : q.value_end), x.value),
           v.line, v.column, v.offset});
    }
    doc_->targets.push_back(std::move(x));
  }

  const NormalizedText& nt_;
  std::string_view t_;
  const Kinds& k_;
  Document* doc_;
  Reader reader_;
  size_t end_;  // where the document's own text ends
  int doc_year_ = 0;
  bool forward_ = false;
  bool normative_ = false;  // the document is a legal norm (its number has the normative shape)
  std::vector<DeadlineHit> sentence_deadlines_, line_deadlines_;
  Span line_deadlines_in_{1, 0};  // the line of line_deadlines_; none yet
  struct Ctx {
    int rank;
    Span line;
    bool known = false;  // `deadline` looked for
    std::optional<DeadlineHit> deadline;
    std::optional<bool> forward = std::nullopt;  // the line announces goals; looked for on first need
  };
  std::vector<Ctx> contexts_;  // the open headings and lead-in lines, outermost first
  size_t ctx_pos_ = 0;
  size_t emitted_end_ = 0;
  mutable Span line_{1, 0};  // the last line of Line(); none yet
  MatchMemo<NumberSpan> number_spans_;
  Span deadlines_in_{1, 0};  // the span of the last DeadlinesIn() and its result
  std::vector<DeadlineHit> deadlines_;
};

}  // namespace

void ExtractTargets(const NormalizedText& text, const RuleData& rules, Document* doc, size_t text_end) {
  Stage(text, rules, doc, text_end).Run();
}

}  // namespace vbtool::internal
