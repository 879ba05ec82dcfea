// `vbtool check` end to end: per-document and archive-wide findings, the
// four formats (SARIF validated against the official 2.1.0 schema), exit
// codes, .vbtool.yaml and flags.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "test_util.h"
#include "vbtool/check.h"

namespace fs = std::filesystem;
using namespace vbtool;
using namespace vbtool::testing;

namespace {

std::string Header(const std::string& number, const std::string& date) {
  return "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: " + number +
         "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Giang, " + date + "\n";
}

// Three documents that disagree: two claim 12/KH-UBND (same issuer, same
// year), one cites 25-CT/TW with another date than the other two, one gives
// 27/2023/TT-BYT to the wrong ministry; one is dated 31 February and cites a
// number with an unknown type code. Plus a binary file.
struct CheckArchive {
  TempDir tmp;
  std::string root = tmp / "archive";
  CheckArchive() {
    WriteFile(root + "/a/kh-12.txt",
              Header("12/KH-UBND", "ngày 10 tháng 03 năm 2024") +
                  "KẾ HOẠCH\nThực hiện Chỉ thị số 25-CT/TW ngày 25 tháng 10 năm 2023 của Ban Bí thư\n"
                  "Căn cứ Thông tư số 27/2023/TT-BYT ngày 29 tháng 12 năm 2023 của Bộ Y tế;\n");
    WriteFile(root + "/b/nested/deep/kh-12-copy.txt",
              Header("12/KH-UBND", "ngày 11 tháng 03 năm 2024") +
                  "KẾ HOẠCH\nThực hiện Chỉ thị số 25-CT/TW ngày 25 tháng 10 năm 2023 của Ban Bí thư\n"
                  "Căn cứ Thông tư số 27/2023/TT-BYT ngày 29 tháng 12 năm 2023 của Bộ Tài chính;\n");
    WriteFile(root + "/b/cv.txt",
              Header("40/UBND-VX", "ngày 31 tháng 02 năm 2024") +
                  "Thực hiện Chỉ thị số 25-CT/TW ngày 26 tháng 10 năm 2023 của Ban Bí thư, Kế hoạch số "
                  "15/XYZ-UBND ngày 05 tháng 01 năm 2024 và Thông tư số 27/2023/TT-BYT ngày 29 tháng 12 năm 2023 "
                  "của Bộ Y tế;\n");
  }
  std::string At(const std::string& rel) const { return root + "/" + rel; }
};

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

size_t CountLines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

}  // namespace

TEST_CASE("check: per-document and archive-wide findings in text format") {
  CheckArchive a;
  RunResult r = RunVbtool("check '" + a.root + "'");
  CHECK(r.exit_code == 1);  // errors found, --fail-on error by default
  const std::string cv = a.At("b/cv.txt"), kh = a.At("a/kh-12.txt"), copy = a.At("b/nested/deep/kh-12-copy.txt");
  CHECK(Has(r.out, cv + ":6:1: error: the date 'Bắc Giang, ngày 31 tháng 02 năm 2024' does not exist [invalid_date]\n"));
  CHECK(Has(r.out, cv + ":7:73: warning: the cited number '15/XYZ-UBND' has the type code 'XYZ', which is not in the "
                        "document types [unknown_type]\n"));
  CHECK(Has(r.out, kh + ":3:5: error: the number '12/KH-UBND' is also claimed by " + copy + ":3 [duplicate_number]\n"));
  CHECK(Has(r.out, copy + ":3:5: error: the number '12/KH-UBND' is also claimed by " + kh + ":3 [duplicate_number]\n"));
  CHECK(Has(r.out, cv + ":7:11: warning: '25-CT/TW' is cited here as dated 2023-10-26, but as 2023-10-25 in 2 "
                        "citations, first at " + kh + ":8 [inconsistent_reference_date]\n"));
  CHECK(Has(r.out, copy + ":9:8: warning: '27/2023/TT-BYT' is attributed here to Bộ Tài chính (BTC), but to Bộ Y tế "
                          "(BYT) in 2 citations, first at " + kh + ":9 [inconsistent_reference_issuer]\n"));
  CHECK(CountLines(r.out) == 6);
  CHECK(r.err == "vbtool: checked 3 files: 3 errors, 3 warnings, 0 infos\n");
  // Deterministic whatever the number of jobs.
  CHECK(RunVbtool("check '" + a.root + "' --jobs 1").out == RunVbtool("check '" + a.root + "' --jobs 2").out);
}

TEST_CASE("check: exit codes follow --fail-on; unreadable inputs give 2") {
  CheckArchive a;
  CHECK(RunVbtool("check '" + a.root + "' --fail-on never").exit_code == 0);
  std::string no_errors = " --disable invalid_date --disable duplicate_number";
  CHECK(RunVbtool("check '" + a.root + "'" + no_errors).exit_code == 0);
  CHECK(RunVbtool("check '" + a.root + "'" + no_errors + " --fail-on warning").exit_code == 1);
  RunResult clean = RunVbtool("check '" + a.At("a/kh-12.txt") + "' --fail-on info");
  CHECK(clean.exit_code == 0);
  CHECK(clean.out.empty());
  WriteFile(a.At("binary.txt"), std::string("Số\0\0", 6));
  RunResult r = RunVbtool("check '" + a.root + "' --fail-on never");
  CHECK(r.exit_code == 2);
  CHECK(Has(r.err, "vbtool: error: " + a.At("binary.txt") + ": binary file"));
  CHECK(Has(r.err, "; 1 inputs could not be processed\n"));
  CHECK(RunVbtool("check '" + a.root + "' --fail-on sometimes").exit_code == 2);  // usage error
}

