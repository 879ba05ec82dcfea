// Document numbers: find the shapes of numbers.yaml in the text, split the
// symbol into type and issuer codes with the vocabularies, repair tolerated
// variants (spaces, TƯ, missing hyphen) and build the canonical id.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "stages.h"

namespace vbtool::internal {

namespace {

UChar32 CodePointBefore(std::string_view s, size_t pos) {
  if (pos == 0) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c;
}

UChar32 CodePointAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalnum(c) || c == '_'); }

// A symbol group such as "TTg", "QĐi", "BGDĐT", "QH15": at most one lower-case
// letter in a row, so that words ("Thanh") are not taken for codes.
bool CodeLike(std::string_view g) {
  if (g.empty() || g.size() > 40) return false;
  int lower_run = 0, lower_total = 0;
  for (size_t i = 0; i < g.size();) {
    UChar32 c = CodePointAt(g, i);
    U8_FWD_1(reinterpret_cast<const uint8_t*>(g.data()), i, g.size());
    if (u_islower(c)) {
      if (++lower_run > 1) return false;
      ++lower_total;
    } else {
      lower_run = 0;
    }
  }
  return lower_total <= 2;
}

struct Group {
  std::string text;
  size_t begin, end;  // in the symbol string
  char sep_before;    // '-', '/', or 0 for the first
  bool spaced;        // white space around the separator before it
};

std::vector<Group> SplitSymbol(std::string_view sym) {
  std::vector<Group> out;
  size_t i = 0;
  char sep = 0;
  bool spaced = false;
  while (i < sym.size()) {
    size_t b = i;
    auto space = [&](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < sym.size() && sym[i] != '-' && sym[i] != '/' && sym[i] != '.' && !space(sym[i])) ++i;
    out.push_back({std::string(sym.substr(b, i - b)), b, i, sep, spaced});
    spaced = false;
    while (i < sym.size() && space(sym[i])) ++i, spaced = true;
    // A space alone between two codes ("NĐ CP") stands for the hyphen; so
    // does an old number's dot ("QĐ.UB": the rules let it in there only).
    if (i < sym.size()) sep = sym[i] == '-' || sym[i] == '/' || sym[i] == '.' ? sym[i++] : '-';
    while (i < sym.size() && space(sym[i])) ++i, spaced = true;
  }
  return out;
}

// The symbol's groups up to the first that is not a code (a following word).
std::vector<Group> CodeGroups(std::string_view symbol) {
  std::vector<Group> groups = SplitSymbol(symbol);
  size_t keep = 0;
  while (keep < groups.size() && CodeLike(groups[keep].text)) ++keep;
  groups.resize(keep);
  return groups;
}

bool HasFamily(const TypeEntry* t, Family f) {
  return t && std::find(t->families.begin(), t->families.end(), f) != t->families.end();
}

// Canonical spelling of an issuer code ("TƯ" → "TW", "TTG" → "TTg").
std::string CanonicalIssuerCode(const std::string& code, const RuleData& rules, bool* changed) {
  if (const IssuerEntry* e = rules.FindIssuer(code, false)) {
    if (e->code != code) *changed = true;
    return e->code;
  }
  if (const IssuerEntry* e = rules.FindIssuer(code, true)) {
    if (e->code != code) *changed = true;
    return e->code;
  }
  return code;
}

Family ParseFamilyName(const std::string& f) {
  if (f == "party") return Family::kParty;
  if (f == "normative") return Family::kNormative;
  if (f == "state") return Family::kState;
  return Family::kUnknown;
}

