// vbtool graph: the citation graph across an archive, from the files or from
// JSON Lines parts written by `vbtool extract --format jsonl` (shards).
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "print/json_doc.h"
#include "vbtool/graph.h"

namespace vbtool::cli {

namespace {

struct GraphOptions {
  std::vector<std::string> from_jsonl;
  std::vector<std::string> focus;
  int depth = 1;
};

// Reads one JSON Lines part into the builder; false when something was wrong.
bool ReadPart(const std::string& path, GraphBuilder& builder) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      PrintError(Status::IoError(path, "cannot open file"));
      return false;
    }
    in = &file;
  }
  bool ok = true;
  std::string line;
  for (size_t n = 1; std::getline(*in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = fmt::format("{}:{}", path, n);
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      PrintError(FileError{where, "invalid_argument", "not a JSON record"});
      ok = false;
      continue;
    }
    if (j.is_object() && j.value("type", "") == "error") {
      // A file the extract run could not process: report it, skip it.
      std::string file_path = j.contains("source") ? j["source"].value("path", where) : where;
      std::string message = j.contains("error") ? j["error"].value("message", "unreadable") : "unreadable";
      PrintError(FileError{file_path, "error", message});
      ok = false;
      continue;
    }
    auto doc = print::DocumentFromJson(j);
    if (!doc.ok()) {
      PrintError(FileError{where, doc.status().CodeName(), doc.status().message()});
      ok = false;
      continue;
    }
    builder.Add(*doc);
  }
  return ok;
}

int RunGraph(CommonOptions& o, const GraphOptions& g) {
  GraphBuilder builder;
  bool failed = false;
  if (!o.inputs.empty() || !o.files_from.empty() || !o.files0_from.empty() || g.from_jsonl.empty()) {
    auto rules = LoadRules(o);
    if (!rules) return kExitError;
    InputSet in = GatherInputs(o);
    // Files that cannot be read are reported and left out of the graph.
    failed = RunBatch(
                 o, *rules, in, [&](Document&& doc) { builder.Add(doc); }, [](const FileError&) {}) > 0;
  }
  for (const std::string& part : g.from_jsonl) failed |= !ReadPart(part, builder);

  Graph graph = builder.Build();
  if (!g.focus.empty()) {
    std::vector<std::string> seeds;
    for (const std::string& q : g.focus) {
      auto hits = MatchNodes(graph, q);
      if (hits.empty()) {
        PrintError(Status::InvalidArgument(
            fmt::format("--focus {}: no document in the graph has this id, number or file", q)));
        return kExitError;
      }
      seeds.insert(seeds.end(), hits.begin(), hits.end());
    }
    graph = Neighbourhood(graph, seeds, g.depth);
  }
  Output out(o.output);
  if (Status s = out.status(); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  if (Status s = WriteGraph(graph, o.format.empty() ? "json" : o.format, out.stream()); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  if (Status s = out.Commit(); !s.ok()) {
    PrintError(s);
    return kExitError;
  }
  return failed ? kExitError : kExitOk;
}

}  // namespace

Command GraphCommand() {
  auto g = std::make_shared<GraphOptions>();
  return {"graph", "Citation graph across an archive: documents as nodes, citations as edges (JSON, DOT, Mermaid, CSV)",
          [g](CLI::App* app, CommonOptions& o) {
            AddBatchOptions(app, o);
            AddRuleOptions(app, o);
            app->add_option("-f,--format", o.format, "json (default), dot, mermaid, csv")
                ->check(CLI::IsMember(GraphFormats()));
            app->add_option("--from-jsonl", g->from_jsonl,
                            "Build from JSON Lines parts written by 'vbtool extract --format jsonl' ('-' = stdin); "
                            "several parts (shards) are merged")
                ->expected(1, -1);
            app->add_option("--focus", g->focus,
                            "Keep only the neighbourhood of this document: node id, number (e.g. 25-CT/TW) or file; "
                            "repeat for several")
                ->allow_extra_args(false)
                ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
            app->add_option("--depth", g->depth, "Edges to follow from --focus, in both directions. Default: 1")
                ->check(CLI::NonNegativeNumber);
          },
          [g](CommonOptions& o) { return RunGraph(o, *g); }};
}

}  // namespace vbtool::cli
