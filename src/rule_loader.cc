// Loads rules/*.yaml into an immutable RuleSet: schema checks with
// file:line:column and "did you mean" suggestions, $var expansion, pattern
// normalization (so that precomposed and decomposed letters agree), RE2
// compilation; each section's joined pattern and anchored set are built on
// first use. Only this file uses yaml-cpp.
#include <fmt/format.h>
#include <unicode/utf8.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "embedded_rules.h"
#include "rule_data.h"
#include "scan.h"
#include "suggest.h"
#include "vbtool/rules.h"
#include "vbtool/text.h"

namespace vbtool {
namespace internal {

const std::vector<PatternRule>& RuleData::rules(const std::string& name) const {
  static const std::vector<PatternRule> empty;
  auto it = sections.find(name);
  return it == sections.end() ? empty : it->second.rules;
}

std::vector<int> Section::MatchingAt(std::string_view text, size_t pos, size_t to) const {
  Prepare();
  if (to > text.size()) to = text.size();
  std::vector<int> out;
  if (pos > to) return out;
  if (at_start_) return at_start_->Match(text.substr(pos, to - pos));
  Hit h;
  for (size_t i = 0; i < rules.size(); ++i)
    if (rules[i].re->Search(text, pos, to, true, &h)) out.push_back(static_cast<int>(i));
  return out;
}

void Section::Prepare() const {
  std::call_once(scan_once_, [this] {
    std::string joined;
    for (const auto& r : rules) joined += (joined.empty() ? "(?:" : "|(?:") + WithoutGroups(r.pattern) + ")";
    if (rules.empty()) return;
    auto re = Regex::Compile(joined);
    if (re.ok()) joined_ = *re;
    auto set = std::make_unique<RegexSet>(/*anchored=*/true);
    for (const auto& r : rules)
      if (!set->Add(r.pattern).ok()) return;
    if (set->Compile()) at_start_ = std::move(set);
  });
}

std::vector<Section::RuleHit> Section::Scan(std::string_view text, size_t from, size_t to) const {
  Prepare();
  std::vector<RuleHit> out;
  if (to > text.size()) to = text.size();
  if (!joined_) {  // fall back to one pass per rule
    for (size_t i = 0; i < rules.size(); ++i)
      for (Hit& h : rules[i].re->FindAll(text, from, to)) out.push_back({static_cast<int>(i), std::move(h)});
    std::stable_sort(out.begin(), out.end(),
                     [](const RuleHit& a, const RuleHit& b) { return a.hit.begin < b.hit.begin; });
    return out;
  }
  // The joined pattern finds where a match starts and ends (DFA only): the
  // first rule that matches there is the alternative that won, and its match
  // is exactly [b, e) (RE2 reads ^, $ and \b against the whole text, so the
  // search bounded at e is the same). It gives the captures.
  size_t b, e;
  std::vector<int> all(rules.size());
  for (size_t i = 0; i < rules.size(); ++i) all[i] = static_cast<int>(i);
  while (from <= to && joined_->SearchBounds(text, from, to, &b, &e)) {
    size_t next = e > b ? e : e + 1;
    // Which rules match within [b, e): one anchored set pass over the match
    // alone; every rule in order when that names none that matches.
    auto take = [&](const std::vector<int>& candidates, size_t end) {
      for (int i : candidates) {
        Hit own;
        // On the match alone RE2 skips its DFA pass (see SearchSpan).
        if (!(end == e ? rules[i].re->SearchSpan(text, b, end, &own) : rules[i].re->Search(text, b, end, true, &own)))
          continue;
        if (own.end > b) next = own.end;
        out.push_back({i, std::move(own)});
        return true;
      }
      return false;
    };
    if (!(at_start_ && take(at_start_->Match(text.substr(b, e - b)), e))) take(all, to);
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    from = next;
  }
  return out;
}

const Section& RuleData::Group(const std::string& name, const std::string& attr, const std::string& value) const {
  std::lock_guard<std::mutex> lock(groups_mu_);
  auto& slot = groups_[name + '\0' + attr + '\0' + value];
  if (!slot) {
    slot = std::make_unique<Section>();
    for (const PatternRule& r : rules(name))
      if (r.attr(attr) == value) slot->rules.push_back(r);
  }
  return *slot;
}

const Section* RuleData::section(const std::string& name) const {
  auto it = sections.find(name);
  return it == sections.end() ? nullptr : &it->second;
}

const TypeEntry* RuleData::FindType(std::string_view code, bool fold_case) const {
  auto& index = fold_case ? type_by_code : type_by_code_exact;
  auto it = index.find(fold_case ? FoldCase(code) : std::string(code));
  return it == index.end() ? nullptr : it->second;
}

const TypeEntry* RuleData::FindTypeByName(std::string_view name) const {
  auto it = type_by_name.find(FoldCase(CollapseSpace(name)));
  return it == type_by_name.end() ? nullptr : it->second;
}

const IssuerEntry* RuleData::FindIssuer(std::string_view code, bool fold_case) const {
  auto& index = fold_case ? issuer_by_code : issuer_by_code_exact;
  auto it = index.find(fold_case ? FoldCase(code) : std::string(code));
  return it == index.end() ? nullptr : it->second;
}

const IssuerEntry* RuleData::FindIssuerByName(std::string_view text, size_t* matched, bool inside) const {
  // Try prefixes ending at word boundaries, longest first. The text is folded
  // once; Vietnamese case folding keeps byte lengths, so offsets carry over.
  size_t n = std::min(text.size(), max_issuer_name * 2 + 8);
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  std::string_view t = text.substr(0, n);
  std::string collapsed = CollapseSpace(t);
  std::string folded = FoldCase(collapsed);
  bool same = collapsed == t && folded.size() == t.size();
  std::string_view f = folded;
  for (size_t i = f.size(); i > 0; --i) {
    if (i != f.size() && f[i] != ' ' && f[i] != ',' && f[i] != ';' && f[i] != '(' && f[i] != '.') continue;
    auto found = issuer_by_name.find(f.substr(0, i));
    if (found != issuer_by_name.end() && !(inside && leading_names.count(found->first))) {
      if (matched) {
        if (same) {
          *matched = i;
        } else if (folded.size() == collapsed.size()) {
          // Map the collapsed length back: a run of white space is one byte there.
          auto space = [&](size_t k) {
            unsigned char c = static_cast<unsigned char>(t[k]);
            if (c == 0xC2) return k + 1 < t.size() && static_cast<unsigned char>(t[k + 1]) == 0xA0 ? size_t{2} : size_t{0};
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ? size_t{1} : size_t{0};
          };
          size_t k = 0, ci = 0, n;
          while (k < t.size() && (n = space(k)) > 0) k += n;
          while (k < t.size() && ci < i) {
            if ((n = space(k)) > 0) {
              while (k < t.size() && (n = space(k)) > 0) k += n;
            } else {
              ++k;
            }
            ++ci;
          }
          *matched = k;
        } else {  // rare: map back by folding the original prefixes
          for (size_t k = 1; k <= t.size(); ++k)
            if (FoldCase(CollapseSpace(t.substr(0, k))) == f.substr(0, i)) *matched = k;
        }
      }
      return found->second;
    }
  }
  return nullptr;
}

namespace {

// ---- schema ---------------------------------------------------------------

struct SectionSchema {
  const char* name;
  std::vector<std::string> attrs;           // extra keys allowed on a rule
  std::vector<std::string> required_attrs;  // of those, which must be present
};

const std::vector<SectionSchema>& PatternSections() {
  static const std::vector<SectionSchema> s = {
      {"numbers", {"family"}, {"family"}},
      {"dates", {"precision"}, {}},
      {"cues", {"relation", "scope"}, {"relation"}},
      {"edges", {"relation", "voice"}, {"relation", "voice"}},
      {"fields", {"field"}, {"field"}},
      {"back_references", {"resolve"}, {"resolve"}},
      {"targets", {"kind", "comparator", "unit", "needs", "value", "role", "period"}, {"kind"}},
  };
  return s;
}

const std::vector<std::string> kRuleKeys = {"id", "pattern", "examples", "not_examples", "note", "enabled"};
const std::vector<std::string> kTypeKeys = {"code",       "name",  "families", "names", "aliases",
                                            "party_name", "coded", "letter",   "note"};
const std::vector<std::string> kIssuerKeys = {"code",       "name",     "family",  "names", "aliases",
                                              "valid_from", "valid_to", "generic", "party_too", "leading_names", "note"};
const std::vector<std::string> kFoldKeys = {"from", "to", "word_end", "between_letters", "note"};
const std::vector<std::string> kExampleKeys = {"text", "match", "captures"};

std::string Suggest(const std::string& word, const std::vector<std::string>& options) {
  std::string best = Closest(word, options);
  return best.empty() ? "" : fmt::format(", did you mean '{}'?", best);
}

// ---- raw loading ------------------------------------------------------------

struct Loader {
  RuleData* data = nullptr;
  std::string file;
  std::string_view source;  // text of the file being loaded
  // Raw entries in load order, overridden by key.
  std::vector<std::pair<std::string, std::pair<Location, YAML::Node>>> vars;
  std::vector<Fold> folds;
  std::vector<std::pair<Location, std::string>> accents;
  std::vector<TypeEntry> types;
  std::vector<IssuerEntry> issuers;
  std::map<std::string, std::vector<PatternRule>> rules;

