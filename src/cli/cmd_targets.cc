// vbtool targets: the quantified targets of documents, one row per target.
#include <fmt/format.h>

#include "cli/commands.h"
#include "print/targets_sinks.h"
#include "vbtool/extract.h"

namespace vbtool::cli {

namespace {

struct TargetsFlags {
  bool no_bom = false;
};

TargetsFlags& Flags() {
  static TargetsFlags flags;
  return flags;
}

int RunTargets(CommonOptions& o) {
  auto rules = LoadRules(o);
  if (!rules) return kExitError;
  InputSet in = GatherInputs(o);
  Output out(o.output);
  print::TargetSinkOptions options;
  options.csv_bom = !Flags().no_bom;
  auto sink = print::MakeTargetSink(o.format.empty() ? "table" : o.format, out.stream(), options);
  if (!sink.ok()) {
    PrintError(sink.status());
    return kExitError;
  }
  (*sink)->Begin();
  // The shared driver: progress line, errors printed, the batch goes on.
  size_t failed = RunBatch(
      o, *rules, in, [&](Document&& doc) { (*sink)->Write(doc); }, [](const FileError&) {});
  (*sink)->Finish();
  if (Status s = out.Commit(); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  return failed ? kExitError : kExitOk;
}

}  // namespace

Command TargetsCommand() {
  return {"targets",
          "Quantified targets (chỉ tiêu) of documents: one row per target (table, csv, json, jsonl, markdown)",
          [](CLI::App* app, CommonOptions& o) {
            AddBatchOptions(app, o);
            AddRuleOptions(app, o);
            app->add_option("-f,--format", o.format,
                            "table (default: aligned columns), csv (RFC 4180, UTF-8), json, jsonl, markdown")
                ->check(CLI::IsMember(print::TargetFormats()));
            app->add_flag("--no-bom", Flags().no_bom,
                          "CSV without the UTF-8 byte order mark (the mark lets spreadsheets detect UTF-8)");
          },
          RunTargets};
}

}  // namespace vbtool::cli
