// The document's own identity: number line, place and date line, type title
// line and title, công văn subject (V/v), issuing body, signature block,
// addressees (Kính gửi) and recipients (Nơi nhận). All patterns come from the
// `fields` section of the rules; this file decides only where to look.
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "stages.h"

namespace vbtool::internal {

namespace {

constexpr size_t kHeaderLines = 40;  // the number, date and title sit in the first lines
constexpr size_t kFooterLines = 60;  // signature and recipients sit in the last lines
constexpr size_t kMaxTitleLines = 6;
constexpr size_t kHeaderBytes = 6000;  // where the header zone ends at the latest
constexpr size_t kFooterBytes = 8000;  // where the footer zone starts at the earliest

struct Line {
  size_t begin, end;  // normalized offsets, end excludes '\n'
};

std::vector<Line> SplitLines(std::string_view t) {
  std::vector<Line> out;
  size_t b = 0;
  for (size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == '\n') {
      size_t e = i;
      if (e > b && t[e - 1] == '\r') --e;
      out.push_back({b, e});
      b = i + 1;
    }
  }
  return out;
}

// Trims white space and Markdown emphasis around a line.
std::string_view Trim(std::string_view s) {
  auto junk = [](char c) { return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '\r' || c == '#' || c == '>'; };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
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
  int upper = 0, lower = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
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

// First rule of the field that matches inside text[from, to); the rule and hit.
const PatternRule* FindField(std::string_view text, const RuleData& rules, const std::string& field, size_t from,
                             size_t to, Hit* hit) {
  const PatternRule* best = nullptr;
  Hit h;
  for (const PatternRule& r : rules.rules("fields")) {
    if (r.attr("field") != field) continue;
    if (r.re->Search(text, from, to, false, &h) && (!best || h.begin < hit->begin)) {
      best = &r;
      *hit = h;
    }
  }
  return best;
}

// Does the whole line match the field (searched within the line only)?
const PatternRule* LineField(std::string_view text, const RuleData& rules, const std::string& field, Line l, Hit* hit) {
  std::string_view line = text.substr(l.begin, l.end - l.begin);
  for (const PatternRule& r : rules.rules("fields")) {
    if (r.attr("field") != field) continue;
    Hit h;
    if (r.re->Search(line, 0, line.size(), false, &h)) {
      h.begin += l.begin;
      h.end += l.begin;
      for (auto& g : h.groups)
        if (g.first != Hit::npos) g.first += l.begin, g.second += l.begin;
      *hit = h;
      return &r;
    }
  }
  return nullptr;
}

// Lines in [from_line, to_line) where a rule of `field` matches, from one
// search of the zone per rule instead of one search per line.
std::vector<size_t> LinesWithField(std::string_view text, const RuleData& rules, const std::string& field,
                                   const std::vector<Line>& lines, size_t from_line, size_t to_line) {
  std::vector<size_t> out;
  to_line = std::min(to_line, lines.size());
  if (from_line >= to_line) return out;
  size_t from = lines[from_line].begin, to = lines[to_line - 1].end;
  for (const PatternRule& r : rules.rules("fields")) {
    if (r.attr("field") != field) continue;
    for (const Hit& h : r.re->FindAll(text, from, to)) {
      auto it = std::upper_bound(lines.begin(), lines.end(), h.begin,
                                 [](size_t pos, const Line& l) { return pos < l.begin; });
      out.push_back(static_cast<size_t>(it - lines.begin()) - 1);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

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
std::vector<std::string> ReadList(const NormalizedText& nt, const RuleData& rules, const std::vector<Line>& lines,
                                  size_t heading, size_t rest_begin) {
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
    Hit h;
    if (LineField(text, rules, "filing", lines[i], &h)) continue;
    add(b, e);
    started = true;
  }
  return out;
}

void ReadSigners(const NormalizedText& nt, const RuleData& rules, const std::vector<Line>& lines, size_t start,
                 Document* doc) {
  std::string_view text = nt.text();
  for (size_t i : LinesWithField(text, rules, "signer_mark", lines, start, lines.size())) {
    Hit h;
    const PatternRule* r = LineField(text, rules, "signer_mark", lines[i], &h);
    if (!r) continue;
    Signer s;
    s.mark = GroupText(text, *r, h, "mark");
    s.on_behalf = std::string(Trim(nt.OriginalText(r->re->GroupText(text, h, "behalf").data() - text.data(),
                                                   h.groups[r->re->Group("behalf")].second)));
    s.line = nt.LineOf(h.begin);
    std::vector<std::string> roles;
    for (size_t j = i + 1; j < lines.size() && j <= i + 8; ++j) {
      if (IsBlank(text, lines[j])) continue;
      Hit h2;
      if (LineField(text, rules, "signer_mark", lines[j], &h2) ||
          LineField(text, rules, "recipients_start", lines[j], &h2))
        break;
      if (LineField(text, rules, "signed_note", lines[j], &h2)) continue;
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
    Hit h;
    if (IsBlank(text, lines[j]) || LineField(text, rules, "signed_note", lines[j], &h)) {
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

void ExtractIdentity(const NormalizedText& nt, const RuleData& rules, Document* doc) {
  std::string_view text = nt.text();
  std::vector<Line> lines = SplitLines(text);
  // The header is the first lines, and at most kHeaderBytes: plans whose
  // "lines" are whole paragraphs must not drag the body into the header.
  size_t header_end_line = std::min(lines.size(), kHeaderLines);
  while (header_end_line > 1 && lines[header_end_line - 1].begin > kHeaderBytes) --header_end_line;
  size_t header_end = header_end_line ? lines[header_end_line - 1].end : 0;
  size_t footer_line = lines.size() > kFooterLines ? lines.size() - kFooterLines : 0;
  while (footer_line + 1 < lines.size() && text.size() - lines[footer_line].begin > kFooterBytes) ++footer_line;
  size_t footer_begin = lines.empty() ? 0 : lines[footer_line].begin;
  Identity& self = doc->self;

  // Number line.
  size_t number_line = lines.size();
  for (size_t i : LinesWithField(text, rules, "own_number", lines, 0, header_end_line)) {
    Hit h;
    const PatternRule* r = LineField(text, rules, "own_number", lines[i], &h);
    if (!r) continue;
    int g = r->re->Group("rest");
    size_t rest = h.has(g) ? h.groups[g].first : h.end;
    std::string_view rest_text = h.has(g) ? text.substr(rest, h.groups[g].second - rest) : std::string_view();
    auto n = NumberAt(text, rest, rules);
    // The number line holds the number alone (or beside the place and date).
    if (n) {
      Line after{n->end, lines[i].end};
      Hit pd;
      if (!IsBlank(text, after) && !LineField(text, rules, "place_date", after, &pd)) n.reset();
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
      AddDiag(doc, nt, h.begin, "warning", "blank_number",
              fmt::format("the number field is blank: '{}'", nt.OriginalText(lines[i].begin, lines[i].end)));
      break;
    }
  }

  // Place and date line: the first one anywhere (some layouts put it last).
  {
    Hit h;
    // Header first; some layouts put the place and date at the end.
    const PatternRule* r = FindField(text, rules, "place_date", 0, header_end, &h);
    if (!r) r = FindField(text, rules, "place_date", footer_begin, text.size(), &h);
    if (r) {
      std::string place =
          nt.OriginalText(h.groups[r->re->Group("place")].first, h.groups[r->re->Group("place")].second);
      self.place = place;
      std::string day = GroupText(text, *r, h, "day"), month = GroupText(text, *r, h, "month"),
                  year = GroupText(text, *r, h, "year");
      self.date_at = nt.Locate(h.begin, h.end);
      if (!day.empty() && !month.empty() && !year.empty()) {
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
  if (!self.date || self.date->day == 0) {
    Hit h;
    const PatternRule* r = FindField(text, rules, "adopted_date", 0, header_end, &h);
    if (!r) r = FindField(text, rules, "adopted_date", footer_begin, text.size(), &h);
    if (r) {
      if (auto d = MakeDate(GroupText(text, *r, h, "day"), GroupText(text, *r, h, "month"),
                            GroupText(text, *r, h, "year"), "")) {
        self.date = d;
        self.date_at = nt.Locate(h.begin, h.end);
      }
    }
  }

  // Type title line ("KẾ HOẠCH") and the title under it.
  size_t title_line = lines.size();
  std::string title_type;
  for (size_t i : LinesWithField(text, rules, "title_type", lines, 0, header_end_line)) {
    Hit h;
    const PatternRule* r = LineField(text, rules, "title_type", lines[i], &h);
    if (!r) continue;
    std::string t = GroupText(text, *r, h, "type");
    if (!MostlyUpper(t)) continue;
    title_type = t;
    title_line = i;
    break;
  }
  if (title_line < lines.size()) {
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
      for (const PatternRule& c : rules.rules("cues")) {
        Hit h;
        if (c.attr("relation") != "mentions" && c.re->Search(v, 0, v.size(), true, &h) && BoundaryAfter(v, h.end) &&
            (n > 0 || c.attr("scope") == "clause")) {
          body = true;
          break;
        }
      }
      size_t matched = 0;
      // "BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X": the issuer's line opens the body.
      if (!body && n > 0 && rules.FindIssuerByName(v, &matched) && (matched == v.size() || MostlyUpper(v))) body = true;
      if (body) break;
      title += (title.empty() ? "" : " ") + nt.OriginalText(b, e);
      ++n;
    }
    self.title = CollapseSpace(title);
  }
  // Công văn subject: "V/v ..." and its continuation lines.
  bool has_subject = false;
  for (size_t i : LinesWithField(text, rules, "subject", lines, 0, self.title.empty() ? header_end_line : 0)) {
    Hit h;
    const PatternRule* r = LineField(text, rules, "subject", lines[i], &h);
    if (!r) continue;
    has_subject = true;
    int g = r->re->Group("subject");
    std::string subject = h.has(g) ? nt.OriginalText(h.groups[g].first, h.groups[g].second) : "";
    for (size_t j = i + 1; j < lines.size() && j < i + kMaxTitleLines; ++j) {
      Hit h2;
      if (IsBlank(text, lines[j]) || LineField(text, rules, "place_date", lines[j], &h2) ||
          LineField(text, rules, "addressees_start", lines[j], &h2))
        break;
      subject += " " + nt.OriginalText(lines[j].begin, lines[j].end);
    }
    self.title = CollapseSpace(subject);
    break;
  }

  // Type: from the number, else the title line, else a công văn by its V/v.
  if (self.number) self.type = ResolveType(&*self.number, title_type, rules);
  if (!self.type && !title_type.empty()) self.type = ResolveType(nullptr, title_type, rules);
  if (!self.type && has_subject) self.type = ResolveType(nullptr, "Công văn", rules);

  // Issuing body: the header's upper-case lines above the title, else the
  // preamble sentence "<body> ban hành Kế hoạch".
  size_t stop = std::min({title_line, header_end_line, lines.size()});
  if (number_line < stop) stop = std::max(stop, number_line);
  std::vector<std::pair<size_t, std::string>> candidates;
  size_t motto_line = lines.size();
  for (size_t i = 0; i < stop; ++i) {
    Hit h;
    auto [b, e] = TrimSpan(text, lines[i]);
    std::string_view v = text.substr(b, e - b);
    if (v.empty()) continue;
    if (LineField(text, rules, "motto", lines[i], &h) || LineField(text, rules, "party_motto", lines[i], &h)) {
      if (motto_line == lines.size()) motto_line = i;
      // Two columns flattened into one line: "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI ...".
      std::string_view before = Trim(text.substr(b, h.begin > b ? h.begin - b : 0));
      if (!before.empty() && MostlyUpper(before) && !HasDigit(before)) candidates.push_back({i, std::string(before)});
      continue;
    }
    if (LineField(text, rules, "own_number", lines[i], &h) || LineField(text, rules, "place_date", lines[i], &h) ||
        LineField(text, rules, "title_type", lines[i], &h))
      continue;
    if (!MostlyUpper(v) || HasDigit(v)) continue;
    candidates.push_back({i, std::string(v)});
  }
  if (!candidates.empty()) {
    // Prefer the lowest line above the motto: "UBND TỈNH X / SỞ Y TẾ" → SỞ Y TẾ.
    size_t k = candidates.size() - 1;
    for (size_t j = 0; j < candidates.size(); ++j)
      if (candidates[j].first < motto_line) k = j;
    auto pick = candidates[k];
    // "ỦY BAN NHÂN DÂN / TỈNH BẮC GIANG" is one body written on two lines.
    Hit loc;
    std::string_view pv = pick.second;
    // ("HUYỆN ỦY ĐẠI LỘC" names a body of its own: no join.)
    if (k > 0 && candidates[k - 1].first + 1 == pick.first && !rules.FindIssuerByName(pv)) {
      for (const PatternRule& r : rules.rules("fields"))
        if (r.attr("field") == "locality_line" && r.re->Search(pv, 0, pv.size(), false, &loc)) {
          pick.second = candidates[k - 1].second + " " + pick.second;
          break;
        }
    }
    Issuer is = ResolveIssuer(pick.second, rules);
    size_t matched = 0;
    const IssuerEntry* head = rules.FindIssuerByName(pick.second, &matched);
    if (head && matched == pick.second.size()) {
      is.name = is.canonical_name;
    } else if (head && MostlyUpper(pick.second)) {
      // "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An": the
      // table's spelling of the known head, then the place in title case with
      // its locality word ("tỉnh", "huyện") in lower case.
      std::string rest = TitleCase(Trim(std::string_view(pick.second).substr(matched)));
      Hit loc;
      for (const PatternRule& r : rules.rules("fields")) {
        if (r.attr("field") != "locality_line" || !r.re->Search(rest, 0, rest.size(), true, &loc)) continue;
        size_t word_end = rest.find(' ');
        if (word_end != std::string::npos) rest = FoldCase(rest.substr(0, word_end)) + rest.substr(word_end);
        break;
      }
      // The head as the table writes it, when the header says exactly that.
      std::string head_name;
      std::string prefix = FoldCase(CollapseSpace(pick.second.substr(0, matched)));
      for (const std::string& n : head->names)
        if (FoldCase(CollapseSpace(NormalizeWith(n, rules))) == prefix) head_name = n;
      is.name = head_name.empty() ? pick.second : head_name + (rest.empty() ? "" : " " + rest);
    } else {
      is.name = pick.second;
    }
    self.issuer = is;
  } else {
    size_t limit = lines[std::min(lines.size(), kHeaderLines) - 1].end;
    Hit h;
    if (const PatternRule* r = FindField(text, rules, "issuer_sentence", 0, limit, &h)) {
      int g = r->re->Group("issuer");
      self.issuer = ResolveIssuer(nt.OriginalText(h.groups[g].first, h.groups[g].second), rules);
    }
  }
  if (!self.issuer && self.number && !self.number->issuer_codes.empty()) {
    // A known issuer code in the number itself ("/SGDĐT-VP", "/QĐ-TTg").
    const std::string& code = self.number->issuer_codes.front();
    if (const IssuerEntry* e = rules.FindIssuer(code, true);
        e && code != "UBND" && code != "HĐND" && code != "TU" && code != "HU" && code != "ĐU")
      self.issuer = Issuer{e->name, e->code, e->name};
  }

  // Signature block, addressees and recipients.
  ReadSigners(nt, rules, lines, footer_line, doc);
  for (size_t i : LinesWithField(text, rules, "addressees_start", lines, 0, header_end_line + 10)) {
    Hit h;
    if (LineField(text, rules, "addressees_start", lines[i], &h)) {
      self.addressees = ReadList(nt, rules, lines, i, h.end);
      break;
    }
  }
  for (size_t i : LinesWithField(text, rules, "recipients_start", lines, footer_line, lines.size())) {
    Hit h;
    if (LineField(text, rules, "recipients_start", lines[i], &h)) {
      self.recipients = ReadList(nt, rules, lines, i, h.end);
      break;
    }
  }

  if (!self.number && number_line == lines.size())
    AddDiag(doc, nt, 0, "info", "missing_number", "the document has no number line ('Số: ...')");
  if (!self.date_at) AddDiag(doc, nt, 0, "info", "missing_date", "the document has no place and date line");
  if (!self.issuer) AddDiag(doc, nt, 0, "info", "missing_issuer", "no issuing body found in the header");
}

}  // namespace vbtool::internal