  Location At(const YAML::Node& n) const {
    YAML::Mark m = n.Mark();
    Location l{file};
    if (m.line >= 0) {
      l.line = m.line + 1;
      l.offset = m.pos;
      // yaml-cpp counts bytes; Location columns count code points.
      size_t line_start = m.pos - std::min<size_t>(m.pos, m.column);
      l.column = 1;
      for (size_t i = line_start; i < static_cast<size_t>(m.pos) && i < source.size(); ++i)
        if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++l.column;
    }
    return l;
  }

  Status Error(const YAML::Node& n, const std::string& why) const { return Status::RuleError(At(n), why); }

  Status CheckKeys(const YAML::Node& n, const std::vector<std::string>& allowed, const std::string& what) const {
    if (!n.IsMap()) return Error(n, fmt::format("{} must be a mapping", what));
    for (auto it = n.begin(); it != n.end(); ++it) {
      std::string key = it->first.as<std::string>();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
        return Error(it->first, fmt::format("unknown key '{}' in {}{}", key, what, Suggest(key, allowed)));
    }
    return Status::Ok();
  }

  Result<std::string> Scalar(const YAML::Node& n, const std::string& key) const {
    if (!n.IsScalar()) return Error(n, fmt::format("'{}' must be a string", key));
    return n.as<std::string>();
  }

