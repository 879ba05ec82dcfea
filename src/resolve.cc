// The last stage: citations of the document itself. Web copies repeat the
// own number in a page title or a metadata block ("Nghị định 283/2025/NĐ-CP
// sửa đổi Nghị định 120/2020/NĐ-CP ..." above "Số: 283/2025/NĐ-CP"); such a
// mention is the document, not a reference, and what it states about another
// document is the document's own relation to that one.
#include <algorithm>
#include <set>
#include <tuple>

#include "stages.h"

namespace vbtool::internal {

namespace {

// "41/NQ-HĐND ngày 09/12/2022" beside "41/2022/NQ-HĐND": one document
// written without and with its year. `date`: the short form's. Without a
// date, only a type numbered with its year alone ("Nghị định số 53/NĐ-CP"
// beside "53/2006/NĐ-CP": a Nghị định has no number without one), as a
// Quyết định or Nghị quyết has two series, with and without the year.
bool ShortFormOf(const DocNumber& short_form, const std::optional<DocDate>& date, const DocNumber& full,
                 const RuleData* rules = nullptr) {
  if (short_form.year != 0 || full.year == 0 || short_form.type_code.empty() || short_form.serial != full.serial ||
      short_form.type_code != full.type_code || short_form.issuer_codes != full.issuer_codes)
    return false;
  if (date) return date->year == full.year;
  const TypeEntry* t = rules ? rules->FindType(short_form.type_code, false) : nullptr;
  return t && !t->families.empty() &&
         std::all_of(t->families.begin(), t->families.end(), [](Family f) { return f == Family::kNormative; });
}

// "Quyết định 500/BYT-QĐ" beside "Quyết định số 500-BYT/QĐ": one number
// written in two layouts (the same serial, year and codes, whichever of
// them is read as the type).
bool OtherLayoutOf(const DocNumber& a, const DocNumber& b) {
  auto codes = [](const DocNumber& n) {
    std::vector<std::string> c = n.issuer_codes;
    if (!n.type_code.empty()) c.push_back(n.type_code);
    std::sort(c.begin(), c.end());
    return c;
  };
  return a.id != b.id && (!a.type_code.empty() || !b.type_code.empty()) && a.serial == b.serial &&
         a.year == b.year && codes(a) == codes(b);
}

bool DatesAgree(const std::optional<DocDate>& a, const std::optional<DocDate>& b) { return !a || !b || *a == *b; }

void Rename(Document* doc, const std::string& from, const std::string& to) {
  for (Edge& e : doc->edges) {
    if (e.from == from) e.from = to;
    if (e.to == from) e.to = to;
  }
  // No loop, and one edge where the two forms each gave one.
  std::set<std::tuple<std::string, std::string, Relation>> seen;
  doc->edges.erase(std::remove_if(doc->edges.begin(), doc->edges.end(),
                                  [&](const Edge& e) {
                                    return e.from == e.to || !seen.insert({e.from, e.to, e.relation}).second;
                                  }),
                   doc->edges.end());
  for (BackReference& b : doc->back_references)
    if (b.resolved_to == from) b.resolved_to = to;
}

// A reference cited both in its short form and with its year is one
// reference, under the full id.
void MergeShortForms(Document* doc, const RuleData& rules) {
  auto& refs = doc->references;
  for (size_t i = 0; i < refs.size();) {
    // The one full form (several: which one is unknown, none is merged).
    size_t full = refs.size();
    int found = 0;
    for (size_t j = 0; j < refs.size(); ++j)
      if (j != i && DatesAgree(refs[i].date, refs[j].date) &&
          (ShortFormOf(refs[i].number, refs[i].date, refs[j].number, &rules) ||
           // Of two layouts, the later written without a date goes under the other.
           (OtherLayoutOf(refs[i].number, refs[j].number) && !refs[i].date &&
            (refs[j].date || refs[j].mentions.front().offset < refs[i].mentions.front().offset))))
        full = j, ++found;
    if (found != 1) full = refs.size();
    if (full == refs.size()) {
      ++i;
      continue;
    }
    Reference& f = refs[full];
    Reference& s = refs[i];
    f.mentions.insert(f.mentions.end(), s.mentions.begin(), s.mentions.end());
    std::sort(f.mentions.begin(), f.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
    f.relation = std::max(f.relation, s.relation);
    if (!f.date) f.date = s.date;
    if (!f.issuer) f.issuer = s.issuer;
    if (!f.type) f.type = s.type;
    if (f.term.empty()) f.term = s.term;
    Rename(doc, s.id, f.id);
    refs.erase(refs.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

}  // namespace

void ResolveSelf(Document* doc, const RuleData& rules) {
  MergeShortForms(doc, rules);
  // A report (a news item) carries nothing out itself: what it tells stays as edges.
  if (doc->self.report)
    for (Reference& r : doc->references) r.relation = Relation::kMentions;
  if (!doc->self.number) return;
  const std::string& self = doc->self.number->id;
  // The same number with another date is another issuer's document (two
  // UBND may both issue a "153/KH-UBND"): only a match without a contrary date is self.
  // A number with its year and issuer code ("02/2025/TT-BLĐTBXH") names one
  // document: another date beside it is a typo.
  bool other_date = doc->self.number->year == 0 &&
                    std::any_of(doc->references.begin(), doc->references.end(), [&](const Reference& r) {
                      return r.id == self && r.date && doc->self.date && !(*r.date == *doc->self.date);
                    });
  if (other_date) return;
  // A page whose lead gave no full date ("Ngày 28/5, Ban Thường vụ Tỉnh ủy ban
  // hành Nghị quyết số 49-NQ/TU") may cite the number with one elsewhere.
  if (!doc->self.date)
    for (const Reference& r : doc->references)
      if (r.id == self && r.date && r.date->day) {
        doc->self.date = r.date;
        break;
      }
  // The own number in its other form ("1961/QĐ-UBND" and, in a page title,
  // "1961/2019/QĐ-UBND") is the document too.
  std::set<std::string> self_ids = {self};
  const DocNumber& own = *doc->self.number;
  for (const Reference& r : doc->references)
    if (DatesAgree(r.date, doc->self.date) &&
        (ShortFormOf(r.number, r.date, own) || ShortFormOf(own, doc->self.date, r.number)))
      self_ids.insert(r.id);
  auto is_self = [&](const std::string& id) { return self_ids.count(id) > 0; };
  // "<own number> sửa đổi <X>" in a page title: the document amends X.
  for (const Edge& e : doc->edges) {
    if (!is_self(e.from)) continue;
    for (Reference& r : doc->references)
      if (r.id == e.to) r.relation = std::max(r.relation, e.relation);
  }
  // Edges TO the document ("... được hướng dẫn bởi Thông tư số 05/2024/TT-BCT")
  // stay: they say what others do to it.
  doc->edges.erase(std::remove_if(doc->edges.begin(), doc->edges.end(), [&](const Edge& e) { return is_self(e.from); }),
                   doc->edges.end());
  doc->references.erase(
      std::remove_if(doc->references.begin(), doc->references.end(), [&](const Reference& r) { return is_self(r.id); }),
      doc->references.end());
  for (BackReference& b : doc->back_references)
    if (is_self(b.resolved_to)) b.resolved_to = "self";
}

}  // namespace vbtool::internal
