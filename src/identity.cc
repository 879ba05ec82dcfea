// The document's own identity: number line, place and date line, type title
// line and title, công văn subject (V/v), issuing body, signature block,
// addressees (Kính gửi) and recipients (Nơi nhận). All patterns come from the
// `fields` section of the rules; this file decides only where to look.
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "stages.h"

namespace vbtool::internal {

namespace {

constexpr size_t kHeaderLines = 40;  // the number, date and title sit in the first lines
constexpr size_t kFooterLines = 60;  // signature and recipients sit in the last lines
constexpr size_t kBesideNumber = 10;  // lines above or below the number line (or motto) where the date line may sit (web copies put "|" lines between)
constexpr size_t kMaxTitleLines = 6;
constexpr size_t kHeaderBytes = 6000;  // where the header zone ends at the latest
constexpr size_t kMovedHeaderBytes = 12000;  // how far past the top a PDF may have moved the header block
constexpr size_t kTopLines = 15;              // a motto this high up is a header in its place
constexpr size_t kFooterBytes = 8000;  // where the footer zone starts at the earliest

struct Line {
  size_t begin, end;  // normalized offsets, end excludes '\n'
};

std::vector<Line> SplitLines(std::string_view t) {
  std::vector<Line> out;
  out.reserve(t.size() / 64 + 1);
  for (size_t b = 0;;) {
    const void* nl = std::memchr(t.data() + b, '\n', t.size() - b);
    size_t i = nl ? static_cast<const char*>(nl) - t.data() : t.size();
    size_t e = i;
    if (e > b && t[e - 1] == '\r') --e;
    out.push_back({b, e});
    if (!nl) return out;
    b = i + 1;
  }
}

// Trims white space, Markdown emphasis and hard breaks ("\\"), table pipes
// and bullets ("•") around a line, and a rule ("-------") closing it.
std::string_view Trim(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '\r' || c == '#' || c == '>' || c == '\\' || c == '|';
  };
  constexpr std::string_view kBullet = "\xE2\x80\xA2";  // U+2022
  for (bool again = true; again;) {
    again = false;
    while (!s.empty() && junk(s.front())) s.remove_prefix(1), again = true;
    if (s.substr(0, kBullet.size()) == kBullet) s.remove_prefix(kBullet.size()), again = true;
  }
  for (bool again = true; again;) {
    again = false;
    while (!s.empty() && junk(s.back())) s.remove_suffix(1), again = true;
    size_t dashes = 0;
    while (dashes < s.size() && s[s.size() - 1 - dashes] == '-') ++dashes;
    if (dashes >= 3) s.remove_suffix(dashes), again = true;
  }
  return s;
}

// Trims a line and reports how many bytes were cut at the front.
std::pair<size_t, size_t> TrimSpan(std::string_view text, Line l) {
  std::string_view s = text.substr(l.begin, l.end - l.begin);
  std::string_view t = Trim(s);
  if (t.empty()) return {l.begin, l.begin};
  size_t b = l.begin + (t.data() - s.data());
  return {b, b + t.size()};
}

bool IsBlank(std::string_view text, Line l) { return Trim(text.substr(l.begin, l.end - l.begin)).empty(); }

// True when the letters of `s` are (nearly) all upper case: header lines.
bool MostlyUpper(std::string_view s) {
  int32_t upper = 0, lower = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (int32_t i = 0; i < n;) {
    // Even if every code point left were upper case, too many are lower: stop.
    if (lower * 10 > upper + (n - i)) return false;
    if (p[i] < 0x80) {  // ASCII: Lu is A-Z and Ll is a-z, no ICU call needed
      upper += p[i] >= 'A' && p[i] <= 'Z';
      lower += p[i] >= 'a' && p[i] <= 'z';
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (u_isupper(c))
      ++upper;
    else if (u_islower(c))
      ++lower;
  }
  return upper >= 2 && lower * 10 <= upper;
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return isdigit(static_cast<unsigned char>(c)); });
}

// A person's name: 2 to 6 words, each starting with a capital, no digits.
bool LooksLikeName(std::string_view s) {
  if (s.empty() || HasDigit(s) || MostlyUpper(s)) return false;
  int words = 0;
  bool start = true;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    if (c == ' ') {
      start = true;
      continue;
    }
    if (!u_isalpha(c) && c != '.') return false;
    if (start) {
      if (!u_isupper(c)) return false;
      ++words;
      start = false;
    }
  }
  return words >= 2 && words <= 6;
}

// The fields of the `fields` rules that this stage reads.
enum Field {
  kOwnNumber,
  kPlaceDate,
  kAdoptedDate,
  kTitleType,
  kSubject,
  kMotto,
  kPartyMotto,
  kIssuerSentence,
  kSignerMark,
  kSignedNote,
  kRecipientsStart,
  kAddresseesStart,
  kFiling,
  kReportSentence,
  kGazetteTitle,
  kLocalityLine,  // matched on header strings, not on lines
  kBodyHead,
  kPublication,
  kEnacting,
  kIssuerMetadata,
  kSubjectNumber,
  kOpenHead,  // matched on header strings, like the two above
  kOpenTail,
  kUnitLine,
  kCollectiveSigner,  // matched on a signer's "on behalf of" text
  kTitleInline,
  kAuthorityLine,
  kYouthMotto,
  kSentenceVerb,  // matched on an issuer read from a sentence
  kNotPlace,      // matched on a place-and-date line's place
  kEnactingBody,
  kSubBody,  // matched on header strings
  kDatedTitle,
  kFieldCount
};
constexpr std::array<const char*, kFieldCount> kFieldNames = {
    "own_number",  "place_date",      "adopted_date", "title_type",  "subject",          "motto",
    "party_motto", "issuer_sentence", "signer_mark",  "signed_note", "recipients_start", "addressees_start",
    "filing",      "report_sentence", "gazette_title", "locality_line", "body_head",
    "publication", "enacting", "issuer_metadata", "subject_number", "open_head", "open_tail", "unit_line", "collective_signer", "title_inline", "authority_line", "youth_motto", "sentence_verb", "not_place",
    "enacting_body", "sub_body", "dated_title"};

