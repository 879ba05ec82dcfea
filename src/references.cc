// References: every cited document with its type, date, issuer and relation;
// relations the text states between two other documents (edges); later
// short mentions ("Kế hoạch này", "Chỉ thị nêu trên") and what they resolve to.
//
// How a relation is chosen, clause by clause (clauses end at ';', ':', a
// sentence end, or a line break that starts a new item):
//  1. a passive cue just before a reference ("được sửa đổi, bổ sung bởi")
//     states that this reference acts on the previous one: an edge; the
//     reference keeps the clause's relation ("Căn cứ ... bởi Luật số 87").
//  2. an active cue right after the previous reference's citation ("Kế hoạch
//     số 194-KH/TU ... thực hiện Chỉ thị 25-CT/TW") is an edge between them;
//     the reference itself is only mentioned.
//  3. otherwise the nearest cue before the reference (within kNearWords
//     words) gives the relation, else a clause-wide cue ("Căn cứ"), else a
//     list continues the previous reference's relation, else "mentions".
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "scan.h"
#include "stages.h"

namespace vbtool::internal {

namespace {

constexpr size_t kSerialTypeWindow = 64;  // bytes searched before a serial alone for its type's name
constexpr size_t kVerbWindow = 48;        // bytes searched before a coordination for a title's verb
constexpr size_t kTypeWindow = 112;    // bytes searched before a number for its type phrase
constexpr size_t kBracketLeadWindow = 480;  // ... and for the sentence before "(Công văn số N"
constexpr size_t kByBeforeWindow = 160;     // bytes searched before a citation for "do X ban hành theo"
constexpr size_t kClosingWindow = 600;      // bytes searched after a citation for "do X ban hành" closing its title
constexpr size_t kTermWindow = 24;          // bytes searched after a citation for "(khóa XII)"
constexpr size_t kIssuerWindow = 220;  // bytes searched after a citation for "của <issuer>"
constexpr size_t kMaxIssuerWords = 14;
constexpr int kNearWords = 14;     // a near cue reaches this many words
constexpr int kEdgeGapWords = 12;  // words between a citation and an edge cue
constexpr int kIssuedObjectWords = 3;  // "đã ban hành" and the text it issued ("02 Kế hoạch số ...")
constexpr int kIssuedSubjectWords = 14;  // "Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT" before "đã ban hành"
constexpr size_t kMaxNameWords = 18;  // a cited text's name, its type word(s) included
// A passive cue reaches this far: "bởi khoản 1 Điều 1 Nghị định số", "thành
// Mẫu số 17, Phụ lục I khoản 1, Điều 17 Thông tư số".
constexpr int kPassiveWords = 12;
constexpr int kPassiveSubjectWords = 40;  // a passive cue's subject: the citation before it, with its title
// A cited document's title runs at most this many words ("Thông tư số A ...
// <its title>" / "Được thay thế bởi Thông tư số B").
constexpr int kTitleWords = 100;

struct Citation {
  NumberHit number;
  size_t begin = 0;  // mention start (type phrase or number)
  size_t tail = 0;   // end of number, date and issuer phrase
  std::string type_word;
  std::string term;  // "XII" from "(khóa XII)"
  std::optional<DocDate> date;
  std::optional<Issuer> issuer;
  bool issuer_closing = false;  // read from "do X ban hành" closing the title (rule issuer_closing)
  bool issuer_upper = false;
  int actor = -1;  // index of the cited document that acts on this one ("Thông tư này thay thế ...")
  Relation actor_relation = Relation::kMentions;
  int acts_on = -1;  // index of the citation this one acts on by a passive cue ("A được sửa đổi bởi <this>")
  Relation acts_relation = Relation::kMentions;
  std::optional<std::pair<size_t, size_t>> bad_date;  // a date that does not exist
  Relation relation = Relation::kMentions;
  size_t clause = 0;
  bool decided = false;
};

struct CueHit {
  size_t begin, end;
  Relation relation;
  bool clause_scope;
  bool issuing = false;  // "<body> đã ban hành <citation>": the body's act
};

// The last character before `pos` that is no white space (0 at the start).
// Markdown's emphasis around a line ("*Căn cứ ...;*") counts as space.
char ClosedBy(std::string_view text, size_t pos) {
  size_t k = text.substr(0, pos).find_last_not_of(" \t\r\n*_");
  return k == std::string_view::npos ? 0 : text[k];
}

int WordsBetween(std::string_view text, size_t a, size_t b) {
  int words = 0;
  bool in = false;
  for (size_t i = a; i < b && i < text.size(); ++i) {
    bool ws = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';
    if (!ws && !in) ++words;
    in = !ws;
  }
  return words;
}

// The code point starting at byte i (-1 past the end or at a bad byte).
UChar32 CodePointFrom(std::string_view text, size_t i) {
  if (i >= text.size()) return -1;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), k, static_cast<int32_t>(text.size()), c);
  return c;
}

// Windows of at most `reach` bytes searched before `end` (WindowStart, not
// before `floor`) or after `begin` (WindowEnd), their far edge moved onto a
// code point's start.
size_t WindowStart(std::string_view text, size_t end, size_t reach, size_t floor = 0) {
  size_t wb = std::max(end > reach ? end - reach : 0, floor);
  while (wb < end && (static_cast<unsigned char>(text[wb]) & 0xC0) == 0x80) ++wb;
  return wb;
}
size_t WindowEnd(std::string_view text, size_t begin, size_t reach) {
  size_t we = std::min(text.size(), begin + reach);
  while (we < text.size() && (static_cast<unsigned char>(text[we]) & 0xC0) == 0x80) ++we;
  return we;
}

bool UpperStart(std::string_view text, size_t i) {
  UChar32 c = CodePointFrom(text, i);
  return c >= 0 && (u_isupper(c) || u_isdigit(c));
}

bool LowerStart(std::string_view text, size_t i) {
  UChar32 c = CodePointFrom(text, i);
  return c >= 0 && u_islower(c);
}

constexpr size_t kWrapWidth = 20;     // code points: a line this long that ends mid-sentence was wrapped
constexpr size_t kHeadingWidth = 60;  // code points: a numbered line shorter than this is a heading

bool HSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// True when `v` opens with a list or section marker: "-", "+", "*", "(",
// "•", "1.", "2)", "a)", "IV.".
bool ItemMarker(std::string_view v) {
  if (v.empty()) return false;
  if (std::strchr("-+*(", v[0]) || v.substr(0, 3) == "\xE2\x80\xA2") return true;
  size_t i = 0;
  while (i < v.size() && i < 5 && (isdigit(static_cast<unsigned char>(v[i])) || std::strchr("IVXivx", v[i]))) ++i;
  if (i == 0 && isalpha(static_cast<unsigned char>(v[0]))) i = 1;
  return i > 0 && i < v.size() && (v[i] == '.' || v[i] == ')');
}

// True when `v` opens like an article or chapter heading: a capitalised
// word, then a number and a '.' or ':' ("Điều 1. Bãi bỏ ...", "Chương II:").
// Such a line is one unit even when it ends without a mark.
bool ArticleHeading(std::string_view v) {
  size_t sp = v.find(' ');
  if (sp == std::string_view::npos || sp > 12 || !UpperStart(v, 0) || isdigit(static_cast<unsigned char>(v[0])))
    return false;
  size_t i = sp + 1, n = 0;
  while (i < v.size() && (isdigit(static_cast<unsigned char>(v[i])) || std::strchr("IVXLC", v[i]))) ++i, ++n;
  return n > 0 && n < 6 && i < v.size() && (v[i] == '.' || v[i] == ':');
}

// Where the first sentence end in `s` is: a full stop before a space and a
// capital, or before spaces that end `s`; npos when none.
size_t SentenceEndIn(std::string_view s) {
  for (size_t k = s.find('.'); k != std::string_view::npos; k = s.find('.', k + 1)) {
    size_t j = k + 1;
    while (j < s.size() && HSpace(s[j])) ++j;
    if (j > k + 1 && (j == s.size() || UpperStart(s, j))) return k;
  }
  return std::string_view::npos;
}

// Where the sentence holding `pos` starts: after a line break, or after a
// full stop and the spaces before a capital.
size_t SentenceStart(std::string_view t, size_t pos) {
  for (size_t k = pos; k > 0; --k) {
    if (t[k - 1] == '\n') return k;
    if (t[k - 1] == '.' && k < t.size() && HSpace(t[k])) {
      size_t j = k;
      while (j < pos && HSpace(t[j])) ++j;
      if (UpperStart(t, j)) return j;
    }
  }
  return 0;
}

// The last character before `pos` that is no white space or line break; 0 at the start.
char CharBefore(std::string_view t, size_t pos) {
  while (pos > 0 && (HSpace(t[pos - 1]) || t[pos - 1] == '\n')) --pos;
  return pos ? t[pos - 1] : 0;
}

// True when the line break at `nl` only wraps a sentence: copied and scanned
// texts break lines anywhere ("... của Bộ" / "Chính trị về ...", "ngày" /
// "02 tháng 6 năm 2021"). A new line starts a new item after a clause mark,
// at a blank line (unless a page break cut a sentence: the next line opens
// in lower case) or a list marker, and when it opens with a capital: at a
// cue (`cue_starts`, sorted: "Căn cứ ...") or after a short line (a heading,
// an item without a mark). A long line that ends mid-sentence was wrapped.
bool LineGoesOn(std::string_view t, size_t nl, const std::vector<size_t>& cue_starts,
                const Regex* open_end = nullptr) {
  size_t j = nl + 1;
  while (j < t.size() && HSpace(t[j])) ++j;
  if (j >= t.size()) return false;
  if (t[j] == '\n') {
    // A page break: blank lines, then a line that opens in lower case
    // ("... của UBND" / "" / "huyện Như Xuân về việc ...") goes on.
    while (j < t.size() && (HSpace(t[j]) || t[j] == '\n')) ++j;
    if (!LowerStart(t, j)) return false;
  }
  size_t k = nl, line_begin = t.rfind('\n', nl == 0 ? 0 : nl - 1);
  line_begin = line_begin == std::string_view::npos || nl == 0 ? 0 : line_begin + 1;
  while (k > line_begin && HSpace(t[k - 1])) --k;
  if (k == line_begin || std::strchr(".;:!?", t[k - 1])) return false;
  // "Điều 1. Phạm vi điều chỉnh" ends its line; "Điều 1. Kể từ ngày ... năm" /
  // "2025 của Chính phủ ..." goes on (lower case or a digit next).
  if (ArticleHeading(t.substr(line_begin, k - line_begin)) && !LowerStart(t, j) &&
      !isdigit(static_cast<unsigned char>(t[j])))
    return false;
  size_t line_end = t.find('\n', j);
  if (ItemMarker(t.substr(j, line_end == std::string_view::npos ? std::string_view::npos : line_end - j))) return false;
  if (!UpperStart(t, j)) return true;
  // "... ngày" / "25 tháng 7 năm 2022 của ...": a day (digits, then a word)
  // that opens no list item wraps a date. ("01/7/2024" is a table's next cell.)
  if (isdigit(static_cast<unsigned char>(t[j]))) {
    size_t d = j;
    while (d < t.size() && isdigit(static_cast<unsigned char>(t[d]))) ++d;
    if (d < t.size() && HSpace(t[d])) return true;
  }
  if (std::binary_search(cue_starts.begin(), cue_starts.end(), j)) return false;  // "Căn cứ ...", "Thực hiện ..."
  // A heading in capitals ends where its line does; a sentence line of some
  // length that ends mid-sentence was wrapped ("Căn cứ ý kiến của Bộ" / "Chính trị ...").
  size_t width = 0, upper = 0, lower = 0;
  for (int32_t i = static_cast<int32_t>(line_begin); i < static_cast<int32_t>(k);) {
    UChar32 ch;
    U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, static_cast<int32_t>(k), ch);
    ++width;
    upper += u_isupper(ch) != 0;
    lower += u_islower(ch) != 0;
  }
  // A short numbered line is a heading ("1. Nội dung tuyên truyền"), unless
  // it cites past its marker ("- Căn cứ Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban").
  if (width < kHeadingWidth && ItemMarker(t.substr(line_begin, k - line_begin))) {
    size_t body = t.find(' ', line_begin);
    bool cites = body != std::string_view::npos && body < k &&
                 std::any_of(t.begin() + static_cast<std::ptrdiff_t>(body), t.begin() + static_cast<std::ptrdiff_t>(k),
                             [](char c) { return c >= '0' && c <= '9'; });
    if (!cites) return false;
  }
  if (lower > upper) return width >= kWrapWidth;
  // A title in capitals wrapped after a word that needs the next line
  // ("... NGÀY 10/4/2025 CỦA" / "CHÍNH PHỦ BAN HÀNH ..."): rule open_line_end.
  size_t from = k > line_begin + 32 ? k - 32 : line_begin;
  while (from > line_begin && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) --from;
  std::string_view tail = t.substr(from, k - from);
  size_t mb, me;
  return open_end && width >= kWrapWidth && open_end->SearchBounds(tail, 0, tail.size(), &mb, &me);
}

// The bytes that may end a clause (';', ':', '.', line break) in text order,
// found with memchr (one per byte value, remembered until passed) instead of
// a test of every byte.
class ClauseEnds {
 public:
  explicit ClauseEnds(std::string_view t) : t_(t) {
    for (size_t k = 0; k < kBytes.size(); ++k) next_[k] = Find(k, 0);
  }
  // The first such byte at or after `i`, or t.size().
  size_t Next(size_t i) {
    size_t first = t_.size();
    for (size_t k = 0; k < kBytes.size(); ++k) {
      if (next_[k] < i) next_[k] = Find(k, i);
      first = std::min(first, next_[k]);
    }
    return first;
  }

 private:
  static constexpr std::array<char, 4> kBytes = {';', ':', '.', '\n'};
  size_t Find(size_t k, size_t from) const {
    const void* p = from < t_.size() ? std::memchr(t_.data() + from, kBytes[k], t_.size() - from) : nullptr;
    return p ? static_cast<const char*>(p) - t_.data() : t_.size();
  }
  std::string_view t_;
  std::array<size_t, 4> next_;
};

// Clause boundaries: sorted offsets where a clause starts.
const PatternRule* FieldRule(const RuleData& rules, const char* field);

