// Build: join the documents of an archive into one citation graph.
//
// Every document number seen (an archive file's own number, or a citation) is
// an observation. Observations are grouped by canonical number; inside a
// group they are clustered into documents ("anchors"):
//   1. archive files first: two files are one document unless their issuers
//      differ (place, issuer code or name) or their dates do;
//   2. dated citations, most precise first: they join the one compatible
//      anchor (same year, same date at the common precision), or found a new
//      anchor when there is none;
//   3. undated citations join the only anchor there is.
// When several anchors fit and neither the full date nor the issuer picks
// one, the citation becomes an ambiguous node instead of a wrong merge.
#include "vbtool/graph.h"

#include <fmt/format.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace vbtool {

namespace {

// One document number seen somewhere: an archive file's own, or a citation.
struct Obs {
  std::string id;
  DocNumber number;
  std::optional<DocType> type;
  std::optional<DocDate> date;
  std::optional<Issuer> issuer;
  std::string place;  // archive only
  bool archive = false;
  bool edge_only = false;  // named only in a stated edge, not a reference
  Relation relation = Relation::kMentions;
  std::string path;  // the archive file, or the citing file
  size_t line = 0;
  std::string quote;
  std::string node;  // the node it resolved to (set by Build)
};

struct DocEntry {
  std::string path;
  std::optional<Obs> self;  // when the document has its own number
  std::optional<DocType> type;
  std::optional<DocDate> date;
  std::optional<Issuer> issuer;
  std::vector<Obs> refs;
  std::vector<Edge> edges;
  std::string fingerprint;  // orders two entries of one path deterministically
};

std::string NormalPath(const std::string& p) {
  if (p.empty() || p == "-") return p;
  std::string n = std::filesystem::path(p).lexically_normal().generic_string();
  return n.empty() ? p : n;
}

// Case, diacritics and spacing folded, for comparing names and places.
class Folder {
 public:
  Folder() {
    UErrorCode status = U_ZERO_ERROR;
    tr_.reset(icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; Lower; NFC",
                                                  UTRANS_FORWARD, status));
    if (U_FAILURE(status)) tr_.reset();
  }
  std::string operator()(const std::string& s) const {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    if (tr_)
      tr_->transliterate(u);
    else
      u.toLower();
    std::string raw, out;
    u.toUTF8String(raw);
    bool space = false;
    for (char c : raw) {
      bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (ws) {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ', space = false;
      out += c;
    }
    return out;
  }

 private:
  std::unique_ptr<icu::Transliterator> tr_;
};

int PrecisionRank(const DocDate& d) { return d.day ? 0 : d.month ? 1 : d.quarter ? 2 : 3; }

// Same date at the precision both have.
bool DatesCompatible(const DocDate& a, const DocDate& b) {
  if (a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  auto quarter = [](const DocDate& d) { return d.quarter ? d.quarter : d.month ? (d.month - 1) / 3 + 1 : 0; };
  if (quarter(a) && quarter(b) && quarter(a) != quarter(b)) return false;
  return true;
}

// a is strictly after b at the precision both have.
bool Later(const DocDate& a, const DocDate& b) {
  if (a.year != b.year) return a.year > b.year;
  if (!a.month || !b.month) return false;
  if (a.month != b.month) return a.month > b.month;
  if (!a.day || !b.day) return false;
  return a.day > b.day;
}

bool Normative(const Obs& o) { return o.number.year > 0; }
int Epoch(const Obs& o) { return o.number.year ? o.number.year : o.date ? o.date->year : 0; }
bool SameEpoch(const Obs& a, const Obs& b) { return !Epoch(a) || !Epoch(b) || Epoch(a) == Epoch(b); }

struct Anchor {
  bool archive = false;
  int epoch = 0;
  std::optional<DocDate> date;
  std::optional<Issuer> issuer;
  std::string place;
  std::string first_path;  // archive anchors
  std::vector<Obs*> members;
  std::string key;
};

class Resolver {
 public:
  Resolver(const Folder& fold) : fold_(fold) {}

  // Two archive files with one number are one document unless told apart.
  bool IssuersDiffer(const Obs& a, const Anchor& b) const {
    if (a.issuer && b.issuer && !a.issuer->code.empty() && !b.issuer->code.empty() && a.issuer->code != b.issuer->code)
      return true;
    if (!a.place.empty() && !b.place.empty() && fold_(a.place) != fold_(b.place)) return true;
    if (a.issuer && b.issuer && !a.issuer->name.empty() && !b.issuer->name.empty()) {
      std::string x = fold_(a.issuer->name), y = fold_(b.issuer->name);
      if (x.find(y) == std::string::npos && y.find(x) == std::string::npos) return true;
    }
    return false;
  }

  // A citation's issuer ("UBND tỉnh Thanh Hóa") names this anchor.
  bool IssuerNames(const Obs& c, const Anchor& a) const {
    if (!c.issuer || c.issuer->name.empty()) return false;
    std::string x = fold_(c.issuer->name);
    if (!a.place.empty() && x.find(fold_(a.place)) != std::string::npos) return true;
    if (a.issuer && !a.issuer->name.empty()) {
      std::string y = fold_(a.issuer->name);
      return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
    }
    return false;
  }

  bool Compatible(const Obs& c, const Anchor& a, bool normative) const {
    if (normative) return true;
    int e = Epoch(c);
    if (e && a.epoch && e != a.epoch) return false;
    if (c.date && a.date && !DatesCompatible(*c.date, *a.date)) return false;
    return true;
  }

  std::vector<Anchor*> Tiebreak(const Obs& c, const std::vector<Anchor*>& cands) const {
    if (c.date && c.date->day) {
      std::vector<Anchor*> same;
      for (Anchor* a : cands)
        if (a->date && a->date->day && *a->date == *c.date) same.push_back(a);
      if (same.size() == 1) return same;
    }
    std::vector<Anchor*> named;
    for (Anchor* a : cands)
      if (IssuerNames(c, *a)) named.push_back(a);
    if (named.size() == 1) return named;
    return cands;
  }

  // Clusters one number's observations; sets Obs::node; returns the anchors
  // and the ambiguous keys with their candidates.
  void Resolve(const std::string& id, std::vector<Obs*> obs, std::vector<std::unique_ptr<Anchor>>& anchors,
               std::map<std::string, std::set<Anchor*>>& ambiguous, std::map<Obs*, std::string>& ambiguous_of) {
    const bool normative = std::any_of(obs.begin(), obs.end(), [](const Obs* o) { return Normative(*o); });
    auto by_path = [](const Obs* a, const Obs* b) { return std::tie(a->path, a->line) < std::tie(b->path, b->line); };
    std::vector<Obs*> archive, dated, undated;
    for (Obs* o : obs) (o->archive ? archive : (o->date && !normative) ? dated : undated).push_back(o);
    std::sort(archive.begin(), archive.end(), by_path);
    std::sort(dated.begin(), dated.end(), [&](const Obs* a, const Obs* b) {
      int pa = PrecisionRank(*a->date), pb = PrecisionRank(*b->date);
      if (pa != pb) return pa < pb;
      if (a->date->Iso() != b->date->Iso()) return a->date->Iso() < b->date->Iso();
      return by_path(a, b);
    });
    std::sort(undated.begin(), undated.end(), by_path);

    std::vector<Anchor*> mine;
    auto found = [&](Obs* o) {
      anchors.push_back(std::make_unique<Anchor>());
      Anchor* a = anchors.back().get();
      a->archive = o->archive;
      a->epoch = Epoch(*o);
      a->date = o->date;
      a->issuer = o->issuer;
      a->place = o->place;
      a->first_path = o->path;
      a->members.push_back(o);
      mine.push_back(a);
    };
    for (Obs* o : archive) {
      Anchor* same = nullptr;
      for (Anchor* a : mine) {
        if (IssuersDiffer(*o, *a)) continue;
        int e = Epoch(*o);
        if (!normative && e && a->epoch && e != a->epoch) continue;
        if (!normative && o->date && a->date && !DatesCompatible(*o->date, *a->date)) continue;
        same = a;
        break;
      }
      if (same)
        same->members.push_back(o);
      else
        found(o);
    }
    auto place_citation = [&](Obs* o, bool dated_pass) {
      std::vector<Anchor*> cands;
      for (Anchor* a : mine)
        if (Compatible(*o, *a, normative)) cands.push_back(a);
      if (cands.size() > 1) cands = Tiebreak(*o, cands);
      if (cands.size() == 1) {
        cands.front()->members.push_back(o);
      } else if (cands.empty()) {
        found(o);
      } else {
        std::string key = id + (dated_pass ? "@" + o->date->Iso() : "") + "?";
        ambiguous[key].insert(cands.begin(), cands.end());
        ambiguous_of[o] = key;
      }
    };
    for (Obs* o : dated) place_citation(o, true);
    for (Obs* o : undated) place_citation(o, false);

    // Keys: number@year, refined by the date, then by the file, while they collide.
    std::map<std::string, std::vector<Anchor*>> by_base;
    for (Anchor* a : mine) by_base[normative || !a->epoch ? id : fmt::format("{}@{}", id, a->epoch)].push_back(a);
    for (auto& [base, list] : by_base) {
      if (list.size() == 1) {
        list.front()->key = base;
        continue;
      }
      std::map<std::string, std::vector<Anchor*>> by_date;
      for (Anchor* a : list) by_date[a->date ? id + "@" + a->date->Iso() : base].push_back(a);
      for (auto& [key, same] : by_date) {
        if (same.size() == 1) {
          same.front()->key = key;
          continue;
        }
        int n = 0;
        for (Anchor* a : same) a->key = a->archive ? key + "#" + a->first_path : fmt::format("{}#{}", key, ++n);
      }
    }
  }

 private:
  const Folder& fold_;
};

template <typename T, typename KeyFn>
std::optional<T> MostCommon(const std::vector<T>& items, KeyFn key) {
  if (items.empty()) return std::nullopt;
  std::map<std::string, std::pair<int, const T*>> counts;
  for (const T& x : items) {
    auto& slot = counts[key(x)];
    if (!slot.second) slot.second = &x;
    ++slot.first;
  }
  const std::pair<int, const T*>* best = nullptr;
  for (const auto& [k, v] : counts)
    if (!best || v.first > best->first) best = &v;
  return *best->second;
}

void SortEvidence(std::vector<Evidence>& ev) {
  auto key = [](const Evidence& e) { return std::tie(e.file, e.line, e.stated, e.quote); };
  std::sort(ev.begin(), ev.end(), [&](const Evidence& a, const Evidence& b) { return key(a) < key(b); });
  ev.erase(std::unique(ev.begin(), ev.end(), [&](const Evidence& a, const Evidence& b) { return key(a) == key(b); }),
           ev.end());
}

Evidence EvidenceOf(const Obs& o, const std::string& value) { return {o.path, o.line, value, false}; }

}  // namespace

struct GraphBuilder::Impl {
  std::vector<DocEntry> docs;
};

GraphBuilder::GraphBuilder() : impl_(std::make_unique<Impl>()) {}
GraphBuilder::~GraphBuilder() = default;
size_t GraphBuilder::size() const { return impl_->docs.size(); }

void GraphBuilder::Add(const Document& doc) {
  DocEntry e;
  e.path = NormalPath(doc.source.path);
  const Identity& s = doc.self;
  e.type = s.type;
  e.date = s.date;
  e.issuer = s.issuer;
  if (s.number && !s.number->id.empty()) {
    Obs o;
    o.id = s.number->id;
    o.number = *s.number;
    o.type = s.type;
    o.date = s.date;
    o.issuer = s.issuer;
    o.place = s.place;
    o.archive = true;
    o.path = e.path;
    o.line = s.number_at ? s.number_at->line : 0;
    o.quote = s.number_at ? s.number_at->text : s.number->text;
    e.self = std::move(o);
  }
  for (const Reference& r : doc.references) {
    if (r.id.empty()) continue;
    Obs o;
    o.id = r.id;
    o.number = r.number;
    o.type = r.type;
    o.date = r.date;
    o.issuer = r.issuer;
    o.relation = r.relation;
    o.path = e.path;
    if (!r.mentions.empty()) o.line = r.mentions.front().line, o.quote = r.mentions.front().text;
    e.refs.push_back(std::move(o));
  }
  e.edges = doc.edges;
  e.fingerprint = fmt::format("{}|{}|{}", e.self ? e.self->id : "", e.refs.size(), e.edges.size());
  for (const Obs& o : e.refs)
    e.fingerprint += fmt::format("|{}:{}:{}:{}", o.id, o.date ? o.date->Iso() : "", RelationName(o.relation), o.line);
  impl_->docs.push_back(std::move(e));
}

const GraphNode* Graph::Find(const std::string& id) const {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                             [](const GraphNode& n, const std::string& k) { return n.id < k; });
  return it != nodes.end() && it->id == id ? &*it : nullptr;
}