// True when every match of `pattern` starts where the text starts: it opens
// with ^ (after flag groups such as "(?m)") and has no top-level alternative.
// Conservative: anything it does not understand counts as unanchored.
bool AnchoredAtStart(std::string_view p) {
  size_t i = 0;
  while (p.compare(i, 2, "(?") == 0) {  // leading flag groups: "(?m)", "(?i)"
    size_t j = i + 2;
    while (j < p.size() && (isalpha(static_cast<unsigned char>(p[j])) || p[j] == '-')) ++j;
    if (j >= p.size() || p[j] != ')') return false;
    i = j + 1;
  }
  if (i >= p.size() || p[i] != '^') return false;
  if (i + 1 < p.size() && std::string_view("*+?{").find(p[i + 1]) != std::string_view::npos) return false;
  int depth = 0;
  for (size_t k = i + 1; k < p.size(); ++k) {
    char c = p[k];
    if (c == '\\') {
      if (k + 1 < p.size() && p[k + 1] == 'Q') return false;  // \Q...\E may hold anything
      ++k;
    } else if (c == '[') {  // skip a class: "[]x]", "[^]x]", "[[:alpha:]]", escapes
      size_t e = k + 1;
      if (e < p.size() && p[e] == '^') ++e;
      if (e < p.size() && p[e] == ']') ++e;
      while (e < p.size() && p[e] != ']') {
        if (p[e] == '\\')
          ++e;
        else if (p.compare(e, 2, "[:") == 0 && p.find(":]", e + 2) != std::string_view::npos)
          e = p.find(":]", e + 2) + 1;
        ++e;
      }
      if (e >= p.size()) return false;
      k = e;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  return true;
}

// Rules searched together: which of them match a text, in one set pass (or
// one search per rule when the set cannot be built). Anchored: at its start.
class PatternGroup {
 public:
  explicit PatternGroup(bool anchored) : anchored_(anchored), set_(anchored) {}
  void Add(const PatternRule* r) {
    rules_.push_back(r);
    ok_ = ok_ && set_.Add(r->pattern).ok();
  }
  void Compile() {
    ok_ = ok_ && !rules_.empty() && set_.Compile();
    on_empty_ = Search("");
  }
  /// Indices (in Add order, ascending) of the rules that match `text`.
  std::vector<int> Match(std::string_view text) const {
    return text.empty() ? on_empty_ : Search(text);  // one line in six is empty
  }

 private:
  std::vector<int> Search(std::string_view text) const {
    if (ok_) return set_.Match(text);
    std::vector<int> out;
    Hit h;
    for (size_t i = 0; i < rules_.size(); ++i)
      if (rules_[i]->re->Search(text, 0, text.size(), anchored_, &h)) out.push_back(static_cast<int>(i));
    return out;
  }

  bool anchored_;
  bool ok_ = true;
  std::vector<int> on_empty_;
  RegexSet set_;
  std::vector<const PatternRule*> rules_;
};

// What this stage derives from the rules once per RuleSet.
struct IdentityRules {
  struct FieldRule {
    const PatternRule* rule;
    int id;         // index among the line rules (-1: not searched per line)
    bool at_start;  // matches only where the line starts
  };
  std::array<std::vector<FieldRule>, kFieldCount> fields;
  int line_rules = 0;
  // The line rules in two passes per line: the ones anchored at the line start
  // (the scan stops after a few bytes), and the others. *_ids: group index → id.
  PatternGroup at_start{true}, anywhere{false};
  std::vector<int> at_start_ids, anywhere_ids;
  // The cues that open the body under a title (any relation but mentions),
  // and whether one does so on the title's first line too (scope clause).
  std::vector<std::pair<const PatternRule*, bool>> body_cues;

  explicit IdentityRules(const RuleData& rules) {
    for (const PatternRule& r : rules.rules("fields")) {
      auto name = std::find(kFieldNames.begin(), kFieldNames.end(), r.attr("field"));
      if (name == kFieldNames.end()) continue;
      auto f = static_cast<Field>(name - kFieldNames.begin());
      FieldRule fr{&r, -1, AnchoredAtStart(r.pattern)};
      if (f != kLocalityLine && f != kBodyHead && f != kOpenHead && f != kOpenTail && f != kUnitLine &&
          f != kCollectiveSigner && f != kYouthMotto && f != kSentenceVerb) {
        fr.id = line_rules++;
        (fr.at_start ? at_start : anywhere).Add(&r);
        (fr.at_start ? at_start_ids : anywhere_ids).push_back(fr.id);
      }
      fields[f].push_back(fr);
    }
    at_start.Compile();
    anywhere.Compile();
    for (const PatternRule& c : rules.rules("cues"))
      if (c.attr("relation") != "mentions") body_cues.emplace_back(&c, c.attr("scope") == "clause");
  }
};

// Searches a rule in `span` alone (as one line); the hit in text offsets.
// Without `groups`, only the bounds (a DFA pass: groups may need RE2's NFA,
// ten times slower). A line-start rule is searched anchored, which skips RE2's
// DFA passes before the groups.
bool SearchIn(const IdentityRules::FieldRule& fr, std::string_view text, Line span, Hit* hit, bool groups = true) {
  std::string_view s = text.substr(span.begin, span.end - span.begin);
  const Regex& re = *fr.rule->re;
  if (groups ? !re.Search(s, 0, s.size(), fr.at_start, hit) : !re.SearchBounds(s, 0, s.size(), &hit->begin, &hit->end))
    return false;
  if (!groups) hit->groups.clear();
  hit->begin += span.begin;
  hit->end += span.begin;
  for (auto& g : hit->groups)
    if (g.first != Hit::npos) g.first += span.begin, g.second += span.begin;
  return true;
}

// Whether a rule of `f` matches somewhere in the string `s` (a header line, a
// joined name, a signer's "on behalf of" text).
// The bounds of the first rule of `f` that matches in `s` (DFA only).
bool MatchBounds(const IdentityRules& ir, Field f, std::string_view s, size_t* begin, size_t* end) {
  return std::any_of(ir.fields[f].begin(), ir.fields[f].end(),
                     [&](const auto& fr) { return fr.rule->re->SearchBounds(s, 0, s.size(), begin, end); });
}

bool Matches(const IdentityRules& ir, Field f, std::string_view s) {
  size_t b, e;
  return MatchBounds(ir, f, s, &b, &e);
}

// Whether a rule of `f` matches in `span` alone.
bool SpanHas(std::string_view text, const IdentityRules& ir, Field f, Line span) {
  Hit h;
  return std::any_of(ir.fields[f].begin(), ir.fields[f].end(),
                     [&](const auto& fr) { return SearchIn(fr, text, span, &h, false); });
}

// The first rule of `f` matching in `span` (which may hold several lines), with its groups.
const PatternRule* FirstIn(std::string_view text, const IdentityRules& ir, Field f, Line span, Hit* hit) {
  for (const auto& fr : ir.fields[f])
    if (SearchIn(fr, text, span, hit)) return fr.rule;
  return nullptr;
}

// The document's lines and which field rules match each of them, searched
// within the line alone (the rules are written for one line: document.yaml).
// Each line is searched at most once per kind of rule (anchored or not), for
// all fields together, and only when a field asks about it.
class LineIndex {
 public:
  LineIndex(std::string_view text, const IdentityRules& ir) : text_(text), ir_(ir), lines_(SplitLines(text)) {
    row_.assign(lines_.size(), 0);
  }
  size_t size() const { return lines_.size(); }
  const Line& operator[](size_t i) const { return lines_[i]; }
  /// The line holding text offset `pos` (the last one starting at or before it).
  size_t LineAt(size_t pos) const {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), pos, [](size_t p, const Line& l) { return p < l.begin; });
    return it == lines_.begin() ? 0 : static_cast<size_t>(it - lines_.begin() - 1);
  }

  /// The first rule of `f` matching line i, and its hit when `hit` is given
  /// (with the groups when `groups`).
  const PatternRule* Find(Field f, size_t i, Hit* hit = nullptr, bool groups = true) {
    for (const auto& fr : ir_.fields[f]) {
      if (!Matches(fr, i)) continue;
      if (hit) SearchIn(fr, text_, lines_[i], hit, groups);
      return fr.rule;
    }
    return nullptr;
  }

  /// Lines in [from, to) that `f` matches.
  std::vector<size_t> With(Field f, size_t from, size_t to) {
    std::vector<size_t> out;
    for (size_t i = from; i < std::min(to, lines_.size()); ++i)
      if (Find(f, i)) out.push_back(i);
    return out;
  }

  /// The first hit of `f` in lines [from, to): the earliest rule at the first
  /// line one matches (what one search over those lines finds, as no rule
  /// matches across a line break).
  const PatternRule* First(Field f, size_t from, size_t to, Hit* hit) {
    for (size_t i = from; i < std::min(to, lines_.size()); ++i) {
      const IdentityRules::FieldRule* best = nullptr;
      size_t best_begin = Hit::npos;
      for (const auto& fr : ir_.fields[f]) {
        if (!Matches(fr, i)) continue;
        if (!best) {
          best = &fr;
          continue;
        }
        // Several rules match the line: the earliest start wins, then the earlier rule.
        if (best_begin == Hit::npos) best_begin = Begin(*best, i);
        if (size_t b = Begin(fr, i); b < best_begin) best = &fr, best_begin = b;
      }
      if (best) {
        SearchIn(*best, text_, lines_[i], hit);  // the groups of the winner only
        return best->rule;
      }
    }
    return nullptr;
  }

 private:
  // Where `r`, which matches line i, starts.
  size_t Begin(const IdentityRules::FieldRule& r, size_t i) const {
    Hit h;
    SearchIn(r, text_, lines_[i], &h, false);
    return h.begin;
  }

  std::string_view Text(size_t i) const { return text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin); }

  bool Matches(const IdentityRules::FieldRule& fr, size_t i) {
    uint8_t kind = fr.at_start ? 1 : 2;
    size_t width = 1 + ir_.line_rules;
    if (!row_[i]) {
      matched_.resize(matched_.size() + width);
      row_[i] = static_cast<uint32_t>(matched_.size() / width);
    }
    uint8_t* row = &matched_[(row_[i] - 1) * width];
    if (!(row[0] & kind)) {
      row[0] |= kind;
      const auto& ids = fr.at_start ? ir_.at_start_ids : ir_.anywhere_ids;
      for (int k : (fr.at_start ? ir_.at_start : ir_.anywhere).Match(Text(i))) row[1 + ids[k]] = 1;
    }
    return row[1 + fr.id];
  }

  std::string_view text_;
  const IdentityRules& ir_;
  std::vector<Line> lines_;
  std::vector<uint32_t> row_;     // per line: 1 + its row in matched_, 0 when not searched yet
  std::vector<uint8_t> matched_;  // per row: kinds searched (1 anchored, 2 others), then one flag per line rule
};

std::string GroupText(std::string_view text, const PatternRule& r, const Hit& h, const char* name) {
  return std::string(r.re->GroupText(text, h, name));
}

void AddDiag(Document* doc, const NormalizedText& nt, size_t pos, const char* severity, const char* code,
             std::string message) {
  Mention m = nt.Locate(pos, pos);
  doc->diagnostics.push_back({severity, code, std::move(message), m.line, m.column, m.offset});
}

// Reads a list under a heading ("Nơi nhận:", "Kính gửi:"): the rest of the
// heading line and the following "- item" lines.
std::vector<std::string> ReadList(const NormalizedText& nt, LineIndex& lines, size_t heading, size_t rest_begin) {
  std::string_view text = nt.text();
  std::vector<std::string> out;
  auto add = [&](size_t b, size_t e) {
    std::string item = nt.OriginalText(b, e);
    std::string_view v = item;
    while (!v.empty() &&
           (v.front() == '-' || v.front() == '+' || v.front() == ' ' || v.front() == '*' || v.front() == '_'))
      v.remove_prefix(1);
    while (!v.empty() && (v.back() == ';' || v.back() == ',' || v.back() == '.' || v.back() == ' ' || v.back() == '*' ||
                          v.back() == '_'))
      v.remove_suffix(1);
    if (!v.empty()) out.emplace_back(v);
  };
  Line first{rest_begin, lines[heading].end};
  auto [rb, re] = TrimSpan(text, first);
  while (rb < re && (text[rb] == ':' || text[rb] == ' ')) ++rb;
  if (rb < re) add(rb, re);
  bool started = rb < re;
  for (size_t i = heading + 1; i < lines.size() && i < heading + 60; ++i) {
    if (IsBlank(text, lines[i])) {
      if (started) break;
      continue;
    }
    auto [b, e] = TrimSpan(text, lines[i]);
    char c = text[b];
    if (c != '-' && c != '+' && text.compare(b, 3, "•") != 0) break;
    if (lines.Find(kFiling, i)) continue;
    add(b, e);
    started = true;
  }
  return out;
}

// Reads the list under the first line of [from, to) that `heading` matches, if any.
void ReadListUnder(const NormalizedText& nt, LineIndex& lines, Field heading, size_t from, size_t to,
                   std::vector<std::string>* out) {
  for (size_t i = from; i < std::min(to, lines.size()); ++i) {
    Hit h;
    if (lines.Find(heading, i, &h, false)) {
      *out = ReadList(nt, lines, i, h.end);
      return;
    }
  }
}

void ReadSigners(const NormalizedText& nt, LineIndex& lines, size_t start, Document* doc) {
  std::string_view text = nt.text();
  for (size_t i : lines.With(kSignerMark, start, lines.size())) {
    Hit h;
    const PatternRule* r = lines.Find(kSignerMark, i, &h);
    Signer s;
    s.mark = GroupText(text, *r, h, "mark");
    s.on_behalf = std::string(Trim(nt.OriginalText(r->re->GroupText(text, h, "behalf").data() - text.data(),
                                                   h.groups[r->re->Group("behalf")].second)));
    s.line = nt.LineOf(h.begin);
    std::vector<std::string> roles;
    for (size_t j = i + 1; j < lines.size() && j <= i + 8; ++j) {
      if (IsBlank(text, lines[j])) continue;
      if (lines.Find(kSignerMark, j) || lines.Find(kRecipientsStart, j)) break;
      if (lines.Find(kSignedNote, j)) continue;
      auto [b, e] = TrimSpan(text, lines[j]);
      std::string_view v = text.substr(b, e - b);
      if (MostlyUpper(v) && !HasDigit(v)) {
        if (s.name.empty()) roles.push_back(std::string(Trim(nt.OriginalText(b, e))));
        continue;
      }
      if (LooksLikeName(v)) s.name = std::string(Trim(nt.OriginalText(b, e)));
      break;
    }
    for (size_t k = 0; k < roles.size(); ++k) s.role += (k ? " " : "") + roles[k];
    // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": one signer, who
    // signs for the head on behalf of the collective.
    auto& signers = doc->self.signers;
    if (!signers.empty() && signers.back().role.empty() && signers.back().name.empty() &&
        s.line == signers.back().line + 1) {
      s.on_behalf = signers.back().on_behalf + " / " + s.on_behalf;
      s.mark = signers.back().mark + " " + s.mark;
      signers.pop_back();
    }
    signers.push_back(std::move(s));
  }
  if (!doc->self.signers.empty()) return;
  // No mark ("CHỦ TỊCH / (Đã ký) / Nguyễn Văn A"): a name closing the text
  // under one or more upper-case role lines.
  size_t i = lines.size();
  while (i > start && IsBlank(text, lines[i - 1])) --i;
  if (i == start) return;
  auto [nb, ne] = TrimSpan(text, lines[i - 1]);
  if (!LooksLikeName(text.substr(nb, ne - nb))) return;
  Signer s;
  s.name = std::string(Trim(nt.OriginalText(nb, ne)));
  std::vector<std::string> roles;
  for (size_t j = i - 1; j-- > start && roles.size() < 3;) {
    if (IsBlank(text, lines[j]) || lines.Find(kSignedNote, j)) {
      if (!roles.empty()) break;
      continue;
    }
    auto [b, e] = TrimSpan(text, lines[j]);
    std::string_view v = text.substr(b, e - b);
    if (!MostlyUpper(v) || HasDigit(v)) break;
    roles.insert(roles.begin(), std::string(Trim(nt.OriginalText(b, e))));
    s.line = nt.LineOf(b);
  }
  if (roles.empty()) return;
  for (size_t k = 0; k < roles.size(); ++k) s.role += (k ? " " : "") + roles[k];
  doc->self.signers.push_back(std::move(s));
}

}  // namespace