  Result<std::vector<std::string>> StringList(const YAML::Node& n, const std::string& key) const {
    std::vector<std::string> out;
    if (n.IsScalar()) {
      out.push_back(n.as<std::string>());
      return out;
    }
    if (!n.IsSequence()) return Error(n, fmt::format("'{}' must be a list of strings", key));
    for (const auto& item : n) {
      if (!item.IsScalar()) return Error(item, fmt::format("'{}' must be a list of strings", key));
      out.push_back(item.as<std::string>());
    }
    return out;
  }

  Result<Family> ParseFamily(const YAML::Node& n) const {
    std::string f = n.as<std::string>();
    if (f == "state") return Family::kState;
    if (f == "normative") return Family::kNormative;
    if (f == "party") return Family::kParty;
    return Error(n, fmt::format("unknown family '{}'{}", f, Suggest(f, {"state", "normative", "party"})));
  }

  Status LoadDoc(const YAML::Node& root) {
    if (root.IsNull()) return Status::Ok();
    if (!root.IsMap()) return Error(root, "a rule file must be a mapping of sections");
    std::vector<std::string> known = {"vars", "folds", "accents", "doc_types", "issuers"};
    for (const auto& s : PatternSections()) known.push_back(s.name);
    for (auto it = root.begin(); it != root.end(); ++it) {
      std::string name = it->first.as<std::string>();
      const YAML::Node& body = it->second;
      Status st;
      if (name == "vars")
        st = LoadVars(body);
      else if (name == "folds")
        st = LoadFolds(body);
      else if (name == "accents")
        st = LoadAccents(body);
      else if (name == "doc_types")
        st = LoadTypes(body);
      else if (name == "issuers")
        st = LoadIssuers(body);
      else {
        auto schema = std::find_if(PatternSections().begin(), PatternSections().end(),
                                   [&](const SectionSchema& s) { return name == s.name; });
        if (schema == PatternSections().end())
          return Error(it->first, fmt::format("unknown section '{}'{}", name, Suggest(name, known)));
        st = LoadRules(*schema, body);
      }
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

  Status LoadVars(const YAML::Node& body) {
    if (!body.IsMap()) return Error(body, "'vars' must be a mapping of name to pattern or list");
    for (auto it = body.begin(); it != body.end(); ++it) {
      std::string name = it->first.as<std::string>();
      if (!it->second.IsScalar() && !it->second.IsSequence())
        return Error(it->second, fmt::format("var '{}' must be a pattern or a list of words", name));
      auto existing = std::find_if(vars.begin(), vars.end(), [&](auto& v) { return v.first == name; });
      if (existing != vars.end())
        existing->second = {At(it->second), it->second};
      else
        vars.push_back({name, {At(it->second), it->second}});
    }
    return Status::Ok();
  }

  Status LoadFolds(const YAML::Node& body) {
    if (!body.IsSequence()) return Error(body, "'folds' must be a list");
    for (const auto& n : body) {
      if (Status s = CheckKeys(n, kFoldKeys, "a fold"); !s.ok()) return s;
      if (!n["from"] || !n["to"]) return Error(n, "a fold needs 'from' and 'to'");
      Fold f{n["from"].as<std::string>(), n["to"].as<std::string>(), n["word_end"] && n["word_end"].as<bool>(),
             n["between_letters"] && n["between_letters"].as<bool>(), At(n)};
      if (f.from.empty()) return Error(n["from"], "'from' must not be empty");
      auto existing = std::find_if(folds.begin(), folds.end(), [&](auto& x) { return x.from == f.from; });
      if (existing != folds.end())
        *existing = f;
      else
        folds.push_back(f);
    }
    return Status::Ok();
  }

  Status LoadAccents(const YAML::Node& body) {
    if (!body.IsSequence()) return Error(body, "'accents' must be a list of words written with their marks");
    for (const auto& n : body) {
      if (!n.IsScalar() || n.as<std::string>().empty()) return Error(n, "an accent entry must be a non-empty word or phrase");
      accents.push_back({At(n), n.as<std::string>()});
    }
    return Status::Ok();
  }

  Status LoadTypes(const YAML::Node& body) {
    if (!body.IsSequence()) return Error(body, "'doc_types' must be a list");
    for (const auto& n : body) {
      if (Status s = CheckKeys(n, kTypeKeys, "a document type"); !s.ok()) return s;
      if (!n["code"] || !n["name"]) return Error(n, "a document type needs 'code' and 'name'");
      TypeEntry t;
      t.at = At(n);
      t.code = n["code"].as<std::string>();
      t.name = n["name"].as<std::string>();
      if (n["party_name"]) t.party_name = n["party_name"].as<std::string>();
      if (n["coded"]) t.coded = n["coded"].as<bool>();
      if (n["letter"]) t.letter = n["letter"].as<bool>();
      if (n["families"]) {
        auto fams = StringList(n["families"], "families");
        if (!fams.ok()) return fams.status();
        for (size_t i = 0; i < fams->size(); ++i) {
          auto f = ParseFamily(n["families"].IsSequence() ? n["families"][i] : n["families"]);
          if (!f.ok()) return f.status();
          t.families.push_back(*f);
        }
      }
      for (const char* key : {"names", "aliases"}) {
        if (!n[key]) continue;
        auto list = StringList(n[key], key);
        if (!list.ok()) return list.status();
        (std::string(key) == "names" ? t.names : t.aliases) = *list;
      }
      if (std::find(t.names.begin(), t.names.end(), t.name) == t.names.end()) t.names.insert(t.names.begin(), t.name);
      auto existing = std::find_if(types.begin(), types.end(), [&](auto& x) { return x.code == t.code; });
      if (existing != types.end())
        *existing = t;
      else
        types.push_back(t);
    }
    return Status::Ok();
  }

  Status LoadIssuers(const YAML::Node& body) {
    if (!body.IsSequence()) return Error(body, "'issuers' must be a list");
    for (const auto& n : body) {
      if (Status s = CheckKeys(n, kIssuerKeys, "an issuer"); !s.ok()) return s;
      if (!n["code"] || !n["name"]) return Error(n, "an issuer needs 'code' and 'name'");
      IssuerEntry e;
      e.at = At(n);
      e.code = n["code"].as<std::string>();
      e.name = n["name"].as<std::string>();
      if (n["family"]) {
        auto f = ParseFamily(n["family"]);
        if (!f.ok()) return f.status();
        e.family = *f;
      }
      for (const char* key : {"names", "aliases", "leading_names"}) {
        if (!n[key]) continue;
        auto list = StringList(n[key], key);
        if (!list.ok()) return list.status();
        (std::string(key) == "names" ? e.names : std::string(key) == "aliases" ? e.aliases : e.leading_names) = *list;
      }
      if (n["valid_from"]) e.valid_from = n["valid_from"].as<std::string>();
      if (n["valid_to"]) e.valid_to = n["valid_to"].as<std::string>();
      if (n["generic"]) e.generic = n["generic"].as<bool>();
      if (n["party_too"]) e.party_too = n["party_too"].as<bool>();
      if (std::find(e.names.begin(), e.names.end(), e.name) == e.names.end()) e.names.insert(e.names.begin(), e.name);
      // Issuers are keyed by code and family: "TT" may exist in two families.
      auto existing = std::find_if(issuers.begin(), issuers.end(),
                                   [&](auto& x) { return x.code == e.code && x.family == e.family; });
      if (existing != issuers.end())
        *existing = e;
      else
        issuers.push_back(e);
    }
    return Status::Ok();
  }

  Status LoadRules(const SectionSchema& schema, const YAML::Node& body) {
    if (!body.IsSequence()) return Error(body, fmt::format("'{}' must be a list of rules", schema.name));
    std::vector<std::string> allowed = kRuleKeys;
    allowed.insert(allowed.end(), schema.attrs.begin(), schema.attrs.end());
    auto& list = rules[schema.name];
    for (const auto& n : body) {
      if (Status s = CheckKeys(n, allowed, fmt::format("a rule of '{}'", schema.name)); !s.ok()) return s;
      if (!n["id"]) return Error(n, fmt::format("a rule of '{}' needs an 'id'", schema.name));
      PatternRule r;
      r.section = schema.name;
      r.id = n["id"].as<std::string>();
      r.at = At(n);
      bool enabled = !n["enabled"] || n["enabled"].as<bool>();
      auto existing = std::find_if(list.begin(), list.end(), [&](auto& x) { return x.id == r.id; });
      if (!enabled) {
        if (existing != list.end()) list.erase(existing);
        continue;
      }
      if (!n["pattern"]) return Error(n, fmt::format("rule '{}' needs a 'pattern'", r.id));
      auto pat = Scalar(n["pattern"], "pattern");
      if (!pat.ok()) return pat.status();
      r.source = *pat;
      r.at = At(n["pattern"]);
      for (const auto& key : schema.attrs) {
        if (!n[key]) continue;
        auto v = Scalar(n[key], key);
        if (!v.ok()) return v.status();
        r.attrs[key] = *v;
      }
      for (const auto& key : schema.required_attrs)
        if (!r.attrs.count(key)) return Error(n, fmt::format("rule '{}' needs '{}'", r.id, key));
      static const std::map<std::string, std::vector<std::string>> kEnums = {
          {"scope", {"clause", "near", "after", "none", "issuing"}},
          {"voice", {"active", "passive", "status"}},
          {"resolve", {"self", "previous", "self_or_previous", "alias"}},
          {"family", {"state", "normative", "party"}},
          {"kind",
           {"value", "number_word", "unit", "unit_per", "percent_base", "comparator", "comparator_after", "range",
            "deadline", "not_deadline", "scope", "baseline", "indicator", "statistic", "forward", "not_target",
            "heading"}},
          {"comparator", {">", ">=", "=", "<", "<=", "range"}},
          {"needs", {"comparator"}},
          {"role", {"digit", "tail", "ten", "tens", "hundred", "scale", "filler"}},
          {"period", {"by", "within", "range", "quarter", "month", "from"}}};
      for (const auto& [key, values] : kEnums) {
        auto it = r.attrs.find(key);
        if (it != r.attrs.end() && std::find(values.begin(), values.end(), it->second) == values.end())
          return Error(n[key], fmt::format("unknown {} '{}'{}", key, it->second, Suggest(it->second, values)));
      }
      if (auto rel = r.attrs.find("relation"); rel != r.attrs.end() && !ParseRelation(rel->second))
        return Error(n["relation"], fmt::format("unknown relation '{}'{}", rel->second,
                                                Suggest(rel->second, {"mentions", "basis", "guides", "implements",
                                                                      "amends", "replaces", "repeals"})));
      if (n["examples"]) {
        if (!n["examples"].IsSequence()) return Error(n["examples"], "'examples' must be a list");
        for (const auto& e : n["examples"]) {
          Example ex;
          ex.at = At(e);
          if (e.IsScalar()) {
            ex.text = e.as<std::string>();
          } else {
            if (Status s = CheckKeys(e, kExampleKeys, "an example"); !s.ok()) return s;
            if (!e["text"]) return Error(e, "an example needs 'text'");
            ex.text = e["text"].as<std::string>();
            if (e["match"]) ex.match = e["match"].as<std::string>();
            if (e["captures"]) {
              if (!e["captures"].IsMap()) return Error(e["captures"], "'captures' must be a mapping");
              for (auto c = e["captures"].begin(); c != e["captures"].end(); ++c)
                ex.captures[c->first.as<std::string>()] = c->second.IsNull() ? "" : c->second.as<std::string>();
            }
          }
          r.examples.push_back(std::move(ex));
        }
      }
      if (n["not_examples"]) {
        if (!n["not_examples"].IsSequence()) return Error(n["not_examples"], "'not_examples' must be a list");
        for (const auto& e : n["not_examples"]) r.not_examples.push_back({At(e), e.as<std::string>()});
      }
      if (existing != list.end())
        *existing = std::move(r);
      else
        list.push_back(std::move(r));
    }
    return Status::Ok();
  }
};

// ---- building -----------------------------------------------------------------

// A space in a pattern matches any run of white space, line breaks included:
// texts wrap lines between any two syllables ("Căn\ncứ Nghị định số ...").
// Spaces inside [...] or escaped stay literal; a run of spaces is one gap.
constexpr const char* kGap = "(?:[ \\t\\n]+)";

std::string FlexibleSpaces(const std::string& p) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      out += c;
      out += p[++i];
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
      if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];  // "[]...]": ']' is literal
      continue;
    }
    if (c == ' ') {
      while (i + 1 < p.size() && p[i + 1] == ' ') ++i;
      out += kGap;
      continue;
    }
    out += c;
  }
  return out;
}

std::string Alternation(std::vector<std::string> words, const RuleData& d) {
  for (auto& w : words) {
    std::string quoted, plain = NormalizeWith(CollapseSpace(w), d);
    for (size_t b = 0; b <= plain.size();) {  // syllables quoted, gaps flexible
      size_t e = std::min(plain.find(' ', b), plain.size());
      quoted += (b ? kGap : "") + QuoteRegex(std::string_view(plain).substr(b, e - b));
      b = e + 1;
    }
    w = quoted;
  }
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out = "(?:";
  for (size_t i = 0; i < words.size(); ++i) out += (i ? "|" : "") + words[i];
  return out + ")";
}

// Expands $name and ${name} using `vars`; `stack` detects cycles.
Result<std::string> Expand(const std::string& src, const std::map<std::string, std::string>& raw,
                           std::map<std::string, std::string>& done, std::vector<std::string>& stack,
                           const Location& at);

Result<std::string> ExpandVar(const std::string& name, const std::map<std::string, std::string>& raw,
                              std::map<std::string, std::string>& done, std::vector<std::string>& stack,
                              const Location& at) {
  if (auto it = done.find(name); it != done.end()) return it->second;
  auto it = raw.find(name);
  if (it == raw.end()) {
    std::vector<std::string> names;
    for (auto& [k, v] : raw) names.push_back(k);
    std::string hint = Suggest(name, names);
    if (!hint.empty()) hint = ", did you mean '$" + hint.substr(hint.find('\'') + 1);
    return Status::RuleError(at, fmt::format("unknown variable '${}'{}", name, hint));
  }
  if (std::find(stack.begin(), stack.end(), name) != stack.end())
    return Status::RuleError(at, fmt::format("variable '${}' refers to itself", name));
  stack.push_back(name);
  auto r = Expand(it->second, raw, done, stack, at);
  stack.pop_back();
  if (!r.ok()) return r;
  done[name] = *r;
  return r;
}

Result<std::string> Expand(const std::string& src, const std::map<std::string, std::string>& raw,
                           std::map<std::string, std::string>& done, std::vector<std::string>& stack,
                           const Location& at) {
  std::string out;
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\\' && i + 1 < src.size()) {
      out += src[i];
      out += src[++i];
      continue;
    }
    if (src[i] != '$') {
      out += src[i];
      continue;
    }
    size_t j = i + 1;
    bool braced = j < src.size() && src[j] == '{';
    if (braced) ++j;
    size_t k = j;
    while (k < src.size() && (isalnum(static_cast<unsigned char>(src[k])) || src[k] == '_')) ++k;
    if (k == j) {  // a literal '$' (end anchor)
      out += src[i];
      continue;
    }
    std::string name = src.substr(j, k - j);
    if (braced) {
      if (k >= src.size() || src[k] != '}') return Status::RuleError(at, "unclosed '${' in pattern");
      ++k;
    }
    auto v = ExpandVar(name, raw, done, stack, at);
    if (!v.ok()) return v;
    out += "(?:" + *v + ")";
    i = k - 1;
  }
  return out;
}