std::vector<size_t> ClauseStarts(std::string_view t, const RuleData& rules, const std::vector<size_t>& cue_starts,
                                 const std::vector<size_t>& number_starts) {
  auto number_at = [&](size_t j) { return std::binary_search(number_starts.begin(), number_starts.end(), j); };
  std::vector<size_t> starts = {0};
  const PatternRule* open_end = FieldRule(rules, "open_line_end");
  ClauseEnds ends(t);
  for (size_t i = ends.Next(0); i < t.size(); i = ends.Next(i + 1)) {
    char c = t[i];
    // "Tờ trình số: 421/TTr-STC": a colon before a number ends no clause.
    auto number_follows = [&] {
      size_t j = i + 1;
      while (j < t.size() && HSpace(t[j])) ++j;
      return number_at(j);
    };
    // "tại các Công văn: số 4847/UBND-NN ... và số 6872/UBND-NN": nor does
    // one closing a type name (the items follow).
    auto type_before = [&] {
      // Only where a number soon follows on the line ("... Công văn: số 4847").
      bool digit = false;
      for (size_t j = i + 1; j < t.size() && j < i + 16 && t[j] != '\n' && !digit; ++j)
        digit = isdigit(static_cast<unsigned char>(t[j]));
      if (!digit) return false;
      size_t b = i;
      for (int words = 0; b > 0 && words < 4; ++words) {
        while (b > 0 && HSpace(t[b - 1])) --b;
        while (b > 0 && !HSpace(t[b - 1]) && t[b - 1] != '\n') --b;
        if (rules.FindTypeByName(t.substr(b, i - b))) return true;
      }
      return false;
    };
    if (c == ';' || (c == ':' && !number_follows() && !type_before())) {
      starts.push_back(i + 1);
    } else if (c == '.') {
      bool digit_before = i > 0 && isdigit(static_cast<unsigned char>(t[i - 1]));
      size_t j = i + 1;
      while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
      // "... Đảng bộ trường.Tiếp theo đó": a sentence end without its space
      // (not "TP.HCM": a lower-case letter before the stop).
      bool glued = j == i + 1 && i > 0 && islower(static_cast<unsigned char>(t[i - 1])) && UpperStart(t, j);
      if (!digit_before && (j >= t.size() || t[j] == '\n' || (j > i + 1 && UpperStart(t, j)) || glued))
        starts.push_back(i + 1);
    } else if (c == '\n') {
      size_t j = i + 1;
      while (j < t.size() && HSpace(t[j])) ++j;
      // A citation cut by a line break ("Chỉ thị số\n25-CT/TW") goes on.
      bool number = number_at(j);
      if (!number && !LineGoesOn(t, i, cue_starts, open_end ? open_end->re.get() : nullptr)) starts.push_back(i + 1);
    }
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

size_t ClauseOf(const std::vector<size_t>& starts, size_t pos) {
  return std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin() - 1;
}

const PatternRule* FieldRule(const RuleData& rules, const char* field) {
  for (const PatternRule& r : rules.rules("fields"))
    if (r.attr("field") == field) return &r;
  return nullptr;
}

// True when `a` falls before `b`, day by day (an unknown month or day is 0).
bool Earlier(const DocDate& a, const DocDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

// The text of capture group `g` of `h`, or empty when unset.
std::string_view GroupAt(std::string_view text, const Hit& h, int g) {
  if (!h.has(g)) return {};
  return text.substr(h.groups[g].first, h.groups[g].second - h.groups[g].first);
}

// ---- The rules of this stage ----------------------------------------------

// A field rule with the index of its one capture group of interest.
struct Field {
  const PatternRule* rule = nullptr;
  int group = -1;
  std::unique_ptr<GroupFinder> finder;  // for FindGroup without NFA, when the rule's shape allows
  Field(const RuleData& rules, const char* field, const char* group_name, bool anchored_reads = false)
      : rule(FieldRule(rules, field)) {
    if (!rule) return;
    group = rule->re->Group(group_name);
    if (anchored_reads && group > 0) finder = GroupFinder::Of(*rule, group_name);
  }
  explicit operator bool() const { return rule != nullptr; }
  const Regex& re() const { return *rule->re; }

  // The group's span in the rule's match anchored at `from`; false when the
  // rule does not match there (or leaves the group unset). With `dfa_only`,
  // also false when the DFA reading is unsure (no NFA pass: a best effort).
  bool FindGroup(std::string_view text, size_t from, size_t* begin, size_t* end, bool dfa_only = false) const {
    switch (finder ? finder->Find(text, from, begin, end) : GroupFinder::kUnsure) {
      case GroupFinder::kNone:
        return false;
      case GroupFinder::kFound:
        return true;
      case GroupFinder::kUnsure:
        if (dfa_only) return false;
        break;
    }
    Hit h;
    if (!rule->re->Search(text, from, text.size(), true, &h) || !h.has(group)) return false;
    *begin = h.groups[group].first, *end = h.groups[group].second;
    return true;
  }
};

enum class Resolve { kAlias, kSelf, kPrevious, kSelfOrPrevious, kOther };

// What the reference stage reads from the rules, looked up once per RuleSet
// (RuleData::Derived): field rules, group indices, and the attributes of the
// cue, edge and back-reference rules, parsed.
struct ReferenceRules {
  struct Cue {
    std::optional<Relation> relation;
    bool after = false;   // follows the citation ("... hết hiệu lực")
    bool clause = false;  // reaches the whole clause ("Căn cứ")
    bool none = false;    // gives no relation; only hides the cues inside it ("kèm theo")
    bool issuing = false; // "<body> đã ban hành <citation>": what the sentence's cue governed, it acts on
  };
  const Section* cues;
  const Section* edges;
  const Section* back;
  std::vector<Cue> cue;                       // per rule of `cues`
  std::vector<std::optional<Relation>> edge;  // per rule of `edges`
  std::vector<bool> status;                   // per rule of `edges`: a history table's row (voice status)
  std::vector<Resolve> resolve;               // per rule of `back`
  std::vector<int> back_type;                 // per rule of `back`: its "type" group
  Field type_before, cited_name, issuer_after, issuer_before, issuer_by_before, issuer_closing, issuer_late, term,
      coordination, proposer,
      list_issuer, attached, page_furniture, site_notice, issuer_enumerated, serial_type, bare_serial,
      shared_object_verb, main_clause, history_heading;
  const PatternRule* issued_before;
  const PatternRule* blank_date_after;
  const PatternRule* issued_verb_after;
  const PatternRule* bare_serial_title;
  int list_issuer_by = -1;  // list_issuer's group for "được X phê duyệt tại các Quyết định:"
  int issued_day = -1, issued_month = -1, issued_year = -1, issued_issuer = -1;
  // The full-text scans but the numbers' in one pass; lanes in the order of
  // enum Lane, then one per rule of `back` (an alias rule is also scanned
  // alone, as FindAll). Numbers keep their own scan: the digits inside a
  // number would each be a place to look at in a joint pass, and their
  // patterns are the costliest to compile twice.
  enum Lane { kCues, kEdges, kBack, kProposer, kListIssuer, kSiteNotice, kAliases };
  std::unique_ptr<JointScan> joint;

  explicit ReferenceRules(const RuleData& rules)
      : cues(rules.section("cues")),
        edges(rules.section("edges")),
        back(rules.section("back_references")),
        type_before(rules, "type_before", "type", /*anchored_reads=*/true),
        cited_name(rules, "cited_name", "title", /*anchored_reads=*/true),
        issuer_after(rules, "issuer_after", "issuer", /*anchored_reads=*/true),
        issuer_before(rules, "issuer_before", "issuer"),
        issuer_by_before(rules, "issuer_by_before", "issuer"),
        issuer_closing(rules, "issuer_closing", "issuer"),
        issuer_late(rules, "issuer_late", "issuer", /*anchored_reads=*/true),
        term(rules, "term", "term"),
        coordination(rules, "coordination", ""),
        proposer(rules, "proposer", "issuer"),
        list_issuer(rules, "list_issuer", "issuer"),
        attached(rules, "attached", ""),
        page_furniture(rules, "page_furniture", ""),
        site_notice(rules, "site_notice", ""),
        issuer_enumerated(rules, "issuer_enumerated", "issuer"),
        serial_type(rules, "serial_type", "type"),
        bare_serial(rules, "bare_serial", "type"),
        shared_object_verb(rules, "shared_object_verb", ""),
        main_clause(rules, "main_clause", ""),
        history_heading(rules, "history_heading", ""),
        issued_before(FieldRule(rules, "issued_before")),
        blank_date_after(FieldRule(rules, "blank_date_after")),
        issued_verb_after(FieldRule(rules, "issued_verb_after")),
        bare_serial_title(FieldRule(rules, "bare_serial_title")) {
    if (cues)
      for (const PatternRule& r : cues->rules)
        cue.push_back({ParseRelation(r.attr("relation")), r.attr("scope") == "after", r.attr("scope") == "clause",
                       r.attr("scope") == "none", r.attr("scope") == "issuing"});
    if (edges)
      for (const PatternRule& r : edges->rules) {
        edge.push_back(ParseRelation(r.attr("relation")));
        status.push_back(r.attr("voice") == "status");
      }
    if (back) {
      for (const PatternRule& r : back->rules) {
        const std::string& v = r.attr("resolve");
        resolve.push_back(v == "alias"              ? Resolve::kAlias
                          : v == "self"             ? Resolve::kSelf
                          : v == "previous"         ? Resolve::kPrevious
                          : v == "self_or_previous" ? Resolve::kSelfOrPrevious
                                                    : Resolve::kOther);
        back_type.push_back(r.re->Group("type"));
      }
    }
    if (list_issuer) list_issuer_by = list_issuer.re().Group("by");
    if (issued_before) {
      const Regex& re = *issued_before->re;
      issued_day = re.Group("day"), issued_month = re.Group("month"), issued_year = re.Group("year");
      issued_issuer = re.Group("issuer");
    }
    auto lane = [](const Section* sec, bool captures) {
      return sec ? JointScan::Lane{sec->rules.data(), sec->rules.size(), captures} : JointScan::Lane{nullptr, 0, false};
    };
    // Cues and edges only need their spans.
    std::vector<JointScan::Lane> lanes = {lane(cues, false),
                                          lane(edges, false),
                                          lane(back, true),
                                          {proposer.rule, proposer ? 1u : 0u, true},
                                          {list_issuer.rule, list_issuer ? 1u : 0u, true},
                                          {site_notice.rule, site_notice ? 1u : 0u, false}};
    for (size_t i = 0; i < resolve.size(); ++i)
      lanes.push_back({&back->rules[i], resolve[i] == Resolve::kAlias ? 1u : 0u, true});
    joint = std::make_unique<JointScan>(std::move(lanes));
  }
};

// What the full-text scans found in one document.
struct TextScans {
  std::vector<NumberHit> numbers;
  std::vector<Section::RuleHit> cues, edges, back;
  std::vector<Hit> proposer, list_issuer, site_notice;
  std::vector<std::vector<Hit>> aliases;  // per rule of the back-references; empty but for alias rules
};

std::vector<Hit> HitsOf(std::vector<Section::RuleHit>&& hits) {
  std::vector<Hit> out;
  for (auto& h : hits) out.push_back(std::move(h.hit));
  return out;
}

// The first ASCII digit at or after `from` (text.size() when none), eight
// bytes at a time: most of a text is letters.
size_t NextDigit(std::string_view text, size_t from) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 128;
  size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    // Some byte in ('0' - 1, '9' + 1): the bit-twiddling "hasbetween" test.
    uint64_t low = x & (kOnes * 127);
    if (((kOnes * (127 + '9' + 1) - low) & ~x & (low + kOnes * (127 - ('0' - 1)))) & kHigh) break;
  }
  for (; i < text.size(); ++i)
    if (static_cast<unsigned char>(text[i] - '0') < 10) return i;
  return text.size();
}

// "triển khai thực hiện Kế hoạch số 24 của ..." in a text that also cites
// "Kế hoạch số 24-KH/HU": a serial alone, right after its type's name, is one
// more citation of the one number of that type and serial the text cites in
// full. Ambiguous serials (two numbers of one type share it) stay unread.
void AddSerialCitations(std::string_view text, const RuleData& rules, const ReferenceRules& rr,
                        std::vector<NumberHit>* numbers) {
  if (!rr.serial_type) return;
  // (type code, serial) -> the one number, or null when several share them.
  std::map<std::pair<std::string, std::string>, const NumberHit*> cited;
  std::set<std::string> serials;
  for (const NumberHit& h : *numbers) {
    const DocNumber& n = h.number;
    if (n.type_code.empty() || n.serial.empty()) continue;
    auto [it, fresh] = cited.insert({{n.type_code, n.serial}, &h});
    if (!fresh && it->second && it->second->number.id != n.id) it->second = nullptr;
    serials.insert(n.serial);
  }
  std::vector<NumberHit> added;
  size_t next_hit = 0;
  auto is_digit = [](char c) { return static_cast<unsigned char>(c - '0') < 10; };
  for (size_t i = NextDigit(text, 0); i < text.size(); i = NextDigit(text, i + 1)) {
    size_t j = i;
    while (j < text.size() && is_digit(text[j])) ++j;
    size_t b = i;
    i = j;  // the loop steps past the run
    // After a space (past "số" or the type's name): not a date's or an amount's later part.
    if (b == 0 || !HSpace(text[b - 1])) continue;
    while (next_hit < numbers->size() && (*numbers)[next_hit].end <= b) ++next_hit;
    if (next_hit < numbers->size() && (*numbers)[next_hit].begin < j) continue;  // inside a full number
    // "Thông báo Kết luận số 159-TB của Bộ Chính trị": a Party number's serial
    // and type code, without the issuer's code.
    const TypeEntry* own_code = nullptr;
    size_t end = j;
    if (j + 1 < text.size() && text[j] == '-') {
      size_t e = j + 1;
      while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) ||
                                 (static_cast<unsigned char>(text[e]) >= 0x80 && !HSpace(text[e]))))
        ++e;
      while (e > j + 1 && !BoundaryAfter(text, e)) --e;  // (a multi-byte letter is all or nothing)
      if (e > j + 1 && BoundaryAfter(text, e) && (e == text.size() || (text[e] != '/' && text[e] != '-'))) {
        own_code = rules.FindType(text.substr(j + 1, e - j - 1), false);
        if (own_code && (own_code->code.empty() || !own_code->coded)) own_code = nullptr;
        if (own_code) end = e;
      }
    }
    // Not "24/5", "24-KH", "2,5", "24%" or a word.
    if (!own_code && j < text.size() &&
        (!BoundaryAfter(text, j) || text[j] == '/' || text[j] == '-' || text[j] == '%' ||
         ((text[j] == '.' || text[j] == ',') && j + 1 < text.size() && is_digit(text[j + 1]))))
      continue;
    size_t k = end;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k < text.size() && (text[k] == '/' || text[k] == '-')) continue;
    // Right after a word: a type's name or "số".
    size_t w = b;
    while (w > 0 && HSpace(text[w - 1])) --w;
    if (w == 0 || BoundaryBefore(text, w)) continue;
    std::string serial = CanonicalSerial(text.substr(b, j - b));
    bool cited_serial = !own_code && serials.count(serial) > 0;
    // A bare serial is read only before a date or its title ("Công văn số 468
    // về việc hướng dẫn ..."), unless it has its type code.
    auto title_follows = [&] {
      std::string_view after = text.substr(j, 24);  // '^' is the serial's end
      size_t e = 0;
      return rr.bare_serial_title && rr.bare_serial_title->re->MatchAt(after, 0, after.size(), &e);
    };
    if (!cited_serial && (!rr.bare_serial || (!own_code && !DateAt(text, j, rules, true, std::min(text.size(), j + 40)) &&
                                              !title_follows())))
      continue;
    const Field& field = cited_serial ? rr.serial_type : rr.bare_serial;
    size_t wb = WindowStart(text, b, kSerialTypeWindow);
    std::string_view window = text.substr(wb, b - wb);
    Hit h;
    size_t mb, me;
    if (!field.re().SearchBounds(window, 0, window.size(), &mb, &me) || !BoundaryBefore(window, mb) ||
        !field.re().Search(window, mb, window.size(), true, &h) || !h.has(field.group))
      continue;
    auto type = ResolveType(nullptr, GroupAt(window, h, field.group), rules);
    if (own_code) type = DocType{own_code->code, own_code->party_name.empty() ? own_code->name : own_code->party_name};
    if (!type) continue;
    NumberHit hit;
    hit.begin = b;
    hit.end = end;
    if (cited_serial) {
      auto it = cited.find({type->code, serial});
      if (it == cited.end() || !it->second) continue;
      hit.number = it->second->number;
    } else {
      hit.number = BareSerialNumber(serial, type->code, own_code != nullptr);
    }
    hit.number.text = std::string(text.substr(b, end - b));
    added.push_back(std::move(hit));
  }
  if (added.empty()) return;
  for (auto& h : added) numbers->push_back(std::move(h));
  std::stable_sort(numbers->begin(), numbers->end(),
                   [](const NumberHit& a, const NumberHit& b) { return a.begin < b.begin; });
}

