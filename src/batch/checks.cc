// `vbtool check`: the catalog of checks, their configuration (.vbtool.yaml,
// flags) and the Checker, per document and across the archive.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "rule_data.h"
#include "vbtool/check.h"

#include "suggest.h"

namespace vbtool {

using internal::RuleData;

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "info" || name == "note") return Severity::kInfo;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

const std::vector<CheckInfo>& CheckCatalog() {
  static const std::vector<CheckInfo> catalog = {
      {"missing_number", Severity::kWarning, "The document has no number line ('Số: ...').", false},
      {"blank_number", Severity::kWarning, "The number field is left blank ('Số: /KH-UBND').", false},
      {"non_canonical_number", Severity::kWarning,
       "A document number is not written in canonical form; the canonical form is suggested.", false},
      {"missing_date", Severity::kWarning, "The document has no place and date line.", false},
      {"blank_date", Severity::kWarning, "The date line has blank day, month or year.", false},
      {"invalid_date", Severity::kError, "A date that does not exist (31 February, month 13...).", false},
      {"missing_issuer", Severity::kWarning, "No issuing body was found in the header.", false},
      {"unknown_type", Severity::kWarning, "A number carries a document type code the rules do not know.", false},
      {"unknown_issuer", Severity::kInfo, "A number carries an issuer code the rules do not know.", false},
      {"conflicting_date", Severity::kWarning, "One document cites the same reference with two dates.", false},
      {"reference_after_document", Severity::kWarning, "A cited document is dated after the citing one.", false},
      {"empty_document", Severity::kWarning, "The file is empty.", false},
      {"replaced_bytes", Severity::kWarning, "Invalid bytes were replaced with U+FFFD (--lossy).", false},
      {"inconsistent_reference_date", Severity::kWarning,
       "The same reference is cited with different dates across the archive.", true},
      {"inconsistent_reference_issuer", Severity::kWarning,
       "The same reference is attributed to different issuers across the archive.", true},
      {"duplicate_number", Severity::kError, "Two files claim the same number (same issuer and year).", true},
  };
  return catalog;
}

const CheckInfo* FindCheck(std::string_view code) {
  for (const auto& c : CheckCatalog())
    if (c.code == code) return &c;
  return nullptr;
}

namespace {

std::string Suggest(std::string_view code) {
  std::vector<std::string> codes;
  for (const auto& c : CheckCatalog()) codes.push_back(c.code);
  return internal::Closest(code, codes);
}

}  // namespace

Status CheckConfig::Set(const std::string& code, const std::string& level, const Location& where) {
  if (!FindCheck(code)) {
    // Codes outside the catalog come straight from the extractor's
    // diagnostics (e.g. of targets) and may be re-graded too; a code close to
    // a catalog one is a typo.
    bool word = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    std::string hint = Suggest(code);
    if (!word || !hint.empty())
      return Status::RuleError(where, fmt::format("unknown check '{}'{}", code,
                                                  hint.empty() ? " (see `vbtool check --list`)"
                                                               : fmt::format("; did you mean '{}'?", hint)));
  }
  if (level == "off") {
    levels_[code] = std::nullopt;
    return Status::Ok();
  }
  auto s = ParseSeverity(level);
  if (!s) return Status::RuleError(where, fmt::format("unknown level '{}' for '{}' (expected off, error, warning or info)", level, code));
  levels_[code] = *s;
  return Status::Ok();
}

