#include "print/json_doc.h"

namespace vbtool::print {

namespace {

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

void DateInto(const std::optional<DocDate>& d, Json& out) {
  out["date"] = d && d->day ? Json(d->Iso()) : Json(nullptr);
  out["date_value"] = d ? Json(d->Iso()) : Json(nullptr);
  out["date_precision"] = d ? Json(d->Precision()) : Json(nullptr);
}

Json NumberJson(const DocNumber& n) {
  Json j;
  j["text"] = n.text;
  j["id"] = n.id;
  j["serial"] = n.serial;
  j["year"] = n.year ? Json(n.year) : Json(nullptr);
  j["type"] = OrNull(n.type_code);
  j["issuer_code"] = n.issuer_codes.empty() ? Json(nullptr) : Json(n.issuer_codes.front());
  j["issuer_codes"] = n.issuer_codes;
  j["family"] = FamilyName(n.family);
  j["canonical"] = n.canonical;
  j["fixes"] = n.fixes;
  return j;
}

Json TypeJson(const std::optional<DocType>& t) {
  if (!t) return nullptr;
  return Json{{"code", t->code}, {"name", OrNull(t->name)}};
}

Json MentionJson(const Mention& m) {
  return Json{{"line", m.line}, {"column", m.column}, {"offset", m.offset}, {"length", m.length}, {"text", m.text}};
}

Mention MentionFrom(const nlohmann::json& m) {
  return {m.value("line", size_t{0}), m.value("column", size_t{0}), m.value("offset", size_t{0}),
          m.value("length", size_t{0}), m.value("text", "")};
}

DocNumber NumberFrom(const nlohmann::json& j) {
  DocNumber n;
  n.text = j.value("text", "");
  n.id = j.value("id", "");
  n.serial = j.value("serial", "");
  if (j.contains("year") && j["year"].is_number()) n.year = j["year"].get<int>();
  if (j.contains("type") && j["type"].is_string()) n.type_code = j["type"].get<std::string>();
  if (j.contains("issuer_codes")) n.issuer_codes = j["issuer_codes"].get<std::vector<std::string>>();
  std::string f = j.value("family", "unknown");
  n.family = f == "state"       ? Family::kState
             : f == "normative" ? Family::kNormative
             : f == "party"     ? Family::kParty
                                : Family::kUnknown;
  n.canonical = j.value("canonical", true);
  if (j.contains("fixes")) n.fixes = j["fixes"].get<std::vector<std::string>>();
  return n;
}

std::optional<DocDate> DateFrom(const nlohmann::json& j, const std::string& prefix) {
  auto it = j.find(prefix + "date_value");
  if (it == j.end() || !it->is_string()) return std::nullopt;
  std::string s = it->get<std::string>();
  DocDate d;
  if (s.size() >= 4) d.year = std::stoi(s.substr(0, 4));
  if (s.size() == 7 && s[5] == 'Q')
    d.quarter = s[6] - '0';
  else if (s.size() >= 7)
    d.month = std::stoi(s.substr(5, 2));
  if (s.size() >= 10) d.day = std::stoi(s.substr(8, 2));
  return d;
}

std::optional<DocType> TypeFrom(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  DocType t;
  t.code = j.value("code", "");
  if (j.contains("name") && j["name"].is_string()) t.name = j["name"].get<std::string>();
  return t;
}

std::optional<Issuer> IssuerFrom(const nlohmann::json& j) {
  if (!j.contains("issuer") || !j["issuer"].is_string()) return std::nullopt;
  Issuer is;
  is.name = j["issuer"].get<std::string>();
  if (j.contains("issuer_code") && j["issuer_code"].is_string()) is.code = j["issuer_code"].get<std::string>();
  if (j.contains("issuer_name") && j["issuer_name"].is_string())
    is.canonical_name = j["issuer_name"].get<std::string>();
  return is;
}

void IssuerInto(Json& j, const std::optional<Issuer>& is) {
  j["issuer"] = is ? Json(is->name) : Json(nullptr);
  j["issuer_code"] = is ? OrNull(is->code) : Json(nullptr);
  j["issuer_name"] = is ? OrNull(is->canonical_name) : Json(nullptr);
}

}  // namespace

Json TargetToJson(const Target& t) {
  Json j;
  j["indicator"] = t.indicator;
  j["comparator"] = t.comparator;
  j["value"] = t.value;
  j["value_max"] = t.value_max ? Json(*t.value_max) : Json(nullptr);
  j["unit"] = t.unit;
  j["year"] = t.year ? Json(*t.year) : Json(nullptr);
  j["period"] = OrNull(t.period);
  j["scope"] = OrNull(t.scope);
  j["quote"] = t.quote;
  j["line"] = t.line;
  j["column"] = t.column;
  j["offset"] = t.offset;
  return j;
}

Json DocumentToJson(const Document& doc) {
  Json j;
  j["schema"] = kSchemaVersion;
  j["type"] = "document";
  j["source"] = Json{{"path", doc.source.path}, {"bytes", doc.source.bytes}, {"encoding", doc.source.encoding}};
  const Identity& s = doc.self;
  Json d;
  d["number"] = s.number ? NumberJson(*s.number) : Json(nullptr);
  d["type"] = TypeJson(s.type);
  DateInto(s.date, d);
  d["place"] = OrNull(s.place);
  IssuerInto(d, s.issuer);
  d["title"] = OrNull(s.title);
  Json signers = Json::array();
  for (const auto& g : s.signers)
    signers.push_back(Json{{"mark", g.mark},
                           {"on_behalf", OrNull(g.on_behalf)},
                           {"role", OrNull(g.role)},
                           {"name", OrNull(g.name)},
                           {"line", g.line}});
  d["signers"] = std::move(signers);
  d["addressees"] = s.addressees;
  d["recipients"] = s.recipients;
  d["number_at"] = s.number_at ? MentionJson(*s.number_at) : Json(nullptr);
  d["date_at"] = s.date_at ? MentionJson(*s.date_at) : Json(nullptr);
  d["report"] = s.report;
  j["document"] = std::move(d);

  Json refs = Json::array();
  for (const auto& r : doc.references) {
    Json x;
    x["id"] = r.id;
    x["number"] = NumberJson(r.number);
    x["type"] = TypeJson(r.type);
    DateInto(r.date, x);
    IssuerInto(x, r.issuer);
    x["term"] = OrNull(r.term);
    x["relation"] = RelationName(r.relation);
    Json ms = Json::array();
    for (const auto& m : r.mentions) ms.push_back(MentionJson(m));
    x["mentions"] = std::move(ms);
    refs.push_back(std::move(x));
  }
  j["references"] = std::move(refs);
  Json edges = Json::array();
  for (const auto& e : doc.edges)
    edges.push_back(Json{
        {"from", e.from}, {"to", e.to}, {"relation", RelationName(e.relation)}, {"line", e.line}, {"quote", e.quote}});
  j["edges"] = std::move(edges);
  Json backs = Json::array();
  for (const auto& b : doc.back_references) {
    Json x = MentionJson(b.mention);
    x["resolved_to"] = OrNull(b.resolved_to);
    backs.push_back(std::move(x));
  }
  j["back_references"] = std::move(backs);
  Json targets = Json::array();
  for (const auto& t : doc.targets) targets.push_back(TargetToJson(t));
  j["targets"] = std::move(targets);
  Json diags = Json::array();
  for (const auto& g : doc.diagnostics)
    diags.push_back(Json{{"severity", g.severity},
                         {"code", g.code},
                         {"message", g.message},
                         {"line", g.line},
                         {"column", g.column},
                         {"offset", g.offset}});
  j["diagnostics"] = std::move(diags);
  return j;
}

Json ErrorToJson(const FileError& err) {
  Json j;
  j["schema"] = kSchemaVersion;
  j["type"] = "error";
  j["source"] = Json{{"path", err.path}};
  j["error"] = Json{{"code", err.code}, {"message", err.message}};
  return j;
}

Result<Document> DocumentFromJson(const nlohmann::json& j) {
  try {
    if (!j.is_object() || j.value("type", "") != "document") return Status::InvalidArgument("not a document record");
    if (j.value("schema", 0) != kSchemaVersion)
      return Status::InvalidArgument("unsupported schema version " + std::to_string(j.value("schema", 0)));
    Document doc;
    const auto& src = j.at("source");
    doc.source = {src.value("path", ""), src.value("bytes", size_t{0}), src.value("encoding", "")};
    const auto& d = j.at("document");
    if (d.contains("number") && d["number"].is_object()) doc.self.number = NumberFrom(d["number"]);
    doc.self.type = TypeFrom(d.value("type", nlohmann::json()));
    doc.self.date = DateFrom(d, "");
    if (d.contains("place") && d["place"].is_string()) doc.self.place = d["place"].get<std::string>();
    doc.self.issuer = IssuerFrom(d);
    if (d.contains("title") && d["title"].is_string()) doc.self.title = d["title"].get<std::string>();
    if (d.contains("number_at") && d["number_at"].is_object()) doc.self.number_at = MentionFrom(d["number_at"]);
    if (d.contains("date_at") && d["date_at"].is_object()) doc.self.date_at = MentionFrom(d["date_at"]);
    doc.self.report = d.value("report", false);
    for (const auto& r : j.at("references")) {
      Reference ref;
      ref.id = r.at("id").get<std::string>();
      ref.number = NumberFrom(r.at("number"));
      ref.type = TypeFrom(r.value("type", nlohmann::json()));
      ref.date = DateFrom(r, "");
      ref.issuer = IssuerFrom(r);
      if (r.contains("term") && r["term"].is_string()) ref.term = r["term"].get<std::string>();
      ref.relation = ParseRelation(r.value("relation", "mentions")).value_or(Relation::kMentions);
      for (const auto& m : r.at("mentions"))
        ref.mentions.push_back({m.value("line", size_t{0}), m.value("column", size_t{0}), m.value("offset", size_t{0}),
                                m.value("length", size_t{0}), m.value("text", "")});
      doc.references.push_back(std::move(ref));
    }
    for (const auto& e : j.at("edges"))
      doc.edges.push_back({e.at("from").get<std::string>(), e.at("to").get<std::string>(),
                           ParseRelation(e.value("relation", "mentions")).value_or(Relation::kMentions),
                           e.value("line", size_t{0}), e.value("quote", "")});
    for (const auto& t : j.value("targets", nlohmann::json::array())) {
      Target x;
      x.indicator = t.value("indicator", "");
      x.comparator = t.value("comparator", "");
      x.value = t.value("value", 0.0);
      if (t.contains("value_max") && t["value_max"].is_number()) x.value_max = t["value_max"].get<double>();
      x.unit = t.value("unit", "");
      if (t.contains("year") && t["year"].is_number()) x.year = t["year"].get<int>();
      if (t.contains("period") && t["period"].is_string()) x.period = t["period"].get<std::string>();
      if (t.contains("scope") && t["scope"].is_string()) x.scope = t["scope"].get<std::string>();
      x.quote = t.value("quote", "");
      x.line = t.value("line", size_t{0});
      x.column = t.value("column", size_t{0});
      x.offset = t.value("offset", size_t{0});
      doc.targets.push_back(std::move(x));
    }
    for (const auto& g : j.value("diagnostics", nlohmann::json::array()))
      doc.diagnostics.push_back({g.value("severity", ""), g.value("code", ""), g.value("message", ""),
                                 g.value("line", size_t{0}), g.value("column", size_t{0}),
                                 g.value("offset", size_t{0})});
    return doc;
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(std::string("malformed document record: ") + e.what());
  }
}

}  // namespace vbtool::print
