// Golden tests: `vbtool extract` on every sample, compared byte for byte with
// tests/golden/<sample>.json, validated against docs/schema/extract.schema.json,
// and (for the normative samples) checked against a careful reader's
// annotation in tests/expected/<sample>.expected.json.
//
// Regenerate the golden files after an intended change of the output:
//   VBTOOL_UPDATE_GOLDEN=1 build/vbtool_tests -tc='golden*'
// then review `git diff tests/golden/` before committing.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "test_util.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace vbtool::testing;

namespace {

// Sample names (without .txt), sorted.
std::vector<std::string> SampleNames() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(SourceDir() + "/samples"))
    if (e.path().extension() == ".txt") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

bool UpdateGolden() {
  const char* v = std::getenv("VBTOOL_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

// "line N: expected <...> got <...>" for the first differing line.
std::string FirstDifference(const std::string& want, const std::string& got) {
  size_t line = 1, i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) {
    if (want[i] == '\n') ++line;
    ++i;
  }
  auto line_at = [](const std::string& s, size_t pos) {
    size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
    b = (b == std::string::npos || pos == 0) ? 0 : b + 1;
    size_t e = s.find('\n', pos);
    return s.substr(b, e == std::string::npos ? std::string::npos : e - b);
  };
  return "line " + std::to_string(line) + ":\n  golden: " + line_at(want, i) + "\n  actual: " + line_at(got, i);
}

// Runs the schema validator (python3-jsonschema) on one instance file.
RunResult ValidateSchema(const std::string& instance_path) {
  TempDir tmp;
  std::string out = tmp / "out";
  std::string cmd = "cd '" + SourceDir() + "' && python3 tests/validate_json_schema.py docs/schema/extract.schema.json '" +
                    instance_path + "' >'" + out + "' 2>&1";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  return r;
}

}  // namespace

TEST_CASE("golden: extract output of every sample matches tests/golden") {
  std::vector<std::string> names = SampleNames();
  CHECK(names.size() >= 9);
  for (const auto& name : names) {
    CAPTURE(name);
    RunResult r = RunVbtool("extract samples/" + name + ".txt");
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    std::string golden_path = SourceDir() + "/tests/golden/" + name + ".json";
    if (UpdateGolden()) {
      WriteFile(golden_path, r.out);
      MESSAGE("rewrote tests/golden/" << name << ".json");
      continue;
    }
    REQUIRE_MESSAGE(fs::exists(golden_path), "missing golden file; run with VBTOOL_UPDATE_GOLDEN=1");
    std::string want = ReadFile(golden_path);
    if (want != r.out) FAIL_CHECK("output differs from tests/golden/" << name << ".json at " << FirstDifference(want, r.out));
  }
}

TEST_CASE("golden: output is deterministic (same input, same bytes)") {
  std::string first = RunVbtool("extract samples/bac-giang-ke-hoach-25-CT-TW.txt").out;
  REQUIRE(!first.empty());
  CHECK(RunVbtool("extract samples/bac-giang-ke-hoach-25-CT-TW.txt").out == first);
  // Standard input gives the same document, with path "-".
  RunResult in = RunVbtool("extract -", ReadFile(Sample("bac-giang-ke-hoach-25-CT-TW.txt")));
  REQUIRE(in.exit_code == 0);
  json a = json::parse(first), b = json::parse(in.out);
  CHECK(b["source"]["path"] == "-");
  a.erase("source");
  b.erase("source");
  CHECK(a == b);
}

TEST_CASE("schema: every sample's output validates against docs/schema/extract.schema.json") {
  TempDir tmp;
  for (const auto& name : SampleNames()) {
    CAPTURE(name);
    RunResult r = RunVbtool("extract samples/" + name + ".txt");
    REQUIRE(r.exit_code == 0);
    std::string path = tmp / (name + ".json");
    WriteFile(path, r.out);
    RunResult v = ValidateSchema(path);
    CHECK_MESSAGE(v.exit_code == 0, v.out);
  }
}

TEST_CASE("schema: JSON Lines records, error records included, validate") {
  TempDir tmp;
  WriteFile(tmp / "in/a.txt", ReadFile(Sample("hai-phong-cong-van-sgddt-25-CT-TW.txt")));
  WriteFile(tmp / "in/b.txt", std::string("binary\0file", 11));
  RunResult r = RunVbtool("extract --format jsonl '" + (tmp / "in") + "'");
  CHECK(r.exit_code == 2);
  std::vector<std::string> lines;
  for (size_t b = 0, e; b < r.out.size(); b = e + 1) {
    e = r.out.find('\n', b);
    if (e == std::string::npos) e = r.out.size();
    if (e > b) lines.push_back(r.out.substr(b, e - b));
  }
  REQUIRE(lines.size() == 2);
  CHECK(json::parse(lines[0])["type"] == "document");
  CHECK(json::parse(lines[1])["type"] == "error");
  CHECK(json::parse(lines[1])["error"]["code"] == "binary");
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string path = tmp / ("rec" + std::to_string(i) + ".json");
    WriteFile(path, lines[i]);
    RunResult v = ValidateSchema(path);
    CHECK_MESSAGE(v.exit_code == 0, v.out);
  }
}

