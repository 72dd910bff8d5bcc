// The `sinew` command-line tool: one function per command family. main.cpp
// dispatches on the first argument; each command reads its own arguments.
// Exit codes are part of the tool's public interface.
#pragma once

#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <sinew/programs/findings.hpp>
#include <sinew/programs/program.hpp>

namespace sinew_cli {

using args = std::span<const std::string_view>;  // the arguments after the command name

struct streams {
  std::ostream& out;
  std::ostream& err;
};

inline constexpr int exit_ok = 0;
inline constexpr int exit_internal = 1;
inline constexpr int exit_usage = 2;  // unknown command or name, bad option, input that does not parse
inline constexpr int exit_findings = 1;  // check, bodymap, plan: the analysis has an error-level finding

int run_anatomy(args, streams);    // sinew anatomy [muscle]
int run_exercises(args, streams);  // sinew exercises [filters]
int run_explain(args, streams);    // sinew explain <exercise>
int run_substitute(args, streams); // sinew substitute <exercise> [filters]
int run_export(args, streams);     // sinew export anatomy|exercises
int run_parse(args, streams);      // sinew parse "<scheme text>" [--json]
int run_find(args, streams);       // sinew find "<exercise name>" [--json]
int run_format(args, streams);     // sinew format FILE
int run_check(args, streams);      // sinew check FILE [--goal G] [--level L] [--condition C,..] [--json]
int run_bodymap(args, streams);    // sinew bodymap FILE [-o OUT.svg] [--goal G] [--level L] [--condition C,..]
int run_export_program(args, streams);  // sinew export program FILE [--goal G] [--level L] [--condition C,..]
int run_plan(args, streams);       // sinew plan [--days N] [--minutes M] [--equipment E,..] ... [--json] [-o FILE]

/// A program file read: its text, and the program, whose names view the text.
struct program_file {
  std::string name;  ///< the path, or "standard input"
  std::string text;
  sinew::program program;
};
/// Reads FILE ('-': standard input) as a program file; on failure prints why
/// to io.err (message, line and column, caret, candidate names) and returns
/// nullptr: the caller exits with exit_usage.
std::unique_ptr<program_file> read_program_file(std::string_view path, streams io,
                                                sinew::span<const sinew::exercise_record> catalog);

class single_valued;  // cli_support.hpp: the options a command takes once

/// Reads a[i] when it is --goal, --level or --condition (advancing i past its
/// value; `taken` says whether it was one of them) into `o`. False, after saying
/// why on `err` (the option, the closest words, every valid word), on a bad value
/// or on --goal or --level given a second time (`once` holds what was read).
bool read_analysis_option(args a, std::size_t& i, std::ostream& err, sinew::analysis_options& o, bool& taken,
                          single_valued& once);

}  // namespace sinew_cli
