// The CLI: one table of subcommands {name, help, setup, run} (ninja's kTools).
// setup() declares the options on a CLI11 subcommand and binds them to a
// plain Options struct; run() builds the resources and returns the exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "vbtool/batch.h"
#include "vbtool/rules.h"
#include "vbtool/status.h"

namespace vbtool::cli {

/// Exit codes, documented in README and --help.
enum Exit { kExitOk = 0, kExitFindings = 1, kExitError = 2 };

/// Options shared by the subcommands that read documents.
struct CommonOptions {
  std::vector<std::string> inputs;      ///< files, folders, "-"
  std::vector<std::string> rule_paths;  ///< --rules
  std::string format;                   ///< --format
  std::string output;                   ///< -o FILE ("" = stdout)
  bool lossy = false;
  std::string encoding;
  int jobs = 0;
  bool quiet = false;
  InputOptions walk;
  std::string files_from;               ///< --files-from (newline separated)
  std::string files0_from;              ///< --files0-from (NUL separated)
  size_t max_file_size = 64u << 20;
};

struct Command {
  const char* name;
  const char* help;
  std::function<void(CLI::App*, CommonOptions&)> setup;
  std::function<int(CommonOptions&)> run;
};

/// Adds --rules, --lossy, --encoding to `app`.
void AddRuleOptions(CLI::App* app, CommonOptions& o);
/// Adds inputs, --jobs, --include, --exclude, --hidden, --files-from,
/// --files0-from, --max-file-size, -o, --quiet.
void AddBatchOptions(CLI::App* app, CommonOptions& o);

/// Loads the rules or prints the error; nullptr on error.
std::shared_ptr<const RuleSet> LoadRules(const CommonOptions& o);
/// The input files: collected from inputs/--files-from; errors reported on stderr.
InputSet GatherInputs(const CommonOptions& o);
/// The batch options derived from the common ones.
BatchOptions MakeBatchOptions(const CommonOptions& o);

/// Prints "vbtool: error: <status>" (with the source line and a caret when known).
void PrintError(const Status& s);
void PrintError(const FileError& e);

/// The batch driver shared by the commands that read many documents: reads
/// and extracts `in.files` on --jobs threads, with a progress line on stderr
/// when stderr is a terminal and --quiet is not given. Documents reach
/// `on_doc` in path order. Each input that cannot be processed (the walk's
/// errors first, then unreadable, binary, undecodable or too large files) is
/// printed as "vbtool: error: PATH: reason" and passed to `on_error`; the batch
/// goes on. Returns the number of such inputs.
size_t RunBatch(const CommonOptions& o, const RuleSet& rules, const InputSet& in,
                const std::function<void(Document&&)>& on_doc,
                const std::function<void(const FileError&)>& on_error);
/// The same for a sink that renders each document on the worker threads
/// (Sink::Renderer()): the texts reach `on_text` in path order.
size_t RunBatch(const CommonOptions& o, const RuleSet& rules, const InputSet& in, const Renderer& render,
                const std::function<void(std::string&&)>& on_text,
                const std::function<void(const FileError&)>& on_error);

/// Writes to -o FILE atomically (a temporary file renamed at the end) or to
/// stdout. Commit() makes the output visible; without it nothing is left.
class Output {
 public:
  explicit Output(const std::string& path);
  ~Output();
  /// An error when the temporary file cannot be created (checked up front).
  Status status() const;
  std::ostream& stream();
  /// Flushes and renames the temporary file over the target. On any error
  /// the temporary file is removed and the target is left as it was; an
  /// interrupted run (SIGINT, SIGTERM, SIGHUP) also removes it.
  Status Commit();

 private:
  std::string path_, tmp_, open_error_;
  std::unique_ptr<std::ofstream> file_;
  bool committed_ = false;
};

Command ExtractCommand();
Command NormalizeCommand();
Command RulesCommand();
Command TargetsCommand();
Command GraphCommand();
Command CheckCommand();

}  // namespace vbtool::cli