TextScans ScanText(std::string_view text, const RuleData& rules, const ReferenceRules& rr) {
  TextScans out;
  out.aliases.resize(rr.resolve.size());
  out.numbers = FindNumbers(text, rules);
  AddSerialCitations(text, rules, rr, &out.numbers);
  if (!rr.joint->ok()) {  // one pass per scan
    if (rr.cues) out.cues = rr.cues->Scan(text);
    if (rr.edges) out.edges = rr.edges->Scan(text);
    if (rr.back) out.back = rr.back->Scan(text);
    if (rr.proposer) out.proposer = rr.proposer.re().FindAll(text);
    if (rr.list_issuer) out.list_issuer = rr.list_issuer.re().FindAll(text);
    if (rr.site_notice) out.site_notice = rr.site_notice.re().FindAll(text);
    for (size_t i = 0; i < rr.resolve.size(); ++i)
      if (rr.resolve[i] == Resolve::kAlias) out.aliases[i] = rr.back->rules[i].re->FindAll(text);
    return out;
  }
  auto lanes = rr.joint->Scan(text);
  out.cues = std::move(lanes[ReferenceRules::kCues]);
  out.edges = std::move(lanes[ReferenceRules::kEdges]);
  out.back = std::move(lanes[ReferenceRules::kBack]);
  out.proposer = HitsOf(std::move(lanes[ReferenceRules::kProposer]));
  out.list_issuer = HitsOf(std::move(lanes[ReferenceRules::kListIssuer]));
  out.site_notice = HitsOf(std::move(lanes[ReferenceRules::kSiteNotice]));
  for (size_t i = 0; i < rr.resolve.size(); ++i)
    out.aliases[i] = HitsOf(std::move(lanes[ReferenceRules::kAliases + i]));
  return out;
}

// Every cue of the document (hits of the cue rules, in text order), for lookups by range.

class CueIndex {
 public:
  // `own_type`: the document's type code. An amending, replacing or repealing
  // cue right after another type's name is the title of a cited document
  // ("Căn cứ ... Luật sửa đổi, bổ sung một số điều của ... số 52/2019/QH14"),
  // not what this document does; after its own type's name it is its own
  // title ("Chính phủ ban hành Nghị định sửa đổi, bổ sung ...").
  CueIndex(std::string_view text, const ReferenceRules& rr, const std::vector<Section::RuleHit>& cue_hits,
           const RuleData& rules, const std::string& own_type) {
    for (auto [idx, h] : cue_hits) {
      const ReferenceRules::Cue& cue = rr.cue[idx];
      // A cue anchored at a line or clause start by its "\n" (or ";", ",", ".")
      // begins at its first word.
      while (h.begin < h.end && (text[h.begin] == '\n' || HSpace(text[h.begin]) || text[h.begin] == '*' ||
                                 text[h.begin] == '-' || text[h.begin] == ';' || text[h.begin] == ',' ||
                                 text[h.begin] == '.'))
        ++h.begin;
      if (cue.none) continue;
      if (cue.after) {
        if (BoundaryBefore(text, h.begin)) after_.push_back({h.begin, h.end, *cue.relation, false, false});
        continue;
      }
      if (!BoundaryBefore(text, h.begin) || !BoundaryAfter(text, h.end)) continue;
      if (*cue.relation >= Relation::kAmends) {
        auto t = TypeRightBefore(text, h.begin, rules);
        if (t && !own_type.empty() && t->code != own_type) continue;
      }
      hits_.push_back({h.begin, h.end, *cue.relation, cue.clause, cue.issuing});
    }
    std::sort(hits_.begin(), hits_.end(),
              [](const CueHit& a, const CueHit& b) { return a.end != b.end ? a.end > b.end : a.begin < b.begin; });
  }
  // The cue hits inside [from, to), latest end first (at one end, longest first).
  // The first after-cue starting in [from, to).
  const CueHit* AfterIn(size_t from, size_t to) const {
    for (const CueHit& h : after_)
      if (h.begin >= from && h.end <= to) return &h;
    return nullptr;
  }
  std::vector<CueHit> In(size_t from, size_t to) const {
    std::vector<CueHit> out;
    for (const CueHit& h : hits_)
      if (h.begin >= from && h.end <= to) out.push_back(h);
    return out;
  }

 private:
  std::vector<CueHit> hits_;
  std::vector<CueHit> after_;  // in text order
};

// The number of a list item opening the line at `b` ("3. ...", "3) ..."),
// and where its text starts; 0 when the line opens no numbered item.
int ItemNumber(std::string_view t, size_t b, size_t* body) {
  while (b < t.size() && HSpace(t[b])) ++b;
  size_t i = b;
  while (i < t.size() && i < b + 2 && isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == b || i >= t.size() || (t[i] != '.' && t[i] != ')') || i + 1 >= t.size() || !HSpace(t[i + 1])) return 0;
  *body = i + 1;
  while (*body < t.size() && HSpace(t[*body])) ++*body;
  return std::stoi(std::string(t.substr(b, i - b)));
}

// A numbered list of cited documents whose "Căn cứ" heading a copy lost:
// "1. Điều lệ ... ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ...;" ...
// "5. Căn cứ Quyết định số 932/QĐ-UBND ...". Items numbered from 1, each
// citing a document, one of them opening with a basis cue right before its
// citation: the list is the document's legal basis, and what its items cite
// with no relation of their own is basis too.
void BasisListWithoutHeading(std::string_view t, const CueIndex& cues, std::vector<Citation>* cites) {
  struct Item {
    size_t begin, body, end;
  };
  std::vector<Item> run;
  // The citations starting in [b, e) (cites are in text order).
  auto cites_in = [&](size_t b, size_t e) {
    auto lo = std::lower_bound(cites->begin(), cites->end(), b, [](const Citation& c, size_t v) { return c.begin < v; });
    auto hi = std::lower_bound(lo, cites->end(), e, [](const Citation& c, size_t v) { return c.begin < v; });
    return std::make_pair(lo, hi);
  };
  auto settle = [&] {
    bool opens_basis = false;
    for (const Item& it : run)
      for (const CueHit& h : cues.In(it.body, it.end))
        if (h.relation == Relation::kBasis && h.begin == it.body) {
          auto [lo, hi] = cites_in(h.end, it.end);
          if (lo != hi && WordsBetween(t, h.end, lo->begin) <= 3) opens_basis = true;
        }
    if (run.size() >= 2 && opens_basis) {
      auto [lo, hi] = cites_in(run.front().begin, run.back().end);
      for (auto c = lo; c != hi; ++c)
        if (c->relation == Relation::kMentions && c->actor < 0) c->relation = Relation::kBasis;
    }
    run.clear();
  };
  for (size_t b = 0; b < t.size();) {
    size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    size_t body = 0;
    int n = ItemNumber(t, b, &body);
    if (n > 0) {
      auto [lo, hi] = cites_in(body, e);
      bool cites_one = lo != hi;
      if (n != static_cast<int>(run.size()) + 1 || !cites_one) settle();
      if (cites_one && n == static_cast<int>(run.size()) + 1) run.push_back({b, body, e});
    } else if (!run.empty()) {
      run.back().end = e;  // a wrapped line of the item
    }
    b = e + 1;
  }
  settle();
}

// How many bytes of an issuer phrase to keep: up to a line break that starts
// a new line of text, and at most kMaxIssuerWords words.
size_t IssuerLength(std::string_view text, size_t ib, size_t ie, const std::vector<size_t>& cue_starts) {
  std::string_view s = text.substr(ib, ie - ib);
  for (size_t nl = s.find('\n'); nl != std::string_view::npos; nl = s.find('\n', nl + 1)) {
    if (!LineGoesOn(text, ib + nl, cue_starts)) {
      s = s.substr(0, nl);
      break;
    }
    while (nl + 1 < s.size() && (HSpace(s[nl + 1]) || s[nl + 1] == '\n')) ++nl;  // the blank lines it goes over
  }
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!space(s[i])) continue;
    if (i > 0 && !space(s[i - 1]) && ++words >= kMaxIssuerWords) return i;
  }
  size_t n = s.size();
  while (n > 0 && space(s[n - 1])) --n;
  return n;
}