// The header lines touched by the national or Party motto, found over the
// header as a whole: copies wrap it anywhere ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM"), and no piece of it is an issuer. Also the motto's start on a
// line that holds something before it (two columns flattened into one line).
std::vector<size_t> MottoStarts(std::string_view text, const IdentityRules& ir, const LineIndex& lines, size_t stop) {
  std::vector<size_t> start(stop, Hit::npos);
  if (stop == 0) return start;
  size_t zone_end = lines[stop - 1].end;
  for (Field f : {kMotto, kPartyMotto}) {
    for (const auto& fr : ir.fields[f]) {
      size_t from = 0, b, e;
      while (from < zone_end && fr.rule->re->SearchBounds(text, from, zone_end, &b, &e) && e > b) {
        for (size_t i = 0; i < stop; ++i)
          if (lines[i].end >= b && lines[i].begin <= e) start[i] = std::min(start[i], std::max(b, lines[i].begin));
        from = e;
      }
    }
  }
  // "ĐOÀN TNCS HỒ CHÍ MINH" on a line of its own is the Đoàn's motto, unless
  // it goes on with a head above it ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS ...").
  std::string_view prev;
  for (size_t i = 0; i < stop; ++i) {
    std::string_view v = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (v.find_first_not_of(" \t*_-|") == std::string_view::npos) continue;
    if (start[i] == Hit::npos && Matches(ir, kYouthMotto, v) && !(!prev.empty() && Matches(ir, kOpenHead, prev)))
      start[i] = lines[i].begin;
    prev = v;
    while (!prev.empty() && std::strchr(" \t*_|", prev.back())) prev.remove_suffix(1);
    while (!prev.empty() && std::strchr(" \t*_|", prev.front())) prev.remove_prefix(1);
  }
  return start;
}

// True when `v` opens with a section number ("I.", "II-", "1.", "a)"): a
// heading of the body, not a header line.
bool SectionHeading(std::string_view v) {
  size_t i = 0;
  while (i < v.size() && (isdigit(static_cast<unsigned char>(v[i])) || std::strchr("IVXLivxl", v[i]))) ++i;
  if (i == 0 && !v.empty() && isalpha(static_cast<unsigned char>(v[0]))) i = 1;
  return i > 0 && i < 6 && i < v.size() && (v[i] == '.' || v[i] == ')' || v[i] == '-');
}

// True when the line opens with a document type ("QUY CHẾ LÀM VIỆC CỦA ..."): a title.
bool StartsWithType(std::string_view v, const RuleData& rules) {
  while (!v.empty() && (v.back() == ':' || v.back() == '.')) v.remove_suffix(1);
  for (size_t end = 0, words = 0; end <= v.size() && words < 4; ++end) {
    if (end < v.size() && v[end] != ' ') continue;
    ++words;
    if (rules.FindTypeByName(v.substr(0, end))) return true;
  }
  return false;
}

// `s` trimmed of white space and of the marks copies leave around header
// cells: Markdown's bold and line-break escapes ("**ỦY BAN THƯỜNG VỤ\\"),
// table pipes, headings.
std::string_view Unmarked(std::string_view s) {
  auto mark = [](char c) { return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '\\' || c == '|' || c == '#'; };
  while (!s.empty() && mark(s.front())) s.remove_prefix(1);
  while (!s.empty() && mark(s.back())) s.remove_suffix(1);
  return s;
}

// How much of `s` a known issuer name covers (0 when none starts it).
// A header that lost its marks ("TỎNG CỤC THUÊ", "VAN PHONG CHÍNH PHU") is
// known when, without marks, it is a known name whole.
const IssuerEntry* BareKnown(std::string_view s, const RuleData& rules) {
  auto it = rules.issuer_by_bare.find(BareName(s));
  return it == rules.issuer_by_bare.end() ? nullptr : it->second;
}

size_t KnownPrefix(std::string_view s, const RuleData& rules) {
  size_t matched = 0;
  if (rules.FindIssuerByName(s, &matched)) return matched;
  return BareKnown(s, rules) ? s.size() : 0;
}

// The name of `e` the issuer table writes for `written` (folded and normalized
// alike: "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân"), or "" when none is.
std::string TableSpelling(const IssuerEntry& e, std::string_view written, const RuleData& rules) {
  std::string want = FoldCase(CollapseSpace(written));
  for (const std::string& n : e.names)
    if (FoldCase(CollapseSpace(NormalizeWith(n, rules))) == want) return n;
  return "";
}

// "BỘ TÀI CHÍNH-BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH": the known bodies of a
// joint text, each named whole, joined by hyphens; empty when `s` is not
// such a list of two or more. ("Bộ Lao động - Thương binh và Xã hội" is one
// name: its second part names no body.)
std::vector<const IssuerEntry*> JointBodies(std::string_view s, const RuleData& rules) {
  s = Trim(s);
  size_t m = 0;
  if (const IssuerEntry* whole = rules.FindIssuerByName(s, &m); whole && m == s.size()) return {whole};
  for (size_t dash = s.find('-'); dash != std::string_view::npos; dash = s.find('-', dash + 1)) {
    std::string_view left = Trim(s.substr(0, dash));
    const IssuerEntry* first = rules.FindIssuerByName(left, &m);
    if (!first || m != left.size()) continue;
    auto rest = JointBodies(s.substr(dash + 1), rules);
    if (rest.empty()) continue;
    rest.insert(rest.begin(), first);
    return rest;
  }
  return {};
}

// The issuing body a header names (`pick`, its lines joined), spelled as the
// issuer table writes its known head: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" →
// "Ủy ban nhân dân tỉnh Nghệ An". None for a one-word byline ("BBT").
std::optional<Issuer> HeaderName(const std::string& line, const RuleData& rules, const IdentityRules& ir,
                                 const DocNumber* number) {
  // No body's name holds a quotation: "TRƯỜNG THPT VIỆT ĐỨC “TIẾP TỤC ĐƯA VIỆC
  // HỌC TẬP ...”" is a page's title naming its subject after the body.
  std::string pick(Trim(std::string_view(line).substr(0, std::min(line.find("\u201C"), line.find('"')))));
  if (pick.empty()) return std::nullopt;
  if (pick.find('-') != std::string::npos) {
    if (auto bodies = JointBodies(pick, rules); bodies.size() >= 2) {
      std::string name;
      for (const IssuerEntry* b : bodies) name += (name.empty() ? "" : " - ") + b->name;
      return Issuer{name, "", name};
    }
  }
  size_t words = 1 + std::count(pick.begin(), pick.end(), ' ');
  size_t matched = 0;
  const IssuerEntry* head = rules.FindIssuerByName(pick, &matched);
  if (!head || matched < pick.size())
    if (const IssuerEntry* bare = BareKnown(pick, rules)) return Issuer{bare->name, bare->code, bare->name};
  if (!head && words < 2) return std::nullopt;  // a byline ("BBT"), not a body
  Issuer is = ResolveIssuer(pick, rules);
  // "BAN CHẤP HÀNH TRUNG ƯƠNG" over "Số: 26-CTr/TWĐTN-VP": the number's body,
  // whose name goes on from the header's ("Ban Chấp hành Trung ương Đoàn").
  if (head && matched == pick.size() && number && !number->issuer_codes.empty()) {
    const IssuerEntry* coded = rules.FindIssuer(number->issuer_codes.front(), true);
    std::string written = FoldCase(CollapseSpace(pick)) + " ";
    for (const std::string& n : coded && coded != head ? coded->names : std::vector<std::string>{})
      if (FoldCase(CollapseSpace(n)).starts_with(written)) return Issuer{n, coded->code, coded->name};
  }
  if (head && matched == pick.size()) {
    // The table's spelling of the name the header writes ("BỘ CHÍNH TRỊ" is
    // "Bộ Chính trị", though its code TW is the Party centre's).
    std::string spelled = TableSpelling(*head, pick, rules);
    is.name = spelled.empty() ? is.canonical_name : spelled;
  } else if (head && MostlyUpper(pick)) {
    // "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An": the
    // table's spelling of the known head, then the place in title case with
    // its locality word ("tỉnh", "huyện") in lower case.
    std::string rest = TitleCase(Trim(std::string_view(pick).substr(matched)));
    Hit loc;
    for (const auto& fr : ir.fields[kLocalityLine]) {
      if (!fr.rule->re->Search(rest, 0, rest.size(), true, &loc)) continue;
      // The whole locality word: "thành phố Hà Nội", not "thành Phố".
      rest = FoldCase(rest.substr(0, loc.end)) + rest.substr(loc.end);
      break;
    }
    // The head as the table writes it, when the header says exactly that.
    std::string head_name = TableSpelling(*head, std::string_view(pick).substr(0, matched), rules);
    is.name = head_name.empty() ? pick : head_name + (rest.empty() ? "" : " " + rest);
  } else {
    is.name = pick;
  }
  return is;
}

// Two header lines flattened into one: "SỞ Y TẾ TP.HCM BỆNH VIỆN ĐA KHOA
// BÌNH CHÁNH", "UBND HUYỆN X TRƯỜNG THCS Y": a known body (and at most three
// words of its place), then a body of its own (rule sub_body) names the
// lower body, as the lowest of two lines would. `v` itself otherwise.
std::string_view SubBody(std::string_view v, const RuleData& rules, const IdentityRules& ir) {
  // (A generic body needs its place first: "ĐẢNG ỦY TRƯỜNG ĐHBK" is the
  // school's Party committee; "BỘ Y TẾ CỤC QUẢN LÝ DƯỢC" needs none.)
  size_t known = 0;
  const IssuerEntry* head = rules.FindIssuerByName(v, &known);
  if (!head || known == 0 || known >= v.size()) return v;
  size_t p = known, words = 0;
  while (p < v.size() && words <= 3) {
    while (p < v.size() && v[p] == ' ') ++p;
    if (p >= v.size()) break;
    std::string_view tail = v.substr(p);
    size_t b, e;
    if ((words > 0 || !head->generic) && MatchBounds(ir, kSubBody, tail, &b, &e) && b == 0 &&
        !Matches(ir, kUnitLine, tail))
      return tail;
    while (p < v.size() && v[p] != ' ') ++p;
    ++words;
  }
  return v;
}