Status CheckConfig::LoadYaml(const std::string& text, const std::string& name) {
  auto at = [&](const YAML::Node& n) {
    YAML::Mark m = n.Mark();
    return Location{name, static_cast<size_t>(m.line + 1), static_cast<size_t>(m.column + 1), static_cast<size_t>(m.pos)};
  };
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    return Status::RuleError(Location{name, static_cast<size_t>(e.mark.line + 1), static_cast<size_t>(e.mark.column + 1)},
                             e.msg);
  }
  if (!root || root.IsNull()) return Status::Ok();
  if (!root.IsMap()) return Status::RuleError(at(root), "expected a mapping with a 'checks' key");
  for (const auto& kv : root) {
    std::string key = kv.first.as<std::string>();
    if (key != "checks")
      return Status::RuleError(at(kv.first), fmt::format("unknown key '{}' (expected 'checks')", key));
    const YAML::Node& checks = kv.second;
    if (checks.IsNull()) continue;
    if (!checks.IsMap())
      return Status::RuleError(at(checks), "'checks' must map check codes to off, error, warning or info");
    for (const auto& c : checks) {
      if (!c.second.IsScalar())
        return Status::RuleError(at(c.second), "expected off, error, warning or info");
      if (Status s = Set(c.first.as<std::string>(), c.second.as<std::string>(), at(c.first)); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status CheckConfig::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path, "cannot read the configuration file");
  std::stringstream ss;
  ss << in.rdbuf();
  return LoadYaml(ss.str(), path);
}

std::optional<Severity> CheckConfig::Level(const std::string& code, Severity fallback) const {
  auto it = levels_.find(code);
  if (it != levels_.end()) return it->second;
  if (const CheckInfo* c = FindCheck(code)) return c->severity;
  return fallback;
}

// ---------------------------------------------------------------------------

namespace {

struct Site {
  std::string path;
  size_t line = 0, column = 0, offset = 0;
  bool operator<(const Site& o) const {
    return std::tie(path, line, column, offset) < std::tie(o.path, o.line, o.column, o.offset);
  }
};

std::string Where(const Site& s) { return s.line ? fmt::format("{}:{}", s.path, s.line) : s.path; }

// What the archive says about one cited number: each variant (a date, an
// issuer code) with the citations that give it.
struct Variants {
  std::map<std::string, std::vector<Site>> by_value;
  std::map<std::string, std::string> display;  // value -> how to show it
};

// A document's own claim to a number.
struct Claim {
  Site site;
  std::string date;    // ISO day, or empty
  std::string issuer;  // issuer code, or empty
  std::string issuer_name;
};

}  // namespace

struct Checker::State {
  const RuleData& rules;
  CheckConfig config;
  // key (number id, plus year for numbers without one) -> variants
  std::map<std::string, Variants> dates, issuers;
  std::map<std::string, std::string> key_id;  // key -> the number id, for messages
  // key (number id + year + issuer) -> claims in path order
  std::map<std::string, std::vector<Claim>> claims;
  // key (number id + year) -> the claim whose date/issuer is authoritative
  std::map<std::string, Claim> owners;
  bool finished = false;
};

Checker::Checker(const RuleSet& rules, CheckConfig config)
    : state_(new State{rules.data(), std::move(config), {}, {}, {}, {}, {}}) {}
Checker::~Checker() = default;

namespace {

bool KnownIssuer(const RuleData& rules, const std::string& code) {
  if (rules.FindIssuer(code, true)) return true;
  // Legislature-numbered bodies: "QH15", "UBTVQH15".
  size_t end = code.size();
  while (end > 0 && code[end - 1] >= '0' && code[end - 1] <= '9') --end;
  return end > 0 && end < code.size() && rules.FindIssuer(code.substr(0, end), true);
}

// Codes of a number that name issuers: all of them, except in a công văn
// ("5588/BGDĐT-GDPT") where only the first is the body and the rest are its units.
std::vector<std::string> IssuerCodesToCheck(const DocNumber& n) {
  if (n.family == Family::kState && n.type_code.empty() && !n.issuer_codes.empty()) return {n.issuer_codes.front()};
  return n.issuer_codes;
}

// Numbers restart every year outside VBQPPL: a number plus the year tells one document.
std::string NumberKey(const DocNumber& n, const std::optional<DocDate>& date) {
  if (n.year) return n.id;
  return fmt::format("{}|{}", n.id, date ? date->year : 0);
}

}  // namespace

std::vector<Finding> Checker::Check(const Document& doc) {
  State& st = *state_;
  const std::string& path = doc.source.path;
  std::vector<Finding> out;
  auto add = [&](const std::string& code, Severity fallback, std::string message, size_t line, size_t column,
                 size_t offset) {
    auto level = st.config.Level(code, fallback);
    if (!level) return;
    out.push_back({path, line, column, offset, *level, code, std::move(message)});
  };

  // An empty file: one finding says it all (not "no number", "no date"...).
  if (doc.source.bytes == 0) {
    add("empty_document", Severity::kWarning, "the file is empty", 1, 1, 0);
    return out;
  }
  // The extractor's diagnostics, re-graded by the configuration.
  for (const auto& d : doc.diagnostics) {
    Severity sev = ParseSeverity(d.severity).value_or(Severity::kWarning);
    add(d.code, sev, d.message, d.line, d.column, d.offset);
  }

  // Vocabulary: type and issuer codes of the own number and of each reference.
  auto vocabulary = [&](const DocNumber& n, const Mention& m, const char* whose) {
    std::string type = n.type_code;
    std::vector<std::string> issuers = IssuerCodesToCheck(n);
    // "15/XYZ-UBND": read as a công văn of "XYZ", but the last code is a known
    // issuer and the first is not: an unknown type code in the type's place.
    if (type.empty() && n.family == Family::kState && n.issuer_codes.size() >= 2 &&
        !KnownIssuer(st.rules, n.issuer_codes.front()) && KnownIssuer(st.rules, n.issuer_codes.back())) {
      type = n.issuer_codes.front();
      issuers.clear();
    }
    if (!type.empty() && !st.rules.FindType(type, true))
      add("unknown_type", Severity::kWarning,
          fmt::format("{} '{}' has the type code '{}', which is not in the document types", whose, n.id, type),
          m.line, m.column, m.offset);
    for (const auto& code : issuers)
      if (!KnownIssuer(st.rules, code))
        add("unknown_issuer", Severity::kInfo,
            fmt::format("{} '{}' has the issuer code '{}', which is not in the issuers", whose, n.id, code), m.line,
            m.column, m.offset);
  };
  Mention top;
  top.line = 1, top.column = 1;
  const Identity& self = doc.self;
  if (self.number) vocabulary(*self.number, self.number_at.value_or(top), "the number");
  for (const auto& r : doc.references) vocabulary(r.number, r.mentions.front(), "the cited number");

  // Remember the own number and every citation for the archive-wide checks.
  if (self.number) {
    const Mention& m = self.number_at.value_or(top);
    Claim c{{path, m.line, m.column, m.offset},
            self.date && self.date->day ? self.date->Iso() : "",
            self.issuer ? self.issuer->code : "",
            self.issuer ? self.issuer->name : ""};
    std::string key = NumberKey(*self.number, self.date);
    std::string issuer_key = self.issuer ? (self.issuer->code.empty() ? internal::FoldCase(self.issuer->name)
                                                                       : self.issuer->code)
                                         : "";
    // Same number, year and issuing body: the same document claimed twice.
    std::string claim_key = key + "|" + issuer_key;
    st.claims[claim_key].push_back(c);
    st.key_id.emplace(claim_key, self.number->id);
    st.owners.emplace(key, c);
  }
  for (const auto& r : doc.references) {
    if (self.number && r.id == self.number->id) continue;  // "Kế hoạch này" style self-citations
    const Mention& m = r.mentions.front();
    Site site{path, m.line, m.column, m.offset};
    std::string key = NumberKey(r.number, r.date);
    st.key_id.emplace(key, r.id);
    if (r.date && r.date->day) {
      Variants& v = st.dates[key];
      v.by_value[r.date->Iso()].push_back(site);
      v.display[r.date->Iso()] = r.date->Iso();
    }
    if (r.issuer && !r.issuer->code.empty()) {
      Variants& v = st.issuers[key];
      v.by_value[r.issuer->code].push_back(site);
      v.display.emplace(r.issuer->code, fmt::format("{} ({})", r.issuer->name, r.issuer->code));
    }
  }

  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.line, a.column, a.code, a.message) < std::tie(b.line, b.column, b.code, b.message);
  });
  return out;
}

