// `sinew parse "<text>" [--json]`: reads a set scheme, grouping or block in
// coach notation and prints its canonical form and derived figures, or, with
// --json, the structure. Text that does not read is reported on stderr with the
// message, then its line and column and the offending line with a caret; exit
// code 2. Text that is not UTF-8, or holds control characters, is refused the
// same way before it is parsed, so no output ever carries it.
#include <iostream>
#include <string>
#include <string_view>

#include <sinew/notation.hpp>
#include <sinew/notation/json.hpp>
#include <sinew/programs.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

namespace {

std::string seconds_text(std::uint64_t s) {
  if (s < 120) return std::to_string(s) + " s";
  return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
}

std::string range_text(const sinew::figure& f, std::string (*unit)(std::uint64_t)) {
  if (f.over_the_limit) return "over the limit";
  if (!f.known) return "unknown";
  if (f.min == f.max) return unit(f.min);
  return unit(f.min) + " to " + unit(f.max);
}

std::string plain(std::uint64_t v) { return std::to_string(v); }
std::string tenths(std::uint64_t v) {
  return std::to_string(v / 10) + (v % 10 != 0 ? "." + std::to_string(v % 10) : std::string{});
}

}  // namespace

namespace sinew_cli {

int run_parse(args a, streams io) {
  bool json = false;
  std::string text;
  bool have_text = false;
  for (auto arg : a) {
    if (arg == "--json") {
      json = true;  // twice means the same as once
    } else if (arg.starts_with("--")) {
      return reject_option(io.err, "parse", arg, {"--json"});
    } else if (!have_text) {
      text = std::string(arg);
      have_text = true;
    } else {
      io.err << "sinew: parse reads one text at a time (quote it): sinew parse \"3x15 @301\" [--json]\n";
      return exit_usage;
    }
  }
  if (!have_text) {
    io.err << "sinew parse: give a scheme, e.g. sinew parse \"3x15 @301\" [--json]\n"
              "  forms: 3x15, 4x8-12, 3x10-12/leg, 3x20 steps, 3x15 hold 2s, 3x20 @321, 3x25 pause 5s every 5th,\n"
              "         pyramid 15,12,10,8,4, double pyramid 20,15,12,8,12,15,20, 5x fail 12-15, 4x8 + 2 drops,\n"
              "         strip from 5RM, 150 non-stop, 3x50yd, AMAP, 30s hold, 3x5 @80%, 3x8 @RPE8, rest 90s,\n"
              "         tri-set: A ...; B ...; C ...   (see docs/notation.md)\n";
    return exit_usage;
  }
  std::string why;
  if (const std::size_t bad = sinew_cli::first_unprintable(text, why); bad != text.size()) {
    show_text_error(io.err, why, text, bad);
    return exit_usage;
  }
  const auto parsed = sinew::parse(text);
  if (!parsed) {
    const sinew::error& e = parsed.error();
    show_text_error(io.err, e.message, text, e.has_position() ? e.position : text.size());
    return exit_usage;
  }
  const sinew::block& b = *parsed;
  // Rules that need the exercises' anatomy (a compound set's exercises share a
  // target muscle): the caret goes under the exercise that breaks it.
  if (const auto judged = sinew::check_with_anatomy(b); !judged) {
    const auto& entries = b.group.entries;
    const std::size_t culprit = sinew::match_exercise_name(entries[0].exercise).found() ? 1 : 0;
    const std::string_view name = entries[culprit].exercise;
    const auto position = static_cast<std::size_t>(name.data() - text.data());
    const auto match = sinew::match_exercise_name(name);
    std::string message(judged.error().message);
    if (match.kind == sinew::name_match::ambiguous) {  // not unknown: say which exercises it could be
      message = "sinew: the exercise name '" + shown(name) + "' is ambiguous: it fits " +
                std::to_string(match.tied_count) + " exercises equally well:";
      for (std::size_t k = 0; k != match.listed(); ++k)
        message += std::string(k ? ", " : " ") + std::string(sinew::info(match.tied[k]).id);
      message += ". Name one more fully";
    }
    show_text_error(io.err, message, text, position);
    return exit_usage;
  }
  if (json) {
    io.out << sinew::json::to_json(b) << '\n';
    return exit_ok;
  }
  const auto f = sinew::figures_of(b);
  io.out << "canonical:           " << sinew::format(b).view() << '\n';
  io.out << "total sets:          " << f.total_sets << '\n';
  io.out << "total reps:          " << range_text(f.total_reps, plain);
  if (f.reps_per_side.state() != sinew::figure_state::unknown) io.out << " (" << range_text(f.reps_per_side, plain) << " each leg or side)";
  io.out << '\n';
  io.out << "time under tension:  " << range_text(f.time_under_tension, seconds_text) << '\n';
  io.out << "estimated duration:  " << range_text(f.duration, seconds_text) << " (rest included)\n";
  io.out << "volume load:         ";
  if (f.volume_load.known)
    io.out << range_text(f.volume_load, tenths) << (f.volume_unit == sinew::load_kind::lb ? " lb" : " kg") << '\n';
  else if (f.volume_load.over_the_limit)
    io.out << "over the limit\n";
  else
    io.out << "unknown (needs an absolute load and a rep count)\n";
  io.out << "assumed when unstated: " << sinew::default_figures.seconds_per_rep << " s a rep, "
         << sinew::default_figures.rest_between_sets << " s rest between sets (docs/notation.md)\n";
  return exit_ok;
}

}  // namespace sinew_cli
