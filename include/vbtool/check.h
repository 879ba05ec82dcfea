// vbtool/check.h — lint documents and an archive as a whole (`vbtool check`).
//
// Each check has a stable code, a default severity and a message in plain
// words; a Finding places it at file:line:column. Per-document checks come
// from the extractor's diagnostics (missing or blank number, date, issuer;
// non-canonical numbers; dates that do not exist...) plus vocabulary checks
// (unknown type or issuer codes); archive-wide checks compare documents
// (the same reference cited with different dates or issuers, two files
// claiming the same number).
//
//   CheckConfig config;
//   config.LoadFile("archive/.vbtool.yaml");        // checks: {code: off|error|warning|info}
//   Checker checker(rules, config);
//   for (const Document& doc : docs)                 // in path order
//     for (const Finding& f : checker.Check(doc)) print(f);
//   for (const Finding& f : checker.Finish()) print(f);
//
// A Checker keeps only what the archive-wide checks need (one entry per
// cited number), not the documents.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "vbtool/document.h"
#include "vbtool/rules.h"
#include "vbtool/sink.h"
#include "vbtool/status.h"

namespace vbtool {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
const char* SeverityName(Severity s);  ///< "info", "warning", "error"
std::optional<Severity> ParseSeverity(std::string_view name);

/// One check of the catalog.
struct CheckInfo {
  std::string code;         ///< stable: "missing_number", "duplicate_number"
  Severity severity;        ///< default severity
  std::string description;  ///< one sentence, plain words
  bool archive = false;     ///< compares documents across the archive
};

/// Every check vbtool knows, in a fixed order.
const std::vector<CheckInfo>& CheckCatalog();
const CheckInfo* FindCheck(std::string_view code);

/// One problem found, at a place in a file.
struct Finding {
  std::string path;
  size_t line = 0;    ///< 1-based; 0 = the whole file
  size_t column = 0;  ///< 1-based, in code points
  size_t offset = 0;  ///< byte offset in the original input
  Severity severity = Severity::kWarning;
  std::string code;
  std::string message;
};

/// Which checks run and how severe they are: the defaults, re-graded or
/// switched off by `.vbtool.yaml` and by command-line flags.
class CheckConfig {
 public:
  /// Sets `code` to "off", "error", "warning" or "info". A code close to a
  /// catalog one (a typo) or an unknown level is an error naming `where`, with
  /// a suggestion; other lower_case codes re-grade extractor diagnostics.
  Status Set(const std::string& code, const std::string& level, const Location& where = {});
  /// Reads `checks: {code: level}` from YAML text (unknown keys are errors).
  Status LoadYaml(const std::string& text, const std::string& name);
  /// Reads a `.vbtool.yaml` file.
  Status LoadFile(const std::string& path);
  /// The severity `code` is reported with, or nullopt when it is off.
  /// Codes not in the catalog keep `fallback`.
  std::optional<Severity> Level(const std::string& code, Severity fallback) const;

 private:
  std::map<std::string, std::optional<Severity>> levels_;
};

/// Runs the checks over documents given in path order.
class Checker {
 public:
  Checker(const RuleSet& rules, CheckConfig config);
  ~Checker();
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;

  /// Findings of one document, sorted by place then code. Remembers what
  /// the archive-wide checks need.
  std::vector<Finding> Check(const Document& doc);
  /// Archive-wide findings, sorted by path, place and code. Call once, last.
  std::vector<Finding> Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Totals for the printers' summaries.
struct CheckSummary {
  size_t files = 0;   ///< documents checked
  size_t failed = 0;  ///< inputs that could not be processed
  size_t errors = 0, warnings = 0, infos = 0;
};

/// A printer of `vbtool check` results. Write() is called in output order.
class CheckSink {
 public:
  virtual ~CheckSink() = default;
  virtual void Write(const Finding& f) = 0;
  /// An input that could not be processed (also printed on stderr by the CLI).
  virtual void WriteError(const FileError&) {}
  virtual void Finish(const CheckSummary&) {}
};

/// Formats: "text" (`file:line:col: severity: message [code]`), "json",
/// "sarif" (SARIF 2.1.0, one run; `config` sets the rules' levels) and
/// "github" (`::warning file=...,line=...,col=...,title=CODE::message`).
Result<std::unique_ptr<CheckSink>> MakeCheckSink(const std::string& format, std::ostream& out,
                                                 const CheckConfig& config);

}  // namespace vbtool
