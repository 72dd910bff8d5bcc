// The `sinew` command-line tool: lower-body anatomy, exercises and set schemes
// from the terminal, built on the library exactly as an application would.
#include <iostream>
#include <string_view>
#include <vector>

#include <sinew/version.hpp>

#include "commands.hpp"

namespace {

struct command {
  std::string_view name;
  int (*run)(sinew_cli::args, sinew_cli::streams);
  std::string_view usage;
};

constexpr command commands[] = {
    {"anatomy", sinew_cli::run_anatomy,
     "anatomy [MUSCLE] [--action A | --joint J | --group G]   muscles, joints crossed, actions; one muscle in detail"},
    {"exercises", sinew_cli::run_exercises,
     "exercises [--action A | --muscle M | --group G] [--equipment E,..] [--no-spinal-load] [--unilateral] [--pattern P] [--prime]"},
    {"explain", sinew_cli::run_explain, "explain EXERCISE [MUSCLE]   how the muscles' roles follow from the anatomy"},
    {"substitute", sinew_cli::run_substitute, "substitute EXERCISE [filters]   closest alternatives, ranked"},
    {"export", sinew_cli::run_export, "export anatomy|exercises   JSON on stdout"},
    {"parse", sinew_cli::run_parse, "parse \"TEXT\" [--json]   a set scheme in coach notation: canonical form and figures"},
};

void usage(std::ostream& out) {
  out << "sinew " << sinew::version_major << '.' << sinew::version_minor << '.' << sinew::version_patch
      << " - lower-body functional anatomy and training programming\n\n"
      << "usage: sinew COMMAND [ARGS]\n\ncommands:\n";
  for (const auto& c : commands) out << "  " << c.usage << '\n';
  out << "\nexit codes: 0 success, 1 internal error, 2 bad usage or input\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> all(argv + 1, argv + argc);
  sinew_cli::streams io{std::cout, std::cerr};
  if (all.empty() || all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
    usage(all.empty() ? std::cerr : std::cout);
    return all.empty() ? sinew_cli::exit_usage : sinew_cli::exit_ok;
  }
  if (all[0] == "--version") {
    std::cout << "sinew " << sinew::version_major << '.' << sinew::version_minor << '.' << sinew::version_patch << '\n';
    return sinew_cli::exit_ok;
  }
  for (const auto& c : commands)
    if (c.name == all[0]) return c.run(sinew_cli::args{all}.subspan(1), io);
  std::cerr << "sinew: unknown command '" << all[0] << "'. Commands:";
  for (const auto& c : commands) std::cerr << ' ' << c.name;
  std::cerr << "\nRun 'sinew --help' for usage.\n";
  return sinew_cli::exit_usage;
}