// A code copied without marks ("DUK", "CD"): an alias of the one code it
// spells (ĐUK, CĐ), unless that spelling is a code or alias already ("HD" is
// Hướng dẫn's, not Hợp đồng's) or spells two codes.
template <class Entry>
void AddBareAliases(std::vector<Entry>& entries, const RuleData& d) {
  auto codes_of = [&](const Entry& e) {
    std::vector<std::string> codes = {e.code};
    for (const auto& a : e.aliases) codes.push_back(NormalizeWith(a, d));
    return codes;
  };
  std::set<std::string> taken;
  for (const auto& e : entries)
    for (const auto& c : codes_of(e)) taken.insert(FoldCase(c));
  std::map<std::string, std::string> spells;  // bare spelling -> the code it spells; "" when two
  for (const auto& e : entries)
    for (const auto& c : codes_of(e)) {
      std::string bare = WithoutMarks(c, true);
      if (bare == c || taken.count(FoldCase(bare))) continue;
      auto [it, fresh] = spells.emplace(bare, e.code);
      if (!fresh && it->second != e.code) it->second.clear();
    }
  for (auto& e : entries)
    for (const auto& [bare, code] : spells)
      if (code == e.code) e.aliases.push_back(bare);
}

Status Build(Loader& l, RuleData& d) {
  // Folds first: everything else is normalized with them.
  d.folds = l.folds;
  for (auto& f : d.folds) f.from = Nfc(f.from), f.to = Nfc(f.to);
  std::vector<const Fold*> ptrs;
  for (const auto& f : d.folds) ptrs.push_back(&f);
  std::stable_sort(ptrs.begin(), ptrs.end(), [](auto a, auto b) { return a->from.size() > b->from.size(); });
  auto bucket = [&](int pair) -> std::vector<const Fold*>& {
    if (!d.fold_pairs[pair]) {
      d.fold_pairs[pair] = static_cast<uint32_t>(d.fold_buckets.size());
      d.fold_buckets.emplace_back();
    }
    return d.fold_buckets[d.fold_pairs[pair]];
  };
  for (const Fold* f : ptrs) {
    unsigned char a = f->from[0];
    if (f->from.size() == 1) {
      for (int b = 0; b < 256; ++b) bucket(a * 256 + b).push_back(f);
    } else {
      bucket(a * 256 + static_cast<unsigned char>(f->from[1])).push_back(f);
    }
  }
  // Raw HTML tags and numeric character references, which Normalize reads
  // without a fold: "<p ...>", "&#7889;" (a bucket, maybe empty, marks the pair).
  for (int b = 0; b < 256; ++b)
    if (std::isalpha(b) || b == '/' || b == '!') bucket('<' * 256 + b);
  bucket('&' * 256 + '#');
  for (int ab = 0; ab < 256 * 256; ++ab)
    if (d.fold_pairs[ab]) d.fold_first[ab / 256] = true;

  // Accents: the bare spelling (lower case a-z, one space between words) ->
  // the words with their marks. The names of types and issuers come first; a
  // later entry for the same spelling wins.
  auto accent = [&](const std::string& word) {
    std::string marked = FoldCase(CollapseSpace(NormalizeWith(word, d)));
    std::string bare = BareName(marked);
    bool ascii = !bare.empty() && std::all_of(bare.begin(), bare.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; });
    int32_t letters = 0;
    for (int32_t i = 0, n = static_cast<int32_t>(marked.size()); i < n; ++letters) {
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(marked.data()), i, n, c);
    }
    if (!ascii || letters != static_cast<int32_t>(bare.size())) return false;
    if (bare == marked) return true;  // nothing to restore
    d.accent_words = std::max<size_t>(d.accent_words, 1 + std::count(bare.begin(), bare.end(), ' '));
    d.accents[bare] = marked;
    return true;
  };
  // A name with marks between its parts ("Bộ Lao động - Thương binh và Xã
  // hội", "Sở Văn hóa, Thể thao và Du lịch"): each part of two words or more.
  auto accent_name = [&](const std::string& name) {
    if (accent(name)) return;
    std::string part;
    auto flush = [&] {
      std::string p = CollapseSpace(part);
      if (p.find(' ') != std::string::npos) accent(p);
      part.clear();
    };
    for (char c : name) {
      if (c == '-' || c == ',' || c == '(' || c == ')' || c == '/' || c == '&')
        flush();
      else
        part.push_back(c);
    }
    flush();
  };
  for (const auto& t : l.types) {
    accent_name(t.name);
    for (const auto& n : t.names) accent_name(n);
  }
  for (const auto& e : l.issuers) {
    accent_name(e.name);
    for (const auto& n : e.names) accent_name(n);
  }
  // The phrases of the rules' word lists ("trạm y tế", "bác sĩ"; single words
  // may stand for several and are left to the `accents` list).
  for (const auto& [name, v] : l.vars) {
    if (!v.second.IsSequence()) continue;
    for (const auto& w : v.second) {
      std::string word = w.as<std::string>();
      if (word.find(' ') != std::string::npos) accent(word);
    }
  }
  for (const auto& [at, word] : l.accents)
    if (!accent(word))
      return Status::RuleError(at, fmt::format("accent entry '{}' must be letters and spaces, each an a-z letter "
                                               "once its marks are gone",
                                               word));

  d.types = l.types;
  d.issuers = l.issuers;
  AddBareAliases(d.types, d);
  AddBareAliases(d.issuers, d);
  for (const auto& t : d.types)
    if (t.letter && !d.letter_type) d.letter_type = &t;
  for (const auto& t : d.types) {
    d.type_by_code.emplace(FoldCase(t.code), &t);
    d.type_by_code_exact.emplace(t.code, &t);
    for (const auto& a : t.aliases) {
      d.type_by_code.emplace(FoldCase(a), &t);
      d.type_by_code_exact.emplace(NormalizeWith(a, d), &t);
    }
    for (const auto& n : t.names) d.type_by_name.emplace(FoldCase(NormalizeWith(n, d)), &t);
  }
  for (const auto& e : d.issuers) {
    d.issuer_by_code.emplace(FoldCase(e.code), &e);
    d.issuer_by_code_exact.emplace(e.code, &e);
    for (const auto& a : e.aliases) {
      d.issuer_by_code.emplace(FoldCase(NormalizeWith(a, d)), &e);
      d.issuer_by_code_exact.emplace(NormalizeWith(a, d), &e);
    }
    for (const auto& n : e.names) {
      std::string key = FoldCase(CollapseSpace(NormalizeWith(n, d)));
      d.max_issuer_name = std::max(d.max_issuer_name, key.size());
      d.issuer_by_name.emplace(key, &e);
      d.issuer_by_bare.emplace(BareName(NormalizeWith(n, d)), &e);
      std::erase(key, ' ');
      d.issuer_by_glued.emplace(key, &e);
    }
    for (const auto& n : e.leading_names) {
      std::string key = FoldCase(CollapseSpace(NormalizeWith(n, d)));
      d.max_issuer_name = std::max(d.max_issuer_name, key.size());
      if (d.issuer_by_name.emplace(key, &e).second) d.leading_names.insert(key);
    }
  }

  // Variables: lists become alternations of literal words; strings are patterns.
  std::map<std::string, std::string> raw;
  std::map<std::string, Location> var_at;
  for (const auto& [name, v] : l.vars) {
    var_at[name] = v.first;
    if (v.second.IsSequence()) {
      std::vector<std::string> words;
      for (const auto& w : v.second) words.push_back(w.as<std::string>());
      raw[name] = Alternation(words, d);
    } else {
      raw[name] = FlexibleSpaces(NormalizeWith(v.second.as<std::string>(), d));
    }
  }
  // Generated from the vocabularies, so each list is written once.
  std::vector<std::string> type_names, type_codes, issuer_names, issuer_codes;
  for (const auto& t : d.types) {
    type_names.insert(type_names.end(), t.names.begin(), t.names.end());
    type_codes.push_back(t.code);
    type_codes.insert(type_codes.end(), t.aliases.begin(), t.aliases.end());
  }
  for (const auto& e : d.issuers) {
    issuer_names.insert(issuer_names.end(), e.names.begin(), e.names.end());
    issuer_codes.push_back(e.code);
    issuer_codes.insert(issuer_codes.end(), e.aliases.begin(), e.aliases.end());
  }
  if (!raw.count("type_name") && !type_names.empty()) raw["type_name"] = Alternation(type_names, d);
  if (!raw.count("type_code") && !type_codes.empty()) raw["type_code"] = Alternation(type_codes, d);
  if (!raw.count("issuer_name") && !issuer_names.empty()) raw["issuer_name"] = Alternation(issuer_names, d);
  if (!raw.count("issuer_code") && !issuer_codes.empty()) raw["issuer_code"] = Alternation(issuer_codes, d);

  std::map<std::string, std::string> done;
  for (const auto& [name, v] : raw) {
    std::vector<std::string> stack;
    auto r = ExpandVar(name, raw, done, stack, var_at.count(name) ? var_at[name] : Location{});
    if (!r.ok()) return r.status();
  }
  d.vars = done;

  for (auto& [name, list] : l.rules) {
    Section& sec = d.sections[name];
    for (auto& r : list) {
      std::vector<std::string> stack;
      auto expanded = Expand(FlexibleSpaces(NormalizeWith(r.source, d)), raw, done, stack, r.at);
      if (!expanded.ok()) return expanded.status();
      r.pattern = *expanded;
      auto re = Regex::Compile(r.pattern);
      if (!re.ok()) {
        // Report RE2's complaint about the pattern as written, not its flexible-space form.
        std::vector<std::string> again;
        auto plain = Expand(NormalizeWith(r.source, d), raw, done, again, r.at);
        auto why = plain.ok() ? Regex::Compile(*plain) : re;
        return Status::RuleError(
            r.at, fmt::format("rule '{}': bad pattern: {}", r.id, (why.ok() ? re : why).status().message()));
      }
      r.re = *re;
      for (auto& ex : r.examples) {
        ex.text = NormalizeWith(ex.text, d);
        if (ex.match) ex.match = NormalizeWith(*ex.match, d);
        for (auto& [k, v] : ex.captures) {
          if (r.re->Group(k) < 0)
            return Status::RuleError(ex.at, fmt::format("rule '{}' has no capture group '{}'", r.id, k));
          v = NormalizeWith(v, d);
        }
      }
      for (auto& [at, text] : r.not_examples) text = NormalizeWith(text, d);
      sec.rules.push_back(std::move(r));
    }
  }
  return Status::Ok();
}

