// The last stage: citations of the document itself. Web copies repeat the
// own number in a page title or a metadata block ("Nghị định 283/2025/NĐ-CP
// sửa đổi Nghị định 120/2020/NĐ-CP ..." above "Số: 283/2025/NĐ-CP"); such a
// mention is the document, not a reference, and what it states about another
// document is the document's own relation to that one.
#include <algorithm>

#include "stages.h"

namespace vbtool::internal {

void ResolveSelf(Document* doc) {
  // A report (a news item) carries nothing out itself: what it tells stays as edges.
  if (doc->self.report)
    for (Reference& r : doc->references) r.relation = Relation::kMentions;
  if (!doc->self.number) return;
  const std::string& self = doc->self.number->id;
  // The same number with another date is another issuer's document (two
  // UBND may both issue a "153/KH-UBND"): only a match without a contrary date is self.
  bool other_date = std::any_of(doc->references.begin(), doc->references.end(), [&](const Reference& r) {
    return r.id == self && r.date && doc->self.date && !(*r.date == *doc->self.date);
  });
  if (other_date) return;
  auto is_self = [&](const std::string& id) { return id == self; };
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
    if (b.resolved_to == self) b.resolved_to = "self";
}

}  // namespace vbtool::internal