std::vector<Finding> Checker::Finish() {
  State& st = *state_;
  std::vector<Finding> out;
  if (st.finished) return out;
  st.finished = true;
  auto add = [&](const std::string& code, const Site& s, std::string message) {
    auto level = st.config.Level(code, Severity::kWarning);
    if (!level) return;
    out.push_back({s.path, s.line, s.column, s.offset, *level, code, std::move(message)});
  };

  // Two files claiming the same number (same year and issuing body).
  for (const auto& [key, list] : st.claims) {
    if (list.size() < 2) continue;
    const std::string& id = st.key_id[key];
    for (size_t i = 0; i < list.size(); ++i) {
      const Claim& other = list[i == 0 ? 1 : 0];
      std::string more = list.size() > 2 ? fmt::format(" and {} other files", list.size() - 2) : "";
      add("duplicate_number", list[i].site,
          fmt::format("the number '{}' is also claimed by {}{}", id, Where(other.site), more));
    }
  }

  // The same reference with different dates or issuers. The cited document's
  // own header wins when it is in the archive; otherwise the most cited variant.
  auto compare = [&](const std::map<std::string, Variants>& all, bool is_date, const char* code) {
    for (const auto& [key, v] : all) {
      const std::string& id = st.key_id[key];
      std::string truth, truth_where;
      auto own = st.owners.find(key);
      if (own != st.owners.end()) {
        truth = is_date ? own->second.date : own->second.issuer;
        if (!truth.empty())
          truth_where = fmt::format("the document itself ({})", Where(own->second.site));
      }
      if (truth.empty()) {
        if (v.by_value.size() < 2) continue;
        const std::vector<Site>* best = nullptr;
        for (const auto& [value, sites] : v.by_value) {
          if (!best || sites.size() > best->size() || (sites.size() == best->size() && sites.front() < best->front())) {
            best = &sites;
            truth = value;
          }
        }
        truth_where = best->size() == 1 ? Where(best->front())
                                        : fmt::format("{} citations, first at {}", best->size(), Where(best->front()));
      }
      std::string truth_shown = truth;
      if (auto it = v.display.find(truth); it != v.display.end()) truth_shown = it->second;
      else if (!is_date && own != st.owners.end() && !own->second.issuer_name.empty())
        truth_shown = fmt::format("{} ({})", own->second.issuer_name, truth);
      for (const auto& [value, sites] : v.by_value) {
        if (value == truth) continue;
        const std::string& shown = v.display.at(value);
        for (const Site& s : sites)
          add(code, s,
              is_date ? fmt::format("'{}' is cited here as dated {}, but as {} in {}", id, shown, truth_shown, truth_where)
                      : fmt::format("'{}' is attributed here to {}, but to {} in {}", id, shown, truth_shown,
                                    truth_where));
      }
    }
  };
  compare(st.dates, true, "inconsistent_reference_date");
  compare(st.issuers, false, "inconsistent_reference_issuer");

  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.path, a.line, a.column, a.code, a.message) < std::tie(b.path, b.line, b.column, b.code, b.message);
  });
  return out;
}

}  // namespace vbtool
