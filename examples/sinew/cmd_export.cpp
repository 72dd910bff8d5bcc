// `sinew export anatomy|exercises`: the JSON exports other programs read.
#include <ostream>
#include <string_view>

#include "cli_support.hpp"
#include "commands.hpp"

namespace sinew_cli {

int run_export(args a, streams io) {
  for (auto arg : a)
    if (arg.starts_with("--")) return reject_option(io.err, "export", arg, {});
  if (a.size() == 1 && a[0] == "anatomy") {
    export_anatomy_json(io.out);
    return exit_ok;
  }
  if (a.size() == 1 && a[0] == "exercises") {
    export_exercises_json(io.out);
    return exit_ok;
  }
  io.err << "sinew: usage: sinew export anatomy|exercises";
  if (a.size() == 1) io.err << " (got '" << shown(a[0]) << "')";
  if (a.size() > 1) io.err << " (one layer at a time; got " << a.size() << " arguments)";
  io.err << '\n';
  return exit_usage;
}

}  // namespace sinew_cli
