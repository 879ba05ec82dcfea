// Every example and not_example of the shipped rules (rules/*.yaml) behaves
// as declared: the same check as `vbtool rules check`.
#include <doctest/doctest.h>

#include <string>

#include "test_util.h"
#include "vbtool/rules.h"

using namespace vbtool;
using namespace vbtool::testing;

TEST_CASE("rules corpus: every shipped example and not_example passes") {
  const RuleSet& rules = Rules();
  CHECK(rules.ExampleCount() > 100);
  CHECK(rules.Files().size() >= 7);
  auto failures = rules.CheckExamples();
  for (const auto& f : failures)
    FAIL_CHECK(Status::RuleError(f.where, f.rule + ": " + f.message).ToString());
  CHECK(failures.empty());
}

TEST_CASE("rules corpus: `vbtool rules check` agrees") {
  RunResult r = RunVbtool("rules check");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find(std::to_string(Rules().ExampleCount()) + " examples: 0 failed\n") != std::string::npos);
}
