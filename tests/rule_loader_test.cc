// The YAML rule loader: schema errors with file:line:column (tested by exact
// text), $var expansion, overriding by id, `enabled: false`, examples.
#include <doctest/doctest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "rule_data.h"
#include "test_util.h"
#include "vbtool/rules.h"

using namespace vbtool;
using namespace vbtool::testing;

namespace {

// The error of loading `text` as one file named "my.yaml" ("" when it loads).
std::string LoadError(const std::string& text) {
  auto r = RuleSet::LoadSources({{"my.yaml", text}});
  return r.ok() ? "" : r.status().ToString();
}

std::shared_ptr<const RuleSet> LoadOk(const std::vector<RuleSource>& sources) {
  auto r = RuleSet::LoadSources(sources);
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  return *r;
}

const char* kDates = R"(dates:
  - id: numeric
    pattern: 'ngày (?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})'
    examples:
      - text: 'ban hành ngày 25/10/2023 của'
        match: 'ngày 25/10/2023'
        captures: {day: '25', month: '10', year: '2023'}
    not_examples: ['giai đoạn 2021-2025']
)";

}  // namespace

TEST_CASE("rules: a small valid file loads and its examples pass") {
  auto rules = LoadOk({{"my.yaml", kDates}});
  CHECK(rules->RuleCount() == 1);
  CHECK(rules->ExampleCount() == 2);
  CHECK(rules->CheckExamples().empty());
  CHECK(rules->Files() == std::vector<std::string>{"my.yaml"});
}

TEST_CASE("rules: unknown key with a suggestion") {
  CHECK(LoadError("dates:\n  - id: x\n    patern: 'a'\n") ==
        "my.yaml:3:5: unknown key 'patern' in a rule of 'dates', did you mean 'pattern'?");
  CHECK(LoadError("dates:\n  - id: x\n    pattern: 'a'\n    not_example: ['b']\n") ==
        "my.yaml:4:5: unknown key 'not_example' in a rule of 'dates', did you mean 'not_examples'?");
  // A key far from every allowed key: no suggestion.
  CHECK(LoadError("dates:\n  - id: x\n    pattern: 'a'\n    colour: red\n") ==
        "my.yaml:4:5: unknown key 'colour' in a rule of 'dates'");
  // Section-specific keys: 'relation' belongs to cues, not dates.
  CHECK(LoadError("cues:\n  - id: x\n    relaton: basis\n    pattern: 'a'\n") ==
        "my.yaml:3:5: unknown key 'relaton' in a rule of 'cues', did you mean 'relation'?");
  CHECK(LoadError("doc_types:\n  - {code: KH, nmae: Kế hoạch}\n") ==
        "my.yaml:2:16: unknown key 'nmae' in a document type, did you mean 'name'?");
  CHECK(LoadError("dates:\n  - id: x\n    pattern: 'a'\n    examples:\n      - {txt: 'a'}\n") ==
        "my.yaml:5:10: unknown key 'txt' in an example, did you mean 'text'?");
}

TEST_CASE("rules: unknown section with a suggestion") {
  CHECK(LoadError("date:\n  - id: x\n    pattern: 'a'\n") ==
        "my.yaml:1:1: unknown section 'date', did you mean 'dates'?");
  CHECK(LoadError("isuers: []\n") == "my.yaml:1:1: unknown section 'isuers', did you mean 'issuers'?");
}

TEST_CASE("rules: bad regex names file:line:col of the pattern") {
  CHECK(LoadError("dates:\n  - id: broken\n    pattern: 'ngày (\\d+'\n") ==
        "my.yaml:3:14: rule 'broken': bad pattern: missing ): ngày (\\d+");
}

TEST_CASE("rules: wrong types") {
  CHECK(LoadError("dates:\n  - id: x\n    pattern: [a, b]\n") == "my.yaml:3:14: 'pattern' must be a string");
  CHECK(LoadError("dates: {id: x}\n") == "my.yaml:1:8: 'dates' must be a list of rules");
  CHECK(LoadError("dates:\n  - id: x\n    pattern: 'a'\n    examples: 'a'\n") ==
        "my.yaml:4:15: 'examples' must be a list");
  CHECK(LoadError("doc_types:\n  - {code: KH, name: KH, names: {a: b}}\n") ==
        "my.yaml:2:33: 'names' must be a list of strings");
  CHECK(LoadError("folds:\n  - {from: a, to: b, word_end: maybe}\n") ==
        "my.yaml:2:32: wrong type: bad conversion");
  CHECK(LoadError("- a\n- b\n") == "my.yaml:1:1: a rule file must be a mapping of sections");
}

// yaml-cpp marks count bytes; Location columns count code points.
TEST_CASE("rules: error columns count code points") {
  // '{' of the names value is code point 39 (byte 43: "ế" and "ạ" are 3 bytes each).
  CHECK(LoadError("doc_types:\n  - {code: KH, name: Kế hoạch, names: {a: b}}\n") ==
        "my.yaml:2:39: 'names' must be a list of strings");
}