Graph GraphBuilder::Build() const {
  std::vector<DocEntry> docs = impl_->docs;
  std::sort(docs.begin(), docs.end(), [](const DocEntry& a, const DocEntry& b) {
    return std::tie(a.path, a.fingerprint) < std::tie(b.path, b.fingerprint);
  });
  docs.erase(
      std::unique(docs.begin(), docs.end(), [](const DocEntry& a, const DocEntry& b) { return a.path == b.path; }),
      docs.end());

  // Names used only by stated edges become observations too.
  std::vector<std::vector<Obs>> edge_only(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    DocEntry& d = docs[i];
    auto known = [&](const std::string& id) {
      if (d.self && d.self->id == id) return true;
      for (const Obs& o : d.refs)
        if (o.id == id) return true;
      for (const Obs& o : edge_only[i])
        if (o.id == id) return true;
      return false;
    };
    for (const Edge& e : d.edges)
      for (const std::string* id : {&e.from, &e.to}) {
        if (id->empty() || known(*id)) continue;
        Obs o;
        o.id = *id;
        o.number.id = *id;
        o.edge_only = true;
        o.path = d.path;
        o.line = e.line;
        o.quote = e.quote;
        edge_only[i].push_back(std::move(o));
      }
  }

  std::map<std::string, std::vector<Obs*>> groups;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].self) groups[docs[i].self->id].push_back(&*docs[i].self);
    for (Obs& o : docs[i].refs) groups[o.id].push_back(&o);
    for (Obs& o : edge_only[i]) groups[o.id].push_back(&o);
  }

  Folder fold;
  Resolver resolver(fold);
  std::vector<std::unique_ptr<Anchor>> anchors;
  std::map<std::string, std::set<Anchor*>> ambiguous;
  std::map<Obs*, std::string> ambiguous_of;
  std::map<std::string, std::vector<Anchor*>> anchors_of_number;
  for (auto& [id, obs] : groups) {
    size_t before = anchors.size();
    resolver.Resolve(id, obs, anchors, ambiguous, ambiguous_of);
    for (size_t i = before; i < anchors.size(); ++i) anchors_of_number[id].push_back(anchors[i].get());
  }
  for (auto& a : anchors)
    for (Obs* o : a->members) o->node = a->key;
  for (auto& [o, key] : ambiguous_of) o->node = key;

  Graph g;
  std::map<std::string, std::vector<const Obs*>> members;  // node id -> observations
  for (auto& [id, obs] : groups)
    for (Obs* o : obs) members[o->node].push_back(o);

  auto date_key = [](const DocDate& d) { return fmt::format("{}{}", PrecisionRank(d), d.Iso()); };
  for (auto& [key, list] : members) {
    GraphNode n;
    n.id = key;
    n.number = list.front()->id;
    std::vector<const Obs*> archive;
    for (const Obs* o : list)
      if (o->archive) archive.push_back(o);
    std::sort(archive.begin(), archive.end(), [](const Obs* a, const Obs* b) { return a->path < b->path; });
    n.in_archive = !archive.empty();
    for (const Obs* o : archive) n.paths.push_back(o->path);
    std::vector<DocDate> dates;
    std::vector<DocType> types;
    std::vector<Issuer> issuers;
    for (const Obs* o : archive.empty() ? list : archive) {
      if (o->date) dates.push_back(*o->date);
      if (o->type) types.push_back(*o->type);
      if (o->issuer) issuers.push_back(*o->issuer);
    }
    if (!dates.empty()) {
      int best = 3;
      for (const DocDate& d : dates) best = std::min(best, PrecisionRank(d));
      std::vector<DocDate> precise;
      for (const DocDate& d : dates)
        if (PrecisionRank(d) == best) precise.push_back(d);
      n.date = MostCommon(precise, date_key);
    }
    n.type = MostCommon(types, [](const DocType& t) { return t.code + "|" + t.name; });
    n.issuer = MostCommon(issuers, [](const Issuer& i) { return i.code + "|" + i.name; });
    n.family = list.front()->number.family;
    for (const Obs* o : list)
      if (n.family == Family::kUnknown) n.family = o->number.family;
    if (auto it = ambiguous.find(key); it != ambiguous.end()) {
      n.ambiguous = true;
      for (Anchor* a : it->second) n.candidates.push_back(a->key);
      std::sort(n.candidates.begin(), n.candidates.end());
    }
    g.nodes.push_back(std::move(n));
  }
  std::vector<std::string> doc_key(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    const DocEntry& d = docs[i];
    if (d.self) {
      doc_key[i] = d.self->node;
      continue;
    }
    doc_key[i] = "file:" + d.path;
    GraphNode n;
    n.id = doc_key[i];
    n.type = d.type;
    n.date = d.date;
    n.issuer = d.issuer;
    n.in_archive = true;
    n.paths = {d.path};
    g.nodes.push_back(std::move(n));
  }
  std::sort(g.nodes.begin(), g.nodes.end(), [](const GraphNode& a, const GraphNode& b) { return a.id < b.id; });

  // Edges.
  std::map<std::tuple<std::string, std::string, Relation>, std::vector<Evidence>> edges;
  for (size_t i = 0; i < docs.size(); ++i) {
    const DocEntry& d = docs[i];
    for (const Obs& o : d.refs)
      if (o.node != doc_key[i]) edges[{doc_key[i], o.node, o.relation}].push_back({d.path, o.line, o.quote, false});
    auto node_of = [&](const std::string& id) -> std::string {
      if (id.empty() || (d.self && d.self->id == id)) return doc_key[i];
      for (const Obs& o : d.refs)
        if (o.id == id) return o.node;
      for (const Obs& o : edge_only[i])
        if (o.id == id) return o.node;
      return "";
    };
    for (const Edge& e : d.edges) {
      std::string from = node_of(e.from), to = node_of(e.to);
      if (from.empty() || to.empty() || from == to) continue;
      edges[{from, to, e.relation}].push_back({d.path, e.line, e.quote, true});
    }
  }
  for (auto& [k, ev] : edges) {
    GraphEdge e{std::get<0>(k), std::get<1>(k), std::get<2>(k), std::move(ev)};
    SortEvidence(e.evidence);
    g.edges.push_back(std::move(e));
  }
  std::sort(g.edges.begin(), g.edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::make_tuple(a.from, a.to, std::string(RelationName(a.relation))) <
           std::make_tuple(b.from, b.to, std::string(RelationName(b.relation)));
  });

  // Conflicts.
  auto add = [&](std::string kind, std::string number, std::vector<std::string> nodes, std::string message,
                 std::vector<Evidence> ev) {
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    SortEvidence(ev);
    g.conflicts.push_back({std::move(kind), std::move(number), std::move(nodes), std::move(message), std::move(ev)});
  };
  for (auto& [key, list] : members) {
    // One document, several dates.
    std::vector<const Obs*> dated;
    std::map<std::string, DocDate> distinct;  // compare each distinct date once
    for (const Obs* o : list)
      if (o->date) dated.push_back(o), distinct.emplace(o->date->Iso(), *o->date);
    bool clash = false;
    for (auto a = distinct.begin(); a != distinct.end() && !clash; ++a)
      for (auto b = std::next(a); b != distinct.end() && !clash; ++b) clash = !DatesCompatible(a->second, b->second);
    if (clash) {
      std::vector<Evidence> ev;
      std::set<std::string> values;
      for (const Obs* o : dated) ev.push_back(EvidenceOf(*o, o->date->Iso())), values.insert(o->date->Iso());
      add("date_mismatch", list.front()->id, {key},
          fmt::format("{} is given different dates: {}", list.front()->id, fmt::join(values, ", ")), std::move(ev));
    }
    // One document, several issuers.
    std::set<std::string> codes;
    std::vector<Evidence> ev;
    for (const Obs* o : list)
      if (o->issuer && !o->issuer->code.empty()) {
        codes.insert(o->issuer->code);
        ev.push_back(EvidenceOf(*o, o->issuer->name.empty() ? o->issuer->code : o->issuer->name));
      }
    if (codes.size() > 1)
      add("issuer_mismatch", list.front()->id, {key},
          fmt::format("{} is attributed to different issuers: {}", list.front()->id, fmt::join(codes, ", ")),
          std::move(ev));
  }
  for (auto& [id, list] : anchors_of_number) {
    // One number, several documents.
    if (list.size() > 1) {
      std::vector<std::string> nodes;
      std::vector<Evidence> ev;
      for (Anchor* a : list) {
        nodes.push_back(a->key);
        const Obs* first = a->members.front();
        ev.push_back(EvidenceOf(*first, a->date ? a->date->Iso() : first->quote));
      }
      std::sort(nodes.begin(), nodes.end());
      add("number_reused", id, nodes,
          fmt::format("{} names {} different documents ({}), told apart by date or issuer", id, list.size(),
                      fmt::join(nodes, ", ")),
          std::move(ev));
    }
    // Two archive files, one number, one year, issuers not told apart
    // (numbers restart each year, Party numbers each term).
    std::vector<const Obs*> files;
    for (Anchor* a : list)
      for (const Obs* o : a->members)
        if (o->archive) files.push_back(o);
    std::sort(files.begin(), files.end(), [](const Obs* a, const Obs* b) { return a->path < b->path; });
    std::vector<bool> used(files.size());
    for (size_t a = 0; a < files.size(); ++a) {
      if (used[a]) continue;
      Anchor probe;
      probe.issuer = files[a]->issuer;
      probe.place = files[a]->place;
      std::vector<const Obs*> same = {files[a]};
      for (size_t b = a + 1; b < files.size(); ++b)
        if (!used[b] && !resolver.IssuersDiffer(*files[b], probe) && SameEpoch(*files[a], *files[b]))
          same.push_back(files[b]), used[b] = true;
      if (same.size() < 2) continue;
      std::vector<std::string> nodes, paths;
      std::vector<Evidence> ev;
      for (const Obs* o : same)
        nodes.push_back(o->node), paths.push_back(o->path), ev.push_back(EvidenceOf(*o, o->quote));
      add("duplicate_number", id, nodes,
          fmt::format("{} archive files claim number {}: {}", same.size(), id, fmt::join(paths, ", ")), std::move(ev));
    }
  }
  // A document citing one dated after itself.
  std::map<std::string, const GraphNode*> node_by_id;
  for (const GraphNode& n : g.nodes) node_by_id[n.id] = &n;
  for (size_t i = 0; i < docs.size(); ++i) {
    const DocEntry& d = docs[i];
    if (!d.date) continue;
    for (const Obs& o : d.refs) {
      std::optional<DocDate> cited = o.date;
      if (!cited) {
        const GraphNode* n = node_by_id[o.node];
        if (n && !n->ambiguous) cited = n->date;
      }
      if (!cited || !Later(*cited, *d.date)) continue;
      add("cites_later", o.id, {doc_key[i], o.node},
          fmt::format("{} (dated {}) cites {} dated {}, after itself", d.self ? d.self->id : d.path, d.date->Iso(),
                      o.id, cited->Iso()),
          {EvidenceOf(o, cited->Iso())});
    }
  }
  std::sort(g.conflicts.begin(), g.conflicts.end(), [](const GraphConflict& a, const GraphConflict& b) {
    return std::tie(a.kind, a.number, a.nodes, a.message) < std::tie(b.kind, b.number, b.nodes, b.message);
  });
  return g;
}

