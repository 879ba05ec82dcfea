// Options, rule loading, error printing and atomic output shared by commands.
#include <fmt/format.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "vbtool/extract.h"
#include "vbtool/progress.h"

namespace vbtool::cli {

void AddRuleOptions(CLI::App* app, CommonOptions& o) {
  app->add_option("--rules", o.rule_paths,
                  "Extra YAML rule file or folder, loaded after the shipped rules (same id overrides)");
  app->add_flag("--lossy", o.lossy, "Replace invalid bytes with U+FFFD instead of failing");
  app->add_option("--encoding", o.encoding,
                  "Input encoding: auto (UTF-8/16, else guess TCVN3, VNI or Windows-1258), tcvn3, vni, viscii, "
                  "windows-1258, or "
                  "any ICU converter name. Default: UTF-8/16");
}

void AddBatchOptions(CLI::App* app, CommonOptions& o) {
  app->add_option("inputs", o.inputs, "Files or folders (recursive); '-' for standard input");
  app->add_option("-j,--jobs", o.jobs, "Worker threads (default: all cores); output order never depends on it");
  app->add_option("--include", o.walk.include, "Only files matching this glob (default in folders: *.txt)");
  app->add_option("--exclude", o.walk.exclude, "Skip files and folders matching this glob, e.g. 'drafts/**'");
  app->add_flag("--hidden", o.walk.hidden, "Also read hidden files and folders");
  app->add_option("--files-from", o.files_from, "Read the list of files from FILE ('-' = stdin), one per line");
  app->add_option("--files0-from", o.files0_from, "Read a NUL-separated list of files from FILE ('-' = stdin)");
  app->add_option("--max-file-size", o.max_file_size, "Skip (and report) files larger than this many bytes");
  app->add_option("-o,--output", o.output, "Write to FILE atomically instead of standard output");
  app->add_flag("-q,--quiet", o.quiet, "No progress line on standard error");
}

std::shared_ptr<const RuleSet> LoadRules(const CommonOptions& o) {
  auto rules = RuleSet::Load({o.rule_paths, true});
  if (!rules.ok()) {
    PrintError(rules.status());
    return nullptr;
  }
  return *rules;
}

InputSet GatherInputs(const CommonOptions& o) {
  std::vector<std::string> paths = o.inputs;
  for (auto [list, nul] : {std::pair{o.files_from, false}, std::pair{o.files0_from, true}}) {
    if (list.empty()) continue;
    auto more = ReadFileList(list, nul);
    if (!more.ok()) {
      InputSet bad;
      bad.errors.push_back({list, more.status().CodeName(), more.status().message()});
      return bad;
    }
    paths.insert(paths.end(), more->begin(), more->end());
  }
  if (paths.empty() && o.files_from.empty() && o.files0_from.empty()) {
    // Nothing named: read standard input, unless a person is typing at it.
    if (isatty(STDIN_FILENO)) {
      InputSet none;
      none.errors.push_back({"-", "usage", "no input: name files or folders, or '-' to read standard input"});
      return none;
    }
    paths.push_back("-");
  }
  return CollectInputs(paths, o.walk);
}

BatchOptions MakeBatchOptions(const CommonOptions& o) {
  BatchOptions b;
  b.extract.decode.lossy = o.lossy;
  b.extract.decode.encoding = o.encoding;
  b.jobs = o.jobs;
  b.max_file_size = o.max_file_size;
  return b;
}

void PrintError(const Status& s) {
  std::cerr << "vbtool: error: " << s.ToString() << "\n";
  const Location& at = s.where();
  if (at.file.empty() || at.line == 0 || at.file == "-" || s.code() == Status::Code::kBadEncoding) return;
  std::ifstream in(at.file, std::ios::binary);
  if (!in) return;
  std::string line;
  for (size_t i = 0; i < at.line && std::getline(in, line); ++i) {
  }
  if (line.empty() || line.size() > 300) return;
  std::cerr << line << "\n";
  if (at.column > 0) std::cerr << std::string(at.column - 1, ' ') << "^\n";
}

void PrintError(const FileError& e) { std::cerr << "vbtool: error: " << e.path << ": " << e.message << "\n"; }

// The driver behind both RunBatch forms: documents to `on_doc` when given,
// else rendered texts to `on_text`.
size_t RunBatch(const CommonOptions& o, const RuleSet& rules, const InputSet& in, const Renderer& render,
                const std::function<void(std::string&&)>& on_text,
                const std::function<void(const FileError&)>& on_error, const std::function<void(Document&&)>* on_doc);

size_t RunBatch(const CommonOptions& o, const RuleSet& rules, const InputSet& in,
                const std::function<void(Document&&)>& on_doc, const std::function<void(const FileError&)>& on_error) {
  return RunBatch(
      o, rules, in, Renderer(), [](std::string&&) {}, on_error, &on_doc);
}

size_t RunBatch(const CommonOptions& o, const RuleSet& rules, const InputSet& in, const Renderer& render,
                const std::function<void(std::string&&)>& on_text,
                const std::function<void(const FileError&)>& on_error) {
  return RunBatch(o, rules, in, render, on_text, on_error, nullptr);
}

size_t RunBatch(const CommonOptions& o, const RuleSet& rules, const InputSet& in, const Renderer& render,
                const std::function<void(std::string&&)>& on_text,
                const std::function<void(const FileError&)>& on_error, const std::function<void(Document&&)>* on_doc) {
  size_t failures = 0;
  for (const auto& e : in.errors) {
    PrintError(e);
    on_error(e);
    ++failures;
  }
  // Sizes up front, for the progress line's rate and ETA.
  std::vector<uint64_t> sizes(in.files.size(), 0);
  uint64_t total = 0;
  for (size_t i = 0; i < in.files.size(); ++i) {
    std::error_code ec;
    if (in.files[i] != "-") sizes[i] = std::filesystem::file_size(in.files[i], ec);
    if (ec) sizes[i] = 0;
    total += sizes[i];
  }
  Progress progress(std::cerr, !o.quiet && isatty(STDERR_FILENO), in.files.size(), total);
  size_t index = 0;
  ForEachDocument(in.files, rules, MakeBatchOptions(o), render,
                  [&](const std::string& path, Result<Document>&& doc, std::string&& text) {
                    size_t i = index++;
                    if (doc.ok()) {
                      progress.Advance(doc->source.bytes);
                      if (on_doc)
                        (*on_doc)(std::move(doc).value());
                      else
                        on_text(std::move(text));
                      return;
                    }
                    ++failures;
                    progress.Clear();
                    const Status& s = doc.status();
                    const Location& at = s.where();
                    std::string message = s.message();
                    if (at.line > 0) message = fmt::format("line {}, column {}: {}", at.line, at.column, message);
                    FileError e{path, s.CodeName(), message};
                    PrintError(s.WithFile(path));
                    on_error(e);
                    progress.Advance(sizes[i]);
                  });
  progress.Finish();
  return failures;
}

namespace {

// The temporary file of the Output being written, for the signal handler
// (a fixed buffer: only async-signal-safe calls there).
char g_tmp_path[4096];

extern "C" void RemoveTempAndDie(int sig) {
  if (g_tmp_path[0]) unlink(g_tmp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

Output::Output(const std::string& path) : path_(path) {
  if (path_.empty() || path_ == "-") return;
  std::filesystem::path p(path_);
  tmp_ = (p.parent_path() / ("." + p.filename().string() + ".vbtool-" + std::to_string(getpid()) + ".tmp")).string();
  if (tmp_.size() < sizeof(g_tmp_path)) {
    std::memcpy(g_tmp_path, tmp_.c_str(), tmp_.size() + 1);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, RemoveTempAndDie);
  }
  file_ = std::make_unique<std::ofstream>(tmp_, std::ios::binary | std::ios::trunc);
  if (!file_->is_open()) open_error_ = std::strerror(errno);
}

Output::~Output() {
  if (file_ && !committed_) {
    file_->close();
    std::remove(tmp_.c_str());
  }
  g_tmp_path[0] = 0;
}

Status Output::status() const {
  if (file_ && !file_->is_open()) return Status::IoError(path_, "cannot create the output file: " + open_error_);
  return Status::Ok();
}

std::ostream& Output::stream() { return file_ ? static_cast<std::ostream&>(*file_) : std::cout; }

Status Output::Commit() {
  committed_ = true;
  if (!file_) {
    std::cout.flush();
    return std::cout ? Status::Ok() : Status::IoError("-", "cannot write to standard output");
  }
  file_->flush();
  bool good = static_cast<bool>(*file_);
  file_->close();
  good = good && !file_->fail();
  if (!good || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(tmp_.c_str());
    g_tmp_path[0] = 0;
    return Status::IoError(path_, "cannot write the output file: " + why);
  }
  g_tmp_path[0] = 0;
  return Status::Ok();
}

}  // namespace vbtool::cli