// Splits "QĐTTg" into a known type code and a known issuer code.
bool SplitGlued(const std::string& g, const RuleData& rules, std::string* type, std::string* issuer) {
  for (size_t cut = g.size() - 1; cut >= 1; --cut) {
    if ((static_cast<unsigned char>(g[cut]) & 0xC0) == 0x80) continue;
    std::string a = g.substr(0, cut), b = g.substr(cut);
    const TypeEntry* t = rules.FindType(a, false);
    if (t && !t->code.empty() && rules.FindIssuer(b, true)) {
      *type = t->code;
      *issuer = b;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string CanonicalSerial(std::string_view s) {
  size_t i = 0;
  while (i + 1 < s.size() && s[i] == '0') ++i;
  std::string out(s.substr(i));
  if (out.size() == 1) out = "0" + out;
  return out;
}

bool BoundaryBefore(std::string_view text, size_t pos) { return !IsWordChar(CodePointBefore(text, pos)); }
bool BoundaryAfter(std::string_view text, size_t pos) { return !IsWordChar(CodePointAt(text, pos)); }

namespace {

// BuildNumber on a symbol already cut into its code groups (at least one).
// `typed`: a type name stands right before the number ("Tờ trình số
// 39/THKHVL"), so a symbol of one unknown code is still a number.
std::optional<DocNumber> NumberFromGroups(const std::string& family_name, std::string_view serial,
                                          std::string_view year, std::string_view type,
                                          const std::vector<Group>& groups, const RuleData& rules,
                                          bool typed = false) {
  DocNumber n;
  n.family = ParseFamilyName(family_name);
  n.serial = CanonicalSerial(serial);
  if (!year.empty()) n.year = std::stoi(std::string(year));
  bool changed = false;
  for (const auto& g : groups)
    if (g.spaced) changed = true;
  if (changed) n.fixes.push_back("spaces");
  if (std::any_of(groups.begin(), groups.end(), [](const Group& g) { return g.sep_before == '.'; }))
    n.fixes.push_back("dot_for_hyphen");

  std::vector<std::string> issuers;
  std::string type_code;
  // Before 2000 state bodies wrote the issuer first: "37-BYT/QĐ", "1067-TTg/QĐ":
  // a known state issuer code, then one known type code. (Not "45/SYT-KH":
  // there KH is a department of the Sở.)
  if (n.family == Family::kParty && groups.size() == 1) {
    const std::string& code = groups.back().text;
    const IssuerEntry* is = rules.FindIssuer(std::string(type), false);
    const TypeEntry* t = rules.FindType(code, false);
    if (is && is->family != Family::kParty && is->family != Family::kUnknown && t && t->coded &&
        !rules.FindType(type, false) && !rules.FindIssuer(code, false)) {
      n.family = Family::kState;
      n.type_code = t->code;
      n.issuer_codes = {is->code};
      n.id = n.serial + "-" + is->code + "/" + t->code;
      if (serial != n.serial) n.fixes.push_back("serial_padding");
      n.canonical = n.fixes.empty() || (n.fixes.size() == 1 && n.fixes[0] == "serial_padding");
      return n;
    }
  }
  if (n.family == Family::kParty) {
    const TypeEntry* t = rules.FindType(type, false);
    if (!t) t = rules.FindType(type, true);
    // "12-A/B" in an address is no number: a party number names a known type,
    // or follows a type name ("Chương trình hành động số 101-CTHĐ/TU").
    if (!t && !(typed && rules.FindIssuer(groups[0].text, false))) return std::nullopt;
    type_code = t ? t->code : std::string(type);
    if (t && t->code != type) n.fixes.push_back("type_case");
    for (const auto& g : groups) issuers.push_back(g.text);
    // "17-NQ/CP": party separators on a state number (the issuer is no
    // party body). Read it as the state number 17/NQ-CP. A code that Party
    // bodies use too ("25-HD/BTC": Ban Tổ chức, not Bộ Tài chính) stays.
    const IssuerEntry* is = rules.FindIssuer(groups[0].text, true);
    if (is && is->family != Family::kParty && is->family != Family::kUnknown && !is->party_too) {
      n.family = HasFamily(t, Family::kState) ? Family::kState : is->family;
      n.fixes.push_back("party_separators");
    }
  } else {
    const std::string& first = groups[0].text;
    const TypeEntry* t = rules.FindType(first, false);
    if (!t) {
      const TypeEntry* folded = rules.FindType(first, true);
      if (folded && !rules.FindIssuer(first, true)) {
        t = folded;
        n.fixes.push_back("type_case");
      }
    }
    // A type code needs an issuer after it; a lone code is an issuer (QH15).
    bool is_type = t && groups.size() > 1 && !t->code.empty() && t->coded;
    // A code that is a type's and a body's ("5348/CT-CS": Cục Thuế's letter,
    // "05/CT-UBND": a Chỉ thị) is the type only when a known issuer follows.
    if (is_type && year.empty() && rules.FindIssuer(first, false) && !rules.FindIssuer(groups[1].text, true))
      is_type = false;
    std::string glued_type, glued_issuer;
    if (is_type) {
      type_code = t->code;
      for (size_t i = 1; i < groups.size(); ++i) issuers.push_back(groups[i].text);
      if (groups[1].sep_before == '/') n.fixes.push_back("slash_for_hyphen");
    } else if (SplitGlued(first, rules, &glued_type, &glued_issuer)) {
      type_code = glued_type;
      issuers.push_back(glued_issuer);
      for (size_t i = 1; i < groups.size(); ++i) issuers.push_back(groups[i].text);
      n.fixes.push_back("missing_hyphen");
    } else {
      for (const auto& g : groups) issuers.push_back(g.text);
      if (groups.size() == 1 && n.family == Family::kState && !rules.FindIssuer(first, true) && (!typed || t))
        return std::nullopt;  // "10/KH": a type or word with no issuer
    }
  }
  for (auto& code : issuers) code = CanonicalIssuerCode(code, rules, &changed);
  if (changed && std::find(n.fixes.begin(), n.fixes.end(), "spaces") == n.fixes.end())
    n.fixes.push_back("issuer_spelling");
  std::string joined;
  for (size_t i = 0; i < issuers.size(); ++i) (i ? joined.append("-") : joined).append(issuers[i]);
  // "22/NQ-TU": state separators on a Party number (its one issuer code is a
  // Party body's, and the type is one the Party issues). Read it as 22-NQ/TU.
  if (n.family == Family::kState && !n.year && !type_code.empty() && issuers.size() == 1) {
    const IssuerEntry* is = rules.FindIssuer(issuers[0], true);
    if (is && is->family == Family::kParty && HasFamily(rules.FindType(type_code, false), Family::kParty)) {
      n.family = Family::kParty;
      n.fixes.push_back("state_separators");
    }
  }
  n.type_code = type_code;
  n.issuer_codes = std::move(issuers);
  // A type code valid in one other family only moves the number there
  // ("03/VBHN-VPQH" is a normative consolidated text).
  if (!type_code.empty()) {
    const TypeEntry* t = rules.FindType(type_code, false);
    if (t && !t->families.empty() && !HasFamily(t, n.family) && t->families.size() == 1 && n.family != Family::kParty &&
        t->families[0] != Family::kParty)
      n.family = t->families[0];
  }
  if (n.family == Family::kParty) {
    n.id = n.serial + "-" + type_code + "/" + joined;
  } else {
    n.id = n.serial + "/";
    if (n.year) n.id += std::to_string(n.year) + "/";
    n.id += type_code.empty() ? joined : type_code + "-" + joined;
  }
  if (serial != n.serial) n.fixes.push_back("serial_padding");
  n.canonical = n.fixes.empty() || (n.fixes.size() == 1 && n.fixes[0] == "serial_padding");
  return n;
}

}  // namespace

// The document type whose name ends right before `pos` ("Luật" in "Luật sửa
// đổi, bổ sung ..."), looked up over the last one to four words.
std::optional<DocType> TypeRightBefore(std::string_view text, size_t pos, const RuleData& rules) {
  auto HSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  size_t end = pos;
  while (end > 0 && HSpace(text[end - 1])) --end;
  size_t b = end;
  for (int words = 0; words < 4 && b > 0; ++words) {
    while (b > 0 && !HSpace(text[b - 1]) && text[b - 1] != '\n') --b;
    if (auto t = ResolveType(nullptr, text.substr(b, end - b), rules)) return t;
    // A name broken over a line ("Quyết" / "định"): the line break is a space.
    if (b > 0 && text[b - 1] == '\n' && text.substr(b, end - b).find('\n') == std::string_view::npos) {
      std::string joined(text.substr(b, end - b));
      size_t p = b - 1;
      while (p > 0 && HSpace(text[p - 1])) --p;
      size_t q = p;
      while (q > 0 && !HSpace(text[q - 1]) && text[q - 1] != '\n') --q;
      if (q < p) {
        joined = std::string(text.substr(q, p - q)) + " " + joined;
        if (auto t = ResolveType(nullptr, joined, rules)) return t;
      }
    }
    while (b > 0 && HSpace(text[b - 1])) --b;
  }
  return std::nullopt;
}

std::optional<DocNumber> BuildNumber(const std::string& family_name, std::string_view serial, std::string_view year,
                                     std::string_view type, std::string_view symbol, const RuleData& rules) {
  std::vector<Group> groups = CodeGroups(symbol);
  if (groups.empty()) return std::nullopt;
  return NumberFromGroups(family_name, serial, year, type, groups, rules);
}

bool RecodeByIssuer(DocNumber* n, const Issuer& issuer, const RuleData& rules) {
  if (issuer.code.empty() || n->issuer_codes.size() != 1 || n->issuer_codes[0] == issuer.code) return false;
  size_t cut = n->text.find_last_of("/-");
  if (cut == std::string::npos) return false;
  std::string written = n->text.substr(cut + 1);
  while (!written.empty() && (written.back() == ' ' || written.back() == '\n')) written.pop_back();
  while (!written.empty() && (written.front() == ' ' || written.front() == '\n')) written.erase(0, 1);
  if (written == issuer.code || WithoutMarks(written) != issuer.code || !rules.FindIssuer(issuer.code, false)) return false;
  const std::string& old = n->issuer_codes[0];
  if (n->id.size() < old.size() || n->id.compare(n->id.size() - old.size(), old.size(), old) != 0) return false;
  n->id = n->id.substr(0, n->id.size() - old.size()) + issuer.code;
  n->issuer_codes[0] = issuer.code;
  return true;
}

namespace {

// The number and date rules' families and group indices, looked up once per
// RuleSet (RuleData::Derived) instead of by name at every hit.
struct NumberRules {
  struct Shape {
    std::string family;
    int serial, serials, year, type, symbol;
  };
  struct DateShape {
    int day, month, year, quarter;
  };
  std::vector<Shape> shapes;     // per rule of "numbers"
  std::vector<DateShape> dates;  // per rule of "dates"
  // The anchored set of the number rules names exactly those that match at a
  // place unless one may look before it (^, \b, \B, \A), which the set, run
  // from that place on, cannot see. Conservative: any '^' counts.
  bool set_exact = true;
  const PatternRule* type_before = nullptr;  // "Tờ trình số " before a number (citations.yaml)

  explicit NumberRules(const RuleData& rules) {
    for (const PatternRule& r : rules.rules("fields"))
      if (!type_before && r.attr("field") == "type_before") type_before = &r;
    for (const PatternRule& r : rules.rules("numbers")) {
      const Regex& re = *r.re;
      shapes.push_back({r.attr("family"), re.Group("serial"), re.Group("serials"), re.Group("year"), re.Group("type"),
                        re.Group("symbol")});
      for (const char* behind : {"^", "\\b", "\\B", "\\A"})
        if (r.pattern.find(behind) != std::string::npos) set_exact = false;
    }
    for (const PatternRule& r : rules.rules("dates")) {
      const Regex& re = *r.re;
      dates.push_back({re.Group("day"), re.Group("month"), re.Group("year"), re.Group("quarter")});
    }
  }
};

std::string_view GroupAt(std::string_view text, const Hit& h, int g) {
  if (!h.has(g)) return {};
  return text.substr(h.groups[g].first, h.groups[g].second - h.groups[g].first);
}

// Where the word (letters and digits) starting at `b` ends.
size_t WordEnd(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size() && IsWordChar(CodePointAt(text, e))) {
    e++;
    while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  }
  return e;
}

// "01/2016/TT-BGD ĐT": a layout broke the last code with a space. When the
// code and the word after it make a known issuer code and that word is no
// code of its own, the number takes the word.
void JoinSplitCode(std::string_view text, size_t symbol_at, Group* last, const RuleData& rules) {
  size_t p = symbol_at + last->end;
  if (p >= text.size() || text[p] != ' ') return;
  size_t b = p + 1, e = WordEnd(text, b);
  if (e == b || !CodeLike(text.substr(b, e - b))) return;
  std::string word(text.substr(b, e - b));
  if (rules.FindIssuer(word, true) || rules.FindType(word, true) || rules.FindIssuer(last->text, false)) return;
  if (!rules.FindIssuer(last->text + word, false)) return;
  last->text += word;
  last->end = e - symbol_at;
  last->spaced = true;
}

// "01/2009/TTLT-BTP-BNVNgày đăng công báo": a page glued the next label to
// the last code. A known issuer code followed by a capitalised word, or by a
// date ("TB/TWngày 06 tháng 01 năm 2012"), is cut out of the glued group and
// ends the symbol.
// With no group kept, the symbol's first group is the glued one.
void CutGluedCode(std::string_view text, size_t symbol_at, std::vector<Group>* groups, const RuleData& rules) {
  size_t p = groups->empty() ? symbol_at : symbol_at + groups->back().end;
  char sep = groups->empty() ? 0 : p < text.size() ? text[p] : 0;
  if (!groups->empty() && sep != '-' && sep != '/') return;
  size_t b = groups->empty() ? p : p + 1, e = WordEnd(text, b);
  std::string_view token = text.substr(b, e - b);
  for (size_t k = token.size(); k-- > 1;) {
    if ((static_cast<unsigned char>(token[k]) & 0xC0) == 0x80) continue;
    UChar32 upper = CodePointAt(token, k);
    size_t next = k + U8_LENGTH(upper);
    // "70-TB/TWngày 06 tháng 01 năm 2012": a date glued to the code.
    bool date = u_islower(upper) && DateAt(text, b + k, rules, true) &&
                rules.FindIssuer(std::string(token.substr(0, k)), false);
    if (!date && (!u_isupper(upper) || next >= token.size() || !u_islower(CodePointAt(token, next)))) continue;
    std::string code(token.substr(0, k));
    if (!CodeLike(code) || !rules.FindIssuer(code, false)) continue;
    groups->push_back({code, b - symbol_at, b - symbol_at + k, sep, false});
    return;
  }
}

// A type name right before the number at `pos`, with or without "số:" between
// ("Tờ trình số 39/THKHVL", "Quyết định 206-CP").
constexpr size_t kTypedWindow = 112;  // bytes before a number searched for its type name

// Read with the references' type_before rule, which ends where the number starts.
bool TypedBefore(std::string_view text, size_t pos, const RuleData& rules) {
  const PatternRule* r = rules.Derived<NumberRules>().type_before;
  if (!r) return TypeRightBefore(text, pos, rules).has_value();
  size_t b = pos > kTypedWindow ? pos - kTypedWindow : 0;
  while (b < pos && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  std::string_view window = text.substr(b, pos - b);
  size_t mb, me;
  return r->re->SearchBounds(window, 0, window.size(), &mb, &me);
}

std::optional<NumberHit> HitFromRule(std::string_view text, const NumberRules::Shape& r, const Hit& h,
                                     const RuleData& rules) {
  // The serial must start a token: not after a digit, letter, '/', '.' or '-'.
  UChar32 before = CodePointBefore(text, h.begin);
  if (IsWordChar(before) || before == '/' || before == '.' || before == '-' || before == ',') return std::nullopt;
  std::string_view symbol = GroupAt(text, h, r.symbol);
  // "154 & 201/KH-ĐHHV": several serials share one symbol.
  std::string_view serial = GroupAt(text, h, r.serial);
  std::vector<std::pair<size_t, std::string>> serials;
  if (int sg = r.serials; h.has(sg)) {
    size_t i = h.groups[sg].first, e = h.groups[sg].second;
    while (i < e) {
      while (i < e && !isdigit(static_cast<unsigned char>(text[i]))) ++i;
      size_t b = i;
      while (i < e && isdigit(static_cast<unsigned char>(text[i]))) ++i;
      if (i > b) serials.push_back({b, std::string(text.substr(b, i - b))});
    }
    if (serials.empty()) return std::nullopt;
    serial = serials.back().second;
  }
  std::vector<Group> groups = CodeGroups(symbol);
  if (groups.empty()) {
    CutGluedCode(text, h.groups[r.symbol].first, &groups, rules);
    if (groups.empty()) return std::nullopt;
  } else {
    JoinSplitCode(text, h.groups[r.symbol].first, &groups.back(), rules);
    CutGluedCode(text, h.groups[r.symbol].first, &groups, rules);
  }
  // "Chỉ thị số 30-CT/TW1,": a web copy's footnote mark glued to a Party
  // number's last code (no Party body's code ends in digits).
  bool footnote = false;
  if (ParseFamilyName(r.family) == Family::kParty && groups.size() >= 1) {
    Group& last = groups.back();
    size_t d = last.text.size();
    while (d > 0 && isdigit(static_cast<unsigned char>(last.text[d - 1]))) --d;
    if (d > 0 && d < last.text.size() && last.text.size() - d <= 2 && !rules.FindIssuer(last.text, false)) {
      const IssuerEntry* is = rules.FindIssuer(last.text.substr(0, d), false);
      if (is && is->family == Family::kParty) {
        last.end -= last.text.size() - d;
        last.text.resize(d);
        footnote = true;
      }
    }
  }
  // "Quyết định số 206-CP": no slash, the issuer's code alone (pre-1992 state
  // texts), after a type name and for a known state body only.
  if (text.substr(h.begin, h.groups[r.symbol].first - h.begin).find('/') == std::string_view::npos &&
      !h.has(r.year) && !h.has(r.type) && serials.empty()) {
    const IssuerEntry* is = groups.size() == 1 ? rules.FindIssuer(groups[0].text, false) : nullptr;
    if (!is || is->family == Family::kParty || is->family == Family::kUnknown || rules.FindType(groups[0].text, false))
      return std::nullopt;
    if (!TypedBefore(text, h.begin, rules)) return std::nullopt;
    NumberHit hit;
    hit.begin = h.begin;
    hit.end = h.groups[r.symbol].first + groups[0].end;
    hit.number.family = Family::kState;
    hit.number.serial = CanonicalSerial(serial);
    hit.number.issuer_codes = {is->code};
    hit.number.id = hit.number.serial + "-" + is->code;
    hit.number.text = std::string(text.substr(hit.begin, hit.end - hit.begin));
    hit.number.canonical = hit.number.text == hit.number.id;
    if (!hit.number.canonical) hit.number.fixes.push_back("spaces");
    return hit;
  }
  auto n = NumberFromGroups(r.family, serial, GroupAt(text, h, r.year), GroupAt(text, h, r.type), groups, rules);
  // "Công văn 285/CCTTHC", "Tờ trình số 39/THKHVL": one code nobody knows,
  // after a type name (and "số"), is an issuer's own code; "Chương trình hành
  // động số 101-CTHĐ/TU": a Party type code nobody knows, of a known body.
  if (!n && groups.size() == 1 && serials.empty() && !h.has(r.year)) {
    if (TypedBefore(text, h.begin, rules))
      n = NumberFromGroups(r.family, serial, "", GroupAt(text, h, r.type), groups, rules, /*typed=*/true);
  }
  if (!n) return std::nullopt;
  NumberHit hit;
  hit.begin = h.begin;
  // The end is the last code's: the symbol may have been cut at a following word.
  hit.end = h.groups[r.symbol].first + groups.back().end;
  hit.number = std::move(*n);
  hit.number.text = std::string(text.substr(hit.begin, hit.end - hit.begin));
  for (size_t k = 0; k + 1 < serials.size(); ++k) hit.shared.push_back(serials[k]);
  // See issue 2: "25- CT/TW", "98 - HD/BTGTU" have spaces around separators.
  std::string_view whole = serials.empty() ? std::string_view(hit.number.text)
                                           : text.substr(serials.back().first, hit.end - serials.back().first);
  auto& fixes = hit.number.fixes;
  if (footnote) {
    fixes.push_back("footnote_mark");
    hit.number.canonical = false;
  }
  if (whole.find_first_of(" \t\n\r") != std::string_view::npos &&
      std::find(fixes.begin(), fixes.end(), "spaces") == fixes.end()) {
    fixes.insert(fixes.begin(), "spaces");
    hit.number.canonical = false;
  }
  // "31/2013TT-BGDĐT", "44/2007 QĐ-BGDĐT": no slash after the year.
  if (h.has(r.year) && h.has(r.symbol) && h.groups[r.year].second <= h.groups[r.symbol].first &&
      text.substr(h.groups[r.year].second, h.groups[r.symbol].first - h.groups[r.year].second).find('/') ==
          std::string_view::npos) {
    fixes.push_back("missing_slash");
    hit.number.canonical = false;
  }
  return hit;
}

}  // namespace

std::vector<NumberHit> FindNumbers(std::string_view text, const RuleData& rules, size_t from, size_t to) {
  std::vector<NumberHit> all;
  const Section* sec = rules.section("numbers");
  if (!sec) return all;
  if (to > text.size()) to = text.size();
  const NumberRules& nr = rules.Derived<NumberRules>();
  for (const auto& [idx, h] : sec->Scan(text, from, to)) {
    if (auto hit = HitFromRule(text, nr.shapes[idx], h, rules)) {
      all.push_back(std::move(*hit));
      continue;
    }
    // A rejected match must not hide a number inside it: "ngày 29/10/2025,
    // 501/TTr-STC" read as the serials "2025, 501" that share a symbol.
    // Look again from the next token on.
    size_t next = h.begin;
    while (next < h.end && IsWordChar(CodePointAt(text, next))) next += U8_LENGTH(CodePointAt(text, next));
    if (next > h.begin && next < h.end)
      for (auto& inner : FindNumbers(text, rules, next, h.end)) all.push_back(std::move(inner));
  }
  // Earliest first; at the same start, the longest. Drop overlaps. (A scan's
  // hits come in that order already: no sort, no moves of the hits.)
  auto earlier = [](const NumberHit& a, const NumberHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  };
  if (!std::is_sorted(all.begin(), all.end(), earlier)) std::stable_sort(all.begin(), all.end(), earlier);
  std::vector<NumberHit> out;
  out.reserve(all.size());
  for (auto& h : all) {
    if (!out.empty() && h.begin < out.back().end) continue;
    // Expand shared serials into one number each, the last keeping the span.
    for (const auto& [pos, serial] : h.shared) {
      NumberHit one = h;
      one.shared.clear();
      one.begin = pos;
      one.end = pos + serial.size();
      std::string id = h.number.id;
      std::string old_serial = h.number.serial;
      one.number.serial = CanonicalSerial(serial);
      one.number.id = one.number.serial + id.substr(old_serial.size());
      one.number.text = serial;
      one.shares_next = true;
      out.push_back(std::move(one));
    }
    if (!h.shared.empty()) {
      // The last serial starts after the previous ones' separators.
      size_t i = h.shared.back().first + h.shared.back().second.size();
      while (i < h.end && !isdigit(static_cast<unsigned char>(text[i]))) ++i;
      h.begin = i;
      h.number.text = std::string(text.substr(h.begin, h.end - h.begin));
    }
    h.shared.clear();
    out.push_back(std::move(h));
  }
  return out;
}

DocNumber BareSerialNumber(std::string_view serial, const std::string& type_code, bool code_written) {
  DocNumber n;
  n.serial = CanonicalSerial(serial);
  n.id = code_written ? n.serial + "-" + type_code : n.serial;
  n.type_code = type_code;
  n.canonical = false;
  n.fixes = {"no_symbol"};
  return n;
}

std::optional<NumberHit> NumberAt(std::string_view text, size_t pos, const RuleData& rules) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  std::optional<NumberHit> best;
  const Section* sec = rules.section("numbers");
  if (!sec) return best;
  const NumberRules& nr = rules.Derived<NumberRules>();
  // Only the rules that match here (one anchored set pass) are searched for captures.
  std::vector<int> order;
  if (nr.set_exact) {
    order = sec->MatchingAt(text, pos);
  } else {
    for (size_t i = 0; i < sec->rules.size(); ++i) order.push_back(static_cast<int>(i));
  }
  for (int idx : order) {
    Hit h;
    if (!sec->rules[idx].re->Search(text, pos, text.size(), true, &h)) continue;
    auto hit = HitFromRule(text, nr.shapes[idx], h, rules);
    if (hit && (!best || hit->end > best->end)) best = std::move(hit);
  }
  return best;
}

std::optional<DocType> ResolveType(const DocNumber* number, std::string_view type_word, const RuleData& rules) {
  if (number && !number->type_code.empty()) {
    const TypeEntry* t = rules.FindType(number->type_code, false);
    // A code no table knows ("101-CTHĐ/TU"): the type word names the type.
    if (!t && !type_word.empty())
      if (const TypeEntry* w = rules.FindTypeByName(type_word)) return DocType{w->code, w->name};
    if (!t) return DocType{number->type_code, ""};
    std::string name = (number->family == Family::kParty && !t->party_name.empty()) ? t->party_name : t->name;
    return DocType{t->code, name};
  }
  if (!type_word.empty()) {
    if (const TypeEntry* t = rules.FindTypeByName(type_word)) {
      std::string name = t->name;
      // A named type whose code is party-only ("Thông tri") keeps its own name.
      std::string folded = FoldCase(CollapseSpace(type_word));
      if (!t->party_name.empty() && folded == FoldCase(t->party_name)) name = t->party_name;
      return DocType{t->code, name};
    }
  }
  if (number && number->family != Family::kNormative && number->type_code.empty()) {
    if (const TypeEntry* t = rules.letter_type) return DocType{t->code, t->name};
  }
  return std::nullopt;
}

Issuer ResolveIssuer(std::string_view written, const RuleData& rules) {
  Issuer is;
  is.name = CollapseSpace(written);
  size_t matched = 0;
  const IssuerEntry* e = rules.FindIssuerByName(is.name, &matched);
  // "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII": a known
  // name inside the phrase, tried from each word start.
  for (size_t i = 0; !e && i < is.name.size(); ++i)
    if (is.name[i] == ' ') e = rules.FindIssuerByName(std::string_view(is.name).substr(i + 1), &matched, /*inside=*/true);
  // A copy that lost spaces between words ("Bộ Giaothông vận tải", "Ủy
  // bannhân dân tỉnh"): the longest known name the phrase opens with, both
  // read without spaces, ending where a word of the phrase ends.
  if (!e && is.name.find(' ') != std::string::npos) {
    std::string folded = FoldCase(is.name), glued;
    std::vector<bool> word_end;  // after glued[k - 1], a space or the end followed
    for (size_t k = 0; k < folded.size(); ++k) {
      if (folded[k] == ' ') {
        if (!word_end.empty()) word_end.back() = true;
        continue;
      }
      glued += folded[k];
      word_end.push_back(k + 1 == folded.size());
    }
    for (size_t k = glued.size(); !e && k > 0; --k)
      if (word_end[k - 1])
        if (auto it = rules.issuer_by_glued.find(std::string_view(glued).substr(0, k)); it != rules.issuer_by_glued.end())
          e = it->second;
  }
  if (e) {
    is.code = e->code;
    is.canonical_name = e->name;
  }
  return is;
}

std::optional<DocDate> MakeDate(std::string_view day, std::string_view month, std::string_view year,
                                std::string_view quarter) {
  auto num = [](std::string_view s) {
    // Short digit runs (all that date rules capture) without a string and strtol.
    // A space inside is a PDF's ("16/7/20 21").
    if (!s.empty() && s.size() < 10 &&
        std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == ' '; })) {
      int v = 0;
      for (char c : s)
        if (c != ' ') v = v * 10 + (c - '0');
      return v;
    }
    return s.empty() ? 0 : std::stoi(std::string(s));
  };
  DocDate d;
  d.year = num(year);
  if (d.year < 1900 || d.year > 2100) return std::nullopt;
  d.month = num(month);
  d.day = num(day);
  if (!quarter.empty()) {
    static const char* roman[] = {"I", "II", "III", "IV"};
    for (int i = 0; i < 4; ++i)
      if (quarter == roman[i]) d.quarter = i + 1;
    if (!d.quarter) d.quarter = num(quarter);
    if (d.quarter < 1 || d.quarter > 4) return std::nullopt;
  }
  if (d.month < 0 || d.month > 12) return std::nullopt;
  if (d.day) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!d.month || d.day < 1 || d.day > days[d.month - 1]) return std::nullopt;
    bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    if (d.month == 2 && d.day == 29 && !leap) return std::nullopt;
  }
  return d;
}