TEST_CASE("rules: bad values of enumerated keys") {
  CHECK(LoadError("cues:\n  - id: x\n    relation: implement\n    pattern: 'a'\n") ==
        "my.yaml:3:15: unknown relation 'implement', did you mean 'implements'?");
  CHECK(LoadError("numbers:\n  - id: x\n    family: partty\n    pattern: '(?P<serial>\\d+)'\n") ==
        "my.yaml:3:13: unknown family 'partty', did you mean 'party'?");
  CHECK(LoadError("cues:\n  - id: x\n    pattern: 'a'\n") == "my.yaml:2:5: rule 'x' needs 'relation'");
}

TEST_CASE("rules: unknown variable with a suggestion, and cycles") {
  CHECK(LoadError("vars:\n  hs: '[ ]*'\ndates:\n  - id: x\n    pattern: 'a$hss'\n") ==
        "my.yaml:5:14: unknown variable '$hss', did you mean '$hs'?");
  CHECK(LoadError("vars:\n  a: 'x$b'\n  b: 'y$a'\n") == "my.yaml:2:6: variable '$a' refers to itself");
}

TEST_CASE("rules: a capture named by an example must exist") {
  CHECK(LoadError("dates:\n  - id: x\n    pattern: '(?P<day>\\d+)'\n    examples:\n"
                  "      - {text: '12', captures: {month: '12'}}\n") ==
        "my.yaml:5:9: rule 'x' has no capture group 'month'");
}

TEST_CASE("rules: invalid YAML") {
  CHECK(LoadError("dates: [a, b\n") == "my.yaml:2:1: invalid YAML: end of sequence flow not found");
  CHECK(LoadError("dates:\n  - id: x\n   pattern: a\n") == "my.yaml:3:4: invalid YAML: end of sequence not found");
  CHECK(LoadError("a: b: c\n") == "my.yaml:1:5: invalid YAML: illegal map value");
}

TEST_CASE("rules: $var expansion, lists become literal alternations") {
  auto rules = LoadOk({{"my.yaml", R"(vars:
  cue_words: [căn cứ, trên cơ sở, "a.b"]
cues:
  - id: can_cu
    relation: basis
    pattern: '(?i)$cue_words'
    examples: ['Căn cứ Luật', 'Trên cơ sở đề nghị', 'a.b']
    not_examples: ['axb']
)"}});
  CHECK(rules->CheckExamples().empty());
  const auto& r = rules->data().rules("cues").at(0);
  // A space between words matches any white space run, line breaks included.
  CHECK(r.pattern == "(?i)(?:(?:trên(?:[ \\t\\n]+)cơ(?:[ \\t\\n]+)sở|căn(?:[ \\t\\n]+)cứ|a\\.b))");
}

TEST_CASE("rules: a later file overrides a rule by id, adds new ids, disables with enabled: false") {
  std::string base = R"(dates:
  - id: numeric
    pattern: 'ngày (?P<day>\d+)/(?P<month>\d+)/(?P<year>\d{4})'
  - id: month
    pattern: 'tháng (?P<month>\d+)/(?P<year>\d{4})'
)";
  std::string user = R"(dates:
  - id: numeric
    pattern: 'hôm (?P<day>\d+)/(?P<month>\d+)/(?P<year>\d{4})'
    examples: ['hôm 1/2/2024']
  - id: month
    enabled: false
  - id: extra
    pattern: 'năm (?P<year>\d{4})'
)";
  auto rules = LoadOk({{"base.yaml", base}, {"user.yaml", user}});
  const auto& dates = rules->data().rules("dates");
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].id == "numeric");
  CHECK(dates[0].source.rfind("hôm", 0) == 0);
  CHECK(dates[0].at.file == "user.yaml");
  CHECK(dates[1].id == "extra");
  CHECK(rules->CheckExamples().empty());
  CHECK(rules->Files() == std::vector<std::string>{"base.yaml", "user.yaml"});
}

TEST_CASE("rules: vocabularies override by code") {
  auto rules = LoadOk({{"a.yaml", "doc_types:\n  - {code: KH, name: Kế hoạch}\n  - {code: CT, name: Chỉ thị}\n"},
                       {"b.yaml", "doc_types:\n  - {code: KH, name: Kế hoạch mới}\n"}});
  const auto& d = rules->data();
  REQUIRE(d.types.size() == 2);
  REQUIRE(d.FindType("KH") != nullptr);
  CHECK(d.FindType("KH")->name == "Kế hoạch mới");
  CHECK(d.FindType("kh")->code == "KH");  // case-insensitive lookup
}