TEST_CASE("schema: the validator rejects an output that breaks the contract") {
  TempDir tmp;
  json doc = json::parse(RunVbtool("extract samples/quyet-dinh-49-2025-QD-TTg.txt").out);
  doc["references"][0]["relation"] = "cites";  // not a relation name
  WriteFile(tmp / "bad1.json", doc.dump());
  CHECK(ValidateSchema(tmp / "bad1.json").exit_code != 0);
  doc = json::parse(RunVbtool("extract samples/quyet-dinh-49-2025-QD-TTg.txt").out);
  doc["document"].erase("number");  // required, even when null
  WriteFile(tmp / "bad2.json", doc.dump());
  CHECK(ValidateSchema(tmp / "bad2.json").exit_code != 0);
}

// ---- the careful reader's annotation of the four normative samples ----------

namespace {

const json* FindById(const json& refs, const std::string& id) {
  for (const auto& r : refs)
    if (r["id"] == id) return &r;
  return nullptr;
}

void CheckAgainstExpected(const std::string& name) {
  json want = json::parse(ReadFile(SourceDir() + "/tests/expected/" + name + ".expected.json"));
  RunResult r = RunVbtool("extract samples/" + name + ".txt");
  REQUIRE(r.exit_code == 0);
  json got = json::parse(r.out);
  const json& self = got["document"];

  // The document itself.
  REQUIRE(self["number"].is_object());
  CHECK(self["number"]["id"] == want["self"]["number"]);
  CHECK(self["date"] == want["self"]["date"]);
  REQUIRE(self["type"].is_object());
  CHECK(self["type"]["code"] == want["self"]["type"]);
  if (want["self"]["issuer"].is_string()) {
    bool issuer_ok = self["issuer"] == want["self"]["issuer"] || self["issuer_name"] == want["self"]["issuer"];
    CHECK_MESSAGE(issuer_ok, "self issuer: expected " << want["self"]["issuer"] << ", got " << self["issuer"]);
  }

  // Every expected reference, with its type, date, relation and (where the
  // reader wrote one) issuer, as written or as resolved.
  std::set<std::string> expected_ids;
  for (const auto& w : want["references"]) {
    std::string id = w["number"].get<std::string>();
    expected_ids.insert(id);
    CAPTURE(id);
    const json* g = FindById(got["references"], id);
    CHECK_MESSAGE(g != nullptr, "reference " << id << " not found");
    if (!g) continue;
    CHECK((*g)["date"] == w["date"]);
    CHECK((*g)["relation"] == w["relation"]);
    REQUIRE((*g)["type"].is_object());
    CHECK((*g)["type"]["code"] == w["type"]);
    if (w["issuer"].is_string()) {
      bool issuer_ok = (*g)["issuer"] == w["issuer"] || (*g)["issuer_name"] == w["issuer"];
      CHECK_MESSAGE(issuer_ok, "issuer of " << id << ": expected " << w["issuer"] << ", got " << (*g)["issuer"]);
    }
  }
  // Nothing invented: every extracted reference is one the reader found.
  for (const auto& g : got["references"]) {
    std::string id = g["id"].get<std::string>();
    CHECK_MESSAGE(expected_ids.count(id) == 1, "unexpected reference " << id);
  }

  // Every expected edge between two cited documents.
  for (const auto& w : want["reference_edges"]) {
    bool found = false;
    for (const auto& e : got["edges"])
      found |= e["from"] == w["from"] && e["to"] == w["to"] && e["relation"] == w["relation"];
    CHECK_MESSAGE(found, "edge " << w["from"] << " " << w["relation"] << " " << w["to"] << " not found");
  }
}

}  // namespace

TEST_CASE("expected: nghi-quyet-120-2026-UBTVQH15") { CheckAgainstExpected("nghi-quyet-120-2026-UBTVQH15"); }
TEST_CASE("expected: quyet-dinh-49-2025-QD-TTg") { CheckAgainstExpected("quyet-dinh-49-2025-QD-TTg"); }
TEST_CASE("expected: thong-tu-03-2026-TT-BYT") { CheckAgainstExpected("thong-tu-03-2026-TT-BYT"); }
TEST_CASE("expected: thong-tu-25-2025-TT-BNV") { CheckAgainstExpected("thong-tu-25-2025-TT-BNV"); }