// The issuing body from the header: the last block of consecutive upper-case
// lines above the motto (or the last block), read from its last line up:
// "ỦY BAN NHÂN DÂN / TỈNH BẮC GIANG" and "BỘ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ
// HỘI" are one body written on two lines; "UBND TỈNH X / SỞ Y TẾ" names the
// body (SỞ Y TẾ) under its parent.
std::optional<Issuer> HeaderIssuer(const NormalizedText& nt, const RuleData& rules, const IdentityRules& ir,
                                   LineIndex& lines, size_t stop, size_t number_line, const DocNumber* number) {
  std::string_view text = nt.text();
  std::vector<size_t> motto = MottoStarts(text, ir, lines, stop);
  std::vector<std::pair<size_t, std::string>> candidates;
  size_t motto_line = lines.size();
  for (size_t i = 0; i < stop; ++i) {
    auto [b, e] = TrimSpan(text, lines[i]);
    std::string_view v = text.substr(b, e - b);
    if (v.empty()) continue;
    if (motto[i] != Hit::npos) {
      if (motto_line == lines.size()) motto_line = i;
      // Two columns flattened into one line: "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI ...".
      std::string_view before = Unmarked(text.substr(b, motto[i] > b ? motto[i] - b : 0));
      // "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ----- Số: 52/2018/QĐ-UBND | CỘNG HOÀ ...": the body before the number.
      for (size_t nb, ne; HasDigit(before) && MatchBounds(ir, kOwnNumber, before, &nb, &ne) && nb > 0;)
        before = Trim(before.substr(0, nb));
      // A flattened page opens with its page number: "1. ỦY BAN NHÂN DÂN CỘNG HÒA ...".
      size_t digits = 0;
      while (digits < before.size() && digits < 3 && isdigit(static_cast<unsigned char>(before[digits]))) ++digits;
      if (digits > 0 && digits < before.size() && before[digits] == '.' &&
          (digits + 1 == before.size() || before[digits + 1] == ' '))
        before = Trim(before.substr(digits + 1));
      std::string body;
      if (!before.empty() && MostlyUpper(before) && !HasDigit(before)) body = before;
      // Both columns interleaved on the one line: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ
      // HỘI CHỦ NGHĨA VIỆT NAM TỈNH TRÀ VINH Độc lập - Tự do - Hạnh phúc": the
      // left column goes on between the two lines of the motto.
      std::string_view rest = text.substr(motto[i], e - motto[i]);
      size_t mb, me, nb, ne;
      if ((before.empty() || !body.empty()) && MatchBounds(ir, kMotto, rest, &mb, &me) && mb == 0 &&
          MatchBounds(ir, kMotto, rest.substr(me), &nb, &ne) && nb > 0) {
        std::string_view mid = Unmarked(rest.substr(me, nb));
        if (!mid.empty() && MostlyUpper(mid) && !HasDigit(mid)) {
          // Joined as the lines of a header are below: "ỦY BAN NHÂN DÂN" / "TỈNH
          // TRÀ VINH" is one body; "UBND TỈNH NINH THUẬN" / "SỞ GIÁO DỤC VÀ ĐÀO
          // TẠO" names the body under its parent.
          std::string joined = body + " " + std::string(mid);
          size_t mid_known = KnownPrefix(mid, rules), known = KnownPrefix(joined, rules);
          bool locality = mid_known == 0 && Matches(ir, kLocalityLine, mid);
          bool one_name = known > body.size() && (mid_known < mid.size() || known == joined.size());
          if (body.empty())
            body = mid;
          else if (locality || one_name)
            body = joined;
          else if (mid_known > 0 || Matches(ir, kBodyHead, mid))
            body = mid;
        }
      }
      if (!body.empty()) candidates.push_back({i, body});
      continue;
    }
    v = Unmarked(v);
    if (v.empty() || v.front() == '/') continue;  // "/BC-UBND": a blank number's symbol on a line of its own
    if (lines.Find(kOwnNumber, i) || lines.Find(kPlaceDate, i) || lines.Find(kTitleType, i) || lines.Find(kEnacting, i))
      continue;
    if (!MostlyUpper(v)) {
      // A page title glued before the header: "Quyết định 435/QĐ-UBND năm
      // 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------": the capitals at the end,
      // when a known body opens them.
      size_t cut = v.size();
      for (size_t w = v.size(); w > 0;) {
        size_t b = w;
        while (b > 0 && v[b - 1] != ' ') --b;
        std::string_view word = v.substr(b, w - b);
        bool letters = std::any_of(word.begin(), word.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80);
        });
        if (HasDigit(word) || (letters && !MostlyUpper(word))) break;
        cut = b;
        w = b;
        while (w > 0 && v[w - 1] == ' ') --w;
      }
      std::string_view tail = Unmarked(v.substr(cut));  // "... | HỘI ĐỒNG NHÂN DÂN": a table's cell
      while (!tail.empty() && (tail.back() == '-' || tail.back() == ' ')) tail.remove_suffix(1);
      // (Or the first line of a known name wrapped over the next: "... | BỘ
      // VĂN HOÁ, THỂ THAO" / "VÀ DU LỊCH".)
      auto wraps = [&] {
        if (i + 1 >= stop) return false;
        auto [nb, ne] = TrimSpan(text, lines[i + 1]);
        std::string joined = std::string(tail) + " " + std::string(Unmarked(text.substr(nb, ne - nb)));
        return KnownPrefix(joined, rules) > tail.size();
      };
      if (cut > 0 && !tail.empty() && !HasDigit(tail) && (KnownPrefix(tail, rules) > 0 || wraps()))
        candidates.push_back({i, std::string(tail)});
      continue;
    }
    if (HasDigit(v) || SectionHeading(v) || StartsWithType(v, rules)) continue;
    candidates.push_back({i, std::string(SubBody(v, rules, ir))});
  }
  // Under the number line, a flattened header goes on with its right column
  // ("Số: 26-CTr/TWĐTN-VP" / "ĐOÀN TNCS HỒ CHÍ MINH", the Đoàn's motto): the
  // body is named right above it, when anything is.
  // (A motto under the number line: the header block is further down, and
  // the number came from a web copy's metadata.)
  bool motto_below = false;
  for (size_t i = number_line + 1; i < stop && !motto_below; ++i) motto_below = motto[i] != Hit::npos;
  if (number_line < stop && !motto_below && !candidates.empty() && candidates.front().first < number_line)
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](const auto& c) { return c.first > number_line; }),
                     candidates.end());
  if (candidates.empty()) return std::nullopt;
  // Lines next to each other once blank lines, rule lines ("***", "-----")
  // and motto lines are left out: copies put blank lines between the header
  // lines, and flattened ones interleave the two columns ("ĐẢNG BỘ THÀNH PHỐ
  // HÀ NỘI / ĐẢNG CỘNG SẢN VIỆT NAM / ĐẢNG UỶ KHỐI CÁC TRƯỜNG / ...").
  std::vector<size_t> pos(stop + 1, 0);
  for (size_t i = 0; i < stop; ++i) {
    auto [b, e] = TrimSpan(text, lines[i]);
    bool letters = false;
    for (size_t c = b; c < e && !letters; ++c) letters = isalnum(static_cast<unsigned char>(text[c])) || (text[c] & 0x80);
    bool motto_only = motto[i] != Hit::npos && Unmarked(text.substr(b, motto[i] > b ? motto[i] - b : 0)).empty();
    pos[i + 1] = pos[i] + (letters && !motto_only ? 1 : 0);
  }
  auto next_to = [&](size_t a, size_t b) { return pos[b] == pos[a] + 1; };  // line b right under line a
  // No motto (a portal's page; a law database's page whose metadata gave the
  // number, the header block cut or further down): a line in capitals names
  // the body only when it opens like one, or goes on with such a line right
  // above it ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG"); "THÔNG TIN PHẢN HỒI",
  // "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN" are labels.
  if (motto_line == lines.size()) {
    std::vector<std::pair<size_t, std::string>> kept;
    for (size_t j = 0; j < candidates.size(); ++j) {
      const auto& c = candidates[j];
      bool opens = KnownPrefix(c.second, rules) > 0 || Matches(ir, kBodyHead, c.second);
      // A portal's breadcrumb: "VĂN PHÒNG TỈNH UỶ | TIN HOẠT ĐỘNG" (a body, then
      // a section that is none).
      for (size_t bar = c.second.find('|'); opens && bar != std::string::npos; bar = c.second.find('|', bar + 1)) {
        std::string_view after = Unmarked(std::string_view(c.second).substr(bar + 1));
        size_t next = after.find('|');
        after = Trim(after.substr(0, next));
        opens = after.empty() || KnownPrefix(after, rules) > 0 || Matches(ir, kBodyHead, after);
      }
      bool goes_on = j > 0 && !kept.empty() && kept.back().first == candidates[j - 1].first &&
                     next_to(candidates[j - 1].first, c.first);
      if (opens || goes_on) kept.push_back(c);
    }
    candidates = std::move(kept);
    if (candidates.empty()) return std::nullopt;
  }
  // Prefer the lowest line above the motto (or beside it, in a flattened
  // header): "UBND TỈNH X / SỞ Y TẾ" → SỞ Y TẾ; with the left column going on
  // under the motto line, its lowest line.
  size_t k = candidates.size() - 1;
  for (size_t j = 0; j < candidates.size(); ++j)
    if (candidates[j].first <= motto_line) k = j;
  if (candidates[k].first <= motto_line)
    while (k + 1 < candidates.size() && next_to(candidates[k].first, candidates[k + 1].first)) ++k;
  std::string pick = candidates[k].second;
  auto matches = [&](Field f, std::string_view s) { return Matches(ir, f, s); };
  // "TỈNH ỦY BÌNH DƯƠNG / VĂN PHÒNG", "HUYỆN ỦY X / BAN TUYÊN GIÁO": a unit
  // named only within the body above it is that body's unit ("Văn phòng
  // Tỉnh ủy Bình Dương"); under "BAN CHẤP HÀNH TRUNG ƯƠNG", the central one.
  bool unit = k > 0 && next_to(candidates[k - 1].first, candidates[k].first) && matches(kUnitLine, pick);
  // The two flattened into one line: "BAN CHẤP HÀNH TRUNG ƯƠNG ỦY BAN KIỂM TRA".
  std::string flat_parent;
  for (size_t sp = pick.find(' '); !unit && sp != std::string::npos; sp = pick.find(' ', sp + 1)) {
    if (!matches(kUnitLine, std::string_view(pick).substr(sp + 1))) continue;
    flat_parent = pick.substr(0, sp);
    pick = pick.substr(sp + 1);
    unit = true;
  }
  if (unit) {
    size_t top = k - 1;
    std::string parent = flat_parent.empty() ? candidates[top].second : flat_parent;
    while (flat_parent.empty() && top > 0 && next_to(candidates[top - 1].first, candidates[top].first) &&
           (matches(kLocalityLine, parent) || !matches(kBodyHead, parent))) {
      --top;
      parent = candidates[top].second + " " + parent;
    }
    Hit level;
    const PatternRule* head_rule = nullptr;
    for (const auto& fr : ir.fields[kOpenHead])
      if (!head_rule && fr.rule->re->Search(parent, 0, parent.size(), false, &level)) head_rule = fr.rule;
    if (head_rule) {
      int g = head_rule->re->Group("level");
      if (g >= 0 && level.has(g)) pick += " " + parent.substr(level.groups[g].first, level.groups[g].second - level.groups[g].first);
    } else if (matches(kBodyHead, parent) && !matches(kUnitLine, parent)) {
      pick += " " + parent;
    }
  }
  // Join the lines above while they make one body.
  for (; !unit && k > 0 && next_to(candidates[k - 1].first, candidates[k].first); --k) {
    const std::string& above = candidates[k - 1].second;
    std::string joined = above + " " + pick;
    // ("HUYỆN ỦY ĐẠI LỘC" names a body of its own: no join.)
    bool locality = KnownPrefix(pick, rules) == 0 && matches(kLocalityLine, pick);
    // ... or the name under its locality word wrapped alone: "PHƯỜNG" / "LONG ANH".
    size_t lb = 0, le = 0;
    if (!locality && KnownPrefix(pick, rules) == 0 && MatchBounds(ir, kLocalityLine, joined, &lb, &le) &&
        le == above.size() + 1)
      locality = true;
    // ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI": one known name, though its last line is one too.)
    size_t known = KnownPrefix(joined, rules);
    bool one_name = known > above.size() && (KnownPrefix(pick, rules) < pick.size() || known == joined.size());
    // "ĐẢNG UỶ KHỐI CÁC TRƯỜNG / ĐẠI HỌC, CAO ĐẲNG HÀ NỘI": a line that opens
    // no body of its own ends the name above.
    bool goes_on = KnownPrefix(pick, rules) == 0 && !matches(kBodyHead, pick) && matches(kBodyHead, above);
    if (!locality && !one_name && !goes_on && matches(kOpenTail, pick)) {
      // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH": a head naming
      // no body over its organisation, on one line or wrapped over two.
      if (matches(kOpenHead, above)) {
        goes_on = true;
      } else if (k >= 2 && next_to(candidates[k - 2].first, candidates[k - 1].first)) {
        std::string two = candidates[k - 2].second + " " + above;
        if (matches(kOpenHead, two)) {
          pick = two + " " + pick;
          --k;
          continue;
        }
      }
    }
    if (!locality && !one_name && !goes_on) break;
    pick = joined;
  }
  return HeaderName(pick, rules, ir, number);
}