bool AllUpper(std::string_view s) {
  // A lower-case ASCII letter decides it without case folding (ICU).
  if (std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  std::string folded = FoldCase(s);
  return folded != s;
}

Citation ReadCitation(const NormalizedText& nt, const RuleData& rules, const ReferenceRules& cr, NumberHit hit,
                      size_t floor, const std::vector<size_t>& cue_starts) {
  std::string_view text = nt.text();
  Citation c;
  c.number = std::move(hit);
  c.begin = c.number.begin;
  // Type phrase before the number ("Chỉ thị số", "Luật Đầu tư công số").
  if (const PatternRule* r = cr.type_before.rule) {
    size_t wb = WindowStart(text, c.number.begin, kTypeWindow, floor);
    std::string_view window = text.substr(wb, c.number.begin - wb);
    // The closest type name: leftmost match first (DFA only), then later
    // starts while they still match; captures once, at the last start.
    // A capitalised type name wins over a closer lower-case one: "Luật Ban
    // hành văn bản quy phạm pháp luật số 64/2025/QH15" is a Luật.
    // The mention starts there; the type word itself is only read (NFA
    // captures) for a number without a known type code, the only one
    // ResolveType looks it up for.
    size_t b, e, best = std::string_view::npos, best_upper = std::string_view::npos;
    size_t from = 0;
    while (from < window.size() && r->re->SearchBounds(window, from, window.size(), &b, &e)) {
      if (BoundaryBefore(window, b)) {
        best = b;
        if (UpperStart(window, b)) best_upper = b;
      }
      from = b + 1;
      while (from < window.size() && (static_cast<unsigned char>(window[from]) & 0xC0) == 0x80) ++from;
    }
    if (best_upper != std::string_view::npos) best = best_upper;
    size_t tb, te;
    if (best != std::string_view::npos) {
      c.begin = wb + best;
      if ((c.number.number.type_code.empty() || !rules.FindType(c.number.number.type_code, false)) &&
          cr.type_before.FindGroup(window, best, &tb, &te))
        c.type_word = std::string(window.substr(tb, te - tb));
    }
  }
  // "Ngày 21/6/2024 UBND tỉnh đã ban hành Kế hoạch số 153/KH-UBND".
  if (const PatternRule* r = cr.issued_before) {
    // (A number in brackets after its text's subject, "X vừa ban hành công văn
    // chỉ đạo ... (Công văn số N, ngày D)": the sentence before the bracket.)
    size_t reach = kTypeWindow + 64;
    if (c.begin > 0 && text[c.begin - 1] == '(') reach = kBracketLeadWindow;
    size_t wb = WindowStart(text, c.number.begin, reach, floor);
    std::string_view window = text.substr(wb, c.number.begin - wb);
    size_t b, e;
    Hit h;
    if (r->re->SearchBounds(window, 0, window.size(), &b, &e) && r->re->Search(window, b, window.size(), true, &h)) {
      c.date = MakeDate(GroupAt(window, h, cr.issued_day), GroupAt(window, h, cr.issued_month),
                        GroupAt(window, h, cr.issued_year), "");
      int g = cr.issued_issuer;
      Issuer is = ResolveIssuer(nt.Phrase(wb + h.groups[g].first, wb + h.groups[g].second), rules);
      c.issuer = is;
    }
  }
  c.tail = c.number.end;
  // Date right after the number (in its paragraph: a page title "Kế hoạch thực
  // hiện Kết luận số 01-KL/TW", a blank line, then the page's "Ngày 25/04/2022
  // 14:04:40" dates the posting).
  size_t date_to = std::min(text.size(), c.number.end + 80);
  for (size_t nl = text.find('\n', c.number.end); nl < date_to; nl = text.find('\n', nl + 1)) {
    size_t k = nl + 1;
    while (k < date_to && (HSpace(text[k]) || text[k] == '\r')) ++k;
    if (k < date_to && text[k] == '\n') {
      date_to = nl;
      break;
    }
  }
  if (auto d = DateAt(text, c.number.end, rules, true, date_to, &c.bad_date)) {
    c.date = d->date;
    c.tail = d->end;
    c.bad_date.reset();
  } else if (c.bad_date) {
    c.tail = c.bad_date->second;
  }
  // The issuer written at text[b, e): as written, resolved through the table.
  auto set_issuer = [&](size_t b, size_t e) {
    // "của của Bộ Chính trị": the word before the name, doubled.
    {
      size_t we = b;
      while (we > 0 && HSpace(text[we - 1])) --we;
      size_t wb = we;
      while (wb > 0 && !HSpace(text[wb - 1]) && text[wb - 1] != '\n') --wb;
      std::string_view word = text.substr(wb, we - wb);
      if (!word.empty() && e - b > word.size() && text.substr(b, word.size()) == word && HSpace(text[b + word.size()]))
        b += word.size() + 1;
    }
    std::string cleaned = CollapseSpace(text.substr(b, e - b));
    Issuer is = ResolveIssuer(cleaned, rules);
    is.name = nt.Phrase(b, e);
    c.issuer_upper = AllUpper(cleaned);
    c.issuer = std::move(is);
  };
  // Issuer phrase: "của <issuer>".
  if (cr.issuer_after) {
    size_t we = WindowEnd(text, c.tail, kIssuerWindow);
    std::string_view window = text.substr(c.tail, we - c.tail);
    size_t gb, ge, skip = 0;
    bool found = cr.issuer_after.FindGroup(window, 0, &gb, &ge);
    // "ngày 16 tháng năm 2013 của ...": past a date with a blank field.
    if (!found && cr.blank_date_after && cr.blank_date_after->re->MatchAt(window, 0, window.size(), &skip)) {
      found = cr.issuer_after.FindGroup(window.substr(skip), 0, &gb, &ge);
      gb += skip, ge += skip;
    }
    if (found) {
      size_t ib = c.tail + gb, ie = c.tail + ge;
      size_t keep = IssuerLength(text, ib, ie, cue_starts);
      // A known name the stop words cut ("của Bộ Xây dựng": "xây dựng" is a
      // verb elsewhere) is read whole.
      // On the same line; after a lower-case word, only that one word
      // ("của Bộ Ngoại giao"), which keeps the lookup short.
      size_t known = 0, after = ib + keep;
      while (after < text.size() && HSpace(text[after])) ++after;
      size_t line_end = std::min(text.find('\n', ib), std::min(text.size(), ib + 160));
      // "của Bộ Văn hóa, Thể thao và Du lịch": a comma, then a capital, may go on with the name.
      size_t next_word = after;
      if (next_word < line_end && text[next_word] == ',') {
        ++next_word;
        while (next_word < line_end && HSpace(text[next_word])) ++next_word;
      }
      if (keep > 0 && after < line_end && !UpperStart(text, next_word)) {
        size_t word_end = after;
        while (word_end < line_end && !HSpace(text[word_end])) ++word_end;
        line_end = word_end;
      }
      if (keep > 0 && after < line_end && rules.FindIssuerByName(text.substr(ib, line_end - ib), &known)) {
        while (known > 0 && (HSpace(text[ib + known - 1]) || text[ib + known - 1] == '\n')) --known;
        if (known > keep && text.substr(ib, known).find_first_of(";.\n") == std::string_view::npos) keep = known;
      }
      // ... or a known name that opens inside it ("của Đảng uỷ Bộ Xây dựng":
      // "Bộ Xây dựng" runs past the stop word).
      // Tried at its last two capitalised words only (one lookup or two per issuer).
      for (size_t p = ib + keep, tries = 0; keep > 0 && after < line_end && p > ib + 1 && tries < 2; --p) {
        if (!(HSpace(text[p - 1]) && UpperStart(text, p))) continue;
        ++tries;
        size_t inner = 0;
        if (!rules.FindIssuerByName(text.substr(p, line_end - p), &inner, /*inside=*/true)) continue;
        while (inner > 0 && (HSpace(text[p + inner - 1]) || text[p + inner - 1] == '\n')) --inner;
        if (p + inner > ib + keep && text.substr(ib, p + inner - ib).find_first_of(";.\n") == std::string_view::npos)
          keep = p + inner - ib;
        break;
      }
      // "của Ban Chỉ đạo phát triển khoa học, công nghệ, ... và đề án 06": a
      // name listing fields with commas.
      Hit en;
      std::string_view from_ib = text.substr(ib, kIssuerWindow);  // '^' is the issuer's start
      if (keep > 0 && cr.issuer_enumerated &&
          cr.issuer_enumerated.re().Search(from_ib, 0, from_ib.size(), true, &en) &&
          en.has(cr.issuer_enumerated.group) && en.groups[cr.issuer_enumerated.group].second > keep)
        keep = en.groups[cr.issuer_enumerated.group].second;
      // "... của Hội" where the stored text ends: a name cut off, not a body.
      size_t rest = ib + keep;
      while (rest < text.size() && (HSpace(text[rest]) || text[rest] == '\n')) ++rest;
      size_t whole = 0;
      if (rest >= text.size() && text.substr(ib, keep).find_first_of(" \t\n") == std::string_view::npos &&
          !(rules.FindIssuerByName(text.substr(ib, keep), &whole) && whole == keep))
        keep = 0;
      if (keep > 0) {
        set_issuer(ib, ib + keep);
        c.tail = ib + keep;
        // When no date follows the number, one may follow the issuer.
        if (!c.date) {
          if (auto d = DateAt(text, ie, rules, true, std::min(text.size(), ie + 60))) c.date = d->date;
        }
        // ... or the act of issuing it ("do Bộ trưởng Bộ Y tế vừa ký ban hành ngày 30/12/2025").
        std::string_view after_issuer = text.substr(ie, 40);  // '^' is the issuer's end
        size_t verb = 0;
        if (!c.date && cr.issued_verb_after &&
            cr.issued_verb_after->re->MatchAt(after_issuer, 0, after_issuer.size(), &verb)) {
          verb += ie;
          if (auto d = DateAt(text, verb, rules, true, std::min(text.size(), verb + 60))) c.date = d->date;
        }
      }
    }
  }
  // "Quyết định của Bộ Chính trị số 31-QĐ/TW": the issuer between the type and the number.
  if (!c.issuer && cr.issuer_before && c.begin < c.number.begin) {
    std::string_view window = text.substr(c.begin, c.number.begin - c.begin);
    Hit h;
    int g = cr.issuer_before.group;
    if (cr.issuer_before.re().Search(window, 0, window.size(), false, &h) && h.has(g)) {
      set_issuer(c.begin + h.groups[g].first, c.begin + h.groups[g].second);
    }
  }
  // "... do Ban Bí thư Trung ương Đảng ban hành theo Quyết định số 289-QĐ/TW":
  // the body that issued a text by it issued it.
  if (!c.issuer && cr.issuer_by_before && c.begin > 0) {
    size_t wb = WindowStart(text, c.begin, kByBeforeWindow);
    std::string_view window = text.substr(wb, c.begin - wb);  // '$' is the citation's start
    Hit h;
    int g = cr.issuer_by_before.group;
    size_t mb, me;
    if (cr.issuer_by_before.re().SearchBounds(window, 0, window.size(), &mb, &me) &&
        cr.issuer_by_before.re().Search(window, mb, window.size(), false, &h) && h.has(g))
      set_issuer(wb + h.groups[g].first, wb + h.groups[g].second);
  }
  // "Nghị quyết 131/2020/QH14 về ... do Quốc hội ban hành": the issuer closing the title.
  if (!c.issuer && cr.issuer_closing) {
    size_t we = WindowEnd(text, c.tail, kClosingWindow);
    std::string_view window = text.substr(c.tail, we - c.tail);  // '^' is the window's start
    Hit h;
    int g = cr.issuer_closing.group;
    size_t mb, me;  // a DFA-only search first: most citations have no such phrase
    if (cr.issuer_closing.re().SearchBounds(window, 0, window.size(), &mb, &me) &&
        cr.issuer_closing.re().Search(window, 0, window.size(), true, &h) && h.has(g)) {
      set_issuer(c.tail + h.groups[g].first, c.tail + h.groups[g].second);
      c.issuer_closing = true;
    }
  }
  // "Quyết định số 2071/QĐ-BGDĐT ngày ... về việc ban hành ... của Bộ trưởng
  // Bộ Giáo dục và Đào tạo": a "của" after the title, when its name is the
  // body the number's own issuer code names.
  const IssuerEntry* coded = !c.issuer && cr.issuer_late && !c.number.number.issuer_codes.empty()
                                 ? rules.FindIssuer(c.number.number.issuer_codes.front(), true)
                                 : nullptr;
  if (coded && !coded->generic) {
    size_t we = WindowEnd(text, c.tail, kClosingWindow);
    std::string_view window = text.substr(c.tail, we - c.tail);
    size_t gb, ge;
    if (cr.issuer_late.FindGroup(window, 0, &gb, &ge, /*dfa_only=*/true) && UpperStart(window, gb)) {
      Issuer is = ResolveIssuer(CollapseSpace(window.substr(gb, ge - gb)), rules);
      if (!is.code.empty() && is.code == coded->code) {
        // Up to the known name's end: "của Bộ Giáo dục và Đào tạo kỳ 2019-2023".
        for (size_t p = gb; p < ge; ++p) {
          if (p > gb && !(HSpace(text[c.tail + p - 1]) || text[c.tail + p - 1] == '\n')) continue;
          size_t m = 0;
          if (!rules.FindIssuerByName(window.substr(p, ge - p), &m, /*inside=*/p > gb)) continue;
          if (m > 0) ge = p + m;
          break;
        }
        set_issuer(c.tail + gb, c.tail + ge);
      }
    }
  }
  // "(khóa XII)" in the issuer phrase or right after the citation.
  if (cr.term) {
    size_t we = WindowEnd(text, c.tail, kTermWindow);
    Hit h;
    if (cr.term.re().Search(text, c.number.end, we, false, &h)) {
      c.term = std::string(GroupAt(text, h, cr.term.group));
      for (auto& ch : c.term) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
      if (h.end > c.tail && h.end <= we) c.tail = h.end;
    }
  }
  return c;
}

// A text cited by its name and number ("Luật Ban hành văn bản quy phạm pháp
// luật số 64/2025/QH15") and mentioned elsewhere by its name alone.
struct NamedMention {
  size_t begin, end;  // the name, as written there
  size_t cite;        // index of the citation that names it
};

// Where the name a citation gives its text ends ("Luật Ban hành văn bản quy
// phạm pháp luật" before "số 64/2025/QH15", the cited_name rule's title opening
// with a capital), relative to the citation's start; 0 when it gives none.
size_t CitedNameEnd(std::string_view text, const Citation& c, const Field& cited_name) {
  if (!cited_name || c.begin >= c.number.begin) return 0;
  std::string_view window = text.substr(c.begin, c.number.begin - c.begin);
  size_t tb, te;
  if (!cited_name.re().MatchAt(window, 0, window.size()) || !cited_name.FindGroup(window, 0, &tb, &te) ||
      !UpperStart(window, tb))
    return 0;
  return te;
}

// Every place where the name of a cited text (the cited_name rule, read from
// the type phrase to the number) is written again, compared word by word with
// case folded and the punctuation around words left out (the name may wrap a
// line). The citation's own type phrase is no mention of it.
std::vector<NamedMention> FindNamedMentions(std::string_view text, const std::vector<Citation>& cites,
                                            const Field& cited_name) {
  std::vector<NamedMention> out;
  if (!cited_name) return out;
  struct Word {
    size_t begin, end;
  };
  auto core = [&](size_t b, size_t e) {
    while (b < e && std::strchr("(\"'", text[b])) ++b;
    while (e > b && std::strchr(".,;:)\"'", text[e - 1])) --e;
    // Typographic quotes (3 bytes each).
    while (e - b >= 3 && (text.substr(b, 3) == "\u201C" || text.substr(b, 3) == "\u2018")) b += 3;
    while (e - b >= 3 && (text.substr(e - 3, 3) == "\u201D" || text.substr(e - 3, 3) == "\u2019")) e -= 3;
    return Word{b, e};
  };
  auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; };
  // The next word of t[j, e) with letters between its punctuation; j moves past it.
  auto next_word = [&](size_t& j, size_t e, Word* w) {
    for (;;) {
      while (j < e && space(text[j])) ++j;
      size_t s = j;
      while (j < e && !space(text[j])) ++j;
      if (j == s) return false;
      *w = core(s, j);
      if (w->end > w->begin) return true;
    }
  };
  auto split = [&](size_t b, size_t e) {
    std::vector<Word> words;
    for (Word w; next_word(b, e, &w);) words.push_back(w);
    return words;
  };
  struct Name {
    size_t cite;
    std::vector<std::string> words;  // folded
  };
  std::vector<Name> names;
  for (size_t i = 0; i < cites.size(); ++i) {
    const Citation& c = cites[i];
    size_t te = CitedNameEnd(text, c, cited_name);
    if (te == 0) continue;
    Name n{i, {}};
    for (const Word& w : split(c.begin, c.begin + te)) n.words.push_back(FoldCase(text.substr(w.begin, w.end - w.begin)));
    if (n.words.size() >= 2 && n.words.size() <= kMaxNameWords) names.push_back(std::move(n));
  }
  if (names.empty()) return out;
  // The first letters the names open with, case folded (ASCII; any other opens a look).
  auto lower = [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); };
  std::string firsts;
  size_t longest = 0;
  for (const Name& n : names) {
    firsts += n.words[0][0];
    longest = std::max(longest, n.words.size());
  }
  std::vector<Word> words;  // the words from a place a name may open
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && space(text[i])) ++i;
    size_t s = i;
    while (i < text.size() && !space(text[i])) ++i;
    if (i == s) break;
    // Most words open with a letter no name opens with: left at once.
    char r0 = text[s];
    if (!(r0 & 0x80) && r0 != '(' && r0 != '"' && r0 != '\'' && firsts.find(lower(r0)) == std::string::npos) continue;
    Word first = core(s, i);
    if (first.end == first.begin) continue;
    char c0 = text[first.begin];
    if (!(c0 & 0x80) && firsts.find(lower(c0)) == std::string::npos) continue;
    // Then the first word itself.
    std::string head;
    bool opens = false;
    for (const Name& n : names) {
      if (n.words[0].size() != first.end - first.begin) continue;
      if (head.empty()) head = FoldCase(text.substr(first.begin, first.end - first.begin));
      if ((opens = head == n.words[0])) break;
    }
    if (!opens) continue;
    words = {first};
    size_t j = i;
    for (Word w; words.size() < longest && next_word(j, text.size(), &w);) words.push_back(w);
    std::vector<std::string> folded(words.size());
    auto fold = [&](size_t k) -> const std::string& {
      if (folded[k].empty()) folded[k] = FoldCase(text.substr(words[k].begin, words[k].end - words[k].begin));
      return folded[k];
    };
    // The longest name written here (a name may open a longer one); of two
    // citations with one name, the first ("Luật Chất lượng sản phẩm, hàng hóa
    // số 05/2007/QH12; Luật sửa đổi, bổ sung một số điều của Luật Chất lượng
    // sản phẩm, hàng hóa số 78/2025/QH15": the second repeats the first's
    // name in its title).
    const Name* best = nullptr;
    for (const Name& n : names) {
      if (n.words.size() > words.size() || (best && best->words.size() >= n.words.size())) continue;
      bool same = true;
      for (size_t j = 0; j < n.words.size() && same; ++j)
        same = words[j].end - words[j].begin == n.words[j].size() && fold(j) == n.words[j];
      if (same) best = &n;
    }
    if (!best) continue;
    size_t b = words[0].begin, e = words[best->words.size() - 1].end;
    // Each citation of the named text (it may be cited twice) has its own type phrase there.
    const std::string& id = cites[best->cite].number.number.id;
    bool own = std::any_of(cites.begin(), cites.end(),
                           [&](const Citation& c) { return c.begin == b && c.number.number.id == id; });
    if (!own) out.push_back({b, e, best->cite});
    i = e;
  }
  return out;
}

}  // namespace