Status LoadOne(Loader& l, const RuleSource& src) {
  l.file = src.name;
  l.source = src.text;
  l.data->files.push_back(src.name);
  YAML::Node root;
  try {
    root = YAML::Load(src.text);
  } catch (const YAML::Exception& e) {
    Location at{src.name};
    if (e.mark.line >= 0) at.line = e.mark.line + 1, at.column = e.mark.column + 1, at.offset = e.mark.pos;
    return Status::RuleError(at, fmt::format("invalid YAML: {}", e.msg));
  }
  try {
    return l.LoadDoc(root);
  } catch (const YAML::Exception& e) {
    Location at{src.name};
    if (e.mark.line >= 0) at.line = e.mark.line + 1, at.column = e.mark.column + 1, at.offset = e.mark.pos;
    return Status::RuleError(at, fmt::format("wrong type: {}", e.msg));
  }
}

}  // namespace
}  // namespace internal

RuleSet::RuleSet() : data_(std::make_unique<internal::RuleData>()) {}
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

Result<std::shared_ptr<const RuleSet>> RuleSet::LoadSources(const std::vector<RuleSource>& sources) {
  std::shared_ptr<RuleSet> set(new RuleSet());
  internal::Loader loader;
  loader.data = set->data_.get();
  for (const auto& src : sources)
    if (Status s = internal::LoadOne(loader, src); !s.ok()) return s;
  if (Status s = internal::Build(loader, *set->data_); !s.ok()) return s;
  return std::shared_ptr<const RuleSet>(std::move(set));
}

