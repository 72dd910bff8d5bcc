// `sinew parse "<text>" [--json]`: reads a set scheme, grouping or block in
// coach notation and prints its canonical form and derived figures, or, with
// --json, the structure. A line that does not read is echoed to stderr with a
// caret under the error's byte position and the message; exit code 2.
#include <iostream>
#include <string>
#include <string_view>

#include <sinew/notation.hpp>
#include <sinew/notation/json.hpp>
#include <sinew/programs.hpp>

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

/// The caret goes under the character at `position`, counting UTF-8 code points
/// so that "3×15" lines up in a terminal.
void show_error(std::ostream& err, std::string_view text, const sinew::error& e) {
  err << e.message << '\n';  // already "sinew: ..."
  err << "  " << text << '\n' << "  ";
  const std::size_t at = e.has_position() && e.position <= text.size() ? e.position : text.size();
  for (std::size_t i = 0; i < at; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0U) == 0x80U) continue;  // a UTF-8 continuation byte
    err << (text[i] == '\t' ? '\t' : ' ');
  }
  err << "^ (byte " << at << ")\n";
}

}  // namespace

namespace sinew_cli {

int run_parse(args a, streams io) {
  bool json = false;
  std::string text;
  bool have_text = false;
  for (auto arg : a) {
    if (arg == "--json") {
      json = true;
    } else if (!have_text) {
      text = std::string(arg);
      have_text = true;
    } else {
      io.err << "sinew parse: one text at a time (quote it): sinew parse \"3x15 @301\" [--json]\n";
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
  const auto parsed = sinew::parse(text);
  if (!parsed) {
    show_error(io.err, text, parsed.error());
    return exit_usage;
  }
  const sinew::block& b = *parsed;
  // Rules that need the exercises' anatomy (a compound set's exercises share a
  // target muscle): the caret goes under the exercise that breaks it.
  if (const auto judged = sinew::check_with_anatomy(b); !judged) {
    sinew::error e = judged.error();
    const auto& entries = b.group.entries;
    const std::size_t culprit = !sinew::match_exercise(entries[0].exercise) ? 0 : 1;
    e.position = static_cast<std::size_t>(entries[culprit].exercise.data() - text.data());
    show_error(io.err, text, e);
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