TEST_CASE("rules: accents map the bare spelling to the marked words; a later entry wins; bad entries are errors") {
  auto rules = LoadOk({{"a.yaml", "accents: [căn cứ, ngày, sở]\ndoc_types:\n  - {code: KH, name: Kế hoạch}\n"
                                  "issuers:\n  - {code: BLĐTBXH, name: Bộ Lao động - Thương binh và Xã hội, family: state}\n"},
                       {"b.yaml", "accents: [số]\n"}});
  const auto& d = rules->data();
  CHECK(d.accents.at("can cu") == "căn cứ");
  CHECK(d.accents.at("ngay") == "ngày");
  CHECK(d.accents.at("so") == "số");            // b.yaml's entry for "so" wins over a.yaml's "sở"
  CHECK(d.accents.at("ke hoach") == "kế hoạch");  // a type's name
  // An issuer's name in parts: each part of two words or more.
  CHECK(d.accents.at("bo lao dong") == "bộ lao động");
  CHECK(d.accents.at("thuong binh va xa hoi") == "thương binh và xã hội");
  CHECK(d.accent_words == 5);
  CHECK(LoadError("accents: [ngày, 'số 1']\n") ==
        "my.yaml:1:17: accent entry 'số 1' must be letters and spaces, each an a-z letter once its marks are gone");
  CHECK(LoadError("accents: {a: b}\n") == "my.yaml:1:10: 'accents' must be a list of words written with their marks");
}

TEST_CASE("rules: CheckExamples reports each failing example with its place") {
  auto rules = LoadOk({{"my.yaml", R"(dates:
  - id: numeric
    pattern: 'ngày (?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})'
    examples:
      - 'ngày 5-6-2024'
      - text: 'ngày 25/10/2023'
        captures: {day: '52'}
      - text: 'xx ngày 1/2/2024 yy'
        match: 'ngày 1/2/2024 yy'
    not_examples: ['ngày 1/1/2020']
)"}});
  auto failures = rules->CheckExamples();
  REQUIRE(failures.size() == 4);
  CHECK(failures[0].rule == "dates/numeric");
  CHECK(Status::RuleError(failures[0].where, failures[0].message).ToString() ==
        "my.yaml:5:9: example does not match: \"ngày 5-6-2024\"");
  CHECK(Status::RuleError(failures[1].where, failures[1].message).ToString() ==
        "my.yaml:6:9: capture 'day' is \"25\", expected \"52\" in \"ngày 25/10/2023\"");
  CHECK(Status::RuleError(failures[2].where, failures[2].message).ToString() ==
        "my.yaml:8:9: example matches \"ngày 1/2/2024\", expected \"ngày 1/2/2024 yy\"");
  CHECK(Status::RuleError(failures[3].where, failures[3].message).ToString() ==
        "my.yaml:10:20: not_example matches \"ngày 1/1/2020\" in \"ngày 1/1/2020\"");
}

TEST_CASE("rules: the CLI reports rule errors with exit code 2, overrides with --rules") {
  TempDir tmp;
  WriteFile(tmp / "bad/x.yaml", "dates:\n  - id: x\n    patern: 'a'\n");
  RunResult bad = RunVbtool("rules check --rules '" + (tmp / "bad") + "'");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.rfind("vbtool: error: " + (tmp / "bad/x.yaml") +
                          ":3:5: unknown key 'patern' in a rule of 'dates', did you mean 'pattern'?\n",
                      0) == 0);

  // A user file that adds a document type and a failing example.
  WriteFile(tmp / "mine/extra.yaml", R"(dates:
  - id: mine
    pattern: 'hôm (?P<day>\d+)/(?P<month>\d+)/(?P<year>\d{4})'
    examples: ['hôm nay']
)");
  RunResult check = RunVbtool("rules check --rules '" + (tmp / "mine") + "'");
  CHECK(check.exit_code == 2);
  CHECK(check.err.find("vbtool: error: " + (tmp / "mine/extra.yaml") +
                       ":4:16: dates/mine: example does not match: \"hôm nay\"\n") != std::string::npos);
  CHECK(check.out.find(" failed\n") != std::string::npos);
  // The user's file is counted: one more file than the shipped rules alone.
  RunResult shipped = RunVbtool("rules check");
  CHECK(check.out.substr(0, check.out.find(' ')) ==
        std::to_string(std::stoi(shipped.out.substr(0, shipped.out.find(' '))) + 1));

  RunResult missing = RunVbtool("rules check --rules '" + (tmp / "nope") + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "vbtool: error: " + (tmp / "nope") + ": no such rule file or folder\n");
}

TEST_CASE("FoldCase: the per-letter fold of Latin text is ICU's full fold of the string") {
  // Every letter of the Latin blocks Vietnamese is written in, alone and in a word.
  for (UChar32 c = 0x41; c < 0x1F00; ++c) {
    if (c == 0x250) c = 0x1E00;
    if (!u_isalpha(c)) continue;
    icu::UnicodeString u(c);
    u.insert(0, "Bộ ");
    std::string utf8, expected;
    u.toUTF8String(utf8);
    u.foldCase().toUTF8String(expected);
    CHECK_MESSAGE(vbtool::internal::FoldCase(utf8) == expected, "U+", std::hex, c);
  }
  CHECK(vbtool::internal::FoldCase("BỘ Y TẾ ĐẮK LẮK") == "bộ y tế đắk lắk");
  CHECK(vbtool::internal::FoldCase("Straße") == "strasse");  // ß folds to two letters
}
