// The `sinew` command-line tool: lower-body anatomy, exercises and set schemes
// from the terminal, built on the library exactly as an application would.
#include <cstdio>
#include <iostream>
#include <string_view>
#include <vector>

#include <sinew/version.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

namespace {

struct command {
  std::string_view name;
  int (*run)(sinew_cli::args, sinew_cli::streams);
  std::string_view usage;
  std::string_view rules;  // how the options combine: `sinew COMMAND --help`
};

constexpr command commands[] = {
    {"anatomy", sinew_cli::run_anatomy,
     "anatomy [MUSCLE | --action A | --joint J | --group G]   muscles, joints crossed, actions; one muscle in detail",
     "  With no argument: every muscle. MUSCLE, --action, --joint and --group each select;\n"
     "  give at most one of them, once.\n"},
    {"exercises", sinew_cli::run_exercises,
     "exercises [--action A | --muscle M | --group G] [--prime] [filters]   exercises, and the role a target plays",
     "  Target: at most one of --action, --muscle, --group, given once. --prime keeps the exercises\n"
     "  where the target is a prime mover; it needs a target.\n"
     "  Filters (an exercise must pass all of them):\n"
     "    --equipment E,..   the equipment you have; an exercise needs all of its own. Repeating the\n"
     "                       option adds to the list: --equipment a --equipment b is --equipment a,b\n"
     "    --pattern P,..     movement patterns to keep; repeating adds to the list the same way\n"
     "    --unilateral | --bilateral   one side at a time, or both (not both options)\n"
     "    --compound | --isolation     several joints, or one (not both options)\n"
     "    --no-spinal-load, --stretched (load peaks with the movers stretched)\n"
     "    --kind K,..        kinds to keep: strength, power, conditioning, mobility, stretch,\n"
     "                       soft_tissue; repeating adds to the list the same way. Without it,\n"
     "                       a target counts strength and power only (a stretch does not train\n"
     "                       what it stretches); with no target every kind is listed\n"
     "  A flag given twice means the same as once.\n"},
    {"explain", sinew_cli::run_explain, "explain EXERCISE [MUSCLE]   how the muscles' roles follow from the anatomy",
     "  No options. A name with spaces is one quoted argument.\n"},
    {"substitute", sinew_cli::run_substitute,
     "substitute EXERCISE [filters]   closest alternatives, ranked",
     "  The filters of `sinew exercises` (--equipment, --pattern, --unilateral | --bilateral,\n"
     "  --compound | --isolation, --no-spinal-load, --stretched, --kind), combined the same way.\n"
     "  No target and no --prime: alternatives are ranked on the exercise's whole profile.\n"
     "  Without --kind, alternatives are strength and power exercises.\n"},
    {"find", sinew_cli::run_find, "find NAME [--json]   the exercises a name may mean, ranked, with their confidence",
     "  One name (quote it). Exit 0 when it means one exercise; 2 when it fits several equally or\n"
     "  none (the closest are still listed). --json: name, match, exercise, confidence, alias,\n"
     "  family, candidates.\n"},
    {"format", sinew_cli::run_format, "format FILE   a program file in canonical form (FILE - reads standard input)",
     "  One program file (docs/programs.md); - reads standard input. Exit 2 when it does not read:\n"
     "  the message, its line and column, a caret under the place, and the closest exercise names.\n"
     "  --exercises FILE adds your exercises to the built-in catalog, --catalog FILE makes them the\n"
     "  whole catalog (one a line, docs/programs.md, \"Your own exercises\"), so the program may name them.\n"},
    {"check", sinew_cli::run_check,
     "check FILE [--goal G] [--level L] [--condition C,..] [--minutes M] [--exercises FILE] [--json]   a program's findings and weekly volume",
     "  One program file (docs/programs.md); - reads standard input. The analysis is asked:\n"
     "    --goal G          hypertrophy (default), strength, endurance, general\n"
     "    --level L         beginner, intermediate (default), advanced\n"
     "    --condition C,..  knee_valgus, lumbar_pain, quad_dominance, knee_friendly,\n"
     "                      no_spinal_loading; repeating the option adds to the list\n"
     "    --minutes M       the longest a session's main work should take (default 75)\n"
     "    --exercises FILE  your exercises, one a line (docs/programs.md), added to the built-in\n"
     "                      catalog; --catalog FILE: your exercises as the whole catalog\n"
     "  Prints the findings by severity (errors, warnings, info), the weekly sets per group and\n"
     "  muscle, and each session's minutes and sets. --json prints the program and its analysis.\n"
     "  Exit 0 when no finding is an error, 1 when one is, 2 when the file or an option does not\n"
     "  read (the file's line and column with a caret; an option's valid words). --goal, --level\n"
     "  and --minutes are given once (a second value is refused, not read over the first).\n"},
    {"bodymap", sinew_cli::run_bodymap,
     "bodymap FILE [-o OUT.svg] [--goal G] [--level L] [--condition C,..]   weekly sets drawn on the legs (SVG)",
     "  One program file; - reads standard input. -o OUT (or --output OUT) writes the SVG to OUT;\n"
     "  without it, or with -o -, to standard output. The analysis options are those of check,\n"
     "  --exercises FILE and --catalog FILE too.\n"
     "  Exit codes as check: 0, 1 when a finding is an error (the map is written all the same), 2.\n"},
    {"export", sinew_cli::run_export, "export anatomy|exercises|program FILE   JSON on stdout",
     "  anatomy and exercises take no options. program FILE [--goal G] [--level L] [--condition C,..]\n"
     "  [--minutes M] [--exercises FILE | --catalog FILE] (as check):\n"
     "  the program and its analysis, the document of check --json; exit 0 whatever the findings.\n"},
    {"parse", sinew_cli::run_parse, "parse \"TEXT\" [--json]   a set scheme in coach notation: canonical form and figures",
     "  One text (quote it); it may span lines. --json prints the structure instead; given twice,\n"
     "  it means the same as once. The text is UTF-8 without control characters (tabs and line\n"
     "  breaks allowed); anything else is refused with its line and column.\n"},
    {"plan", sinew_cli::run_plan,
     "plan [--days N] [--minutes M] [--equipment E,..] [--goal G] [--level L] [...] [--json] [-o FILE]   a program generated for you",
     "  Every option has a default (3 days, 60 minutes, every piece of equipment, hypertrophy,\n"
     "  intermediate, 1 week, a seed of 0), so `sinew plan` alone prints a program. The request:\n"
     "    --days N           sessions a week, 1 to 6\n"
     "    --weekdays D,..    fixed days instead (mon,thu; full names too); repeating the option adds\n"
     "                       days; with --days, the count must agree\n"
     "    --minutes M        the longest a session may take (main work), minutes\n"
     "    --equipment E,..   what you have (the words of `sinew exercises --equipment`); bodyweight\n"
     "                       is always at hand; repeating the option adds to the list\n"
     "    --goal G, --level L, --condition C,..   the words `sinew check` takes\n"
     "    --priority P       a muscle group, muscle or action to bring up (id or name); repeatable\n"
     "    --exclude NAME     an exercise never to choose; --require NAME one to keep; repeatable,\n"
     "                       any name `sinew find` reads (quote a name with spaces)\n"
     "    --weeks W          weeks of the program, 1 to 16, with a progression past the first\n"
     "    --seed S           the same request and seed give the same program; another seed gives\n"
     "                       another valid one\n"
     "    --exercises FILE   your exercises, one a line (docs/programs.md), added to the built-in\n"
     "                       catalog; --catalog FILE makes them the whole catalog\n"
     "  --days, --minutes, --weeks, --seed, --goal and --level are given once: a second value is\n"
     "  refused, not read over the first.\n"
     "  Prints the program as a program file, then the report of `sinew check` as comment lines:\n"
     "  the whole output is a program file `sinew check` reads back (the report's first line is the\n"
     "  check command that analyses it as plan did). --json prints the document of check --json instead,\n"
     "  with a last member \"plan\": {\"days_asked\", \"days_held\", \"rest_days\"} (a day with no work left\n"
     "  is a rest day, left out of the program; the report says so too). -o FILE\n"
     "  (--output FILE) writes the program file to FILE and prints the report (or the JSON) alone.\n"
     "  Exit 0; 2 when an option or the request is refused (the message names the option or the\n"
     "  input and says why); 1 when the output could not be written.\n"},
};

void usage(std::ostream& out) {
  out << "sinew " << sinew::version_major << '.' << sinew::version_minor << '.' << sinew::version_patch
      << " - lower-body functional anatomy and training programming\n\n"
      << "usage: sinew COMMAND [ARGS]     sinew COMMAND --help: how its options combine\n\ncommands:\n";
  for (const auto& c : commands) out << "  " << c.usage << '\n';
  out << "\nexit codes: 0 success, 1 internal error or failed write (check, bodymap, plan: also an\n"
         "error-level finding), 2 bad usage or input\n";
}

/// A write that failed (a full disk, a closed pipe) must not pass for success:
/// flush both layers (iostream and stdio) and look at their error state.
bool written(std::ostream& stream, std::FILE* file) {
  stream.flush();
  const bool flushed = std::fflush(file) == 0;
  return stream.good() && flushed && std::ferror(file) == 0;
}

int dispatch(const std::vector<std::string_view>& all) {
  if (all.empty() || all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
    if (all.size() == 2)
      for (const auto& c : commands)
        if (c.name == all[1]) {
          std::cout << "usage: sinew " << c.usage << '\n' << c.rules;
          return sinew_cli::exit_ok;
        }
    if (all.size() > 1) {
      std::cerr << "sinew: help takes one command name (got '" << sinew_cli::shown(all[1]) << "'"
                << (all.size() > 2 ? " and more" : "") << ").\n";
      usage(std::cerr);
      return sinew_cli::exit_usage;
    }
    usage(all.empty() ? std::cerr : std::cout);
    return all.empty() ? sinew_cli::exit_usage : sinew_cli::exit_ok;
  }
  if (all[0] == "--version") {
    if (all.size() > 1) {
      std::cerr << "sinew: --version takes no arguments\n";
      return sinew_cli::exit_usage;
    }
    std::cout << "sinew " << sinew::version_major << '.' << sinew::version_minor << '.' << sinew::version_patch << '\n';
    return sinew_cli::exit_ok;
  }
  for (const auto& c : commands) {
    if (c.name != all[0]) continue;
    const sinew_cli::args rest = sinew_cli::args{all}.subspan(1);
    for (auto arg : rest)
      if (arg == "--help" || arg == "-h") {
        std::cout << "usage: sinew " << c.usage << '\n' << c.rules;
        return sinew_cli::exit_ok;
      }
    return c.run(rest, sinew_cli::streams{std::cout, std::cerr});
  }
  std::cerr << "sinew: unknown command '" << sinew_cli::shown(all[0]) << "'. Commands:";
  for (const auto& c : commands) std::cerr << ' ' << c.name;
  std::cerr << "\nRun 'sinew --help' for usage.\n";
  return sinew_cli::exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> all(argv + 1, argv + argc);
  int code = dispatch(all);
  if (!written(std::cout, stdout)) {
    std::cerr << "sinew: could not write the output (is the disk full?)\n";
    code = sinew_cli::exit_internal;
  }
  // A lost diagnostic cannot be reported, but it must not pass for a clean run.
  if (!written(std::cerr, stderr) && code == sinew_cli::exit_ok) code = sinew_cli::exit_internal;
  return code;
}
