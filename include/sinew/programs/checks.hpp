// Rules that need both a scheme and the exercises it names. The notation and
// schemes layers cannot know that a leg extension and a lying leg curl share no
// target muscle; this layer resolves the names against the built-in catalog and
// applies the schemes' rule ("the exercises of a compound set share a target
// muscle", Padron's compound set: two exercises, one muscle) with anatomy.
#pragma once

#include <cstdint>

#include <sinew/anatomy.hpp>
#include <sinew/detail/compile_error.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/queries.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/programs/rules.hpp>
#include <sinew/programs/scheme_fit.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/grouping.hpp>

namespace sinew {


/// The muscles an exercise of any model targets: its prime movers, as derived from that model.
template <class Model = builtin_model>
[[nodiscard]] constexpr muscle_set target_muscles(const exercise_record& r) noexcept {
  return derive<Model>(r).with_role(muscle_role::prime_mover);
}

/// The muscles a built-in exercise targets: its prime movers, read from the built-in index.
[[nodiscard]] constexpr muscle_set target_muscles(exercise_id e) noexcept {
  muscle_set out{};
  for (std::size_t m = 0; m != builtin_model::muscle_count; ++m) {
    const muscle_id id{static_cast<std::uint16_t>(m)};
    if (role_in(e, id) == muscle_role::prime_mover) out.insert(id);
  }
  return out;
}

/// The target muscles of the exercise a written name means (empty when no
/// built-in exercise matches it, or when it fits several equally: see
/// match_exercise_name to tell those apart).
[[nodiscard]] constexpr muscle_set target_muscles(text_view written_name) noexcept {
  const auto e = match_exercise(written_name);
  return e ? target_muscles(*e) : muscle_set{};
}

/// A compound set checked with anatomy: both names must match built-in
/// exercises, and those must share a prime mover.
[[nodiscard]] constexpr result<grouping> check_compound_set(const grouping& g) noexcept {
  if (g.kind == grouping_kind::compound_set) {
    for (std::uint8_t i = 0; i != g.size && i != max_grouping_entries; ++i) {
      const auto found = match_exercise_name(g.entries[i].exercise);
      if (found.kind == name_match::ambiguous)
        return rule_error(program_rule::compound_set_name_ambiguous);
      if (!found.found()) return rule_error(program_rule::compound_set_name_unknown);
    }
  }
  return check_compound_set(g, [](text_view name) { return target_muscles(name); });
}

/// Every check this layer adds, applied to a parsed line: a compound set's
/// exercises share a target muscle, and each grouping entry's scheme fits the
/// exercise its name matches (programs/scheme_fit.hpp: an isometric exercise is
/// held, locomotion travels, ...). Lines without a grouping pass.
[[nodiscard]] constexpr result<block> check_with_anatomy(const block& b) noexcept {
  if (b.content != block_content::grouping) return b;
  if (b.group.kind == grouping_kind::compound_set) {
    const auto checked = check_compound_set(b.group);
    if (!checked) return checked.error();
  }
  if (const fit_check fit = check_fit(b.group); !fit.ok()) return rule_error(fit.rule);
  return b;
}

/// The same checks for a line written in code: a broken rule is a compile
/// error that names it. `constexpr auto pair = checked_with_anatomy(line<"compound set: ...">);`
[[nodiscard]] consteval block checked_with_anatomy(const block& b) noexcept {
  const auto judged = check_with_anatomy(b);
  if (!judged) {  // stops on the rule's own line, whichever layer states it
    stop_on_message<rule>(judged.error().message);
    stop_on_message<program_rule>(judged.error().message);
    stop_on_message<fit_rule>(judged.error().message);
  }
  return b;
}

}  // namespace sinew
