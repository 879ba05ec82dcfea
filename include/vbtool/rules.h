// vbtool/rules.h — the YAML rules, compiled once into an immutable RuleSet.
//
// Rules live in rules/*.yaml (document types, issuers, number shapes, dates,
// citation cues, relations between documents, header fields, targets, folds).
// The shipped files are embedded in the library; users add or override rules
// with their own files (same section + same id/code replaces, new ids add).
// Every pattern rule carries `examples` and `not_examples`; CheckExamples()
// runs them all.
//
//   auto rules = RuleSet::Load({.paths = {"my-rules/"}});
//   if (!rules.ok()) { std::cerr << rules.status().ToString(); return 2; }
//   Extract(bytes, **rules, {});
//
// Thread safety: a loaded RuleSet is immutable; share one across threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vbtool/status.h"

namespace vbtool {

namespace internal {
struct RuleData;
}

/// Where to load rules from.
struct RuleLoadOptions {
  /// Extra rule files or folders (every *.yaml inside, sorted), loaded after
  /// the shipped rules so they extend or override them. Default: none.
  std::vector<std::string> paths;
  /// Load the rules embedded at build time first. Default: true.
  bool builtin = true;
};

/// One YAML document to load: a name for messages and its text.
struct RuleSource {
  std::string name;
  std::string text;
};

/// A rule example that did not behave as declared.
struct ExampleFailure {
  Location where;       ///< the example's place in its YAML file
  std::string rule;     ///< "numbers/party"
  std::string message;  ///< what was expected and what happened
};

class RuleSet {
 public:
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  /// Loads the embedded rules (unless !builtin) and then `options.paths`.
  static Result<std::shared_ptr<const RuleSet>> Load(const RuleLoadOptions& options);
  /// Loads the given sources in order (later ones override earlier ones).
  static Result<std::shared_ptr<const RuleSet>> LoadSources(const std::vector<RuleSource>& sources);

  /// Runs every rule's examples and not_examples. Empty = all passed.
  std::vector<ExampleFailure> CheckExamples() const;
  /// How many examples and not_examples CheckExamples() runs.
  size_t ExampleCount() const;
  /// Number of pattern rules, document types, issuers and folds loaded.
  size_t RuleCount() const;
  /// The files the rules came from, in load order.
  const std::vector<std::string>& Files() const;

  /// For the library's own stages. Not part of the stable API.
  const internal::RuleData& data() const { return *data_; }

 private:
  RuleSet();
  std::unique_ptr<internal::RuleData> data_;
};

}  // namespace vbtool
