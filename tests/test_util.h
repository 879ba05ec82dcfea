// Helpers shared by the tests: the rules, the samples, and running the real
// vbtool binary (built by CMake; its path is VBTOOL_BINARY).
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <set>
#include <string>

#include <doctest/doctest.h>

#include "vbtool/extract.h"
#include "vbtool/rules.h"

namespace vbtool::testing {

inline std::string SourceDir() { return VBTOOL_SOURCE_DIR; }
inline std::string Sample(const std::string& name) { return SourceDir() + "/samples/" + name; }

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::string& path, const std::string& data) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << data;
}

/// The shipped rules, loaded once.
inline const RuleSet& Rules() {
  static std::shared_ptr<const RuleSet> rules = RuleSet::Load({}).value();
  return *rules;
}

/// Extract() of `text` with the shipped rules; fails the test on an error.
inline Document Run(const std::string& text, const std::string& path = "t.txt") {
  auto doc = Extract(text, path, Rules(), {});
  REQUIRE_MESSAGE(doc.ok(), doc.status().ToString());
  return std::move(doc).value();
}

/// Every edge as "from relation to".
inline std::set<std::string> EdgeSet(const Document& d) {
  std::set<std::string> edges;
  for (const Edge& x : d.edges) edges.insert(x.from + " " + std::string(RelationName(x.relation)) + " " + x.to);
  return edges;
}

/// The reference with `id`, or null.
inline const Reference* Ref(const Document& d, const std::string& id) {
  for (const auto& r : d.references)
    if (r.id == id) return &r;
  return nullptr;
}

/// The reference or a failed REQUIRE listing what was found.
inline const Reference& Need(const Document& d, const std::string& id) {
  const Reference* r = Ref(d, id);
  std::string found;
  for (const auto& x : d.references) found += x.id + " ";
  REQUIRE_MESSAGE(r != nullptr, id << " not found; found: " << found);
  return *r;
}

/// A fresh temporary folder, removed at the end of the test scope.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "vbtool-test-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `vbtool <args>` through the shell (args are shell words), feeding
/// `input` on standard input. Working directory: the source tree.
inline RunResult RunVbtool(const std::string& args, const std::string& input = "") {
  TempDir tmp;
  std::string in = tmp / "stdin", out = tmp / "stdout", err = tmp / "stderr";
  WriteFile(in, input);
  std::string cmd = "cd '" + SourceDir() + "' && '" + std::string(VBTOOL_BINARY) + "' " + args + " <'" + in +
                    "' >'" + out + "' 2>'" + err + "'";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

}  // namespace vbtool::testing