Result<std::shared_ptr<const RuleSet>> RuleSet::Load(const RuleLoadOptions& options) {
  std::vector<RuleSource> sources;
  if (options.builtin)
    for (const auto& f : internal::EmbeddedRuleFiles()) sources.push_back({std::string(f.name), std::string(f.text)});
  namespace fs = std::filesystem;
  for (const auto& p : options.paths) {
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_directory(p, ec)) {
      for (const auto& entry : fs::directory_iterator(p, ec))
        if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml") files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      if (files.empty()) return Status::RuleError(Location{p}, "no *.yaml rule files in this folder");
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      return Status::IoError(p, "no such rule file or folder");
    }
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      if (!in) return Status::IoError(f.string(), "cannot read rule file");
      std::stringstream ss;
      ss << in.rdbuf();
      sources.push_back({f.string(), ss.str()});
    }
  }
  return LoadSources(sources);
}

size_t RuleSet::RuleCount() const {
  size_t n = data_->types.size() + data_->issuers.size() + data_->folds.size();
  for (const auto& [name, sec] : data_->sections) n += sec.rules.size();
  return n;
}

const std::vector<std::string>& RuleSet::Files() const { return data_->files; }

size_t RuleSet::ExampleCount() const {
  size_t n = 0;
  for (const auto& [name, sec] : data_->sections)
    for (const auto& r : sec.rules) n += r.examples.size() + r.not_examples.size();
  return n;
}

