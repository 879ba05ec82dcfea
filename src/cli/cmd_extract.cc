// vbtool extract | normalize | rules check
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "vbtool/extract.h"
#include "vbtool/sink.h"
#include "vbtool/text.h"

namespace vbtool::cli {

namespace {

int RunExtract(CommonOptions& o) {
  auto rules = LoadRules(o);
  if (!rules) return kExitError;
  InputSet in = GatherInputs(o);
  std::string format = o.format;
  // One file: one JSON object; an archive: one JSON object per line.
  // One file named: one JSON object; a folder or a list: one object per line.
  bool one_file = o.inputs.size() <= 1 && o.files_from.empty() && o.files0_from.empty() &&
                  (o.inputs.empty() || o.inputs[0] == "-" || !std::filesystem::is_directory(o.inputs[0]));
  if (format.empty()) format = one_file ? "json" : "jsonl";
  Output out(o.output);
  if (Status s = out.status(); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  auto sink = MakeExtractSink(format, out.stream());
  if (!sink.ok()) {
    PrintError(sink.status());
    return kExitError;
  }
  (*sink)->Begin();
  // JSON Lines are made on the worker threads; other formats by the sink.
  auto on_error = [&](const FileError& e) { (*sink)->WriteError(e); };
  Renderer render = (*sink)->Renderer();
  size_t failed = render
                      ? RunBatch(
                            o, *rules, in, render, [&](std::string&& text) { (*sink)->WriteRendered(text); }, on_error)
                      : RunBatch(
                            o, *rules, in, [&](Document&& doc) { (*sink)->Write(doc); }, on_error);
  (*sink)->Finish();
  if (Status s = out.Commit(); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  return failed ? kExitError : kExitOk;
}

int RunNormalize(CommonOptions& o) {
  auto rules = LoadRules(o);
  if (!rules) return kExitError;
  if (o.inputs.size() != 1) {
    PrintError(Status::InvalidArgument("normalize takes exactly one file ('-' for standard input)"));
    return kExitError;
  }
  auto bytes = ReadInput(o.inputs[0]);
  if (!bytes.ok()) {
    PrintError(bytes.status());
    return kExitError;
  }
  auto decoded = Decode(std::move(bytes).value(), o.inputs[0], {o.lossy, o.encoding});
  if (!decoded.ok()) {
    PrintError(decoded.status().WithFile(o.inputs[0]));
    return kExitError;
  }
  NormalizedText text = Normalize(*decoded, *rules);
  std::cout << text.text();
  return kExitOk;
}

int RunRulesCheck(CommonOptions& o) {
  auto rules = LoadRules(o);
  if (!rules) return kExitError;
  auto failures = rules->CheckExamples();
  for (const auto& f : failures)
    std::cerr << "vbtool: error: " << Status::RuleError(f.where, f.rule + ": " + f.message).ToString() << "\n";
  std::cout << fmt::format("{} files, {} rules, {} examples: {} failed\n", rules->Files().size(), rules->RuleCount(),
                           rules->ExampleCount(), failures.size());
  return failures.empty() ? kExitOk : kExitError;
}

}  // namespace

Command ExtractCommand() {
  return {"extract", "Extract identity, references, edges and targets of documents (JSON, JSON Lines, text)",
          [](CLI::App* app, CommonOptions& o) {
            AddBatchOptions(app, o);
            AddRuleOptions(app, o);
            app->add_option("-f,--format", o.format, "json (default for one file), jsonl (default for several), text")
                ->check(CLI::IsMember({"json", "jsonl", "text"}));
          },
          RunExtract};
}

Command NormalizeCommand() {
  return {"normalize", "Print the normalized text that rules match against (for debugging rules)",
          [](CLI::App* app, CommonOptions& o) {
            app->add_option("inputs", o.inputs, "One file, '-' for standard input")->required();
            AddRuleOptions(app, o);
          },
          RunNormalize};
}

Command RulesCommand() {
  return {"rules", "Validate rules: 'vbtool rules check [--rules DIR]' runs every example and not_example",
          [](CLI::App* app, CommonOptions& o) {
            app->add_option("action", o.format, "check")->check(CLI::IsMember({"check"}))->required();
            AddRuleOptions(app, o);
          },
          RunRulesCheck};
}

}  // namespace vbtool::cli