std::vector<std::string> MatchNodes(const Graph& graph, const std::string& query) {
  std::vector<std::string> out;
  std::string path = NormalPath(query);
  for (const GraphNode& n : graph.nodes) {
    bool hit = n.id == query || (!n.number.empty() && n.number == query) || n.id == "file:" + path ||
               std::find(n.paths.begin(), n.paths.end(), path) != n.paths.end();
    if (hit) out.push_back(n.id);
  }
  return out;
}

Graph Neighbourhood(const Graph& graph, const std::vector<std::string>& seeds, int depth) {
  std::map<std::string, std::vector<std::string>> adjacent;
  for (const GraphEdge& e : graph.edges) adjacent[e.from].push_back(e.to), adjacent[e.to].push_back(e.from);
  std::set<std::string> keep(seeds.begin(), seeds.end());
  std::vector<std::string> frontier(seeds.begin(), seeds.end());
  for (int step = 0; step < depth && !frontier.empty(); ++step) {
    std::vector<std::string> next;
    for (const std::string& id : frontier)
      for (const std::string& other : adjacent[id])
        if (keep.insert(other).second) next.push_back(other);
    frontier = std::move(next);
  }
  Graph out;
  for (const GraphNode& n : graph.nodes)
    if (keep.count(n.id)) out.nodes.push_back(n);
  for (const GraphEdge& e : graph.edges)
    if (keep.count(e.from) && keep.count(e.to)) out.edges.push_back(e);
  for (const GraphConflict& c : graph.conflicts)
    if (std::any_of(c.nodes.begin(), c.nodes.end(), [&](const std::string& id) { return keep.count(id) > 0; }))
      out.conflicts.push_back(c);
  return out;
}

}  // namespace vbtool