std::optional<DateHit> DateAt(std::string_view text, size_t pos, const RuleData& rules, bool anchored, size_t to,
                              std::optional<std::pair<size_t, size_t>>* invalid) {
  if (to > text.size()) to = text.size();
  if (anchored)
    while (pos < to &&
           (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == ','))
      ++pos;
  std::optional<DateHit> best;
  std::vector<std::pair<size_t, size_t>> impossible;  // "ngày 30 tháng 02 năm 2024"
  const Section* sec = rules.section("dates");
  if (!sec) return best;
  // Anchored: only the rules that match right here (one set pass).
  std::vector<int> order;
  if (anchored) {
    order = sec->MatchingAt(text, pos, to);
  } else {
    for (size_t i = 0; i < sec->rules.size(); ++i) order.push_back(static_cast<int>(i));
  }
  const NumberRules& nr = rules.Derived<NumberRules>();
  for (int idx : order) {
    const PatternRule& r = sec->rules[idx];
    const NumberRules::DateShape& g = nr.dates[idx];
    size_t from = pos;
    Hit h;
    while (r.re->Search(text, from, to, anchored, &h)) {
      auto d = MakeDate(GroupAt(text, h, g.day), GroupAt(text, h, g.month), GroupAt(text, h, g.year),
                        GroupAt(text, h, g.quarter));
      bool digit_before = h.begin > 0 && isdigit(static_cast<unsigned char>(text[h.begin - 1]));
      // "ngày 18/8/20222": a typo'd year glued to more digits is no date either.
      size_t end = h.end;
      if (d && !BoundaryAfter(text, h.end) && isdigit(static_cast<unsigned char>(text[h.end]))) {
        while (end < text.size() && isdigit(static_cast<unsigned char>(text[end]))) ++end;
        d.reset();
      }
      if (!d && !digit_before) {
        impossible.push_back({h.begin, end});
        if (invalid) *invalid = std::pair{h.begin, end};
      }
      bool inside_impossible = std::any_of(impossible.begin(), impossible.end(),
                                           [&](auto& sp) { return h.begin >= sp.first && h.end <= sp.second; });
      // ("năm 2011của Chính phủ": a word glued after the year still ends the date.)
      bool ends = BoundaryAfter(text, h.end) || !isdigit(static_cast<unsigned char>(text[h.end]));
      if (d && !digit_before && ends && !inside_impossible) {
        if (!best || h.begin < best->begin || (h.begin == best->begin && h.end > best->end))
          best = DateHit{h.begin, h.end, *d};
        break;
      }
      if (anchored) break;
      from = h.begin + 1;
    }
  }
  return best;
}

}  // namespace vbtool::internal
