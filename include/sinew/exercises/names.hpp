// The words of the exercise vocabulary as text: the snake_case names that
// JSON, the text format and the command line use, both ways. Tables, not
// switches, so each word is written once.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstddef>
#include <sinew/text_view.hpp>

#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/result.hpp>

namespace sinew {

namespace detail {
inline constexpr detail::array<text_view, equipment_count> equipment_names{
    "barbell", "dumbbell", "kettlebell", "cable", "machine", "band", "bodyweight", "sled", "trap_bar", "foam_roller"};
inline constexpr detail::array<text_view, movement_pattern_count> pattern_names{
    "squat", "hinge",  "lunge", "step",   "press", "curl", "extension", "raise",
    "abduction", "adduction", "carry", "sprint", "stretch", "jump", "mobility", "cardio"};
inline constexpr detail::array<text_view, 2> mechanic_names{"compound", "isolation"};
inline constexpr detail::array<text_view, 2> laterality_names{"bilateral", "unilateral"};
inline constexpr detail::array<text_view, 3> spinal_load_names{"none", "low", "high"};
inline constexpr detail::array<text_view, 3> load_peak_names{"stretched", "mid_range", "shortened"};
inline constexpr detail::array<text_view, 3> difficulty_names{"beginner", "intermediate", "advanced"};
inline constexpr detail::array<text_view, 5> muscle_role_names{"none", "treated", "stabilizer", "synergist",
                                                                   "prime_mover"};
inline constexpr detail::array<text_view, 3> muscle_length_names{"shortened", "mid_range", "lengthened"};
inline constexpr detail::array<text_view, 3> coverage_names{"prime", "working", "any"};
inline constexpr detail::array<text_view, exercise_kind_count> exercise_kind_names{
    "strength", "power", "conditioning", "mobility", "stretch", "soft_tissue"};
inline constexpr detail::array<text_view, contraction_count> contraction_names{"dynamic", "isometric", "locomotion"};

/// The word for an enum value; "unknown" for a value past the enum's (a cast
/// from a number another program wrote), never a read past the table.
template <std::size_t N, class Enum>
[[nodiscard]] constexpr text_view word_of(const detail::array<text_view, N>& names, Enum e) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < N ? names[i] : text_view{"unknown"};
}

template <class Enum, std::size_t N>
[[nodiscard]] constexpr result<Enum> enum_from(const detail::array<text_view, N>& names, text_view text,
                                               text_view unknown_message) noexcept {
  for (std::size_t i = 0; i != N; ++i)
    if (names[i] == text) return static_cast<Enum>(i);
  return error{unknown_message};
}
}  // namespace detail

[[nodiscard]] constexpr text_view name_of(equipment e) noexcept { return detail::word_of(detail::equipment_names, e); }
[[nodiscard]] constexpr text_view name_of(movement_pattern p) noexcept { return detail::word_of(detail::pattern_names, p); }
[[nodiscard]] constexpr text_view name_of(mechanic m) noexcept { return detail::word_of(detail::mechanic_names, m); }
[[nodiscard]] constexpr text_view name_of(laterality l) noexcept { return detail::word_of(detail::laterality_names, l); }
[[nodiscard]] constexpr text_view name_of(spinal_load s) noexcept { return detail::word_of(detail::spinal_load_names, s); }
[[nodiscard]] constexpr text_view name_of(load_peak p) noexcept { return detail::word_of(detail::load_peak_names, p); }
[[nodiscard]] constexpr text_view name_of(difficulty d) noexcept { return detail::word_of(detail::difficulty_names, d); }
[[nodiscard]] constexpr text_view name_of(muscle_role r) noexcept { return detail::word_of(detail::muscle_role_names, r); }
[[nodiscard]] constexpr text_view name_of(muscle_length l) noexcept { return detail::word_of(detail::muscle_length_names, l); }
[[nodiscard]] constexpr text_view name_of(coverage c) noexcept { return detail::word_of(detail::coverage_names, c); }
[[nodiscard]] constexpr text_view name_of(exercise_kind k) noexcept { return detail::word_of(detail::exercise_kind_names, k); }
[[nodiscard]] constexpr text_view name_of(contraction c) noexcept { return detail::word_of(detail::contraction_names, c); }

[[nodiscard]] constexpr result<equipment> parse_equipment(text_view t) noexcept {
  return detail::enum_from<equipment>(detail::equipment_names, t,
      "sinew: expected equipment: barbell, dumbbell, kettlebell, cable, machine, band, bodyweight, sled, trap_bar or foam_roller");
}
[[nodiscard]] constexpr result<movement_pattern> parse_pattern(text_view t) noexcept {
  return detail::enum_from<movement_pattern>(detail::pattern_names, t,
      "sinew: expected a pattern: squat, hinge, lunge, step, press, curl, extension, raise, abduction, adduction, carry, sprint, stretch, jump, mobility or cardio");
}
[[nodiscard]] constexpr result<mechanic> parse_mechanic(text_view t) noexcept {
  return detail::enum_from<mechanic>(detail::mechanic_names, t, "sinew: expected compound or isolation");
}
[[nodiscard]] constexpr result<laterality> parse_laterality(text_view t) noexcept {
  return detail::enum_from<laterality>(detail::laterality_names, t, "sinew: expected bilateral or unilateral");
}
[[nodiscard]] constexpr result<spinal_load> parse_spinal_load(text_view t) noexcept {
  return detail::enum_from<spinal_load>(detail::spinal_load_names, t, "sinew: expected a spinal load: none, low or high");
}
[[nodiscard]] constexpr result<load_peak> parse_load_peak(text_view t) noexcept {
  return detail::enum_from<load_peak>(detail::load_peak_names, t, "sinew: expected stretched, mid_range or shortened");
}
[[nodiscard]] constexpr result<difficulty> parse_difficulty(text_view t) noexcept {
  return detail::enum_from<difficulty>(detail::difficulty_names, t, "sinew: expected beginner, intermediate or advanced");
}
[[nodiscard]] constexpr result<exercise_kind> parse_exercise_kind(text_view t) noexcept {
  return detail::enum_from<exercise_kind>(detail::exercise_kind_names, t,
      "sinew: expected a kind: strength, power, conditioning, mobility, stretch or soft_tissue");
}
[[nodiscard]] constexpr result<contraction> parse_contraction(text_view t) noexcept {
  return detail::enum_from<contraction>(detail::contraction_names, t,
      "sinew: expected a contraction: dynamic, isometric or locomotion");
}

}  // namespace sinew
