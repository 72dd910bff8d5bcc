// How the tool tells a user what an exercise name they typed was read as: shared by
// `sinew find` and the commands that take an exercise name (explain, substitute, exercises).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <sinew/programs.hpp>

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
  err << "sinew: read '" << typed << "' as " << sinew::info(m.exercise).id << " (confidence " << int{m.confidence}
      << "): " << why_matched(m) << '\n';
}

}  // namespace sinew_cli
