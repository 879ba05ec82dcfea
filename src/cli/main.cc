// vbtool: Vietnamese administrative documents → structured data.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "suggest.h"

int main(int argc, char** argv) {
  using namespace vbtool::cli;
  const std::vector<Command> commands = {
      ExtractCommand(),
      NormalizeCommand(),
      RulesCommand(),
      GraphCommand(),
      TargetsCommand(),
      CheckCommand(),
  };

  CLI::App app{"vbtool: reads Vietnamese administrative documents (kế hoạch, công văn, quyết định...) and "
               "extracts their identity, citations and targets.\n\n"
               "Exit codes: 0 success; 1 check findings at or above --fail-on; "
               "2 usage or rule errors, or an input that could not be processed."};
  app.set_version_flag("--version", std::string("vbtool ") + VBTOOL_VERSION);
  app.require_subcommand(1);
  std::vector<CommonOptions> options(commands.size());
  std::vector<CLI::App*> subs;
  for (size_t i = 0; i < commands.size(); ++i) {
    CLI::App* sub = app.add_subcommand(commands[i].name, commands[i].help);
    commands[i].setup(sub, options[i]);
    subs.push_back(sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    // Unknown subcommand: suggest the closest name.
    if (argc > 1 && argv[1][0] != '-') {
      std::string given = argv[1];
      bool known = false;
      for (const auto& c : commands) known |= given == c.name;
      if (!known) {
        std::vector<std::string> names;
        for (const auto& c : commands) names.push_back(c.name);
        std::string best = vbtool::internal::Closest(given, names);
        std::cerr << "vbtool: error: unknown command '" << given << "'"
                  << (best.empty() ? "" : ", did you mean '" + best + "'?") << "\n";
        return kExitError;
      }
    }
    app.exit(e);
    return kExitError;
  }
  for (size_t i = 0; i < commands.size(); ++i)
    if (subs[i]->parsed()) return commands[i].run(options[i]);
  return kExitError;
}
