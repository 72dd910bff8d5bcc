// `sinew export anatomy|exercises`: the JSON exports other programs read.
#include <ostream>
#include <string_view>

#include "commands.hpp"

namespace sinew_cli {

int run_export(args a, streams io) {
  if (a.size() == 1 && a[0] == "anatomy") {
    export_anatomy_json(io.out);
    return exit_ok;
  }
  if (a.size() == 1 && a[0] == "exercises") {
    export_exercises_json(io.out);
    return exit_ok;
  }
  io.err << "sinew: usage: sinew export anatomy|exercises";
  if (!a.empty()) io.err << " (got '" << a[0] << "')";
  io.err << '\n';
  return exit_usage;
}

}  // namespace sinew_cli
