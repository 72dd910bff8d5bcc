// How the tool tells a user what an exercise name they typed was read as: shared by
// `sinew find` and the commands that take an exercise name (explain, substitute, exercises).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <vector>

#include <sinew/programs.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

namespace sinew_cli {

/// Whether the typed text is an exercise's own id or name, as written: nothing to explain.
inline bool typed_exactly(std::string_view typed, sinew::exercise_id e) {
  const auto& r = sinew::info(e);
  return typed == std::string_view(r.id) || typed == std::string_view(r.name);
}

/// Why a found name means its exercise, in a few words: "alias 'rdl'", "the usual exercise
/// of the family 'squat'", plus "with words true of it" when the name adds equipment.
inline std::string why_matched(const sinew::exercise_name_match& m) {
  std::string out = m.family ? "the usual exercise of the family '" : "its name '";
  out += std::string_view(m.alias);
  out += "'";
  if (m.confidence < (m.family ? 80 : 100)) out += ", with words that only describe it (its equipment, its stance)";
  return out;
}

/// The note on stderr when a typed name was not an exercise's exact id or name.
inline void note_match(std::ostream& err, std::string_view typed, const sinew::exercise_name_match& m) {
  if (!m.found() || typed_exactly(typed, m.exercise)) return;
  err << "sinew: read '" << shown(typed) << "' as " << sinew::info(m.exercise).id << " (confidence " << int{m.confidence}
      << "): " << why_matched(m) << '\n';
}

/// The built-in exercise a typed name means, or exit 2's message: unknown (with
/// at most five close exercises, not the whole catalog), ambiguous (with the tied
/// exercises), or too long. A name that was not an exact id or name gets a note
/// on stderr saying what it was read as and why. With `option` ("--exclude"),
/// the message names it first.
inline bool find_or_report(std::string_view typed, streams io, sinew::exercise_id& e, std::string_view option = {}) {
  using namespace sinew;
  const auto m = match_exercise_name(typed);
  const std::string named = option.empty() ? std::string("sinew: ") : "sinew: " + std::string(option) + ": ";
  switch (m.kind) {
    case name_match::found:
      e = m.exercise;
      note_match(io.err, typed, m);
      return true;
    case name_match::ambiguous:
      io.err << named << "the exercise name '" << shown(typed) << "' is ambiguous: it fits " << m.tied_count
             << " exercises equally well: ";
      for (std::size_t k = 0; k != m.listed(); ++k) io.err << (k ? ", " : "") << info(m.tied[k]).id;
      if (m.tied_count > m.listed()) io.err << " and " << (m.tied_count - m.listed()) << " more";
      io.err << ". Name one more fully (its id always works).\n";
      return false;
    case name_match::too_long:
      io.err << named << "an exercise name has at most 16 words and 160 characters (got " << typed.size()
             << " bytes)\n";
      return false;
    case name_match::not_found: break;
  }
  if (m.candidate_count == 0) {  // no word in common with any exercise: the nearest spellings
    std::vector<std::string_view> ids;
    for (const auto& r : builtin_exercises) ids.push_back(r.id);
    report_unknown(io.err, "exercise", typed, ids, "Run 'sinew exercises' for the whole list.", option);
    return false;
  }
  io.err << named << "unknown exercise '" << shown(typed) << "'. Did you mean: ";
  for (std::size_t k = 0; k != m.candidate_count; ++k) io.err << (k ? ", " : "") << info(m.candidates[k].exercise).id;
  io.err << "?\nRun 'sinew find NAME' for how close each is, 'sinew exercises' for the whole list.\n";
  return false;
}

}  // namespace sinew_cli
