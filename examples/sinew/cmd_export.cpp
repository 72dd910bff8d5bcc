// `sinew export anatomy|exercises|program`: the JSON exports other programs read,
// written by the library's opt-in JSON headers so that any program writes the
// same documents.
#include <ostream>
#include <string_view>

#include <sinew/anatomy/json.hpp>
#include <sinew/exercises/json.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

namespace sinew_cli {

int run_export(args a, streams io) {
  // `export program FILE [options]`: the program file's JSON with its analysis
  // (the document of `sinew check --json`); its options are the analysis's.
  if (!a.empty() && a[0] == "program") return run_export_program(a.subspan(1), io);
  for (auto arg : a)
    if (arg.starts_with("--")) return reject_option(io.err, "export", arg, {});
  if (a.size() == 1 && a[0] == "anatomy") {
    io.out << sinew::json::to_json(sinew::lower_body) << '\n';
    return exit_ok;
  }
  if (a.size() == 1 && a[0] == "exercises") {
    io.out << sinew::json::to_json(sinew::builtin_catalog()) << '\n';
    return exit_ok;
  }
  io.err << "sinew: usage: sinew export anatomy|exercises|program";
  if (a.size() == 1) io.err << " (got '" << shown(a[0]) << "')";
  if (a.size() > 1) io.err << " (one layer at a time; got " << a.size() << " arguments)";
  io.err << '\n';
  return exit_usage;
}

}  // namespace sinew_cli
