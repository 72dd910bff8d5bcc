// The built-in catalog: every exercise of ../shared/domain.md section 2 with its
// variants, plus the common lower-body exercises a gym offers, as a constexpr
// array of compact records. An exercise's id is its position here; new built-in
// exercises are only ever appended (ids are a public interface), and the
// snake_case string id is stable.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstddef>
#include <cstdint>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

#include <sinew/detail/compile_error.hpp>
#include <sinew/detail/id_set.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/builtin/squats.hpp>
#include <sinew/exercises/builtin/machines.hpp>
#include <sinew/exercises/builtin/hinges.hpp>
#include <sinew/exercises/builtin/lunges.hpp>
#include <sinew/exercises/builtin/calves.hpp>
#include <sinew/exercises/builtin/hips.hpp>
#include <sinew/exercises/builtin/conditioning.hpp>

namespace sinew {

/// Run-time handle of a built-in exercise; a built-in exercise tag converts to it.
struct exercise_id {
  std::uint16_t index = 0;

  constexpr exercise_id() noexcept = default;
  constexpr explicit exercise_id(std::uint16_t i) noexcept : index(i) {}
  template <Exercise E>
  constexpr exercise_id(E) noexcept;  // NOLINT(google-explicit-constructor): a built-in exercise is its id

  friend constexpr bool operator==(exercise_id, exercise_id) noexcept = default;
  friend constexpr bool operator<(exercise_id a, exercise_id b) noexcept { return a.index < b.index; }
};

inline constexpr std::size_t max_builtin_exercises = 128;
/// A set of built-in exercises, as a bitset: what the built-in queries return.
using exercise_set = detail::id_set<exercise_id, max_builtin_exercises>;

// clang-format off
inline constexpr detail::array builtin_exercises{
    record_of(barbell_back_squat),
    record_of(front_squat),
    record_of(toes_out_wide_stance_squat),
    record_of(toes_forward_squat),
    record_of(pulse_squat),
    record_of(heel_elevated_squat),
    record_of(heel_elevated_goblet_squat),
    record_of(bodyweight_deep_squat),
    record_of(goblet_squat),
    record_of(kettlebell_goblet_squat),
    record_of(dumbbell_squat),
    record_of(hack_squat),
    record_of(smith_machine_squat),
    record_of(belt_squat),
    record_of(box_squat),
    record_of(sissy_squat),
    record_of(pistol_squat),
    record_of(cossack_squat),
    record_of(wall_sit),
    record_of(jump_squat),
    record_of(box_jump),
    record_of(leg_press),
    record_of(leg_press_feet_low),
    record_of(single_leg_press),
    record_of(leg_extension),
    record_of(seated_leg_curl),
    record_of(lying_leg_curl),
    record_of(standing_leg_curl),
    record_of(adductor_machine),
    record_of(hip_abduction_machine),
    record_of(reverse_hyperextension),
    record_of(glute_ham_raise),
    record_of(back_extension),
    record_of(conventional_deadlift),
    record_of(toes_out_barbell_deadlift),
    record_of(romanian_deadlift),
    record_of(dumbbell_romanian_deadlift),
    record_of(toes_out_dumbbell_romanian_deadlift),
    record_of(toes_forward_romanian_deadlift),
    record_of(stiff_legged_deadlift),
    record_of(shoulder_width_straight_leg_deadlift),
    record_of(sumo_deadlift),
    record_of(trap_bar_deadlift),
    record_of(good_morning),
    record_of(single_leg_romanian_deadlift),
    record_of(hip_thrust),
    record_of(single_leg_hip_thrust),
    record_of(glute_bridge),
    record_of(barbell_glute_bridge),
    record_of(toes_out_banded_back_extension),
    record_of(toes_forward_banded_back_extension),
    record_of(cable_pull_through),
    record_of(kettlebell_swing),
    record_of(cable_kickback),
    record_of(nordic_curl),
    record_of(walking_lunge),
    record_of(bodyweight_walking_lunge),
    record_of(forward_lunge),
    record_of(reverse_lunge),
    record_of(bodyweight_lunge),
    record_of(barbell_lunge),
    record_of(bulgarian_split_squat),
    record_of(split_squat),
    record_of(step_up),
    record_of(lateral_lunge),
    record_of(curtsy_lunge),
    record_of(step_down),
    record_of(reverse_nordic),
    record_of(standing_calf_raise),
    record_of(seated_calf_raise),
    record_of(donkey_calf_raise),
    record_of(bodyweight_calf_raise_off_step),
    record_of(single_leg_calf_raise),
    record_of(leg_press_calf_raise),
    record_of(tip_toe_walk),
    record_of(tibialis_raise),
    record_of(lateral_single_leg_cable_glute_raise),
    record_of(cable_hip_abduction),
    record_of(cable_hip_adduction),
    record_of(banded_lateral_walk),
    record_of(side_lying_hip_abduction),
    record_of(clamshell),
    record_of(copenhagen_plank),
    record_of(hanging_knee_raise),
    record_of(sled_push),
    record_of(sprint_100_m),
    record_of(sprint_200_m),
    record_of(light_jogging),
    record_of(stationary_cycling),
    record_of(leg_swings),
    record_of(lateral_leg_swings),
    record_of(high_knees),
    record_of(standing_hamstring_stretch),
    record_of(standing_quad_stretch),
    record_of(standing_calf_stretch),
    record_of(seated_calf_stretch),
    record_of(kneeling_hip_flexor_stretch),
    record_of(butterfly_stretch),
    record_of(figure_four_glute_stretch),
    record_of(foam_roll_quadriceps),
    record_of(foam_roll_hamstrings),
    record_of(foam_roll_calves),
    record_of(foam_roll_glutes),
    record_of(foam_roll_adductors),
};
// clang-format on
static_assert(builtin_exercises.size() <= max_builtin_exercises, "sinew: the built-in catalog outgrew exercise_set");

namespace detail {
[[nodiscard]] consteval std::uint16_t builtin_exercise_position(text_view id) noexcept {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (builtin_exercises[i].id == id) return static_cast<std::uint16_t>(i);
  rule_broken("sinew: only built-in exercises convert to exercise_id; keep your own in a run-time catalog of records");
  return 0;
}
template <class E>
inline constexpr std::uint16_t builtin_exercise_position_v = builtin_exercise_position(E::id);
}  // namespace detail

template <Exercise E>
constexpr exercise_id::exercise_id(E) noexcept : index(detail::builtin_exercise_position_v<E>) {}

/// The built-in catalog as a span, for the queries that take any catalog.
[[nodiscard]] constexpr span<const exercise_record> builtin_catalog() noexcept { return builtin_exercises; }
[[nodiscard]] constexpr const exercise_record& info(exercise_id e) noexcept { return builtin_exercises[e.index]; }
[[nodiscard]] constexpr exercise_set all_builtin_exercises() noexcept {
  exercise_set s{};
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) s.insert(exercise_id{static_cast<std::uint16_t>(i)});
  return s;
}

/// Look a built-in exercise up by its id ("seated_calf_raise") or its name ("seated calf raise").
[[nodiscard]] constexpr result<exercise_id> find_exercise(text_view key) noexcept {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (builtin_exercises[i].id == key || builtin_exercises[i].name == key)
      return exercise_id{static_cast<std::uint16_t>(i)};
  return error{"sinew: no built-in exercise has this id or name"};
}

}  // namespace sinew