std::vector<ExampleFailure> RuleSet::CheckExamples() const {
  std::vector<ExampleFailure> out;
  for (const auto& [name, sec] : data_->sections) {
    for (const auto& r : sec.rules) {
      std::string rule = name + "/" + r.id;
      for (const auto& ex : r.examples) {
        internal::Hit hit;
        if (!r.re->Search(ex.text, 0, ex.text.size(), false, &hit)) {
          out.push_back({ex.at, rule, fmt::format("example does not match: \"{}\"", ex.text)});
          continue;
        }
        std::string got(ex.text.substr(hit.begin, hit.end - hit.begin));
        if (ex.match && got != *ex.match)
          out.push_back({ex.at, rule, fmt::format("example matches \"{}\", expected \"{}\"", got, *ex.match)});
        for (const auto& [group, want] : ex.captures) {
          std::string have(r.re->GroupText(ex.text, hit, group));
          if (have != want)
            out.push_back(
                {ex.at, rule,
                 fmt::format("capture '{}' is \"{}\", expected \"{}\" in \"{}\"", group, have, want, ex.text)});
        }
      }
      for (const auto& [at, text] : r.not_examples) {
        internal::Hit hit;
        if (r.re->Search(text, 0, text.size(), false, &hit))
          out.push_back(
              {at, rule,
               fmt::format("not_example matches \"{}\" in \"{}\"", text.substr(hit.begin, hit.end - hit.begin), text)});
      }
    }
  }
  return out;
}

}  // namespace vbtool
