// vbtool check: lint documents and the archive as a whole, for a CI gate.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "vbtool/check.h"

namespace vbtool::cli {

namespace {

// The options only `check` has (one command runs per process).
struct CheckFlags {
  std::string fail_on = "error";
  std::vector<std::string> disable;
  std::vector<std::string> severity;  // CODE=LEVEL
  std::vector<std::string> config_files;
  bool list = false;
};
CheckFlags g_flags;

// .vbtool.yaml at the root of each folder given, then --config files, then flags.
Status BuildConfig(const CommonOptions& o, CheckConfig* config) {
  for (const auto& in : o.inputs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(in, ec)) continue;
    std::string path = (std::filesystem::path(in) / ".vbtool.yaml").string();
    if (std::filesystem::exists(path, ec))
      if (Status s = config->LoadFile(path); !s.ok()) return s;
  }
  for (const auto& path : g_flags.config_files)
    if (Status s = config->LoadFile(path); !s.ok()) return s;
  for (const auto& code : g_flags.disable)
    if (Status s = config->Set(code, "off", Location{"--disable"}); !s.ok()) return s;
  for (const auto& kv : g_flags.severity) {
    size_t eq = kv.find('=');
    if (eq == std::string::npos)
      return Status::InvalidArgument(fmt::format("--severity expects CODE=LEVEL, got '{}'", kv));
    if (Status s = config->Set(kv.substr(0, eq), kv.substr(eq + 1), Location{"--severity"}); !s.ok()) return s;
  }
  return Status::Ok();
}

int RunCheck(CommonOptions& o) {
  if (g_flags.list) {
    for (const auto& c : CheckCatalog())
      std::cout << fmt::format("{:<30} {:<8} {}{}\n", c.code, SeverityName(c.severity), c.description,
                               c.archive ? " (archive-wide)" : "");
    return kExitOk;
  }
  CheckConfig config;
  if (Status s = BuildConfig(o, &config); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  std::optional<Severity> fail_on;
  if (g_flags.fail_on != "never") fail_on = ParseSeverity(g_flags.fail_on);
  auto rules = LoadRules(o);
  if (!rules) return kExitError;
  InputSet in = GatherInputs(o);
  Output out(o.output);
  if (Status s = out.status(); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  auto sink = MakeCheckSink(o.format.empty() ? "text" : o.format, out.stream(), config);
  if (!sink.ok()) {
    PrintError(sink.status());
    return kExitError;
  }
  Checker checker(*rules, config);
  CheckSummary summary;
  bool gate = false;
  auto write = [&](const Finding& f) {
    (*sink)->Write(f);
    if (f.severity == Severity::kError) ++summary.errors;
    else if (f.severity == Severity::kWarning) ++summary.warnings;
    else ++summary.infos;
    if (fail_on && f.severity >= *fail_on) gate = true;
  };
  summary.failed = RunBatch(
      o, *rules, in,
      [&](Document&& doc) {
        ++summary.files;
        for (const Finding& f : checker.Check(doc)) write(f);
      },
      [&](const FileError& e) { (*sink)->WriteError(e); });
  for (const Finding& f : checker.Finish()) write(f);
  (*sink)->Finish(summary);
  if (Status s = out.Commit(); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  if (!o.quiet)
    std::cerr << fmt::format("vbtool: checked {} files: {} errors, {} warnings, {} infos{}\n", summary.files,
                             summary.errors, summary.warnings, summary.infos,
                             summary.failed ? fmt::format("; {} inputs could not be processed", summary.failed) : "");
  if (summary.failed) return kExitError;
  return gate ? kExitFindings : kExitOk;
}

}  // namespace

Command CheckCommand() {
  return {"check",
          "Lint documents and the archive as a whole: file:line:col: severity: message [code]. "
          "Exit 0 clean, 1 findings at or above --fail-on, 2 errors or unreadable inputs",
          [](CLI::App* app, CommonOptions& o) {
            AddBatchOptions(app, o);
            AddRuleOptions(app, o);
            app->add_option("-f,--format", o.format, "text (default), json, sarif (SARIF 2.1.0), github (annotations)")
                ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
            app->add_option("--fail-on", g_flags.fail_on,
                            "Exit 1 when a finding is at least this severe: error (default), warning, info, never")
                ->check(CLI::IsMember({"error", "warning", "info", "never"}));
            app->add_option("--disable", g_flags.disable, "Switch a check off (repeatable), e.g. --disable missing_issuer");
            app->add_option("--severity", g_flags.severity,
                            "Re-grade a check: CODE=off|error|warning|info (repeatable)");
            app->add_option("--config", g_flags.config_files,
                            "Extra configuration file (like .vbtool.yaml: 'checks: {code: level}'); "
                            "a .vbtool.yaml at the root of each folder given is read first");
            app->add_flag("--list", g_flags.list, "List the checks with their codes and default severities");
          },
          RunCheck};
}

}  // namespace vbtool::cli
