// The printers of `vbtool check`: text, json, sarif (2.1.0) and github.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "print/json_doc.h"
#include "vbtool/check.h"

namespace vbtool {

namespace {

using Json = nlohmann::ordered_json;

// file:line:col: severity: message [code]
class TextCheckSink : public CheckSink {
 public:
  explicit TextCheckSink(std::ostream& out) : out_(out) {}
  void Write(const Finding& f) override {
    out_ << f.path;
    if (f.line) out_ << ":" << f.line << ":" << (f.column ? f.column : 1);
    out_ << ": " << SeverityName(f.severity) << ": " << f.message << " [" << f.code << "]\n";
  }

 private:
  std::ostream& out_;
};

Json FindingToJson(const Finding& f) {
  return Json{{"path", f.path},
              {"line", f.line},
              {"column", f.column},
              {"offset", f.offset},
              {"severity", SeverityName(f.severity)},
              {"code", f.code},
              {"message", f.message}};
}

// One JSON object: findings, errors and a summary.
class JsonCheckSink : public CheckSink {
 public:
  explicit JsonCheckSink(std::ostream& out) : out_(out) {}
  void Write(const Finding& f) override { findings_.push_back(FindingToJson(f)); }
  void WriteError(const FileError& e) override {
    errors_.push_back(Json{{"path", e.path}, {"code", e.code}, {"message", e.message}});
  }
  void Finish(const CheckSummary& s) override {
    Json j;
    j["schema"] = 1;
    j["type"] = "check";
    j["findings"] = findings_;
    j["errors"] = errors_;
    j["summary"] = Json{
        {"files", s.files}, {"failed", s.failed}, {"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos}};
    out_ << print::Dump(j, 2) << "\n";
  }

 private:
  std::ostream& out_;
  Json findings_ = Json::array(), errors_ = Json::array();
};

// A path as a URI reference (RFC 3986): relative paths stay relative, with
// every byte outside the unreserved set and "/" percent-encoded.
std::string PathToUri(std::string path) {
  while (path.rfind("./", 0) == 0) path.erase(0, 2);
  std::string out = path.size() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

const char* SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "warning";
}

// "missing_number" -> "MissingNumber" (SARIF's reportingDescriptor.name).
std::string RuleName(const std::string& code) {
  std::string out;
  bool up = true;
  for (char c : code) {
    if (c == '_') {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

// SARIF 2.1.0: one run, the catalog as the driver's rules (with the levels
// in force), results in output order, failed inputs as notifications.
class SarifCheckSink : public CheckSink {
 public:
  SarifCheckSink(std::ostream& out, const CheckConfig& config) : out_(out) {
    for (const auto& c : CheckCatalog()) {
      auto level = config.Level(c.code, c.severity);
      Json conf{{"level", SarifLevel(level.value_or(c.severity))}};
      if (!level) conf["enabled"] = false;
      AddRule(c.code, c.description, conf);
    }
  }
  void Write(const Finding& f) override {
    if (!index_.count(f.code)) AddRule(f.code, "Reported by the extractor.", Json{{"level", SarifLevel(f.severity)}});
    Json loc{{"physicalLocation", Json{{"artifactLocation", Json{{"uri", PathToUri(f.path)}}}}}};
    if (f.line) {
      Json region{{"startLine", f.line}};
      if (f.column) region["startColumn"] = f.column;
      loc["physicalLocation"]["region"] = region;
    }
    results_.push_back(Json{{"ruleId", f.code},
                            {"ruleIndex", index_.at(f.code)},
                            {"level", SarifLevel(f.severity)},
                            {"message", Json{{"text", f.message}}},
                            {"locations", Json::array({loc})}});
  }
  void WriteError(const FileError& e) override {
    notifications_.push_back(
        Json{{"level", "error"},
             {"message", Json{{"text", fmt::format("{}: {}", e.path, e.message)}}},
             {"locations",
              Json::array({Json{{"physicalLocation", Json{{"artifactLocation", Json{{"uri", PathToUri(e.path)}}}}}}})},
             {"descriptor", Json{{"id", e.code}}}});
  }
  void Finish(const CheckSummary& s) override {
    Json driver{
        {"name", "vbtool"}, {"version", VBTOOL_VERSION}, {"semanticVersion", VBTOOL_VERSION}, {"rules", rules_}};
    Json invocation{{"executionSuccessful", s.failed == 0}};
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
    Json run{{"tool", Json{{"driver", driver}}},
             {"invocations", Json::array({invocation})},
             {"columnKind", "unicodeCodePoints"},
             {"results", results_}};
    Json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Json::array({run})}};
    out_ << print::Dump(log, 2) << "\n";
  }

 private:
  void AddRule(const std::string& code, const std::string& description, const Json& conf) {
    index_[code] = rules_.size();
    rules_.push_back(Json{{"id", code},
                          {"name", RuleName(code)},
                          {"shortDescription", Json{{"text", description}}},
                          {"defaultConfiguration", conf}});
  }
  std::ostream& out_;
  Json rules_ = Json::array(), results_ = Json::array(), notifications_ = Json::array();
  std::map<std::string, size_t> index_;
};

// GitHub Actions workflow commands: one annotation per finding.
std::string EscapeData(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string EscapeProperty(const std::string& s) {
  std::string out;
  for (char c : EscapeData(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

class GithubCheckSink : public CheckSink {
 public:
  explicit GithubCheckSink(std::ostream& out) : out_(out) {}
  void Write(const Finding& f) override {
    const char* cmd = f.severity == Severity::kError     ? "error"
                      : f.severity == Severity::kWarning ? "warning"
                                                         : "notice";
    out_ << "::" << cmd << " file=" << EscapeProperty(f.path);
    if (f.line) out_ << ",line=" << f.line << ",col=" << (f.column ? f.column : 1);
    out_ << ",title=" << EscapeProperty(f.code) << "::" << EscapeData(f.message) << "\n";
  }
  void WriteError(const FileError& e) override {
    out_ << "::error file=" << EscapeProperty(e.path) << ",title=" << EscapeProperty(e.code)
         << "::" << EscapeData(e.message) << "\n";
  }

 private:
  std::ostream& out_;
};

}  // namespace

Result<std::unique_ptr<CheckSink>> MakeCheckSink(const std::string& format, std::ostream& out,
                                                 const CheckConfig& config) {
  if (format == "text") return std::unique_ptr<CheckSink>(new TextCheckSink(out));
  if (format == "json") return std::unique_ptr<CheckSink>(new JsonCheckSink(out));
  if (format == "sarif") return std::unique_ptr<CheckSink>(new SarifCheckSink(out, config));
  if (format == "github") return std::unique_ptr<CheckSink>(new GithubCheckSink(out));
  return Status::InvalidArgument(fmt::format("unknown format '{}' (expected text, json, sarif or github)", format));
}

}  // namespace vbtool