TEST_CASE("check: .vbtool.yaml and flags switch checks off or re-grade them") {
  CheckArchive a;
  WriteFile(a.At(".vbtool.yaml"), "checks:\n  duplicate_number: off\n  unknown_type: error\n");
  RunResult r = RunVbtool("check '" + a.root + "'");
  CHECK_FALSE(Has(r.out, "[duplicate_number]"));
  CHECK(Has(r.out, ": error: the cited number '15/XYZ-UBND' has the type code 'XYZ'"));
  // Flags come after the file.
  r = RunVbtool("check '" + a.root + "' --severity unknown_type=info --severity invalid_date=warning");
  CHECK(Has(r.out, ": info: the cited number '15/XYZ-UBND'"));
  CHECK(Has(r.out, ": warning: the date 'Bắc Giang, ngày 31 tháng 02 năm 2024' does not exist [invalid_date]"));
  CHECK(r.exit_code == 0);  // nothing left at error
  // A typo is an error with the place in the file and a suggestion.
  WriteFile(a.At(".vbtool.yaml"), "checks:\n  duplicate_numbr: off\n");
  r = RunVbtool("check '" + a.root + "'");
  CHECK(r.exit_code == 2);
  CHECK(Has(r.err, "vbtool: error: " + a.At(".vbtool.yaml") +
                       ":2:3: unknown check 'duplicate_numbr'; did you mean 'duplicate_number'?"));
  WriteFile(a.At(".vbtool.yaml"), "checks:\n  duplicate_number: loud\n");
  r = RunVbtool("check '" + a.root + "'");
  CHECK(r.exit_code == 2);
  CHECK(Has(r.err, "unknown level 'loud' for 'duplicate_number'"));
  CHECK(RunVbtool("check '" + a.At("b") + "' --severity invalid_date").exit_code == 2);
}

TEST_CASE("check: GitHub annotations and JSON") {
  CheckArchive a;
  RunResult r = RunVbtool("check '" + a.At("b/cv.txt") + "' --format github");
  CHECK(r.out == "::error file=" + a.At("b/cv.txt") + ",line=6,col=1,title=invalid_date::the date 'Bắc Giang, ngày 31 "
                 "tháng 02 năm 2024' does not exist\n"
                 "::warning file=" + a.At("b/cv.txt") + ",line=7,col=73,title=unknown_type::the cited number "
                 "'15/XYZ-UBND' has the type code 'XYZ', which is not in the document types\n");
  r = RunVbtool("check '" + a.root + "' --format json");
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["type"] == "check");
  CHECK(j["summary"]["files"] == 3);
  CHECK(j["summary"]["errors"] == 3);
  CHECK(j["findings"].size() == 6);
  CHECK(j["findings"][0]["path"] == a.At("b/cv.txt"));
  CHECK(j["findings"][0]["code"] == "invalid_date");
  CHECK(j["findings"][0]["line"] == 6);
  CHECK(j["findings"][0]["severity"] == "error");
  CHECK(j["errors"].empty());
}

TEST_CASE("check: SARIF 2.1.0 output is valid against the official schema") {
  CheckArchive a;
  WriteFile(a.At("broken.txt"), "S\xe1\xbb\x91 \xff\n");  // an input error goes into the notifications
  std::string sarif = a.tmp / "vbtool.sarif";
  RunResult r = RunVbtool("check '" + a.root + "' --format sarif -o '" + sarif + "'");
  CHECK(r.exit_code == 2);
  auto j = nlohmann::json::parse(ReadFile(sarif));
  const auto& run = j["runs"][0];
  CHECK(j["version"] == "2.1.0");
  CHECK(run["tool"]["driver"]["name"] == "vbtool");
  CHECK(run["results"].size() == 6);
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(run["invocations"][0]["toolExecutionNotifications"].size() == 1);
  for (const auto& res : run["results"]) {
    const auto& rule = run["tool"]["driver"]["rules"][res["ruleIndex"].get<size_t>()];
    CHECK(rule["id"] == res["ruleId"]);
  }
  std::string validator = "python3 '" + SourceDir() + "/tests/validate_json_schema.py' '" + SourceDir() +
                          "/tests/schemas/sarif-schema-2.1.0.json' ";
  int valid = std::system((validator + "'" + sarif + "' >&2").c_str());
  CHECK(WEXITSTATUS(valid) == 0);
  // The validator does reject a log that breaks the schema.
  j["runs"][0]["results"][0]["level"] = "fatal";
  WriteFile(a.tmp / "broken.sarif", j.dump());
  int invalid = std::system((validator + "'" + (a.tmp / "broken.sarif") + "' >/dev/null").c_str());
  CHECK(WEXITSTATUS(invalid) == 1);
}

TEST_CASE("check: the catalog and the configuration API") {
  for (const auto& c : CheckCatalog()) CHECK(FindCheck(c.code) == &c);
  CheckConfig config;
  CHECK(config.Level("duplicate_number", Severity::kInfo) == Severity::kError);
  CHECK(config.LoadYaml("checks:\n  duplicate_number: warning\n  missing_issuer: off\n", "x.yaml").ok());
  CHECK(config.Level("duplicate_number", Severity::kInfo) == Severity::kWarning);
  CHECK(config.Level("missing_issuer", Severity::kInfo) == std::nullopt);
  CHECK(config.Level("missing_percent", Severity::kInfo) == Severity::kInfo);  // extractor code, not in the catalog
  Status s = config.LoadYaml("check:\n  x: off\n", "x.yaml");
  CHECK(s.ToString() == "x.yaml:1:1: unknown key 'check' (expected 'checks')");
  RunResult list = RunVbtool("check --list");
  CHECK(list.exit_code == 0);
  CHECK(CountLines(list.out) == CheckCatalog().size());
}
