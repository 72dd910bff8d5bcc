// The source of truth for the built-in catalog: each exercise as a coach states
// it (exercise<"id", exercise_spec{...}>, in catalog_source/*.hpp), and their
// order, which defines the built-in ids (append only). Not included by
// sinew/exercises.hpp: tests/exercises/generate_builtin_catalog.cpp turns these
// statements into the plain data of exercises/detail/builtin_*.hpp, so that an
// include does not instantiate and derive 104 exercise types, and
// tests/exercises/static_builtin_catalog.cpp proves the data equal to what
// the statements derive.
#pragma once

#include <cstddef>

#include <sinew/detail/array.hpp>
#include <sinew/detail/type_list.hpp>
#include <sinew/exercises/catalog_source/calves.hpp>
#include <sinew/exercises/catalog_source/conditioning.hpp>
#include <sinew/exercises/catalog_source/hinges.hpp>
#include <sinew/exercises/catalog_source/hips.hpp>
#include <sinew/exercises/catalog_source/lunges.hpp>
#include <sinew/exercises/catalog_source/machines.hpp>
#include <sinew/exercises/catalog_source/squats.hpp>
#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// The built-in exercises in id order (an exercise's id is its position).
using builtin_types = sinew::detail::type_list<
    struct barbell_back_squat,
    struct front_squat,
    struct toes_out_wide_stance_squat,
    struct toes_forward_squat,
    struct pulse_squat,
    struct heel_elevated_squat,
    struct heel_elevated_goblet_squat,
    struct bodyweight_deep_squat,
    struct goblet_squat,
    struct kettlebell_goblet_squat,
    struct dumbbell_squat,
    struct hack_squat,
    struct smith_machine_squat,
    struct belt_squat,
    struct box_squat,
    struct sissy_squat,
    struct pistol_squat,
    struct cossack_squat,
    struct wall_sit,
    struct jump_squat,
    struct box_jump,
    struct leg_press,
    struct leg_press_feet_low,
    struct single_leg_press,
    struct leg_extension,
    struct seated_leg_curl,
    struct lying_leg_curl,
    struct standing_leg_curl,
    struct adductor_machine,
    struct hip_abduction_machine,
    struct reverse_hyperextension,
    struct glute_ham_raise,
    struct back_extension,
    struct conventional_deadlift,
    struct toes_out_barbell_deadlift,
    struct romanian_deadlift,
    struct dumbbell_romanian_deadlift,
    struct toes_out_dumbbell_romanian_deadlift,
    struct toes_forward_romanian_deadlift,
    struct stiff_legged_deadlift,
    struct shoulder_width_straight_leg_deadlift,
    struct sumo_deadlift,
    struct trap_bar_deadlift,
    struct good_morning,
    struct single_leg_romanian_deadlift,
    struct hip_thrust,
    struct single_leg_hip_thrust,
    struct glute_bridge,
    struct barbell_glute_bridge,
    struct toes_out_banded_back_extension,
    struct toes_forward_banded_back_extension,
    struct cable_pull_through,
    struct kettlebell_swing,
    struct cable_kickback,
    struct nordic_curl,
    struct walking_lunge,
    struct bodyweight_walking_lunge,
    struct forward_lunge,
    struct reverse_lunge,
    struct bodyweight_lunge,
    struct barbell_lunge,
    struct bulgarian_split_squat,
    struct split_squat,
    struct step_up,
    struct lateral_lunge,
    struct curtsy_lunge,
    struct step_down,
    struct reverse_nordic,
    struct standing_calf_raise,
    struct seated_calf_raise,
    struct donkey_calf_raise,
    struct bodyweight_calf_raise_off_step,
    struct single_leg_calf_raise,
    struct leg_press_calf_raise,
    struct tip_toe_walk,
    struct tibialis_raise,
    struct lateral_single_leg_cable_glute_raise,
    struct cable_hip_abduction,
    struct cable_hip_adduction,
    struct banded_lateral_walk,
    struct side_lying_hip_abduction,
    struct clamshell,
    struct copenhagen_plank,
    struct hanging_knee_raise,
    struct sled_push,
    struct sprint_100_m,
    struct sprint_200_m,
    struct light_jogging,
    struct stationary_cycling,
    struct leg_swings,
    struct lateral_leg_swings,
    struct high_knees,
    struct standing_hamstring_stretch,
    struct standing_quad_stretch,
    struct standing_calf_stretch,
    struct seated_calf_stretch,
    struct kneeling_hip_flexor_stretch,
    struct butterfly_stretch,
    struct figure_four_glute_stretch,
    struct foam_roll_quadriceps,
    struct foam_roll_hamstrings,
    struct foam_roll_calves,
    struct foam_roll_glutes,
    struct foam_roll_adductors
    >;

template <class... E>
constexpr sinew::detail::array<exercise_record, sizeof...(E)> records_of(sinew::detail::type_list<E...>) noexcept {
  return {{record_of(E{})...}};
}

/// The record each statement derives, in id order.
inline constexpr auto records = records_of(builtin_types{});

}  // namespace sinew::catalog_source