// "TỈNH ỦY THỪA THIÊN HUẾ" over "T/M BAN THƯỜNG VỤ": the committee's
// standing body issued it, "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế" ("BAN CHẤP
// HÀNH TRUNG ƯƠNG ĐOÀN" over "TM. BAN BÍ THƯ": "Ban Bí thư Trung ương Đoàn"),
// when the issuer table knows the collective of that committee.
void CollectiveIssuer(const RuleData& rules, const IdentityRules& ir, Identity* self) {
  for (const Signer& s : self->signers) {
    std::string_view behalf = Trim(std::string_view(s.on_behalf));
    if (!Matches(ir, kCollectiveSigner, behalf)) continue;
    const std::string body = self->issuer->name;
    size_t matched = 0;
    // "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN": the collective named in full. (A bare
    // "BAN BÍ THƯ" names the Party's own; under the Đoàn's header it is the Đoàn's.)
    if (const IssuerEntry* e = rules.FindIssuerByName(behalf, &matched);
        e && matched == behalf.size() && e->code == self->issuer->code) {
      size_t body_matched = 0;
      rules.FindIssuerByName(body, &body_matched);
      if (std::string n = TableSpelling(*e, behalf, rules); !n.empty())
        self->issuer = Issuer{n + body.substr(body_matched), e->code, e->name};
      return;
    }
    // The collective before the committee's name, less the head words the
    // collective stands for ("Ban Chấp hành" of "Ban Chấp hành Trung ương
    // Đoàn"): the first such name the issuer table knows.
    std::string_view rest = body;
    for (int dropped = 0; dropped <= 3 && !rest.empty(); ++dropped) {
      std::string joined = std::string(behalf) + " " + std::string(rest);
      const IssuerEntry* e = rules.FindIssuerByName(joined, &matched);
      if (e && matched > behalf.size() + 1) {
        if (std::string n = TableSpelling(*e, std::string_view(joined).substr(0, matched), rules); !n.empty())
          self->issuer = Issuer{n + joined.substr(matched), e->code, e->name};
        return;
      }
      size_t space = rest.find(' ');
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
    return;
  }
}

void ExtractIdentity(const NormalizedText& nt, const RuleData& rules, Document* doc) {
  std::string_view text = nt.text();
  const IdentityRules& ir = rules.Derived<IdentityRules>();
  LineIndex lines(text, ir);
  // The header is the first lines, and at most kHeaderBytes: plans whose
  // "lines" are whole paragraphs must not drag the body into the header.
  // Lines without a letter or digit (blank, "|", "**", "-----": web copies
  // hold dozens) are not counted.
  size_t top_lines = 0;
  for (size_t counted = 0; top_lines < lines.size() && counted < kHeaderLines; ++top_lines) {
    std::string_view v = text.substr(lines[top_lines].begin, lines[top_lines].end - lines[top_lines].begin);
    counted += std::any_of(v.begin(), v.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); });
  }
  size_t header_end_line = top_lines;
  while (header_end_line > 1 && lines[header_end_line - 1].begin > kHeaderBytes) --header_end_line;
  size_t footer_line = lines.size() > kFooterLines ? lines.size() - kFooterLines : 0;
  while (footer_line + 1 < lines.size() && text.size() - lines[footer_line].begin > kFooterBytes) ++footer_line;
  Identity& self = doc->self;

  // Number line.
  size_t number_line = lines.size();
  std::optional<DocType> blank_type;  // the type code of a blank number ("Số: /BC-UBND")
  std::optional<Line> after_number;  // the rest of the number's line
  // The number alone on its line (or beside the place and date).
  auto number_at = [&](size_t pos, size_t line) -> std::optional<NumberHit> {
    auto n = NumberAt(text, pos, rules);
    if (!n) return n;
    Line after{n->end, lines[line].end};
    // (A header flattened after its date: "... ngày 05 tháng 10 năm 2012 Số:
    // 15/2012/CT-UBND CHỈ THỊ Về ...": the title in capitals follows.)
    auto title_next = [&] {
      std::string_view rest = Trim(text.substr(after.begin, after.end - after.begin));
      size_t sp = rest.find(' ');
      std::string_view first = rest.substr(0, sp);
      return !first.empty() && MostlyUpper(first) && StartsWithType(rest.substr(0, std::min(rest.size(), size_t{40})), rules);
    };
    // (Or the motto, the other column of a flattened table: "Số: 181/KH-BVĐKBC | CỘNG HÒA ...".)
    auto motto_next = [&] {
      std::string_view raw = text.substr(after.begin, after.end - after.begin);
      size_t bar = raw.find_first_not_of(" \t");
      if (bar == std::string_view::npos || raw[bar] != '|') return false;
      std::string_view rest = raw.substr(bar + 1);
      size_t b, e;
      return MatchBounds(ir, kMotto, rest, &b, &e) && Unmarked(rest.substr(0, b)).empty();
    };
    if (!IsBlank(text, after) && !SpanHas(text, ir, kPlaceDate, after) && !SpanHas(text, ir, kSubject, after) &&
        !title_next() && !motto_next())
      return std::nullopt;
    after_number = after;
    return n;
  };
  for (size_t i : lines.With(kOwnNumber, 0, header_end_line)) {
    Hit h;
    const PatternRule* r = lines.Find(kOwnNumber, i, &h);
    int g = r->re->Group("rest");
    size_t rest = h.has(g) ? h.groups[g].first : h.end;
    std::string_view rest_text = h.has(g) ? text.substr(rest, h.groups[g].second - rest) : std::string_view();
    auto n = number_at(rest, i);
    // "Số:" / "77/2008/TT-BTC": the number on the next line (two header columns flattened).
    if (!n && Trim(rest_text).empty()) {
      size_t j = i + 1;
      while (j < lines.size() && j < i + 3 && IsBlank(text, lines[j])) ++j;
      if (j < lines.size() && j < i + 3) n = number_at(TrimSpan(text, lines[j]).first, j);
    }
    if (n) {
      self.number = n->number;
      self.number_at = nt.Locate(n->begin, n->end);
      number_line = i;
      if (!n->number.canonical)
        AddDiag(doc, nt, n->begin, "warning", "non_canonical_number",
                fmt::format("own number '{}' is not in canonical form; write '{}'", nt.OriginalText(n->begin, n->end),
                            n->number.id));
      break;
    }
    std::string_view trimmed = Trim(rest_text);
    if (trimmed.empty() || trimmed.front() == '/' || trimmed.front() == '-') {
      number_line = i;
      // Its symbol still names the type: "Số: /BC-UBND", "Số -KH/TU".
      std::string_view symbol = trimmed.substr(trimmed.empty() ? 0 : 1);
      size_t cut = symbol.find_first_of("-/ \t");
      if (const TypeEntry* t = rules.FindType(symbol.substr(0, cut), false); t && t->coded)
        blank_type = DocType{t->code, t->name};
      AddDiag(doc, nt, h.begin, "warning", "blank_number",
              fmt::format("the number field is blank: '{}'", nt.OriginalText(lines[i].begin, lines[i].end)));
      break;
    }
  }

  // A copy that lost the "Số:" before the number: a header line opening with a
  // number that stands alone (or beside the place and date), next to the
  // motto or the place and date line, is the number line.
  for (size_t i = 0; !self.number && number_line == lines.size() && i < header_end_line; ++i) {
    auto [lb, le] = TrimSpan(text, lines[i]);
    if (lb == le || !std::isdigit(static_cast<unsigned char>(text[lb]))) continue;
    auto n = number_at(lb, i);
    if (!n || n->begin != lb) continue;
    bool beside = !IsBlank(text, *after_number);
    for (size_t j = i > 3 ? i - 3 : 0; !beside && j < std::min(lines.size(), i + 3); ++j)
      beside = j != i && (lines.Find(kPlaceDate, j) || (j < i && (lines.Find(kMotto, j) || lines.Find(kPartyMotto, j))));
    if (!beside) continue;
    self.number = n->number;
    self.number_at = nt.Locate(n->begin, n->end);
    number_line = i;
  }

  // PDF extractions may move the header block below the title or the first
  // article: with no motto at the top, a number line further down is the
  // document's own when the motto sits next to it.
  std::optional<size_t> moved_header;
  Hit top_motto;
  size_t top = std::min(header_end_line, kTopLines);
  if (!self.number && number_line == lines.size() && !lines.First(kMotto, 0, top, &top_motto) &&
      !lines.First(kPartyMotto, 0, top, &top_motto)) {
    // One DFA search for the motto from where the top ends (the moved block
    // may straddle the header zone's last lines) over kMovedHeaderBytes, then
    // the number line among the lines around it: no line-by-line match of the body.
    size_t from = top < lines.size() ? lines[top].begin : text.size();
    size_t to = std::min(text.size(), from + kMovedHeaderBytes);
    Hit h;
    auto motto_in = [&](Field f) {
      for (const auto& fr : ir.fields[f])
        if (SearchIn(fr, text, Line{from, to}, &h, /*groups=*/false)) return true;
      return false;
    };
    while (!moved_header && from < to) {
      if (!motto_in(kMotto) && !motto_in(kPartyMotto)) break;
      size_t m = lines.LineAt(h.begin);  // the line holding the motto
      from = lines[m].end + 1;
      for (size_t i = std::max(m > 4 ? m - 4 : 0, top); i < std::min(lines.size(), m + 5); ++i) {
        Hit nh;
        const PatternRule* nr = lines.Find(kOwnNumber, i, &nh);
        int g = nr ? nr->re->Group("rest") : -1;
        if (!nr || !nh.has(g)) continue;
        if (auto n = number_at(nh.groups[g].first, i)) {
          self.number = n->number;
          self.number_at = nt.Locate(n->begin, n->end);
          number_line = i;
          moved_header = i;
          break;
        }
      }
    }
  }

  // "Về việc ... (3585/VP-KTN, ngày 23/10/2017).": a portal's subject line
  // with the number and date after it.
  std::optional<DocDate> subject_date;
  bool subject_number = false;
  if (!self.number && number_line == lines.size()) {
    Hit h;
    if (const PatternRule* r = lines.First(kSubjectNumber, 0, header_end_line, &h)) {
      int g = r->re->Group("rest");
      if (auto n = h.has(g) ? NumberAt(text, h.groups[g].first, rules) : std::nullopt) {
        self.number = n->number;
        self.number_at = nt.Locate(n->begin, n->end);
        subject_number = true;
        if (auto d = DateAt(text, n->end, rules, true, h.groups[g].second)) subject_date = d->date;
      }
    }
  }

  // Old gazette copies open with a one-sentence title that holds the number
  // and the date: "CHỈ THỊ / CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG / NGÀY
  // 21 THÁNG 6 NĂM 2001 VỀ VIỆC ...". Only from the start of a header line
  // in capitals, for a number of the title's type.
  std::optional<DocDate> title_date;
  for (size_t f = 0; !self.number && number_line == lines.size() && f < header_end_line; ++f) {
    auto [lb, le] = TrimSpan(text, lines[f]);
    if (lb == le) continue;
    bool upper = MostlyUpper(text.substr(lb, le - lb));
    Hit h;
    const PatternRule* r =
        FirstIn(text, ir, kGazetteTitle, Line{lines[f].begin, lines[std::min(f + 4, lines.size() - 1)].end}, &h);
    int tg = r ? r->re->Group("type") : -1, ng = r ? r->re->Group("rest") : -1;
    if (r && h.begin <= lb && h.has(tg) && h.has(ng)) {
      std::string_view type_text = text.substr(h.groups[tg].first, h.groups[tg].second - h.groups[tg].first);
      auto n = NumberAt(text, h.groups[ng].first, rules);
      auto t = ResolveType(nullptr, type_text, rules);
      // In capitals; or, in any case, a page title holding the type and the number alone ("Quyết định 1281/QĐ-UBND").
      bool alone = n && n->end == le;
      if (n && t && ((upper && MostlyUpper(type_text)) || alone) && (n->number.type_code == t->code)) {
        self.number = n->number;
        self.number_at = nt.Locate(n->begin, n->end);
        number_line = f;
        if (auto d = DateAt(text, n->end, rules, true)) {
          title_date = d->date;
          self.date_at = nt.Locate(d->begin, d->end);
        }
      }
    }
  }

  // A newspaper or portal copy: a lead says who issued which document, and a
  // note says its full text follows ("Ngày 23/8/2017, Tỉnh ủy ... đã ban hành
  // Chương trình số 27-CTr/TU về ... Ban quản trị website xin đăng toàn văn
  // Chương trình"). With no number line, the lead names the document itself.
  std::optional<DocType> lead_type;
  std::optional<Issuer> lead_issuer;
  std::optional<DocDate> lead_date;
  // A copy whose note ("Ban Biên tập trân trọng đăng toàn văn ...") comes
  // before the document's own header: the text starts after the note.
  if (self.number && number_line < lines.size() && number_line > 0)
    if (auto notes = lines.With(kPublication, 0, number_line); !notes.empty())
      self.text_at = nt.Locate(lines[notes.back()].end, lines[notes.back()].end);
  if (!self.number && number_line == lines.size()) {
    std::vector<size_t> notes = lines.With(kPublication, 0, top_lines);
    for (size_t i = 0; !notes.empty() && i <= notes.front(); ++i) {
      Hit h;
      const PatternRule* r = lines.Find(kIssuerSentence, i, &h);
      if (!r || h.has(r->re->Group("of"))) continue;
      int tg = r->re->Group("type"), cg = r->re->Group("cited"), ig = r->re->Group("issuer");
      if (!h.has(tg) || !h.has(ig)) continue;
      lead_type = ResolveType(nullptr, text.substr(h.groups[tg].first, h.groups[tg].second - h.groups[tg].first), rules);
      if (!lead_type) continue;
      lead_issuer = ResolveIssuer(nt.Phrase(h.groups[ig].first, h.groups[ig].second), rules);
      if (h.has(cg)) {
        size_t digit = h.groups[cg].second - 1;
        // (A letter's number names no type: "Công văn số 13417/UBND-VP".)
        bool letter = rules.letter_type && lead_type->code == rules.letter_type->code;
        if (auto n = NumberAt(text, digit, rules);
            n && (n->number.type_code == lead_type->code || (letter && n->number.type_code.empty()))) {
          self.number = n->number;
          self.number_at = nt.Locate(n->begin, n->end);
          if (auto d = DateAt(text, n->end, rules, true)) lead_date = d->date;
        } else if (!n) {
          // "đã ban hành Chỉ thị số 17 về việc ...": the serial alone, as a
          // cited one is read (fix no_symbol).
          size_t e = digit;
          while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
          if (e - digit <= 5 && (e == text.size() || text[e] == ' ' || text[e] == '\t' || text[e] == ',')) {
            self.number = BareSerialNumber(text.substr(digit, e - digit), lead_type->code, false);
            self.number->text = std::string(text.substr(digit, e - digit));
            self.number_at = nt.Locate(digit, e);
          }
        }
      }
      // "Ngày 23/8/2017, Tỉnh ủy ... đã ban hành": the date opening the lead.
      if (!lead_date)
        if (auto d = DateAt(text, lines[i].begin, rules, false, h.groups[ig].first); d && d->date.day)
          lead_date = d->date;
      // (The page's headline first, "Ban Thường trực ... ban hành Hướng dẫn
      // ...", then the dated lead: "Ngày 08/02/2023, Ban Thường trực ... ban
      // hành Hướng dẫn ...; Ban Biên tập website giới thiệu toàn văn".)
      for (size_t j = i + 1; !lead_date && j <= notes.front(); ++j) {
        Hit hj;
        const PatternRule* rj = lines.Find(kIssuerSentence, j, &hj);
        if (!rj || hj.has(rj->re->Group("of")) || hj.has(rj->re->Group("cited"))) continue;
        if (auto d = DateAt(text, lines[j].begin, rules, true, hj.begin); d && d->date.day) lead_date = d->date;
      }
      self.text_at = nt.Locate(lines[notes.front()].end, lines[notes.front()].end);
      break;
    }
  }

  // Place and date line: the first one anywhere (some layouts put it last).
  {
    Hit h;
    // Header first; some layouts put the place and date at the end.
    const PatternRule* r = lines.First(kPlaceDate, 0, header_end_line, &h);
    // A place wrapped before its last word: "*Thành phố Hồ" / "Chí Minh, ngày 19
    // tháng 11 năm 2025*" (a short line in mixed case, no motto, right above).
    if (r) {
      size_t li = lines.LineAt(h.begin);
      if (li > 0 && li < lines.size() && lines[li].begin <= h.begin) {
        auto [pb, pe] = TrimSpan(text, lines[li - 1]);
        std::string_view prev = text.substr(pb, pe - pb);
        size_t words = prev.empty() ? 0 : 1 + std::count(prev.begin(), prev.end(), ' ');
        Hit h2;
        const PatternRule* r2 = nullptr;
        if (!prev.empty() && words <= 4 && !MostlyUpper(prev) && !std::strchr(".,;:!?-", prev.back()) &&
            !SpanHas(text, ir, kMotto, lines[li - 1]) &&
            (r2 = FirstIn(text, ir, kPlaceDate, Line{lines[li - 1].begin, lines[li].end}, &h2)) && h2.end == h.end &&
            h2.begin < lines[li].begin) {
          h = std::move(h2);
          r = r2;
        }
      }
    }
    // Flattened headers: "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH".
    if (!r && after_number) r = FirstIn(text, ir, kPlaceDate, *after_number, &h);
    // Wrapped: "Hà Nội, ngày 27" / "tháng 9 năm 2024".
    for (size_t i = 0; !r && i + 1 < header_end_line; ++i)
      if (!IsBlank(text, lines[i]) && !IsBlank(text, lines[i + 1]))
        r = FirstIn(text, ir, kPlaceDate, Line{lines[i].begin, lines[i + 1].end}, &h);
    if (!r && moved_header)
      r = lines.First(kPlaceDate, *moved_header > 4 ? *moved_header - 4 : 0, std::min(lines.size(), *moved_header + 5), &h);
    // Beside the number line or under the motto, however far down a web
    // page's furniture pushed them, on one line or wrapped over two ("*Hà
    // Nội, ngày 24" / "tháng 11 năm 2025*").
    std::vector<size_t> anchors;
    if (!r && number_line < lines.size()) anchors.push_back(number_line);
    for (size_t i = 0; !r && i < std::min(lines.size(), header_end_line + kHeaderLines); ++i)
      if (lines.Find(kMotto, i) || lines.Find(kPartyMotto, i)) {
        anchors.push_back(i);
        break;
      }
    for (size_t at : anchors) {
      size_t lo = at > kBesideNumber ? at - kBesideNumber : 0;
      size_t hi = std::min(lines.size(), at + kBesideNumber + 1);
      if (!r) r = lines.First(kPlaceDate, lo, hi, &h);
      for (size_t i = lo; !r && i + 1 < hi; ++i)
        if (!IsBlank(text, lines[i]) && !IsBlank(text, lines[i + 1]))
          r = FirstIn(text, ir, kPlaceDate, Line{lines[i].begin, lines[i + 1].end}, &h);
    }
    if (!r) r = lines.First(kPlaceDate, footer_line, lines.size(), &h);
    std::string place;
    if (r) {
      place = nt.OriginalText(h.groups[r->re->Group("place")].first, h.groups[r->re->Group("place")].second);
      // A flattened header: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày ...": the place follows the motto.
      for (Field f : {kMotto, kPartyMotto})
        for (size_t mb, me; MatchBounds(ir, f, place, &mb, &me) && me < place.size();) {
          std::string_view rest = std::string_view(place).substr(me);
          rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" -\t")));  // "----- Lạng Sơn"
          place = std::string(Trim(rest));
        }
      // "Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào thứ bảy": a sentence, no date line.
      if (Matches(ir, kNotPlace, place)) r = nullptr;
    }
    if (r) {
      self.place = place;
      std::string day = GroupText(text, *r, h, "day"), month = GroupText(text, *r, h, "month"),
                  year = GroupText(text, *r, h, "year");
      self.date_at = nt.Locate(h.begin, h.end);
      // "năm 20264": a year with a digit glued on is no year.
      size_t glued = h.end;
      while (glued < text.size() && isdigit(static_cast<unsigned char>(text[glued]))) ++glued;
      if (glued > h.end) {
        AddDiag(doc, nt, h.begin, "error", "invalid_date",
                fmt::format("the date '{}' has a malformed year", nt.OriginalText(h.begin, glued)));
      } else if (!day.empty() && !month.empty() && !year.empty()) {
        if (auto d = MakeDate(day, month, year, ""))
          self.date = d;
        else
          AddDiag(doc, nt, h.begin, "error", "invalid_date",
                  fmt::format("the date '{}' does not exist", nt.OriginalText(h.begin, h.end)));
      } else {
        AddDiag(doc, nt, h.begin, "warning", "blank_date",
                fmt::format("the date line has blank fields: '{}'", nt.OriginalText(h.begin, h.end)));
        if (!year.empty()) {
          if (auto d = MakeDate("", month, year, "")) self.date = d;
        }
      }
    }
  }
  if (!self.date && title_date) self.date = title_date;
  if (!self.date && lead_date) self.date = lead_date;
  if (!self.date && subject_date) self.date = subject_date;
  if (!self.date || self.date->day == 0) {
    Hit h;
    const PatternRule* r = lines.First(kAdoptedDate, 0, header_end_line, &h);
    if (!r) r = lines.First(kAdoptedDate, footer_line, lines.size(), &h);
    // A metadata table flattened one cell to a line: a label line ending with
    // its colon ("**Ngày ban hành:**"), the value a line or two below.
    for (size_t i = 0; !r && i + 1 < header_end_line; ++i) {
      auto [b, e] = TrimSpan(text, lines[i]);
      std::string_view v = text.substr(b, e - b);
      while (!v.empty() && (v.back() == '*' || v.back() == '_' || v.back() == '|' || v.back() == ' ')) v.remove_suffix(1);
      if (v.empty() || v.back() != ':') continue;
      r = FirstIn(text, ir, kAdoptedDate, Line{lines[i].begin, lines[std::min(i + 3, lines.size() - 1)].end}, &h);
    }
    if (r) {
      if (auto d = MakeDate(GroupText(text, *r, h, "day"), GroupText(text, *r, h, "month"),
                            GroupText(text, *r, h, "year"), "")) {
        self.date = d;
        self.date_at = nt.Locate(h.begin, h.end);
      }
    }
  }

  // A page's title with the type and the day, no number: "Thông báo Khẩn ngày 18/10/2020".
  std::string dated_type;
  if (!self.number && number_line == lines.size()) {
    size_t f = 0;
    while (f < lines.size() && IsBlank(text, lines[f])) ++f;
    Hit h;
    if (f < lines.size() && f < header_end_line) {
      if (const PatternRule* r = lines.Find(kDatedTitle, f, &h)) {
        if (auto d = MakeDate(GroupText(text, *r, h, "day"), GroupText(text, *r, h, "month"),
                              GroupText(text, *r, h, "year"), "")) {
          dated_type = GroupText(text, *r, h, "type");
          if (!self.date) {
            self.date = d;
            self.date_at = nt.Locate(h.begin, h.end);
          }
        }
      }
    }
  }
  // Type title line ("KẾ HOẠCH") and the title under it.
  size_t title_line = lines.size();
  bool title_flattened = false;
  std::string title_type;
  for (size_t i : lines.With(kTitleType, 0, header_end_line)) {
    Hit h;
    const PatternRule* r = lines.Find(kTitleType, i, &h);
    std::string t = GroupText(text, *r, h, "type");
    if (!MostlyUpper(t)) continue;
    title_type = t;
    title_line = i;
    // A header flattened into one line (rule title_after_motto): its title
    // is on that line, cut off where the body starts; none is read under it.
    if (TrimSpan(text, lines[i]).second > h.end) title_flattened = true;
    break;
  }
  // No header: a first line in capitals that opens with the type and goes on
  // with the title ("KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG ...").
  std::string inline_title;
  if (title_line == lines.size() && number_line == lines.size()) {
    // One of the first lines, or the line under the place and date ("Đông
    // Ba, ngày 01 tháng 6 năm 2022" / "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN").
    std::vector<size_t> at = lines.With(kTitleInline, 0, std::min(header_end_line, size_t{3}));
    if (Hit pd; self.date_at && lines.First(kPlaceDate, 0, header_end_line, &pd)) {
      size_t k = lines.LineAt(pd.begin) + 1;
      while (k < lines.size() && IsBlank(text, lines[k])) ++k;
      if (k < header_end_line && k >= 3 && lines.Find(kTitleInline, k)) at.push_back(k);
    }
    for (size_t i : at) {
      Hit h;
      const PatternRule* r = lines.Find(kTitleInline, i, &h);
      auto [b, e] = TrimSpan(text, lines[i]);
      std::string t = GroupText(text, *r, h, "type");
      if (MostlyUpper(text.substr(b, e - b)) && rules.FindTypeByName(t)) {
        title_type = t;
        int g = r->re->Group("rest");
        inline_title = CollapseSpace(nt.OriginalText(h.groups[g].first, h.groups[g].second));
      } else if (MostlyUpper(t) && rules.FindTypeByName(t) && h.begin == b) {
        // A copy flattened into one line: "KẾ HOẠCH Thực hiện công tác bảo vệ
        // rừng ... Căn cứ ...": the type, but no title (its end is lost).
        title_type = t;
      }
      break;
    }
  }
  if (!inline_title.empty()) self.title = inline_title;
  if (title_type.empty() && !dated_type.empty() && rules.FindTypeByName(dated_type)) title_type = dated_type;
  if (title_line < lines.size() && !title_flattened) {
    std::string title;
    size_t n = 0;
    for (size_t i = title_line + 1; i < lines.size() && n < kMaxTitleLines; ++i) {
      if (IsBlank(text, lines[i])) {
        if (n) break;
        continue;
      }
      auto [b, e] = TrimSpan(text, lines[i]);
      std::string_view v = text.substr(b, e - b);
      // A rule line ("-----", "***") closes the title.
      bool letters = false;
      for (int32_t k = 0; k < static_cast<int32_t>(v.size()) && !letters;) {
        UChar32 ch;
        U8_NEXT(reinterpret_cast<const uint8_t*>(v.data()), k, static_cast<int32_t>(v.size()), ch);
        letters = u_isalpha(ch);
      }
      if (!letters) {
        if (n) break;
        continue;
      }
      // The body starts with a cue ("Căn cứ", "Thực hiện") or the issuer's name.
      bool body = false;
      for (const auto& [cue, clause] : ir.body_cues) {
        Hit h;
        if ((n > 0 || clause) && cue->re->Search(v, 0, v.size(), true, &h) && BoundaryAfter(v, h.end)) {
          body = true;
          break;
        }
      }
      size_t matched = 0;
      // "BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "**THỦ TƯỚNG CHÍNH PHỦ
      // điện:**": the issuer's line (in Markdown's emphasis or not) opens the body.
      std::string_view plain = v;
      while (!plain.empty() && (plain.front() == '*' || plain.front() == '_')) plain.remove_prefix(1);
      while (!plain.empty() && (plain.back() == '*' || plain.back() == '_')) plain.remove_suffix(1);
      if (!body && n > 0 && rules.FindIssuerByName(plain, &matched)) {
        // (Its enacting word after it: "điện:", "quyết định:".)
        std::string_view rest = Trim(plain.substr(matched));
        bool enacting = !rest.empty() && rest.back() == ':' && std::count(rest.begin(), rest.end(), ' ') <= 1 &&
                        MostlyUpper(plain.substr(0, matched));
        body = matched == plain.size() || MostlyUpper(plain) || enacting;
      }
      if (body) break;
      title += (title.empty() ? "" : " ") + nt.OriginalText(b, e);
      ++n;
    }
    self.title = CollapseSpace(title);
    // A gazette title ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21
    // THÁNG 6 NĂM 2001 VỀ VIỆC ..."): the subject is what follows the date.
    if (title_date && self.date_at) {
      std::string date_text = CollapseSpace(self.date_at->text);
      size_t p = self.title.find(date_text);
      if (p != std::string::npos && p + date_text.size() < self.title.size())
        self.title = std::string(Trim(std::string_view(self.title).substr(p + date_text.size())));
    }
  }
  // Công văn subject: "V/v ..." and its continuation lines.
  bool has_subject = false;
  for (size_t i : lines.With(kSubject, 0, self.title.empty() ? header_end_line : 0)) {
    Hit h;
    const PatternRule* r = lines.Find(kSubject, i, &h);
    has_subject = true;
    int g = r->re->Group("subject");
    std::string subject = h.has(g) ? nt.OriginalText(h.groups[g].first, h.groups[g].second) : "";
    for (size_t j = i + 1; j < lines.size() && j < i + kMaxTitleLines; ++j) {
      // The other header column goes on under it in flattened copies.
      if (IsBlank(text, lines[j]) || lines.Find(kPlaceDate, j) || lines.Find(kAddresseesStart, j) ||
          lines.Find(kMotto, j) || lines.Find(kPartyMotto, j) || lines.Find(kOwnNumber, j) || lines.Find(kTitleType, j))
        break;
      subject += " " + nt.OriginalText(lines[j].begin, lines[j].end);
    }
    self.title = CollapseSpace(subject);
    break;
  }

  // The subject without its "(3585/VP-KTN, ngày 23/10/2017)".
  if (subject_number) {
    size_t open = self.title.rfind(" (");
    if (open != std::string::npos && self.title.find(self.number->text, open) != std::string::npos)
      self.title.erase(open);
  }
  // Type: from the number, else the title line, else a công văn by its V/v.
  if (self.number) self.type = ResolveType(&*self.number, title_type, rules);
  if (!title_type.empty()) {
    std::optional<DocType> titled = ResolveType(nullptr, title_type, rules);
    // The title line names another type than the number's code ("Số:
    // 55/2007/CT-UBND" over "QUYẾT ĐỊNH"): the title says what the text is.
    // (Not in a party number, whose "QĐ" stands for Quy định too.)
    const TypeEntry* by_code = self.type ? rules.FindType(self.type->code, false) : nullptr;
    const TypeEntry* by_title = titled ? rules.FindType(titled->code, false) : nullptr;
    // A kind of the type the title names is no other type ("THÔNG TƯ" over a
    // "TTLT" number: a Thông tư liên tịch).
    auto kind_of = [](const TypeEntry* a, const TypeEntry* b) {
      std::string x = FoldCase(a->name), y = FoldCase(b->name);
      return x.rfind(y, 0) == 0 || y.rfind(x, 0) == 0;
    };
    if (self.type && by_code && by_title && by_code != by_title && by_code->coded && by_title->coded &&
        !by_code->letter && !by_title->letter && self.number->family != Family::kParty &&
        !kind_of(by_code, by_title)) {
      AddDiag(doc, nt, title_line < lines.size() ? lines[title_line].begin : 0, "info", "type_mismatch",
              fmt::format("the title names a {} but the number '{}' has the code of a {}", by_title->name,
                          self.number->text, by_code->name));
      self.type = titled;
    }
    if (!self.type) self.type = titled;
  }
  if (!self.type && lead_type) self.type = lead_type;
  if (!self.type && blank_type) self.type = blank_type;
  // A letter by its "V/v" line, or, with no type anywhere, by its "Kính gửi:"
  // line in the header's reach.
  Hit addressed;
  if (!self.type && rules.letter_type &&
      (has_subject || lines.First(kAddresseesStart, 0, std::min(lines.size(), header_end_line + 10), &addressed)))
    self.type = DocType{rules.letter_type->code, rules.letter_type->name};

  // Issuing body: the header's upper-case lines above the title, else the
  // preamble sentence "<body> ban hành Kế hoạch".
  size_t stop = std::min({title_line + (title_flattened ? 1 : 0), header_end_line, lines.size()});
  if (number_line < stop) stop = std::max(stop, number_line);
  bool header_issuer = false;
  std::optional<DocType> sentence_type;  // the type an issuer sentence names ("... xây dựng Kế hoạch")
  if (auto is = HeaderIssuer(nt, rules, ir, lines, stop, number_line, self.number ? &*self.number : nullptr)) {
    self.issuer = std::move(is);
    header_issuer = true;
  } else if (lead_issuer) {
    self.issuer = std::move(lead_issuer);
  } else if (Hit h; const PatternRule* r = lines.First(kIssuerMetadata, 0, top_lines, &h)) {
    int g = r->re->Group("issuer");
    size_t b = h.groups[g].first, e = h.groups[g].second;
    // "Bộ Nội vụ, Bộ Tư phápSố công báo:257": the next label glued on.
    for (int32_t k = static_cast<int32_t>(b), last = -1; k < static_cast<int32_t>(e);) {
      int32_t at = k;
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), k, static_cast<int32_t>(e), c);
      if (last >= 0 && u_isupper(c) && u_islower(last)) {
        e = static_cast<size_t>(at);
        break;
      }
      last = c;
    }
    self.issuer = ResolveIssuer(nt.Phrase(b, e), rules);
    // A portal's metadata may be wrong ("Nơi ban hành: Quốc hội" over
    // "Số hiệu: 43/2017/TT-BYT"): a known body the number's code names wins
    // over another known body.
    if (self.number && !self.number->issuer_codes.empty() && !self.issuer->code.empty()) {
      const IssuerEntry* coded = rules.FindIssuer(self.number->issuer_codes.front(), true);
      const IssuerEntry* named = rules.FindIssuer(self.issuer->code, true);
      const auto& codes = self.number->issuer_codes;
      if (coded && named && !coded->generic && !named->generic &&
          std::find(codes.begin(), codes.end(), named->code) == codes.end())
        self.issuer = Issuer{coded->name, coded->code, coded->name};
    }
  } else {
    // "UBND tỉnh ban hành Kế hoạch số 153/KH-UBND" names the issuer of a
    // cited document (no issuer then); "Phó Chủ tịch UBND tỉnh có ý kiến" a
    // person (the next sentence may name the body).
    for (size_t i : lines.With(kIssuerSentence, 0, top_lines)) {
      Hit h;
      const PatternRule* r = lines.Find(kIssuerSentence, i, &h);
      // "Triển khai Quyết định số 47/QĐ-UBND ... của UBND tỉnh về ban hành Kế
      // hoạch ..., Ban Chỉ đạo huyện ban hành Kế hoạch": past the cited text's
      // issuer, the same line may name this one's.
      for (Hit next; h.has(r->re->Group("of")) && !h.has(r->re->Group("cited")) &&
                     r->re->Search(text, h.end, lines[i].end, false, &next);)
        h = std::move(next);
      if (h.has(r->re->Group("person"))) continue;
      if (h.has(r->re->Group("cited")) || h.has(r->re->Group("of"))) break;
      int g = r->re->Group("issuer");
      std::string name = nt.Phrase(h.groups[g].first, h.groups[g].second);
      // "Chủ tịch UBND tỉnh giao Sở Nông nghiệp ... hướng dẫn UBND các huyện":
      // a clause, not a body's name.
      if (Matches(ir, kSentenceVerb, name)) continue;
      self.issuer = ResolveIssuer(name, rules);
      // "<body> xây dựng Kế hoạch ... như sau:": the text is that plan.
      if (int tg = r->re->Group("type"); tg >= 0 && h.has(tg))
        sentence_type = ResolveType(nullptr, text.substr(h.groups[tg].first, h.groups[tg].second - h.groups[tg].first), rules);
      break;
    }
  }
  // No header block: the enacting authority's line under the title ("CHỦ
  // TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" over the "Căn cứ" lines) names the body.
  if (!self.issuer && title_line < lines.size()) {
    Hit h;
    if (const PatternRule* r = lines.First(kAuthorityLine, title_line + 1,
                                           std::min(lines.size(), title_line + 1 + 2 * kMaxTitleLines), &h)) {
      int g = r->re->Group("issuer");
      std::string body = CollapseSpace(text.substr(h.groups[g].first, h.groups[g].second - h.groups[g].first));
      size_t matched = 0;
      if (rules.FindIssuerByName(body, &matched) && MostlyUpper(body))
        self.issuer = HeaderName(body, rules, ir, self.number ? &*self.number : nullptr);
    }
  }
  // A header cut to its generic head ("ỦY BAN NHÂN DÂN", the lines under it
  // lost), and the enacting body named in full under the title ("ỦY BAN NHÂN
  // DÂN TỈNH QUẢNG NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"): that body.
  // (With no title line, under the number line: a copy that lost the title.)
  size_t enacting_from = title_line < lines.size() ? title_line + 1 : number_line < lines.size() ? number_line + 1 : 0;
  if (header_issuer && self.issuer && enacting_from > 0) {
    size_t matched = 0;
    const IssuerEntry* head = rules.FindIssuerByName(self.issuer->name, &matched);
    if (head && head->generic && matched == self.issuer->name.size()) {
      std::string want = FoldCase(CollapseSpace(self.issuer->name)) + " ";
      for (size_t i = enacting_from; i < std::min(lines.size(), enacting_from + 2 * kMaxTitleLines); ++i) {
        auto [b, e] = TrimSpan(text, lines[i]);
        Hit h;
        if (const PatternRule* r = lines.Find(kAuthorityLine, i, &h); r && h.has(r->re->Group("issuer"))) {
          int g = r->re->Group("issuer");
          b = h.groups[g].first, e = h.groups[g].second;
        }
        std::string body = CollapseSpace(Trim(text.substr(b, e - b)));
        if (body.size() > want.size() && MostlyUpper(body) && FoldCase(body).starts_with(want)) {
          self.issuer = HeaderName(body, rules, ir, self.number ? &*self.number : nullptr);
          break;
        }
      }
    }
  }
  // One Party header for several bodies ("BAN CHẤP HÀNH TRUNG ƯƠNG" heads what
  // the Central Committee, the Politburo and the Secretariat issue): the body's
  // own enacting line under the preamble ("Ban Bí thư ban hành Quy chế ...",
  // "Bộ Chính trị quy định:") names which one, when the table knows it as
  // the header's.
  if (header_issuer && self.issuer && enacting_from > 0) {
    size_t matched = 0;
    const IssuerEntry* head = rules.FindIssuerByName(self.issuer->name, &matched);
    // (A Party body: a ministry's header over "Bộ trưởng Bộ Y tế ban hành Thông tư" stays the ministry.)
    // The line opens a paragraph: a line wrapped inside a "Căn cứ" item
    // ("... của\nChính phủ ban hành kế hoạch ...") does not.
    if (head && !head->generic && head->family == Family::kParty && matched == self.issuer->name.size()) {
      for (size_t i : lines.With(kEnactingBody, enacting_from, std::min(lines.size(), enacting_from + 150))) {
        if (i > 0 && !IsBlank(text, lines[i - 1])) {
          auto [pb, pe] = TrimSpan(text, lines[i - 1]);
          if (pe > pb && std::isalnum(static_cast<unsigned char>(text[pe - 1]))) continue;
          if (pe > pb && (static_cast<unsigned char>(text[pe - 1]) & 0x80)) continue;  // a letter with marks
        }
        Hit h;
        const PatternRule* r = lines.Find(kEnactingBody, i, &h);
        int g = r->re->Group("issuer");
        std::string name = CollapseSpace(text.substr(h.groups[g].first, h.groups[g].second - h.groups[g].first));
        size_t m = 0;
        if (const IssuerEntry* e = rules.FindIssuerByName(name, &m);
            e == head && m == name.size() && FoldCase(name) != FoldCase(self.issuer->name))
          self.issuer = Issuer{name, e->code, e->name};
        break;
      }
    }
  }
  // A header cut to its generic head ("ỦY BAN NHÂN DÂN", the lines under it
  // lost) over "Số: 681/HD-SGDĐT": the number's known body is the issuer.
  if (header_issuer && self.number && !self.number->issuer_codes.empty()) {
    size_t matched = 0;
    const IssuerEntry* head = rules.FindIssuerByName(self.issuer->name, &matched);
    const IssuerEntry* coded = rules.FindIssuer(self.number->issuer_codes.front(), true);
    if (head && head->generic && matched == self.issuer->name.size() && coded && !coded->generic &&
        coded->code != head->code) {
      self.issuer = Issuer{coded->name, coded->code, coded->name};
      header_issuer = false;
    }
  }
  if (!self.issuer && self.number && !self.number->issuer_codes.empty()) {
    // A known issuer code in the number itself ("/SGDĐT-VP", "/QĐ-TTg").
    const std::string& code = self.number->issuer_codes.front();
    if (const IssuerEntry* e = rules.FindIssuer(code, true); e && !e->generic)
      self.issuer = Issuer{e->name, e->code, e->name};
  }

  if (self.number && self.issuer) RecodeByIssuer(&*self.number, *self.issuer, rules);

  // Signature block, addressees and recipients.
  ReadSigners(nt, lines, footer_line, doc);
  if (header_issuer) CollectiveIssuer(rules, ir, &self);
  if (!self.number && !self.date_at && !self.type && self.signers.empty()) {
    for (size_t i = 0; i < top_lines && !self.report; ++i) {
      Hit h;
      // (A preamble that tells what a body has done to carry it out is a report's lead.)
      if (lines.Find(kReportSentence, i, &h)) {
        self.report = true;
        break;
      }
      // A preamble line ("Căn cứ Nghị quyết số ...") before it: the text speaks
      // for itself, whatever it then tells of others.
      auto [b, e] = TrimSpan(text, lines[i]);
      std::string_view v = text.substr(b, e - b);
      bool preamble = std::any_of(ir.body_cues.begin(), ir.body_cues.end(), [&](const auto& cue) {
        return cue.second && cue.first->re->Search(v, 0, v.size(), true, &h) && BoundaryAfter(v, h.end);
      });
      // (But a preamble that closes on a body issuing a numbered text, "Căn
      // cứ A; B. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU", tells
      // of that text: none writes its own number so.)
      const PatternRule* r = lines.Find(kIssuerSentence, i, &h);
      self.report = r && h.has(r->re->Group("cited")) && !h.has(r->re->Group("of"));
      if (preamble) break;
    }
    // A report's sentences name the bodies it tells of, not an issuer of its own.
    if (self.report && !header_issuer) self.issuer.reset();
    if (!self.report && sentence_type) self.type = sentence_type;
  }
  ReadListUnder(nt, lines, kAddresseesStart, 0, header_end_line + 10, &self.addressees);
  ReadListUnder(nt, lines, kRecipientsStart, footer_line, lines.size(), &self.recipients);

  if (!self.number && number_line == lines.size())
    AddDiag(doc, nt, 0, "info", "missing_number", "the document has no number line ('Số: ...')");
  if (!self.date_at) AddDiag(doc, nt, 0, "info", "missing_date", "the document has no place and date line");
  if (!self.issuer) AddDiag(doc, nt, 0, "info", "missing_issuer", "no issuing body found in the header");
}

}  // namespace vbtool::internal