size_t ExtractReferences(const NormalizedText& nt, const RuleData& rules, Document* doc) {
  std::string_view text = nt.text();
  const ReferenceRules& rr = rules.Derived<ReferenceRules>();
  TextScans scans = ScanText(text, rules, rr);
  std::vector<size_t> cue_starts;
  // (Not an act's cue: a cited text's title wrapped before its verb, "... của
  // Ủy ban nhân dân tỉnh Bình Phước" / "Sửa đổi, bổ sung Quyết định số ...",
  // goes on; an article that amends opens after a heading or a stop.)
  for (const auto& [idx, h] : scans.cues)
    if (!rr.cue[idx].none && !(rr.cue[idx].relation && *rr.cue[idx].relation >= Relation::kAmends))
      cue_starts.push_back(h.begin);
  std::sort(cue_starts.begin(), cue_starts.end());
  std::vector<size_t> number_starts;  // where the scan found a number
  for (const NumberHit& n : scans.numbers) number_starts.push_back(n.begin);
  std::sort(number_starts.begin(), number_starts.end());
  std::vector<size_t> clauses = ClauseStarts(text, rules, cue_starts, number_starts);
  // "...; các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND ...": the
  // colon of a list's issuer opens no clause; its items go on with the cue's.
  for (const Hit& h : scans.list_issuer)
    if (auto it = std::lower_bound(clauses.begin(), clauses.end(), h.end); it != clauses.end() && *it == h.end)
      clauses.erase(it);

  // Passive edge cues, found once.
  struct EdgeCue {
    size_t begin, end;
    Relation relation;
  };
  std::vector<EdgeCue> passive;
  for (const auto& [idx, h] : scans.edges)
    if (BoundaryBefore(text, h.begin) && !rr.status[idx]) passive.push_back({h.begin, h.end, *rr.edge[idx]});

  std::vector<Citation> cites;
  size_t floor = 0;
  size_t notice = text.size();  // where a web site's notice to its readers starts
  for (auto& n : scans.numbers) {
    if (doc->self.number_at && nt.OriginalOffset(n.begin) == doc->self.number_at->offset) {
      floor = n.end;
      continue;
    }
    if (cites.size() == 1 && notice == text.size()) {
      // The first notice opening its line after the first citation.
      auto it = std::find_if(scans.site_notice.begin(), scans.site_notice.end(), [&](const Hit& h) {
        size_t p = h.begin;
        while (p > 0 && (HSpace(text[p - 1]) || text[p - 1] == '*' || text[p - 1] == '_')) --p;
        return h.begin >= cites[0].number.end && (p == 0 || text[p - 1] == '\n');
      });
      if (it != scans.site_notice.end()) {
        notice = it->begin;
        Mention at = nt.Locate(it->begin, it->end);
        doc->diagnostics.push_back({"info", "site_notice",
                                    fmt::format("a web site's notice to its readers starts at line {}: nothing after "
                                                "it is read as the document's",
                                                at.line),
                                    at.line, at.column, at.offset});
      }
    }
    if (n.begin >= notice) break;
    Citation c = ReadCitation(nt, rules, rr, std::move(n), floor, cue_starts);
    if (c.issuer) RecodeByIssuer(&c.number.number, *c.issuer, rules);
    c.clause = ClauseOf(clauses, c.number.begin);
    floor = c.tail;
    cites.push_back(std::move(c));
  }

  const PatternRule* coordination = rr.coordination.rule;
  const CueIndex cue_index(text, rr, scans.cues, rules, doc->self.type ? doc->self.type->code : "");
  // "Thông tư A hướng dẫn thi hành Nghị định B quy định ... do Bộ Công an ban
  // hành": the title of A names B, and the issuer closing it is A's (a law
  // database's list of related texts).
  for (size_t i = 1; i < cites.size(); ++i) {
    Citation& a = cites[i - 1];
    Citation& b = cites[i];
    if (!b.issuer_closing || a.issuer || a.tail > b.begin) continue;
    std::string_view gap = text.substr(a.tail, b.begin - a.tail);
    if (gap.find_first_of(";.\n") != std::string_view::npos) continue;
    auto cues = cue_index.In(a.tail, b.begin);
    if (std::none_of(cues.begin(), cues.end(), [](const CueHit& h) { return h.relation != Relation::kMentions; }))
      continue;
    a.issuer = std::move(b.issuer);
    a.issuer_closing = true;
    b.issuer.reset();
    b.issuer_closing = false;
  }
  // "154 & 201/QĐ-UBND ngày ... của ...": the date and issuer are shared.
  for (size_t i = cites.size(); i-- > 1;) {
    if (!cites[i - 1].number.shares_next) continue;
    if (!cites[i - 1].date) cites[i - 1].date = cites[i].date;
    if (!cites[i - 1].issuer) cites[i - 1].issuer = cites[i].issuer;
  }
  // Each citation's document type, resolved once, on first need.
  std::vector<std::optional<std::optional<DocType>>> cite_types(cites.size());
  auto type_of = [&](const Citation& c) -> const std::optional<DocType>& {
    auto& slot = cite_types[&c - cites.data()];
    if (!slot) slot = ResolveType(&c.number.number, c.type_word, rules);
    return *slot;
  };
  // Relations and edges, clause by clause.
  auto in_passive = [&](size_t b, size_t e) {
    return std::any_of(passive.begin(), passive.end(), [&](const EdgeCue& p) { return b < p.end && e > p.begin; });
  };
  std::vector<Edge> edges;
  auto add_edge = [&](const Citation& from, const Citation& to, Relation rel) {
    if (rel == Relation::kMentions || from.number.number.id == to.number.number.id) return;
    // A document cannot carry out, amend or replace one issued after it (by
    // date, or by the years normative numbers carry: "11/2011/NĐ-CP" and "23/2012/NĐ-CP").
    // (A mention without its date has the date another mention of the number gives.)
    auto date_of = [&](const Citation& x) -> std::optional<DocDate> {
      if (x.date) return x.date;
      for (const Citation& y : cites)
        if (y.date && y.number.number.id == x.number.number.id) return y.date;
      return std::nullopt;
    };
    if (auto fd = date_of(from), td = date_of(to); fd && td && Earlier(*fd, *td)) return;
    if (from.number.number.year && to.number.number.year && from.number.number.year < to.number.number.year) return;
    size_t b = std::min(from.begin, to.begin), e = std::max(from.tail, to.tail);
    edges.push_back({from.number.number.id, to.number.number.id, rel,
                     nt.LineOf(std::min(from.number.begin, to.number.begin)), nt.OriginalText(b, e)});
  };
  // "Thông tư này thay thế Thông tư số 13/2019/TT-BYT" in a document that is
  // no Thông tư: "này" points at the last cited Thông tư, which is the actor.
  struct ThisHit {
    size_t begin, end;
    std::string type;
  };
  std::vector<ThisHit> this_hits;
  std::vector<std::pair<size_t, size_t>> this_self;  // "Nghị định này" in a Nghị định
  const std::string own_type = doc->self.type ? doc->self.type->code : "";
  const std::vector<Section::RuleHit>& back_hits = scans.back;
  if (rr.back) {
    for (const auto& [idx, h] : back_hits) {
      if (rr.resolve[idx] != Resolve::kSelf || !BoundaryBefore(text, h.begin)) continue;
      auto t = ResolveType(nullptr, GroupAt(text, h, rr.back_type[idx]), rules);
      if (t && !own_type.empty() && t->code != own_type) this_hits.push_back({h.begin, h.end, t->code});
      if (t && !own_type.empty() && t->code == own_type) this_self.push_back({h.begin, h.end});
    }
  }
  // A clause with a cue but no reference, ending a line ("Điều 1. Bãi bỏ
  // ... văn bản sau:"), hands its cue to the list under it.
  std::optional<Relation> pending;
  size_t pending_clause = 0;
  // The heading's list reaches clause k: clauses left between hold no words
  // ("...;" then a line break, then "2. Thông tư ...").
  // (A page's running head and number between two items are no words of
  // the list: "CÔNG BÁO/Số 55/Ngày 26-01-2026" / "29".)
  auto furniture = [&](size_t b, size_t e) {
    if (!rr.page_furniture) return false;
    for (size_t at = b; at < e;) {
      size_t le = std::min(e, text.find('\n', at) == std::string_view::npos ? text.size() : text.find('\n', at));
      std::string_view line = text.substr(at, le - at);
      Hit h;
      if (line.find_first_not_of(" \t\r") != std::string_view::npos &&
          !rr.page_furniture.rule->re->Search(line, 0, line.size(), false, &h))
        return false;
      at = le + 1;
    }
    return true;
  };
  // (Nor is the rest of an item's title after a ':' on its line: "Tách phòng
  // ... thành 02 phòng: Phòng Tổ chức ...".)
  auto mid_line = [&](size_t b) {
    size_t p = b;
    while (p > 0 && HSpace(text[p - 1])) --p;
    return p > 0 && text[p - 1] == ':';
  };
  auto pending_reaches = [&](size_t k) {
    if (!pending || k < pending_clause) return false;
    for (size_t j = pending_clause; j < k; ++j) {
      size_t e = j + 1 < clauses.size() ? clauses[j + 1] : text.size();
      if (WordsBetween(text, clauses[j], e) > 1 && !furniture(clauses[j], e) && !mid_line(clauses[j]))
        return false;
    }
    return true;
  };
  std::optional<Relation> list_relation;  // last relation, for "; Quyết định số ..." lists
  size_t last_clause = SIZE_MAX;
  // "Luật ... số 57/2014/QH13 ..., được sửa đổi, bổ sung bởi:" then a list
  // ("1. Luật số 65/2020/QH14 ..."), as consolidated texts open: each item
  // acts on the citation before the cue (passive_head), or the citation acts
  // on each item ("... đã bãi bỏ ..., cụ thể:", active_head).
  // (citation index, relation, next clause)
  struct ListHead {
    size_t cite = SIZE_MAX;  // none
    Relation relation = Relation::kMentions;
    size_t next_clause = 0;
  };
  ListHead passive_head, active_head;
  // Citation `c` opens the list's next item, clause `next` or the one after
  // (a long title), or a later one past blank lines only.
  auto NextItem = [&](size_t next, const Citation& c) {
    size_t cs = clauses[c.clause];
    if (WordsBetween(text, cs, c.begin) > 2 || c.clause < next) return false;
    return c.clause <= next + 1 ||
           text.substr(clauses[next], cs - clauses[next]).find_first_not_of(" \t\r\n*_") == std::string_view::npos;
  };
  // True when a gap between two citations ends with a comma or a coordination
  // ("và", "cùng với"), tried from each of its last words.
  auto EndsJoined = [&](std::string_view g) {
    while (!g.empty() && (HSpace(g.back()) || g.back() == '\n')) g.remove_suffix(1);
    bool joined = !g.empty() && g.back() == ',';
    for (size_t w = g.size(), words = 0; coordination && !joined && w > 0 && words < 3; ++words) {
      while (w > 0 && !HSpace(g[w - 1]) && g[w - 1] != '\n') --w;
      Hit k;
      joined = coordination->re->Search(g, w, g.size(), true, &k) && k.end == g.size();
      while (w > 0 && (HSpace(g[w - 1]) || g[w - 1] == '\n')) --w;
    }
    return joined;
  };
  // Whether a cue in text[from, to) opens an item of a list. A clause that
  // opens in lower case goes on with a title ("Nghị định số A ... quy định
  // về phân cấp ...; quy định chi tiết và hướng dẫn một số điều của Luật
  // ...; Quy chế ...; Quy định số B"): its words of guiding are the
  // title's; "...; thực hiện ..." opens an item.
  auto ItemCue = [&](size_t from, size_t to) {
    for (const CueHit& h : cue_index.In(from, to)) {
      size_t open = clauses[ClauseOf(clauses, h.begin)];
      while (open < h.begin && (HSpace(text[open]) || text[open] == '\n')) ++open;
      if (!LowerStart(text, open) || h.relation > Relation::kGuides) return true;
    }
    return false;
  };
  // Clauses `from` < k <= `to` all opened by ';' on one line, those before
  // `to` holding no cue of an item (ItemCue): one list item's long title, then the next item.
  auto SemicolonChain = [&](size_t from, size_t to) {
    if (from == SIZE_MAX || to <= from || to - from > 8) return false;
    for (size_t k = from + 1; k <= to; ++k)
      if (clauses[k] == 0 || text[clauses[k] - 1] != ';') return false;
    // One item's title, on one line or hard-wrapped over several: no line of
    // it ends at ';' and none opens with an item marker (items on their own lines).
    std::string_view span = text.substr(clauses[from], clauses[to] - clauses[from]);
    for (size_t nl = span.find('\n'); nl != std::string_view::npos; nl = span.find('\n', nl + 1)) {
      if (ClosedBy(span, nl) == ';') return false;
      size_t after = nl + 1;
      while (after < span.size() && HSpace(span[after])) ++after;
      if (after < span.size() && (span[after] == '\n' || ItemMarker(span.substr(after, 8)))) return false;
    }
    for (size_t k = from + 1; k < to; ++k)
      if (ItemCue(clauses[k], clauses[k + 1])) return false;
    return true;
  };
  // Clause `to` goes on with the list of clause `from` over a line break:
  // only blank clauses between, the last closed by ';'.
  auto ListGoesOn = [&](size_t from, size_t to) {
    return from != SIZE_MAX && to > from + 1 && ClosedBy(text, clauses[to]) == ';' &&
           text.substr(clauses[from + 1], clauses[to] - clauses[from + 1]).find_first_not_of(" \t\r\n*_") ==
               std::string_view::npos;
  };
  for (size_t i = 0; i < cites.size(); ++i) {
    Citation& c = cites[i];
    size_t cs = clauses[c.clause];
    bool first_in_clause = i == 0 || cites[i - 1].clause != c.clause;
    if (first_in_clause && passive_head.cite != SIZE_MAX) {
      if (NextItem(passive_head.next_clause, c)) {
        add_edge(c, cites[passive_head.cite], passive_head.relation);
        passive_head.next_clause = c.clause + 1;
      } else {
        passive_head = ListHead{};
      }
    }
    if (first_in_clause && active_head.cite != SIZE_MAX) {
      if (NextItem(active_head.next_clause, c)) {
        add_edge(cites[active_head.cite], c, active_head.relation);
        active_head.next_clause = c.clause + 1;
      } else {
        active_head = ListHead{};
      }
    }
    if (first_in_clause) {
      // Clauses between the previous reference and this one may hold a heading cue.
      if (last_clause != SIZE_MAX && c.clause > last_clause + 1 && !SemicolonChain(last_clause, c.clause) &&
          !ListGoesOn(last_clause, c.clause))
        list_relation.reset();
      size_t prev_clause_start = c.clause > 0 ? clauses[c.clause - 1] : 0;
      // A heading wrapped over lines: "I. CĂN CỨ XÂY DỰNG" / "KẾ HOẠCH"; or
      // over list items that cite no number ("- Luật Khám chữa bệnh năm 2009;").
      for (size_t k = c.clause - 1, back = 0, items = 0;
           c.clause > 0 && k > 0 && back < 2 && (i == 0 || cites[i - 1].clause < k - 1); --k) {
        int words = WordsBetween(text, clauses[k], clauses[k + 1]);
        if (!cue_index.In(clauses[k], clauses[k + 1]).empty()) break;
        if (words > 3) {
          std::string_view item = text.substr(clauses[k], clauses[k + 1] - clauses[k]);
          item.remove_prefix(std::min(item.size(), item.find_first_not_of(" \t\r\n")));
          if (items == 2 || !ItemMarker(item) || ClosedBy(text, clauses[k + 1]) != ';') break;
          ++items;
        } else if (words > 0) {
          ++back;
        }
        prev_clause_start = clauses[k - 1];
      }
      if (c.clause > 0 && (i == 0 || cites[i - 1].clause < c.clause - 1)) {
        auto heading = cue_index.In(prev_clause_start, cs);
        heading.erase(std::remove_if(heading.begin(), heading.end(),
                                     [&](const CueHit& h) {
                                       // Only legal acts head a list this way ("Bãi bỏ các văn bản
                                       // sau:"); "1. Nội dung tuyên truyền" is a heading, no cue.
                                       return h.relation == Relation::kMentions ||
                                              h.relation == Relation::kImplements || h.relation == Relation::kGuides ||
                                              in_passive(h.begin, h.end);
                                     }),
                      heading.end());
        char endc = cs >= 2 ? text[cs - 1] : '\n';
        if (!heading.empty() && (endc == '\n' || endc == ':'))
          pending = heading.front().relation, pending_clause = c.clause;
        // "Các Thông tư sau hết hiệu lực kể từ ngày ...:" then the list.
        else if (const CueHit* a = cue_index.AfterIn(prev_clause_start, cs);
                 heading.empty() && a && a->relation >= Relation::kAmends &&
                 ClosedBy(text, cs) == ':')
          pending = a->relation, pending_clause = c.clause;
      }
    }
    std::optional<Relation> rel;
    const Citation* prev = first_in_clause ? nullptr : &cites[i - 1];
    // "Nghị định này được hướng dẫn bởi Thông tư số 05/2024/TT-BCT": an edge to
    // the document itself (when it has a number).
    if (!prev && doc->self.number) {
      for (const EdgeCue& p : passive) {
        if (p.begin < cs || p.end > c.begin || WordsBetween(text, p.end, c.begin) > kPassiveWords) continue;
        bool self_before = std::any_of(this_self.begin(), this_self.end(), [&](const std::pair<size_t, size_t>& th) {
          return th.first >= cs && th.second <= p.begin;
        });
        if (self_before)
          edges.push_back({c.number.number.id, doc->self.number->id, p.relation, nt.LineOf(c.number.begin),
                           nt.OriginalText(cs, c.tail)});
        break;
      }
    }
    // A passive cue opening this clause acts on the citation before it, when
    // nothing but its title lies between: a flattened table row "Thông tư số
    // 03/2017/TT-BLĐTBXH ... cao đẳng" / "Được thay thế bởi Thông tư số 01/2024/...".
    if (!prev && i > 0) {
      const Citation& before = cites[i - 1];
      for (const EdgeCue& p : passive) {
        if (p.begin < std::max(cs, before.tail) || p.end > c.begin ||
            WordsBetween(text, p.end, c.begin) > kPassiveWords ||
            WordsBetween(text, before.tail, p.begin) > kTitleWords)
          continue;
        std::string_view between = text.substr(before.tail, p.begin - before.tail);
        auto cues = cue_index.In(before.tail, p.begin);
        bool own_clause = std::any_of(cues.begin(), cues.end(), [](const CueHit& h) { return h.clause_scope; });
        if (!own_clause && between.find(";\n") == std::string_view::npos &&
            between.find(".\n") == std::string_view::npos)
          add_edge(c, before, p.relation);
        break;
      }
    }
    // "... sửa đổi Điều 7 của Quy chế ... ban hành kèm theo <c>": the act reaches c
    // (also guiding: "hướng dẫn thực hiện một số điều của Quy chế ... ban hành kèm theo <c>").
    auto attached = [&] {
      if (!rr.attached.rule) return false;
      Hit k;
      size_t floor = prev ? prev->tail : cs;
      size_t from = c.begin > floor + 64 ? c.begin - 64 : floor;
      while (from < c.begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
      std::string_view window = text.substr(from, c.begin - from);  // '$' is the window's end
      return rr.attached.rule->re->Search(window, 0, window.size(), false, &k);
    };
    auto reaches = [&](const CueHit& h) {
      return WordsBetween(text, h.end, c.begin) <= kNearWords ||
             ((h.relation >= Relation::kAmends || h.relation == Relation::kGuides) && attached());
    };
    // "... phê duyệt và tổ chức thực hiện": a coordination between a verb of
    // the previous citation's title and the cue right after it.
    auto SharedObject = [&](size_t k_begin, size_t k_end, size_t cue_at) {
      if (!rr.shared_object_verb || WordsBetween(text, k_end, cue_at) > 0) return false;
      size_t wb = WindowStart(text, k_begin, kVerbWindow);
      std::string_view before = text.substr(wb, k_begin - wb);
      size_t mb, me;
      return rr.shared_object_verb.re().SearchBounds(before, 0, before.size(), &mb, &me) && BoundaryBefore(before, mb);
    };
    // The cue's object is a common noun, and the citation is joined after it:
    // "Pháp lệnh số A ... về thực hiện dân chủ ở xã, phường, thị trấn và Nghị
    // quyết số B": B is listed with A, not carried out by it.
    auto NounObject = [&](const CueHit& h) {
      if (WordsBetween(text, h.end, c.begin) < 3 || !EndsJoined(text.substr(h.end, c.begin - h.end))) return false;
      size_t b = h.end;
      // No word of it names a thing ("Nghị quyết Đại hội ...", "một số điều của Luật Quản lý thuế").
      while (b < c.begin) {
        while (b < c.begin && (HSpace(text[b]) || text[b] == '\n' || text[b] == ',')) ++b;
        if (b < c.begin && !LowerStart(text, b)) return false;
        while (b < c.begin && !HSpace(text[b]) && text[b] != '\n') ++b;
      }
      return true;
    };
    if (prev) {
      // 1. passive edge cue right before this reference.
      for (const EdgeCue& p : passive) {
        // (Its subject is the previous citation, with its title: not one a
        // sentence or more before, "... Quyết định số A ... Việt Nam. ... Khoản
        // 1, 2 Điều 47a được bổ sung tại ... Luật số B".)
        auto subject_gap = [&] {
          std::string_view g = text.substr(prev->tail, p.begin - prev->tail);
          for (size_t k = g.find_first_of(".;"); k != std::string_view::npos; k = g.find_first_of(".;", k + 1))
            if (g[k] == ';' || k + 1 == g.size() || g[k + 1] == ' ' || g[k + 1] == '\n') return false;
          return WordsBetween(text, prev->tail, p.begin) <= kPassiveSubjectWords;
        };
        if (p.begin >= prev->tail && p.end <= c.begin && WordsBetween(text, p.end, c.begin) <= kPassiveWords &&
            subject_gap()) {
          // "Nghị quyết A (CP) ... thực hiện Nghị quyết B (TW) ... được sửa
          // đổi, bổ sung tại Nghị quyết C (CP)": amending is reserved to a
          // text's issuer (DOMAIN.md), so C amends A, whose title named B.
          size_t object = i - 1;
          // (One body by two codes: "UB" of old numbers is the "UBND".)
          auto same_body = [&](const std::string& x, const std::string& y) {
            if (x == y) return true;
            const IssuerEntry* ex = rules.FindIssuer(x, true);
            const IssuerEntry* ey = rules.FindIssuer(y, true);
            return ex && ey && ex->name == ey->name;
          };
          auto share = [&](const std::vector<std::string>& a, const std::vector<std::string>& b) {
            return std::any_of(a.begin(), a.end(), [&](const std::string& x) {
              return std::any_of(b.begin(), b.end(), [&](const std::string& y) { return same_body(x, y); });
            });
          };
          if (p.relation >= Relation::kAmends && prev->actor >= 0) {
            const auto& own = c.number.number.issuer_codes;
            if (!own.empty() && !share(own, prev->number.number.issuer_codes) &&
                share(own, cites[prev->actor].number.number.issuer_codes))
              object = static_cast<size_t>(prev->actor);
          }
          // ... also when A's title only names B ("Quyết định số A (UB) ... theo
          // Quyết định số B (TTg) ... bị bãi bỏ, thay thế bởi Quyết định số C
          // (UBND)"): the nearest citation before, in the sentence, of C's issuer.
          if (p.relation >= Relation::kAmends && object == i - 1 && !c.number.number.issuer_codes.empty() &&
              !share(c.number.number.issuer_codes, prev->number.number.issuer_codes))
            for (size_t j = i - 1; j-- > 0;) {
              if (SentenceEndIn(text.substr(cites[j].tail, p.begin - cites[j].tail)) != std::string_view::npos ||
                  text.substr(cites[j].tail, p.begin - cites[j].tail).find(';') != std::string_view::npos)
                break;
              if (share(c.number.number.issuer_codes, cites[j].number.number.issuer_codes)) {
                object = j;
                break;
              }
            }
          const Citation& obj = cites[object];
          add_edge(c, obj, p.relation);
          c.acts_on = static_cast<int>(object);
          c.acts_relation = p.relation;
          // "Căn cứ Luật A đã được sửa đổi bởi Luật B": B is the basis too;
          // but amending A "as amended by B" is no act on B.
          rel = obj.relation >= Relation::kAmends ? Relation::kMentions : obj.relation;
          break;
        }
      }
      // 2. active cue between the previous citation and this one.
      if (!rel) {
        auto cues = cue_index.In(prev->tail, c.begin);
        // Adjacency to the previous citation is judged at the FIRST cue after
        // it ("... của Thành ủy về việc quán triệt, học tập, tuyên truyền Chỉ thị").
        size_t first_cue = c.begin;
        for (const CueHit& h : cues)
          if (!in_passive(h.begin, h.end) && !h.clause_scope && h.relation != Relation::kMentions)
            first_cue = std::min(first_cue, h.begin);
        for (const CueHit& h : cues) {
          if (in_passive(h.begin, h.end) || h.clause_scope) continue;
          if (!reaches(h)) break;
          // "Thực hiện Chỉ thị A (2021) về ... theo Nghị quyết Đại hội ... của
          // Đảng và Kế hoạch B (2021)": the "theo" governs a text named in A's
          // title, and "và B" goes on with A's relation.
          if (h.relation == Relation::kMentions && WordsBetween(text, h.end, c.begin) > 2 && prev->date && c.date &&
              !Earlier(*c.date, *prev->date) && EndsJoined(text.substr(prev->tail, c.begin - prev->tail))) {
            rel = prev->relation;
            // "C hướng dẫn thi hành Nghị định A ... về theo dõi ... và Nghị định B": C acts on B too.
            if (prev->actor >= 0) {
              add_edge(cites[prev->actor], c, prev->actor_relation);
              c.actor = prev->actor;
              c.actor_relation = prev->actor_relation;
            }
            break;
          }
          size_t cue_at = h.relation == Relation::kMentions ? h.begin : std::min(h.begin, first_cue);
          std::string_view gap = text.substr(prev->tail, cue_at - prev->tail);
          // (A comma in brackets is no break: "(nay là Bộ Văn hóa, Thể thao và Du lịch) hướng dẫn".)
          std::vector<bool> bracketed;  // filled only when the gap holds a bracket
          bool comma = gap.find(',') != std::string_view::npos;
          if (gap.find('(') != std::string_view::npos) {
            bracketed.assign(gap.size(), false);
            comma = false;
            for (size_t k = 0, depth = 0; k < gap.size(); ++k) {
              depth += gap[k] == '(' ? 1 : 0;
              bracketed[k] = depth > 0;
              depth -= gap[k] == ')' && depth > 0 ? 1 : 0;
              comma = comma || (gap[k] == ',' && !bracketed[k]);
            }
          }
          bool adjacent = !comma && WordsBetween(text, prev->tail, cue_at) <= kEdgeGapWords;
          // "... đã ban hành Thông tư số A, sửa đổi, bổ sung Thông tư số B": an
          // act of amending set off by a bare comma right after A is A's.
          if (comma && h.relation >= Relation::kAmends && gap.find_first_not_of(" \t") == gap.find(',') &&
              gap.find_last_not_of(" \t") == gap.find(','))
            adjacent = true;
          // "Quyết định A ... về việc Phê duyệt “Chiến lược ... đến năm 2030
          // triển khai thực hiện Quyết định số B”": a cue inside A's quoted
          // title, however long, is A's.
          if (!adjacent && gap.find(';') == std::string_view::npos && WordsBetween(text, prev->tail, cue_at) <= 40) {
            size_t opened = 0, closed = 0;
            for (size_t k = gap.find("\u201C"); k != std::string_view::npos; k = gap.find("\u201C", k + 1)) ++opened;
            for (size_t k = gap.find("\u201D"); k != std::string_view::npos; k = gap.find("\u201D", k + 1)) ++closed;
            adjacent = opened > closed;
          }
          if (adjacent && coordination) {
            for (const Hit& k : coordination->re->FindAll(text, prev->tail, cue_at))
              if (BoundaryBefore(text, k.begin) && BoundaryAfter(text, k.end) &&
                  (bracketed.empty() || !bracketed[k.begin - prev->tail]) && !SharedObject(k.begin, k.end, cue_at))
                adjacent = false;
          }
          // "Căn cứ Thông báo số X ... về kết luận ... tại Hội nghị ... thực hiện
          // Nghị quyết số Y;": in a clause that "Căn cứ" opens on X, the cue
          // after X's title is X's, however long the title.
          if (!adjacent && h.relation != Relation::kMentions && i >= 1 && (i == 1 || cites[i - 2].clause != c.clause) &&
              gap.find(';') == std::string_view::npos) {
            for (const CueHit& k : cue_index.In(cs, prev->begin))
              if (k.clause_scope && k.relation != Relation::kMentions &&
                  (WordsBetween(text, cs, k.begin) == 0 || ItemMarker(text.substr(cs, k.begin - cs))))
                adjacent = true;
          }
          // "Thực hiện Nghị định số A (2015) ... quy định chi tiết ... Luật Hộ
          // tịch và Quyết định số B (2017)": A cannot act on a later B, so the
          // cue is A's title and "và B" goes on with A's relation (also when
          // the cue is far from A: "... quy định cơ chế quản lý, tổ chức thực
          // hiện các chương trình ... và Nghị định số B"). Nor, as the object
          // of an act, on one of its own day: "C sửa đổi ... Nghị định số A
          // (1/4/2025) ... hướng dẫn thi hành Luật ... và Nghị định số B (1/4/2025)".
          bool later = prev->date && c.date &&
                       (Earlier(*prev->date, *c.date) || (prev->actor >= 0 && !Earlier(*c.date, *prev->date)));
          if (h.relation != Relation::kMentions && later && EndsJoined(text.substr(prev->tail, c.begin - prev->tail))) {
            rel = prev->relation;
            // "X triển khai thực hiện ... tại Chỉ thị A (2021) về ... và Chỉ thị B (2023)": X acts on B too.
            if (prev->actor >= 0) {
              add_edge(cites[prev->actor], c, prev->actor_relation);
              c.actor = prev->actor;
              c.actor_relation = prev->actor_relation;
            }
          } else if (adjacent && h.relation != Relation::kMentions && NounObject(h)) {
            rel = prev->relation;  // "A ... về thực hiện dân chủ ở xã ... và B": A and B, listed
          } else if (adjacent && h.relation != Relation::kMentions) {
            add_edge(*prev, c, h.relation);
            rel = Relation::kMentions;
            // "A sửa đổi ... của B ... và C": a list after B shares A's act.
            c.actor = static_cast<int>(i - 1);
            c.actor_relation = h.relation;
          } else {
            rel = h.relation;
          }
          break;
        }
      }
      // 3. a plain list: "A, B và C" shares A's relation (and A's actor);
      // so does "Nghị định số A ... <its title> ... và Nghị định số B": a
      // citation after "và" or a comma closing A's title, with no cue between.
      if (!rel) {
        std::string_view gap = text.substr(prev->tail, c.begin - prev->tail);
        auto joined_list = [&] {
          // "A ... và chỉ đạo của UBND tỉnh tại văn bản số B": the list is joined
          // before the proposer's phrase.
          std::string_view g = gap;
          for (const Hit& ph : scans.proposer)
            if (ph.begin >= prev->tail && ph.begin < c.begin && ph.end >= c.begin && ph.end <= c.begin + 2)
              g = text.substr(prev->tail, ph.begin - prev->tail);
          if (!EndsJoined(g) || gap.find(';') != std::string_view::npos) return false;
          auto cues = cue_index.In(prev->tail, c.begin);
          // "... tại Chỉ thị A (2021) về ... tuyên truyền phục vụ ... và Chỉ thị B (2023)":
          // a cue far back in A's title does not reach B, which is no older than A.
          return cues.empty() || (prev->date && c.date && !Earlier(*c.date, *prev->date) &&
                                  WordsBetween(text, cues.front().end, c.begin) > kNearWords);
        };
        if ((WordsBetween(text, prev->tail, c.begin) <= 2 || joined_list()) &&
            gap.find('.') == std::string_view::npos) {
          rel = prev->relation;
          if (prev->actor >= 0) {
            add_edge(cites[prev->actor], c, prev->actor_relation);
            c.actor = prev->actor;
            c.actor_relation = prev->actor_relation;
          }
          // "A được sửa đổi, bổ sung bởi Luật số B và Luật số C;": C acts on A
          // too, when nothing but its date and issuer follows it (with a title
          // of its own, C is the next item of an outer list).
          size_t after = c.tail;
          while (after < text.size() && HSpace(text[after])) ++after;
          bool bare = after >= text.size() || std::strchr(";.,()\n", text[after]) != nullptr ||
                      (i + 1 < cites.size() && WordsBetween(text, c.tail, cites[i + 1].begin) <= 1);
          if (prev->acts_on >= 0 && bare) {
            add_edge(c, cites[prev->acts_on], prev->acts_relation);
            c.acts_on = prev->acts_on;
            c.acts_relation = prev->acts_relation;
          }
        }
      }
    }
    if (!rel) {
      size_t from = prev ? prev->tail : cs;
      auto cues = cue_index.In(from, c.begin);
      // "Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế số X",
      // "Căn cứ Luật Người lao động ... theo hợp đồng số Y": the clause's
      // opening cue governs its first citation; cues on the way are its title.
      // But "Căn cứ quy định trên, ... thì thực hiện ... theo quy định tại
      // Luật số B": a cue whose object is a common noun (lower case) closed
      // by a comma governs no citation after it that a nearer cue reaches.
      auto object_closed = [&](const CueHit& h) {
        size_t w = h.end;
        while (w < c.begin && HSpace(text[w])) ++w;
        if (w >= c.begin || !LowerStart(text, w)) return false;
        size_t comma = text.substr(w, c.begin - w).find(',');
        if (comma == std::string_view::npos) return false;
        const CueHit& nearest = cues.front();
        return !nearest.clause_scope && nearest.begin > w + comma && !in_passive(nearest.begin, nearest.end) &&
               reaches(nearest);
      };
      if (!prev || prev->clause != c.clause)
        for (const CueHit& h : cues)
          if (h.clause_scope && !in_passive(h.begin, h.end) && WordsBetween(text, cs, h.begin) == 0 &&
              !object_closed(h)) {
            rel = h.relation;
            break;
          }
      for (const CueHit& h : cues) {
        if (rel) break;
        if (in_passive(h.begin, h.end)) continue;
        if (!h.clause_scope && !reaches(h)) continue;
        rel = h.relation;
        break;
      }
      if (!rel && prev) {
        for (const CueHit& h : cue_index.In(cs, prev->begin))
          if (h.clause_scope) {
            rel = h.relation;
            break;
          }
      }
    }
    if (!rel && first_in_clause) {
      bool heads = WordsBetween(text, cs, c.begin) <= 1;  // the clause opens with the citation
      // "Căn cứ Luật A số X; Luật sửa đổi ... của Luật B số Y;": an item after
      // ';' whose own words hold no cue goes on with the list's relation.
      bool list_item = heads || cue_index.In(cs, c.begin).empty();
      if (heads && pending_reaches(c.clause))
        rel = pending;
      else if (list_item && list_relation && SemicolonChain(last_clause, c.clause))
        // "Căn cứ Nghị định số A ... về ... tổng cục, cục thuộc bộ; cơ quan
        // chuyên môn ...; Nghị định số B ...": A's title held ';' too (also
        // before an item that names its text late: "...; ý kiến chỉ đạo của
        // Ban Bí thư tại Công văn số B").
        rel = list_relation;
      else if (list_item && list_relation && c.clause == last_clause + 1 && cs > 0 &&
               (text[cs - 1] == ';' || text[cs - 1] == ','))
        rel = list_relation;
      else if (list_relation && ListGoesOn(last_clause, c.clause) &&
               (WordsBetween(text, cs, c.begin) == 0 || ItemMarker(text.substr(cs, c.begin - cs))))
        // "Thực hiện Chỉ thị số A ...;" / "Công văn số B ...": the list goes on over the line break.
        rel = list_relation;
      else if (list_item && CharBefore(text, cs) == ';') {
        // "Căn cứ Điều lệ Đảng; Quy định số 24-QĐ/TW ...": the list's head
        // cites no number; its clause-wide cue reaches the items after ';'
        // (so does a "Thực hiện" opening it: "Thực hiện Nghị quyết Đại hội
        // ...; Chương trình hành động số 02-CTr/TU ...").
        bool head = false;  // the next clause back is the list's head: the last one looked at
        for (size_t k = c.clause; k-- > 0 && (head || c.clause - k <= 3);) {
          if (i > 0 && cites[i - 1].clause >= k) break;  // a citation in between has its own relation
          auto cues = cue_index.In(clauses[k], clauses[k + 1]);  // latest end first
          for (const CueHit& h : cues)
            if ((h.clause_scope || h.relation == Relation::kImplements) &&
                (WordsBetween(text, clauses[k], h.begin) == 0 ||
                 (WordsBetween(text, clauses[k], h.begin) == 1 &&
                  ItemMarker(text.substr(clauses[k], h.begin - clauses[k]))))) {
              rel = h.relation;
              // "- Thực hiện đầy đủ trách nhiệm ... theo quy định tại Điều 102
              // Luật Lâm nghiệp; Nghị định số 131/2025/NĐ-CP": a task opening
              // the clause, whose last cue's list the items go on with.
              if (!h.clause_scope && cues.front().begin > h.begin && cues.front().relation == Relation::kMentions)
                rel = Relation::kMentions;
            }
          if (rel || clauses[k] == 0 || head) break;
          // Back over the items before, each closed by ';', to the list's head:
          // a clause closed by ':' ("Căn cứ:") or a heading's line ("I. CĂN CỨ PHÁP LÝ").
          size_t p = clauses[k];
          while (p > 0 && (HSpace(text[p - 1]) || text[p - 1] == '\n')) --p;
          if (p == 0) break;
          bool heading_end = p < clauses[k] && text.substr(p, clauses[k] - p).find('\n') != std::string_view::npos &&
                             !std::strchr(".;,!?", text[p - 1]);
          if (text[p - 1] == ':' || heading_end) {
            head = true;
          } else if (text[p - 1] != ';') {
            break;
          }
          k = ClauseOf(clauses, p - 1) + 1;  // over the empty clause of a line break
        }
      }
    }
    c.relation = rel.value_or(Relation::kMentions);
    if (c.relation != Relation::kMentions && !this_hits.empty()) {
      size_t from = first_in_clause ? cs : cites[i - 1].tail;
      auto cues = cue_index.In(from, c.begin);
      auto cue = std::find_if(cues.begin(), cues.end(), [&](const CueHit& h) { return h.relation == c.relation; });
      if (cue != cues.end()) {
        for (const ThisHit& th : this_hits) {
          if (th.begin < from || th.end > cue->begin) continue;
          for (size_t j = i; j-- > 0;) {
            const auto& t = type_of(cites[j]);
            if (t && t->code == th.type) {
              add_edge(cites[j], c, c.relation);
              c.actor = static_cast<int>(j);
              c.actor_relation = c.relation;
              c.relation = Relation::kMentions;
              break;
            }
          }
          break;
        }
      }
    }
    // A cue after the citation, in the same clause, before any other citation.
    size_t after_end = i + 1 < cites.size() ? cites[i + 1].begin : text.size();
    if (c.clause + 1 < clauses.size()) after_end = std::min(after_end, clauses[c.clause + 1]);
    if (const CueHit* h = cue_index.AfterIn(c.tail, after_end)) {
      // "... được thay thế bởi Thông tư này": the after cue that holds a
      // passive one and goes on to "this document" is the longer reading.
      bool holds_passive = std::any_of(passive.begin(), passive.end(), [&](const EdgeCue& p) {
        return p.begin >= h->begin && p.end < h->end;
      });
      // Close after the citation, or closing its clause after its title
      // ("Thông tư số 15/2019/TT-BLĐTBXH ... quy định Chế độ báo cáo ... hết hiệu lực.").
      size_t next = h->end;
      while (next < text.size() && HSpace(text[next])) ++next;
      bool closes = next >= text.size() || std::strchr(".;\n", text[next]) != nullptr;
      int words = WordsBetween(text, c.tail, h->begin);
      if ((words <= 4 || (closes && words <= 40)) && (holds_passive || !in_passive(h->begin, h->end)) &&
          h->relation > c.relation) {
        c.relation = h->relation;
        // "Các Quyết định số 12/2019/QĐ-TTg và số 13/2019/QĐ-TTg hết hiệu lực": the whole list.
        for (size_t j = i; j-- > 0 && cites[j].clause == c.clause;) {
          if (WordsBetween(text, cites[j].tail, cites[j + 1].begin) > 2) break;
          cites[j].relation = std::max(cites[j].relation, h->relation);
        }
      }
    }
    if (pending_reaches(c.clause) && WordsBetween(text, cs, c.begin) <= 1) {
      pending_clause = c.clause + 1;  // the heading's list goes on
    }
    // A list after ';' continues the relation of the clause's head citation.
    if (first_in_clause) list_relation = c.relation;
    last_clause = c.clause;
    // A passive cue closing this citation's clause heads a list of the documents acting on it.
    size_t clause_end = c.clause + 1 < clauses.size() ? clauses[c.clause + 1] : text.size();
    if (i + 1 == cites.size() || cites[i + 1].clause != c.clause) {
      for (const EdgeCue& p : passive) {
        if (p.begin < c.tail || p.end > clause_end) continue;
        std::string_view rest = text.substr(p.end, clause_end - p.end);
        if (rest.find_first_not_of(" \t\n:") == std::string_view::npos && rest.find(':') != std::string_view::npos)
          passive_head = ListHead{i, p.relation, c.clause + 1};
      }
      // "Thông tư số 47/2025/TT-BYT ... đã bãi bỏ toàn bộ 43 văn bản ..., cụ
      // thể:" then a list ("1. Quyết định số 37-BYT/QĐ ..."): the citation
      // acts on each item (the edge's direction turned: active_head).
      if (passive_head.cite != i && ClosedBy(text, clause_end) == ':') {
        // The first cue after it but its own issuing ("do Bộ trưởng Bộ Y tế vừa ký ban hành").
        auto after = cue_index.In(c.tail, clause_end);
        after.erase(std::remove_if(after.begin(), after.end(), [](const CueHit& h) { return h.issuing; }),
                    after.end());
        auto first = std::min_element(after.begin(), after.end(),
                                      [](const CueHit& a, const CueHit& b) { return a.begin < b.begin; });
        if (first != after.end() && first->relation >= Relation::kAmends &&
            !first->clause_scope && !in_passive(first->begin, first->end) &&
            SentenceEndIn(text.substr(c.tail, first->begin - c.tail)) == std::string_view::npos)
          active_head = ListHead{i, first->relation, c.clause + 1};
      }
    }
  }

  BasisListWithoutHeading(text, cue_index, &cites);

  // "Thực hiện Nghị quyết A ..., Nghị quyết B ..., UBND tỉnh đã ban hành
  // Quyết định C": C is the body's act on what the sentence's cue governed
  // (C implements A and B), and only mentioned by this document.
  for (size_t i = 1; i < cites.size(); ++i) {
    const Citation& c = cites[i];
    auto cues = cue_index.In(cites[i - 1].tail, c.begin);
    if (cues.empty() || !cues.front().issuing || WordsBetween(text, cues.front().end, c.begin) > kIssuedObjectWords) continue;
    // The body's clause opens after a comma closing the citations before it,
    // or it is the next sentence, which only names the body (and the day) when
    // the one before had no verb of its own ("Thực hiện Kết luận A ... về tiếp
    // tục thực hiện Chỉ thị B “...”. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch C").
    std::string_view lead = text.substr(cites[i - 1].tail, cues.front().begin - cites[i - 1].tail);
    // The sentence opens with the cue that governs the citations ("Thực hiện ...").
    auto opens_with_cue = [&] {
      size_t start = SentenceStart(text, cites[i - 1].begin);
      auto opening = cue_index.In(start, cites[i - 1].begin);
      return std::any_of(opening.begin(), opening.end(), [&](const CueHit& h) {
        return h.relation != Relation::kMentions && WordsBetween(text, start, h.begin) == 0;
      });
    };
    // "Thực hiện A; B; <body> xây dựng Kế hoạch C": the body's clause after
    // the list's last ';', in a sentence the cue opens.
    // (The body's clause may open a paragraph of its own, and with its day:
    // "Thực hiện A; B;" / "Ngày 04/3/2020, Đảng ủy phường ban hành kế hoạch số C".)
    size_t lead_semi = lead.rfind(';');
    std::string_view subject;
    if (lead_semi != std::string_view::npos) {
      subject = lead.substr(lead_semi + 1);
      while (!subject.empty() && (HSpace(subject.front()) || subject.front() == '\n')) subject.remove_prefix(1);
      size_t at = subject.data() - text.data();
      if (auto d = DateAt(text, at, rules, true, cues.front().begin); d && d->begin == at) {
        size_t after = d->end;
        while (after < cues.front().begin && HSpace(text[after])) ++after;
        if (after < cues.front().begin && text[after] == ',')
          subject = text.substr(after + 1, cues.front().begin - after - 1);
      }
    }
    bool semi_lead = lead_semi != std::string_view::npos && subject.find_first_of(".\n,") == std::string_view::npos &&
                     WordsBetween(text, cites[i - 1].tail + lead_semi + 1, cues.front().begin) <= kIssuedSubjectWords &&
                     opens_with_cue();
    bool next_sentence = false;
    if (!semi_lead && (lead.find(',') == std::string_view::npos || lead.find(". ") != std::string_view::npos)) {
      size_t stop = SentenceEndIn(lead);
      if (stop == std::string_view::npos || lead.find('\n') != std::string_view::npos ||
          lead.find(';') != std::string_view::npos ||
          WordsBetween(text, cites[i - 1].tail + stop + 1, cues.front().begin) > kIssuedSubjectWords)
        continue;
      // No clause of its own after the citations (rule main_clause) ...
      std::string_view before = lead.substr(0, stop);
      size_t mb, me;
      if (rr.main_clause && rr.main_clause.re().SearchBounds(before, 0, before.size(), &mb, &me)) continue;
      // ... and it opens with the cue that governs them ("Thực hiện ...").
      if (!opens_with_cue()) continue;
      next_sentence = true;
    }

    for (size_t j = i; j-- > 0;) {
      const Citation& a = cites[j];
      size_t gap_end = j + 1 < i ? cites[j + 1].begin : cues.front().begin;
      std::string_view gap = text.substr(a.tail, gap_end - a.tail);
      // (After the list's last ';', the body's clause may open a paragraph.)
      std::string_view title = semi_lead && j + 1 == i ? gap.substr(0, gap.rfind(';')) : gap;
      if (!(next_sentence && j + 1 == i) && title.find_first_of(".\n") != std::string_view::npos) break;
      // "Thực hiện A; B, X có C": ';' between items of one cue's list, no cue of their own.
      // (The last item may cite no number: "...; C; các văn bản chỉ đạo của Trung ương, X vừa ban hành D".)
      // (A lead across a sentence end holds no ';': the last gap is then free of it.)
      if (size_t semi = gap.rfind(';'); semi != std::string_view::npos) {
        size_t comma = gap.rfind(',');
        bool last_item = ((comma != std::string_view::npos && comma > semi) || semi_lead) &&
                         cue_index.In(a.tail + semi, gap_end).empty();
        // (Cues in a's own clause are words of its title.)
        size_t items_from = a.clause + 1 < clauses.size() ? std::max(a.tail, clauses[a.clause + 1]) : gap_end;
        if (j + 1 == i ? !last_item : ItemCue(std::min(items_from, gap_end), gap_end)) break;
      }
      // A text named in the title of the one before ("A về tiếp tục thực hiện B"): A's act, passed over.
      if (a.relation == Relation::kMentions && a.actor >= 0 && static_cast<size_t>(a.actor) < j) continue;
      if (a.relation == Relation::kMentions) break;
      add_edge(c, a, a.relation);
    }
  }

  // "Theo đề nghị của X tại Tờ trình số ...": X issued the proposals.
  if (rr.proposer) {
    const auto& hits = scans.proposer;
    for (size_t k = 0; k < hits.size(); ++k) {
      const Hit& h = hits[k];
      // (Where the match ends, before the cited text: "...; của UBND Thành phố
      // tại ..." opens a clause, and so may a name's line wrapped before a
      // dash, "Sở Lao động" / "- Thương binh và Xã hội tại Tờ trình số ...".)
      size_t clause = ClauseOf(clauses, h.end > 0 ? h.end - 1 : 0);
      // "... của Sở Tài chính tại Tờ trình số ... và ý kiến thẩm định của Sở
      // Tư pháp tại Báo cáo số ...": each proposer up to the next one.
      size_t until = k + 1 < hits.size() ? hits[k + 1].begin : text.size();
      int g = rr.proposer.group;
      // "ý kiến chỉ đạo của A và hướng dẫn của B tại Kế hoạch số ...": B, the
      // last proposer's phrase that ends there.
      size_t gb = h.groups[g].first, ge = h.groups[g].second;
      for (Hit inner; rr.proposer.re().Search(text, gb + 1, h.end, false, &inner) && inner.end == h.end &&
                      inner.has(g) && inner.groups[g].first > gb;) {
        gb = inner.groups[g].first, ge = inner.groups[g].second;
      }
      Issuer is = ResolveIssuer(nt.Phrase(gb, ge), rules);
      // The cited text right after it, and those joined to it ("tại Tờ trình
      // số A và Văn bản số B"): not a law named further on in the clause.
      const Citation* last = nullptr;
      for (auto& c : cites) {
        if (c.clause != clause || c.begin < h.end || c.begin >= until) continue;
        if (last && WordsBetween(text, last->tail, c.begin) > 2) break;
        // (Not a text named further on: "ý kiến của Thủ tướng tại Hội nghị
        // ... thực hiện Kết luận 61-KL/TW" names no proposal.)
        if (!last && WordsBetween(text, h.end, c.begin) > 4) break;
        if (!c.issuer) c.issuer = is;
        last = &c;
      }
    }
  }

  // "Căn cứ các Nghị quyết của HĐND tỉnh: số 66/NQ-HĐND ...; số 05/NQ-HĐND ...":
  // the issuer of every item of the list, to the end of its sentence.
  if (rr.list_issuer) {
    for (const Hit& h : scans.list_issuer) {
      int g = h.has(rr.list_issuer.group) ? rr.list_issuer.group : rr.list_issuer_by;
      if (g < 0 || !h.has(g)) continue;
      Issuer is = ResolveIssuer(nt.Phrase(h.groups[g].first, h.groups[g].second), rules);
      size_t end = std::min(text.find(".\n", h.end), text.find("\n\n", h.end));
      // ... or to a cue opening a line ("số 13/QĐ-UBND ...;" / "Căn cứ Nghị định ...").
      for (auto it = std::upper_bound(cue_starts.begin(), cue_starts.end(), h.end);
           it != cue_starts.end() && *it < end; ++it) {
        size_t nl = text.rfind('\n', *it);
        // (Not a wrapped line's lower-case word: "ban hành Kế hoạch" / "thực hiện Kết luận ...".)
        if (nl != std::string_view::npos && nl >= h.end &&
            text.substr(nl + 1, *it - nl - 1).find_first_not_of(" \t-+*_") == std::string_view::npos &&
            !(LowerStart(text, *it) && LineGoesOn(text, nl, cue_starts))) {
          end = *it;
          break;
        }
      }
      for (auto& c : cites)
        if (c.begin >= h.end && c.begin < end && !c.issuer) c.issuer = is;
    }
  }

  // "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ
  // Chính trị": citations joined by "và" or a comma share the issuer of the
  // last, and its date when they are of one type.
  for (size_t i = cites.size(); i-- > 1;) {
    Citation& a = cites[i - 1];
    const Citation& b = cites[i];
    if (a.issuer || !b.issuer || a.tail > b.begin) continue;
    std::string_view gap = text.substr(a.tail, b.begin - a.tail);
    // "Nghị định số 181/2004/NĐ-CP ngày ...; Nghị định số 69/2009/NĐ-CP ngày ...
    // của Chính phủ": items of one type and one issuer's code, nothing but ';'
    // between them, share it too.
    const DocNumber &an = a.number.number, &bn = b.number.number;
    if (a.clause != b.clause) {
      if (b.clause != a.clause + 1 || an.type_code.empty() || an.type_code != bn.type_code ||
          an.issuer_codes.empty() || an.issuer_codes != bn.issuer_codes ||
          gap.find_first_not_of(" \t;") != std::string_view::npos || gap.find(';') == std::string_view::npos)
        continue;
      a.issuer = b.issuer;
      continue;
    }
    while (!gap.empty() && (HSpace(gap.front()) || gap.front() == ',' || gap.front() == '\n')) gap.remove_prefix(1);
    while (!gap.empty() && (HSpace(gap.back()) || gap.back() == '\n')) gap.remove_suffix(1);
    Hit k;
    bool joined =
        gap.empty() || (coordination && coordination->re->Search(gap, 0, gap.size(), true, &k) && k.end == gap.size());
    if (!joined) continue;
    // Not a body other than the one a's number names ("Nghị quyết 12-NQ/TU và
    // Quyết định số 3504/QĐ-UBND ... của UBND tỉnh": TU is the Tỉnh ủy).
    if (!b.issuer->code.empty() && !an.issuer_codes.empty() &&
        std::find(an.issuer_codes.begin(), an.issuer_codes.end(), b.issuer->code) == an.issuer_codes.end() &&
        std::find(bn.issuer_codes.begin(), bn.issuer_codes.end(), b.issuer->code) != bn.issuer_codes.end())
      continue;
    a.issuer = b.issuer;
    if (!a.date && b.date && a.number.number.type_code == b.number.number.type_code) a.date = b.date;
  }
  // "Thông tư số 15/2020/TT-BGDĐT ... được sửa đổi, bổ sung tại Thông tư số
  // 05/2021/TT-BGDĐT ... của Bộ trưởng Bộ Giáo dục và Đào tạo": amending a
  // text is reserved to its issuer (DOMAIN.md), so an amended citation that
  // names none has its amender's.
  for (Citation& c : cites) {
    if (c.acts_on >= 0 && c.acts_relation == Relation::kAmends && c.issuer && !cites[c.acts_on].issuer)
      cites[c.acts_on].issuer = c.issuer;
    if (c.actor >= 0 && c.actor_relation == Relation::kAmends && cites[c.actor].issuer && !c.issuer)
      c.issuer = cites[c.actor].issuer;
  }
  // "... Nghị định số 11/2016/NĐ-C" where the stored text ends: a number cut
  // short, which is a mention of the longer one cited elsewhere.
  for (Citation& c : cites) {
    size_t e = c.number.end;
    while (e < text.size() && std::isspace(static_cast<unsigned char>(text[e]))) ++e;
    if (e < text.size()) continue;
    const std::string& id = c.number.number.id;
    for (const Citation& o : cites) {
      if (o.number.number.id.size() > id.size() && o.number.number.id.starts_with(id)) {
        c.number.number = o.number.number;
        break;
      }
    }
  }
  // "Tại khoản 9 Điều 71 Luật ... số 93/2025/QH15 ... quy định: “9. Bãi bỏ
  // các điều ... của Nghị quyết số 193/2025/QH15”": a provision quoted after a
  // colon is the cited text's, not this document's; what it does is an edge
  // from the text quoted.
  for (size_t o = text.find("\u201C"); o != std::string_view::npos; o = text.find("\u201C", o + 1)) {
    size_t k = o;
    while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1]))) --k;
    size_t close = text.find("\u201D", o);
    if (k == 0 || text[k - 1] != ':' || close == std::string_view::npos) continue;
    int speaker = -1;  // the last citation before the colon, in its sentence
    for (size_t i = 0; i < cites.size() && cites[i].begin < k; ++i) speaker = static_cast<int>(i);
    if (speaker < 0 || cites[speaker].tail > k) continue;
    std::string_view gap = text.substr(cites[speaker].tail, k - cites[speaker].tail);
    bool sentence_end = gap.find(';') != std::string_view::npos;
    for (size_t d = gap.find('.'); !sentence_end && d != std::string_view::npos; d = gap.find('.', d + 1))
      sentence_end = d + 1 == gap.size() || gap[d + 1] == ' ' || gap[d + 1] == '\n';
    if (sentence_end || WordsBetween(text, cites[speaker].tail, k) > kPassiveSubjectWords) continue;
    for (Citation& c : cites) {
      if (c.begin <= o || c.begin >= close || c.relation <= Relation::kBasis) continue;
      add_edge(cites[speaker], c, c.relation);
      c.relation = Relation::kMentions;
    }
  }
  // A law database's history table: "Lịch sử hiệu lực: Quyết định A" / "09/01/2015
  // Được sửa đổi B": B amends A. What the table lists, the page only mentions,
  // and a date after a row's number is the next row's.
  if (rr.history_heading) {
    size_t subject = cites.size();
    for (const auto& [idx, h] : scans.edges) {
      if (!rr.status[idx]) continue;
      if (subject == cites.size()) {
        Hit head;
        if (!rr.history_heading.re().Search(text, 0, h.begin, false, &head)) break;
        for (size_t k = 0; k < cites.size() && subject == cites.size(); ++k)
          if (cites[k].begin >= head.end && WordsBetween(text, head.end, cites[k].begin) <= 2) subject = k;
        if (subject == cites.size()) break;
        cites[subject].relation = Relation::kMentions;
      }
      for (size_t k = subject; k < cites.size(); ++k) {
        Citation& c = cites[k];
        if (c.date && text.substr(c.number.end, c.tail - c.number.end).find('\n') != std::string_view::npos)
          c.date.reset();
        if (k == subject || c.begin < h.end || WordsBetween(text, h.end, c.begin) > 0) continue;
        add_edge(c, cites[subject], *rr.edge[idx]);
        c.relation = Relation::kMentions;
      }
    }
  }
  // What a web page's lead cites before the document's own text, the page cites.
  if (doc->self.text_at)
    for (Citation& c : cites)
      if (nt.OriginalOffset(c.begin) < doc->self.text_at->offset) c.relation = Relation::kMentions;
  // Merge mentions by id.
  std::map<std::string, size_t> index;
  for (auto& c : cites) {
    const DocNumber& n = c.number.number;
    auto [it, fresh] = index.emplace(n.id, doc->references.size());
    if (fresh) {
      Reference r;
      r.id = n.id;
      r.number = n;
      doc->references.push_back(std::move(r));
    }
    Reference& r = doc->references[it->second];
    Mention m = nt.Locate(c.begin, c.tail);
    if (!r.type) r.type = type_of(c);
    if (c.date) {
      if (!r.date) {
        r.date = c.date;
      } else if (!(*r.date == *c.date)) {
        doc->diagnostics.push_back(
            {"warning", "conflicting_date",
             fmt::format("'{}' is cited with two dates: {} and {}", r.id, r.date->Iso(), c.date->Iso()), m.line,
             m.column, m.offset});
      }
    }
    if (c.issuer && (!r.issuer || (AllUpper(r.issuer->name) && !c.issuer_upper))) r.issuer = c.issuer;
    if (c.relation > r.relation) r.relation = c.relation;
    if (r.term.empty()) r.term = c.term;
    if (!n.fixes.empty() && n.fixes[0] == "no_symbol")
      doc->diagnostics.push_back({"info", "number_without_symbol",
                                  fmt::format("'{}' is cited by its serial alone, without its symbol: its id is '{}'",
                                              m.text, n.id),
                                  m.line, m.column, m.offset});
    else if (!n.canonical)
      doc->diagnostics.push_back({"warning", "non_canonical_number",
                                  fmt::format("'{}' is not in canonical form; write '{}'",
                                              nt.OriginalText(c.number.begin, c.number.end), n.id),
                                  m.line, m.column, m.offset});
    if (c.bad_date) {
      Mention bad = nt.Locate(c.bad_date->first, c.bad_date->second);
      doc->diagnostics.push_back({"error", "invalid_date",
                                  fmt::format("the date '{}' of '{}' does not exist", bad.text, r.id), bad.line,
                                  bad.column, bad.offset});
    }
    r.mentions.push_back(std::move(m));
  }
  if (doc->self.date && doc->self.date->day) {
    for (const auto& r : doc->references) {
      if (!r.date || r.date->day == 0) continue;
      // (A later text that acts on this one, in a copy's note: "... bị bãi bỏ,
      // thay thế bởi Quyết định số C", is expected to be later.)
      bool acts_on_self = doc->self.number && std::any_of(edges.begin(), edges.end(), [&](const Edge& e) {
                            return e.from == r.id && e.to == doc->self.number->id;
                          });
      if (!acts_on_self && Earlier(*doc->self.date, *r.date)) {
        const Mention& m = r.mentions.front();
        doc->diagnostics.push_back(
            {"warning", "reference_after_document",
             fmt::format("'{}' is dated {}, after this document ({})", r.id, r.date->Iso(), doc->self.date->Iso()),
             m.line, m.column, m.offset});
      }
    }
  }

  // An amending law's own title names the law it amends: "Căn cứ Luật Ban
  // hành văn bản quy phạm pháp luật số 64/2025/QH15; Căn cứ Luật sửa đổi, bổ
  // sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số
  // 87/2025/QH15" (87 amends 64). The number closes the amending law's title,
  // so the citation's name is the amended law's, cited before with its own
  // number; the act's cue stands right before that name, the type's word
  // right before the cue (the cue index leaves such cues out: they are no
  // act of this document). Names are read on first need.
  std::vector<std::optional<std::string>> names(cites.size());
  auto name_of = [&](size_t i) -> const std::string& {
    if (!names[i]) {
      size_t te = CitedNameEnd(text, cites[i], rr.cited_name);
      names[i] = te ? FoldCase(CollapseSpace(text.substr(cites[i].begin, te))) : std::string();
    }
    return *names[i];
  };
  for (size_t i = 1; i < cites.size(); ++i) {
    const Citation& c = cites[i];
    size_t from = std::max(cites[i - 1].tail, c.begin > 160 ? c.begin - 160 : 0);
    std::optional<Relation> act;
    for (auto it = std::partition_point(scans.cues.begin(), scans.cues.end(),
                                        [&](const Section::RuleHit& h) { return h.hit.begin < from; });
         it != scans.cues.end() && it->hit.begin < c.begin; ++it) {
      const Hit& h = it->hit;
      const ReferenceRules::Cue& cue = rr.cue[it->rule];
      if (h.end > c.begin || cue.none || cue.after || *cue.relation < Relation::kAmends ||
          in_passive(h.begin, h.end) || WordsBetween(text, h.end, c.begin) > 4 ||
          text.substr(h.end, c.begin - h.end).find_first_of(";.") != std::string_view::npos)
        continue;
      const auto& type = type_of(c);
      auto t = TypeRightBefore(text, h.begin, rules);
      if (type && t && t->code == type->code) act = *cue.relation;
    }
    if (!act || name_of(i).empty()) continue;
    for (size_t j = 0; j < i; ++j)
      if (cites[j].number.number.id != c.number.number.id && name_of(j) == name_of(i)) {
        add_edge(c, cites[j], *act);
        break;
      }
  }

  // Names of cited texts written again alone (back-references below). No
  // other edge is read from a name: "Nghị định số 78/2025/NĐ-CP ... hướng dẫn
  // thi hành Luật Ban hành văn bản ..." guides no numbered text, as the
  // careful readers of the real documents annotate it.
  const std::vector<NamedMention> named = FindNamedMentions(text, cites, rr.cited_name);

  // Edges: first statement of each (from, to, relation).
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.line < b.line; });
  for (auto& e : edges) {
    bool seen = std::any_of(doc->edges.begin(), doc->edges.end(), [&](const Edge& x) {
      return x.from == e.from && x.to == e.to && x.relation == e.relation;
    });
    if (!seen) doc->edges.push_back(std::move(e));
  }

  // Back-references.
  const Section* back = rr.back;
  if (!back) {
    for (const NamedMention& m : named)
      doc->back_references.push_back({nt.Locate(m.begin, m.end), cites[m.cite].number.number.id});
    return notice;
  }
  std::string self_code = doc->self.type ? doc->self.type->code : "";
  std::vector<std::pair<size_t, size_t>> spans;
  for (const auto& c : cites) spans.push_back({c.begin, c.tail});
  std::vector<std::pair<size_t, BackReference>> found;
  // Definitions first: their short forms are spans the other rules must skip.
  for (size_t ri = 0; ri < back->rules.size(); ++ri) {
    const PatternRule& r = back->rules[ri];
    if (rr.resolve[ri] == Resolve::kAlias) {
      // Each definition, then every later use of its short form.
      for (const Hit& h : scans.aliases[ri]) {
        std::string alias(r.re->GroupText(text, h, "alias"));
        auto defined = std::find_if(cites.rbegin(), cites.rend(), [&](const Citation& c) { return c.begin < h.begin; });
        if (alias.empty() || defined == cites.rend()) continue;
        spans.push_back({h.begin, h.end});
        // The defined document is the closest citation of the alias's type
        // ("(sau đây gọi tắt là Kết luận 68)" after "... Kết luận số 68-KL/TW ... Chỉ thị số 05-CT/TW ...").
        std::optional<DocType> alias_type;
        for (size_t w = alias.size(); w > 0 && !alias_type; --w)
          if (w == alias.size() || alias[w] == ' ') alias_type = ResolveType(nullptr, alias.substr(0, w), rules);
        for (auto it = defined; alias_type && it != cites.rend(); ++it) {
          const auto& t = type_of(*it);
          if (t && t->code == alias_type->code) {
            defined = it;
            break;
          }
        }
        std::string target = defined->number.number.id;
        // A short form holding its own number is an ordinary citation.
        if (!FindNumbers(alias, rules).empty()) continue;
        for (size_t at = text.find(alias, h.end); at != std::string_view::npos;
             at = text.find(alias, at + alias.size())) {
          if (!BoundaryBefore(text, at) || !BoundaryAfter(text, at + alias.size())) continue;
          BackReference br;
          br.mention = nt.Locate(at, at + alias.size());
          br.resolved_to = target;
          spans.push_back({at, at + alias.size()});
          found.push_back({at, std::move(br)});
        }
      }
    }
  }
  // Names of cited texts written alone resolve to their citation.
  for (const NamedMention& m : named) {
    bool inside = std::any_of(spans.begin(), spans.end(), [&](auto& s) { return m.begin < s.second && m.end > s.first; });
    if (inside) continue;
    spans.push_back({m.begin, m.end});
    found.push_back({m.begin, BackReference{nt.Locate(m.begin, m.end), cites[m.cite].number.number.id}});
  }
  for (const auto& [idx, h] : back_hits) {
    if (rr.resolve[idx] == Resolve::kAlias) continue;
    {
      if (!BoundaryBefore(text, h.begin)) continue;
      bool inside =
          std::any_of(spans.begin(), spans.end(), [&](auto& s) { return h.begin < s.second && h.end > s.first; });
      bool taken = std::any_of(found.begin(), found.end(), [&](auto& f) { return f.first == h.begin; });
      if (inside || taken) continue;
      int g = rr.back_type[idx];
      auto type = ResolveType(nullptr, GroupAt(text, h, g), rules);
      BackReference br;
      size_t end = h.end;
      while (end > h.groups[g].second && (text[end - 1] == '.' || text[end - 1] == ',' || text[end - 1] == ';' ||
                                          text[end - 1] == ')' || text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
      br.mention = nt.Locate(h.groups[g].first, end);
      const Resolve resolve = rr.resolve[idx];
      // A bare "Kế hoạch" in a plan is the plan itself.
      if (resolve == Resolve::kSelf || (resolve == Resolve::kSelfOrPrevious && type && type->code == self_code)) {
        if (type && type->code == self_code) br.resolved_to = "self";
      } else {
        for (auto it = cites.rbegin(); type && it != cites.rend(); ++it) {
          if (it->begin >= h.begin) continue;
          const auto& t = type_of(*it);
          if (t && t->code == type->code) {
            br.resolved_to = it->number.number.id;
            break;
          }
        }
        if (br.resolved_to.empty() && type && type->code == self_code && !self_code.empty()) br.resolved_to = "self";
      }
      found.push_back({h.begin, std::move(br)});
    }
  }
  std::sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& f : found) doc->back_references.push_back(std::move(f.second));
  return notice;
}

}  // namespace vbtool::internal
